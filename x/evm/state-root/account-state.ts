import { DENOM } from '../../../core/types/address.ts';
import { Context } from '../../../core/types/context.ts';
import { infiniteGasMeter } from '../../../core/types/gas.ts';
import type { KVStore } from '../../../core/store/kv.ts';
import type { BankKeeper } from '../expected-keepers.ts';
import { decodeAccount } from '../state/account.ts';
import { joinWei } from '../state/balance.ts';
import { StoreKeys } from '../types/index.ts';

/** An address's account as the EVM sees it; undefined when EIP-161 empty (nonce 0, balance 0, no code). */
export interface EvmAccountState {
  nonce: bigint;
  /** wei: the bank's utrv × 10^12 + the record's fractional wei */
  balance: bigint;
  codeHash?: Uint8Array;
}

/** Reads accounts from one state view: x/evm's record joined with the bank's utrv balance (state/balance.ts). */
export class AccountReader {
  private readonly ctx: Context;

  constructor(
    private readonly state: KVStore,
    private readonly bank: Pick<BankKeeper, 'getBalance'>,
  ) {
    // A read-only context for the bank keeper: no block, no gas (derived data is not metered).
    this.ctx = new Context(state, infiniteGasMeter(), { height: 0, timeMs: 0, chainId: '', proposer: '' }, 'query');
  }

  account(addrHex: string): EvmAccountState | undefined {
    const raw = this.state.get(StoreKeys.account(addrHex));
    const rec = raw === undefined ? undefined : decodeAccount(raw);
    const utrv = this.bank.getBalance(this.ctx, Buffer.from(addrHex, 'hex'), DENOM);
    const balance = joinWei(utrv, rec?.fractional ?? 0n);
    const nonce = rec?.nonce ?? 0n;
    if (nonce === 0n && balance === 0n && rec?.codeHash === undefined) return undefined;
    return { nonce, balance, codeHash: rec?.codeHash };
  }

  /** Every stored slot of an address, in slot order. */
  *slots(addrHex: string): IterableIterator<[slotHex: string, value: Uint8Array]> {
    const prefix = StoreKeys.storagePrefix(addrHex);
    for (const [k, v] of this.state.iterate(prefix)) yield [k.slice(prefix.length), v];
  }
}
