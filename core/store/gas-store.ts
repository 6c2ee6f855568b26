import { GasCosts, type GasMeter } from '../types/gas.ts';
import type { IterateOptions, KVStore } from './kv.ts';

/** Charges the SDK's KV gas for every access, then forwards to the parent. */
export class GasStore implements KVStore {
  constructor(
    readonly parent: KVStore,
    readonly meter: GasMeter,
  ) {}
  get(key: string): Uint8Array | undefined {
    this.meter.consume(GasCosts.readFlat, 'ReadFlat');
    const v = this.parent.get(key);
    this.meter.consume(GasCosts.readPerByte * (key.length + (v?.length ?? 0)), 'ReadPerByte');
    return v;
  }
  has(key: string): boolean {
    this.meter.consume(GasCosts.readFlat, 'HasFlat');
    return this.parent.has(key);
  }
  set(key: string, value: Uint8Array): void {
    this.meter.consume(GasCosts.writeFlat, 'WriteFlat');
    this.meter.consume(GasCosts.writePerByte * (key.length + value.length), 'WritePerByte');
    this.parent.set(key, value);
  }
  delete(key: string): void {
    this.meter.consume(GasCosts.deleteFlat, 'DeleteFlat');
    this.parent.delete(key);
  }
  *iterate(prefix: string, opts?: IterateOptions): IterableIterator<[string, Uint8Array]> {
    for (const [k, v] of this.parent.iterate(prefix, opts)) {
      this.meter.consume(GasCosts.iterNextFlat + GasCosts.readPerByte * (k.length + v.length), 'IterNext');
      yield [k, v];
    }
  }
}
