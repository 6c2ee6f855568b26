import type { KVStore } from '../../../core/store/kv.ts';
import { DENOM } from '../../../core/types/address.ts';
import { StoreKeys as BankKeys, parseBalanceKey } from '../../bank/types/index.ts';
import { StoreKeys } from '../types/index.ts';

/** A storage slot's new value (hex slot, 64 digits) as stored: leading zeros stripped; null = zero. */
export type SlotChange = [slotHex: string, value: Uint8Array | null];

export interface Touched {
  /** Every address whose account the block may have changed, lower-case hex, sorted. */
  addresses: string[];
  /** Per address, its changed slots in slot order. */
  storage: Map<string, SlotChange[]>;
}

const ADDR = /^[0-9a-f]{40}$/;

/**
 * The accounts a block's changes reach, from the changed store keys alone: x/evm's account records
 * (`evm/a/<addr>`: nonce, fractional wei, code hash) and storage (`evm/s/<addr>/<slot>`), and the bank's utrv
 * balance of any 20-byte address (the whole-utrv part of its EVM balance; other denoms are not EVM balance).
 * Code rows (`evm/c/<hash>`) name no account: an account's code changes through its record's code hash.
 */
export function touchedBy(changes: ReadonlyArray<readonly [string, Uint8Array | null]>): Touched {
  const addresses = new Set<string>();
  const storage = new Map<string, SlotChange[]>();
  for (const [key, value] of changes) {
    if (key.startsWith(StoreKeys.accountPrefix)) {
      const a = key.slice(StoreKeys.accountPrefix.length);
      if (ADDR.test(a)) addresses.add(a);
    } else if (key.startsWith(StoreKeys.storageRoom)) {
      const a = key.slice(StoreKeys.storageRoom.length, StoreKeys.storageRoom.length + 40);
      const slot = key.slice(StoreKeys.storageRoom.length + 41);
      if (!ADDR.test(a) || slot.length !== 64) continue;
      addresses.add(a);
      let list = storage.get(a);
      if (!list) storage.set(a, (list = []));
      list.push([slot, value]);
    } else {
      const b = parseBalanceKey(key);
      if (b && b.denom === DENOM && ADDR.test(b.addrHex)) addresses.add(b.addrHex);
    }
  }
  return { addresses: [...addresses].sort(), storage };
}

/** Every address that may have an account in the state (a record or a utrv balance), sorted: a full rebuild. */
export function everyAddress(state: KVStore): string[] {
  const addresses = new Set<string>();
  for (const [key] of state.iterate(StoreKeys.accountPrefix)) {
    const a = key.slice(StoreKeys.accountPrefix.length);
    if (ADDR.test(a)) addresses.add(a);
  }
  for (const [key] of state.iterate(BankKeys.balancePrefix)) {
    const b = parseBalanceKey(key);
    if (b && b.denom === DENOM && ADDR.test(b.addrHex)) addresses.add(b.addrHex);
  }
  return [...addresses].sort();
}

/** Every stored slot in the state, by address, in slot order: one scan of the storage room (a full rebuild). */
export function everySlot(state: KVStore): Map<string, SlotChange[]> {
  const out = new Map<string, SlotChange[]>();
  for (const [key, value] of state.iterate(StoreKeys.storageRoom)) {
    const a = key.slice(StoreKeys.storageRoom.length, StoreKeys.storageRoom.length + 40);
    const slot = key.slice(StoreKeys.storageRoom.length + 41);
    if (!ADDR.test(a) || slot.length !== 64) continue;
    let list = out.get(a);
    if (!list) out.set(a, (list = []));
    list.push([slot, value]);
  }
  return out;
}
