import { ErrInvalidCoins } from './errors.ts';

/** Coins as CosmJS and cosmjs-types spell them: decimal string amounts. */
export interface Coin {
  denom: string;
  amount: string;
}

const DENOM_RE = /^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/;

/** Validates and normalises coins: positive integer amounts, valid denoms, no duplicates; sorted by denom. */
export function parseCoins(coins: Coin[]): Array<{ denom: string; amount: bigint }> {
  // One coin (every fee, most transfers): the same checks, no duplicate set or sort.
  if (coins.length === 1) {
    const c = coins[0]!;
    if (!DENOM_RE.test(c.denom)) throw ErrInvalidCoins(`invalid denom: ${c.denom}`);
    if (!/^\d+$/.test(c.amount)) throw ErrInvalidCoins(`invalid amount: ${c.amount}${c.denom}`);
    const amount = BigInt(c.amount);
    return amount === 0n ? [] : [{ denom: c.denom, amount }];
  }
  const seen = new Set<string>();
  const out: Array<{ denom: string; amount: bigint }> = [];
  for (const c of coins) {
    if (!DENOM_RE.test(c.denom)) throw ErrInvalidCoins(`invalid denom: ${c.denom}`);
    if (!/^\d+$/.test(c.amount)) throw ErrInvalidCoins(`invalid amount: ${c.amount}${c.denom}`);
    if (seen.has(c.denom)) throw ErrInvalidCoins(`duplicate denomination ${c.denom}`);
    seen.add(c.denom);
    const amount = BigInt(c.amount);
    if (amount === 0n) continue;
    out.push({ denom: c.denom, amount });
  }
  return out.sort((a, b) => (a.denom < b.denom ? -1 : a.denom > b.denom ? 1 : 0));
}

/** "100utrv,5uatom" — the SDK's Coins.String(). */
export function coinsString(coins: Array<{ denom: string; amount: bigint | string }>): string {
  if (coins.length === 1) return `${coins[0]!.amount}${coins[0]!.denom}`;
  return coins.map((c) => `${c.amount}${c.denom}`).join(',');
}

/** Parses "100utrv,5uatom" (CLI amounts). */
export function parseCoinsString(s: string): Coin[] {
  if (s.trim() === '') return [];
  return s.split(',').map((part) => {
    const m = /^(\d+)([a-zA-Z][a-zA-Z0-9/:._-]{2,127})$/.exec(part.trim());
    if (!m) throw ErrInvalidCoins(`invalid coin expression: ${part}`);
    return { denom: m[2]!, amount: m[1]! };
  });
}
