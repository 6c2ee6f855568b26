import type { Context } from './context.ts';

/** Coins as CosmJS and cosmjs-types spell them: decimal string amounts. */
export interface Coin {
  denom: string;
  amount: string;
}

/** What other modules may ask of x/bank (the SDK's expected_keepers.go). Addresses are 20 raw bytes. */
export interface BankKeeper {
  getBalance(ctx: Context, addr: Uint8Array, denom: string): bigint;
  getAllBalances(ctx: Context, addr: Uint8Array): Coin[];
  /** Moves coins and emits coin_spent/coin_received/transfer; throws ErrInsufficientFunds. */
  sendCoins(ctx: Context, from: Uint8Array, to: Uint8Array, coins: Coin[]): void;
  mintCoins(ctx: Context, to: Uint8Array, coins: Coin[]): void;
  burnCoins(ctx: Context, from: Uint8Array, coins: Coin[]): void;
}

export interface BaseAccount {
  address: string; // bech32
  accountNumber: bigint;
  sequence: bigint;
  /** Compressed secp256k1 public key (33 bytes), once the account has signed a tx. */
  pubKey?: Uint8Array;
}

export interface AuthKeeper {
  getAccount(ctx: Context, addr: Uint8Array): BaseAccount | undefined;
  /** The account, created with the next account number if it does not exist yet. */
  getOrCreateAccount(ctx: Context, addr: Uint8Array): BaseAccount;
  setAccount(ctx: Context, acc: BaseAccount): void;
}
