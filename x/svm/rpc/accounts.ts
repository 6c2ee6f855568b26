import type { Context } from '../../../core/types/context.ts';
import { parsePubkey } from '../types/address.ts';
import type { SvmKeeper } from '../keeper/keeper.ts';
import type { SvmAccount } from '../types/index.ts';
import { type AccountEncoding, type DataSlice, uiAccount } from './encoding.ts';
import { TOKEN_PROGRAMS, mintFields, parseAccountData, tokenAccountFields, uiTokenAmount } from './parsed-account.ts';
import { encodeBase58 } from '../types/base58.ts';

/**
 * An account in the UiAccount shape, `jsonParsed` included: SPL token accounts and mints parsed, anything
 * else in base64 (what Solana falls back to for a program it cannot parse).
 */
export function encodeAccount(keeper: SvmKeeper, ctx: Context, a: SvmAccount, encoding?: AccountEncoding, slice?: DataSlice) {
  if (encoding !== 'jsonParsed') return uiAccount(a, encoding, slice);
  const parsed = parseAccountData(a, (mint) => decimalsOf(keeper, ctx, mint));
  if (!parsed) return uiAccount(a, 'base64', slice);
  return { ...uiAccount(a, 'base64'), data: parsed };
}

/** A mint's decimals, or undefined when `mint` is not an initialized mint. */
export function decimalsOf(keeper: SvmKeeper, ctx: Context, mint: string): number | undefined {
  let key: Uint8Array;
  try {
    key = parsePubkey(mint);
  } catch {
    return undefined;
  }
  const m = keeper.getAccount(ctx, key);
  const f = m && TOKEN_PROGRAMS[encodeBase58(m.owner)] ? mintFields(m.data) : undefined;
  return f?.isInitialized ? f.decimals : undefined;
}

/** The token accounts among `keys`, as a transaction meta's pre/postTokenBalances show them. */
export function tokenBalances(keeper: SvmKeeper, ctx: Context, keys: Uint8Array[]) {
  const out: unknown[] = [];
  keys.forEach((k, accountIndex) => {
    const a = keeper.getAccount(ctx, k);
    const programId = a ? encodeBase58(a.owner) : '';
    const t = a && TOKEN_PROGRAMS[programId] ? tokenAccountFields(a.data) : undefined;
    const decimals = t ? decimalsOf(keeper, ctx, t.mint) : undefined;
    if (t && decimals !== undefined) out.push({ accountIndex, mint: t.mint, owner: t.owner, programId, uiTokenAmount: uiTokenAmount(t.amount, decimals) });
  });
  return out;
}
