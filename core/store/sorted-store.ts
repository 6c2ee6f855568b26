import btree from 'sorted-btree';
import { type IterateOptions, type KVStore, inRange, prefixEnd } from './kv.ts';

/** JavaScript string order (UTF-16 code units): byte order for the ASCII keys of kv.ts. */
const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
// A CommonJS package: under Node's ESM its `exports.default` is a property of the default import.
const BTree = btree.default;

/**
 * An ordered key-value store in memory: values in a Map (a point read is one hash lookup) and the keys in a B+
 * tree (sorted-btree), so a new key or a delete costs O(log n) and a prefix scan is a descent then a walk in key
 * order. The node's committed state is CommitStore (on LevelDB); this one serves the executor harnesses, the
 * benchmarks of bare executors and genesis tooling, which need a KVStore and no disk.
 * Callers must not write to it while iterating it.
 */
export class SortedStore implements KVStore {
  private readonly map = new Map<string, Uint8Array>();
  private readonly keys = new BTree<string, undefined>(undefined, byKey);

  get size(): number {
    return this.map.size;
  }
  get(key: string): Uint8Array | undefined {
    return this.map.get(key);
  }
  has(key: string): boolean {
    return this.map.has(key);
  }
  set(key: string, value: Uint8Array): void {
    if (!this.map.has(key)) this.keys.set(key, undefined);
    this.map.set(key, value);
  }
  delete(key: string): void {
    if (this.map.delete(key)) this.keys.delete(key);
  }
  *iterate(prefix: string, opts?: IterateOptions): IterableIterator<[string, Uint8Array]> {
    if (opts?.reverse) {
      // Upper bounds are exclusive: start from the bound and skip it if present.
      const high = opts.end !== undefined && opts.end < prefixEnd(prefix) ? opts.end : prefixEnd(prefix);
      for (const [k] of this.keys.entriesReversed(high, undefined, true)) {
        if (k < prefix || (opts.start !== undefined && k < opts.start)) return;
        if (inRange(k, prefix, opts)) yield [k, this.map.get(k)!];
      }
      return;
    }
    const low = opts?.start !== undefined && opts.start > prefix ? opts.start : prefix;
    for (const k of this.keys.keys(low)) {
      if (!k.startsWith(prefix) || (opts?.end !== undefined && k >= opts.end)) return;
      yield [k, this.map.get(k)!];
    }
  }
}
