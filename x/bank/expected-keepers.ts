import type { AddressSpellings } from '../../core/types/address.ts';
import type { Context } from '../../core/types/context.ts';
import type { BaseAccount } from '../auth/types/index.ts';

/** What x/bank needs of x/auth: a recipient's account exists once it holds coins (the SDK's expected_keepers.go). */
export interface AuthKeeper {
  getOrCreateAccount(ctx: Context, addr: Uint8Array): BaseAccount;
  /** The recipient's account exists afterwards (one read when it does; the same gas as getOrCreateAccount). */
  ensureAccount(ctx: Context, addr: AddressSpellings): void;
}
