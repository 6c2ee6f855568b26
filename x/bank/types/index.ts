import type { Coin } from '../../../core/types/coin.ts';

export const ModuleName = 'bank';

export const StoreKeys = {
  balance: (addrHex: string, denom: string) => `bank/b/${addrHex}/${denom}`,
  balancesOf: (addrHex: string) => `bank/b/${addrHex}/`,
  balancePrefix: 'bank/b/',
  supply: (denom: string) => `bank/s/${denom}`,
  supplyPrefix: 'bank/s/',
} as const;

export interface BankGenesis {
  balances: Array<{ address: string; coins: Coin[] }>;
  /** Total supply per denom, checked against the balances at import; optional (absent: not checked). */
  supply?: Coin[];
}

// Coins are SDK types (core/types/coin.ts); re-exported here, where bank's callers look for them.
export { coinsString, parseCoins, parseCoinsString } from '../../../core/types/coin.ts';
