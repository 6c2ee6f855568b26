import { toHex } from '@cosmjs/encoding';
import type { Context } from '../../../core/types/context.ts';
import { GasCosts } from '../../../core/types/gas.ts';
import type { ContractStorage } from '../cosmwasm/instance.ts';
import { StoreKeys } from '../types/index.ts';

/**
 * A Wasm contract's storage over the node's store (ctx's branch): binary keys as lower-case hex under the
 * contract's state prefix, so the store's string order is the keys' byte order and iteration matches
 * wasmd's. Gas is the SDK's KV gas on the real byte lengths, counting wasmd's 21-byte prefix (0x03 ‖
 * address) as its gaskv store does: reads, writes, deletes, and every step of an iterator.
 */

const WASMD_PREFIX_LEN = 21;

export function contractStorage(ctx: Context, addrHex: string): ContractStorage {
  const prefix = StoreKeys.state(addrHex);
  const store = ctx.rawStore;
  const meter = ctx.gasMeter;
  return {
    get(key) {
      meter.consume(GasCosts.readFlat, 'ReadFlat');
      const v = store.get(prefix + toHex(key));
      meter.consume(GasCosts.readPerByte * (WASMD_PREFIX_LEN + key.length + (v?.length ?? 0)), 'ReadPerByte');
      return v;
    },
    set(key, value) {
      meter.consume(GasCosts.writeFlat, 'WriteFlat');
      meter.consume(GasCosts.writePerByte * (WASMD_PREFIX_LEN + key.length + value.length), 'WritePerByte');
      store.set(prefix + toHex(key), value);
    },
    remove(key) {
      meter.consume(GasCosts.deleteFlat, 'DeleteFlat');
      store.delete(prefix + toHex(key));
    },
    *scan(start, end, order) {
      const it = store.iterate(prefix, {
        start: start === null ? undefined : prefix + toHex(start),
        end: end === null ? undefined : prefix + toHex(end),
        reverse: order === 2,
      });
      for (const [k, v] of it) {
        const key = Buffer.from(k.slice(prefix.length), 'hex');
        meter.consume(GasCosts.iterNextFlat + GasCosts.readPerByte * (WASMD_PREFIX_LEN + key.length + v.length), 'IterNext');
        yield [new Uint8Array(key), v] as [Uint8Array, Uint8Array];
      }
    },
  };
}

/** Raw reads for queries (RawContractState, WasmQuery::Raw): no gas. */
export function rawGet(ctx: Context, addrHex: string, key: Uint8Array): Uint8Array | undefined {
  return ctx.rawStore.get(StoreKeys.state(addrHex) + toHex(key));
}

export function* rawAll(ctx: Context, addrHex: string, startKeyHex?: string): IterableIterator<[Uint8Array, Uint8Array]> {
  const prefix = StoreKeys.state(addrHex);
  for (const [k, v] of ctx.rawStore.iterate(prefix, { start: startKeyHex === undefined ? undefined : prefix + startKeyHex })) {
    yield [new Uint8Array(Buffer.from(k.slice(prefix.length), 'hex')), v];
  }
}
