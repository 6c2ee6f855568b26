import type { Coin } from '../../../core/types/coin.ts';

export const ModuleName = 'bank';

export const StoreKeys = {
  balance: (addrHex: string, denom: string) => `bank/b/${addrHex}/${denom}`,
  balancesOf: (addrHex: string) => `bank/b/${addrHex}/`,
  balancePrefix: 'bank/b/',
  supply: (denom: string) => `bank/s/${denom}`,
  supplyPrefix: 'bank/s/',
} as const;

/** The address (lower-case hex) and denom a balance row's key names; undefined for any other key. */
export function parseBalanceKey(key: string): { addrHex: string; denom: string } | undefined {
  if (!key.startsWith(StoreKeys.balancePrefix)) return undefined;
  const slash = key.indexOf('/', StoreKeys.balancePrefix.length);
  if (slash < 0) return undefined;
  return { addrHex: key.slice(StoreKeys.balancePrefix.length, slash), denom: key.slice(slash + 1) };
}

export interface BankGenesis {
  balances: Array<{ address: string; coins: Coin[] }>;
  /** Total supply per denom, checked against the balances at import; optional (absent: not checked). */
  supply?: Coin[];
}

// Coins are SDK types (core/types/coin.ts); re-exported here, where bank's callers look for them.
export { coinsString, parseCoins, parseCoinsString } from '../../../core/types/coin.ts';
