import type { Context } from '../../core/types/context.ts';
import type { Coin } from '../../core/types/coin.ts';

/** What x/svm needs of x/bank: lamports are utrv (x/svm/keeper/lamports.ts). */
/** What the devnet controls need of x/auth to sign as the dev authority. */
export interface DevAuthKeeper {
  getAccount(ctx: Context, addr: Uint8Array): { accountNumber: bigint; sequence: bigint } | undefined;
  minFee(ctx: Context, gas: bigint): bigint;
}

export interface BankKeeper {
  getBalance(ctx: Context, addr: Uint8Array, denom: string): bigint;
  sendCoins(ctx: Context, from: Uint8Array, to: Uint8Array, coins: Coin[]): void;
  mintCoins(ctx: Context, to: Uint8Array, coins: Coin[]): void;
  burnCoins(ctx: Context, from: Uint8Array, coins: Coin[]): void;
}
