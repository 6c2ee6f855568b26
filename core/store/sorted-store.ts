import { type IterateOptions, type KVStore, inRange } from './kv.ts';

/**
 * The committed state, held in memory and mirrored to LevelDB at each commit. A devnet's state fits in
 * memory, and this keeps every read synchronous and every prefix scan a binary search.
 */
export class SortedStore implements KVStore {
  private readonly map = new Map<string, Uint8Array>();
  private readonly keys: string[] = [];

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
    if (!this.map.has(key)) this.keys.splice(lowerBound(this.keys, key), 0, key);
    this.map.set(key, value);
  }
  delete(key: string): void {
    if (!this.map.delete(key)) return;
    this.keys.splice(lowerBound(this.keys, key), 1);
  }
  *iterate(prefix: string, opts?: IterateOptions): IterableIterator<[string, Uint8Array]> {
    const lo = lowerBound(this.keys, opts?.start !== undefined && opts.start > prefix ? opts.start : prefix);
    if (opts?.reverse) {
      let hi = lo;
      while (hi < this.keys.length && inRange(this.keys[hi]!, prefix, opts)) hi++;
      for (let i = hi - 1; i >= lo; i--) {
        const k = this.keys[i]!;
        const v = this.map.get(k);
        if (v !== undefined) yield [k, v];
      }
      return;
    }
    for (let i = lo; i < this.keys.length; i++) {
      const k = this.keys[i]!;
      if (!inRange(k, prefix, opts)) {
        if (!k.startsWith(prefix) || (opts?.end !== undefined && k >= opts.end)) return;
        continue;
      }
      const v = this.map.get(k);
      if (v !== undefined) yield [k, v];
    }
  }
}

export function lowerBound(arr: readonly string[], key: string): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
