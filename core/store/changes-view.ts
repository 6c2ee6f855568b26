import { type IterateOptions, type KVStore, inRange, prefixEnd } from './kv.ts';

/**
 * The state after a block, read-only: the committed store (before the block) under the block's change set, sorted
 * by key. What Module.commitRows reads. Unlike a CacheStore, whose iteration sorts its buffered keys on every call,
 * a prefix scan here is a binary search into the changes and a walk of the committed store's range, so a module
 * may scan small prefixes for each of 100,000 genesis accounts.
 */
export class ChangesView implements KVStore {
  constructor(
    private readonly committed: KVStore,
    /** Sorted by key, one entry per key; null = deleted. */
    private readonly changes: ReadonlyArray<readonly [string, Uint8Array | null]>,
  ) {}

  /** Index of the first change whose key is ≥ `key`. */
  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.changes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.changes[mid]![0] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  get(key: string): Uint8Array | undefined {
    const i = this.lowerBound(key);
    const c = this.changes[i];
    if (c !== undefined && c[0] === key) return c[1] ?? undefined;
    return this.committed.get(key);
  }
  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
  set(): void {
    throw new Error('the state after a block is read-only');
  }
  delete(): void {
    throw new Error('the state after a block is read-only');
  }

  *iterate(prefix: string, opts?: IterateOptions): IterableIterator<[string, Uint8Array]> {
    const low = opts?.start !== undefined && opts.start > prefix ? opts.start : prefix;
    const high = opts?.end !== undefined && opts.end < prefixEnd(prefix) ? opts.end : prefixEnd(prefix);
    const from = this.lowerBound(low);
    const to = this.lowerBound(high);
    const local = this.changes.slice(from, to).filter(([k]) => inRange(k, prefix, opts));
    if (opts?.reverse) local.reverse();
    const before = (a: string, b: string) => (opts?.reverse ? a > b : a < b);
    const it = this.committed.iterate(prefix, opts);
    let p = it.next();
    let i = 0;
    while (!p.done || i < local.length) {
      const l = local[i];
      if (!p.done && (l === undefined || before(p.value[0], l[0]))) {
        yield p.value;
        p = it.next();
        continue;
      }
      if (!p.done && l![0] === p.value[0]) p = it.next();
      i++;
      if (l![1] !== null) yield [l![0], l![1]];
    }
  }
}
