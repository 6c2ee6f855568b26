import type { Context } from '../../core/types/context.ts';
import type { Coin } from '../../core/types/coin.ts';
import type { BaseAccount } from '../auth/types/index.ts';

/** What x/wasm needs of x/bank: funds sent with a call, a contract's own transfers and balance queries. */
export interface BankKeeper {
  getBalance(ctx: Context, addr: Uint8Array, denom: string): bigint;
  getAllBalances(ctx: Context, addr: Uint8Array): Coin[];
  sendCoins(ctx: Context, from: Uint8Array, to: Uint8Array, coins: Coin[]): void;
  burnCoins(ctx: Context, from: Uint8Array, coins: Coin[]): void;
  /** Total supply of a denom (BankQuery::Supply from Wasm contracts). */
  getSupply?(ctx: Context, denom: string): bigint;
}

/** What x/wasm needs of x/auth: a contract is an account. */
export interface AuthKeeper {
  getAccount(ctx: Context, addr: Uint8Array): BaseAccount | undefined;
  getOrCreateAccount(ctx: Context, addr: Uint8Array): BaseAccount;
}
