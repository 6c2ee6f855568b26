import type { Context } from '../../core/types/context.ts';
import type { Coin } from '../../core/types/coin.ts';

/** What x/auth's ante handler needs of x/bank: the fee moves to the fee collector. */
export interface BankKeeper {
  getBalance(ctx: Context, addr: Uint8Array, denom: string): bigint;
  sendCoins(ctx: Context, from: Uint8Array, to: Uint8Array, coins: Coin[]): void;
}
