import type { Context } from '../../core/types/context.ts';
import type { Coin } from '../../core/types/coin.ts';
import type { BaseAccount } from '../auth/types/index.ts';

/** What x/evm needs of x/bank: utrv balances are the EVM balances' whole-utrv part. Addresses are 20 raw bytes. */
export interface BankKeeper {
  getBalance(ctx: Context, addr: Uint8Array, denom: string): bigint;
  sendCoins(ctx: Context, from: Uint8Array, to: Uint8Array, coins: Coin[]): void;
  mintCoins(ctx: Context, to: Uint8Array, coins: Coin[]): void;
  burnCoins(ctx: Context, from: Uint8Array, coins: Coin[]): void;
}

/** What x/evm needs of x/auth. */
export interface AuthKeeper {
  getAccount(ctx: Context, addr: Uint8Array): BaseAccount | undefined;
  getOrCreateAccount(ctx: Context, addr: Uint8Array): BaseAccount;
}
