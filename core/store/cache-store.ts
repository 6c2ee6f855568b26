import { type IterateOptions, type KVStore, inRange } from './kv.ts';

const DELETED = null;

/**
 * A write buffer over a parent store, like the SDK's CacheKVStore: reads see the buffer first, `write()`
 * flushes it into the parent, and dropping it discards every write. Branch per block, per tx, per message,
 * per cross-VM call; a failure throws the branch away and leaves the parent untouched.
 */
export class CacheStore implements KVStore {
  private readonly writes = new Map<string, Uint8Array | typeof DELETED>();

  constructor(readonly parent: KVStore) {}

  get(key: string): Uint8Array | undefined {
    const w = this.writes.get(key);
    if (w !== undefined) return w === DELETED ? undefined : w;
    return this.parent.get(key);
  }
  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
  set(key: string, value: Uint8Array): void {
    this.writes.set(key, value);
  }
  delete(key: string): void {
    this.writes.set(key, DELETED);
  }
  /** Number of buffered writes (sets and deletes). */
  get dirtyCount(): number {
    return this.writes.size;
  }
  /** Buffered writes in key order: the block's change set. */
  changes(): Array<[string, Uint8Array | null]> {
    return [...this.writes.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }
  write(): void {
    for (const [k, v] of this.writes) {
      if (v === DELETED) this.parent.delete(k);
      else this.parent.set(k, v);
    }
    this.writes.clear();
  }
  discard(): void {
    this.writes.clear();
  }

  *iterate(prefix: string, opts?: IterateOptions): IterableIterator<[string, Uint8Array]> {
    // Merge the parent's ordered entries with the buffered keys in range, buffer winning.
    const local = [...this.writes.keys()].filter((k) => inRange(k, prefix, opts)).sort();
    if (opts?.reverse) local.reverse();
    const before = (a: string, b: string) => (opts?.reverse ? a > b : a < b);
    const parentIt = this.parent.iterate(prefix, opts);
    let p = parentIt.next();
    let i = 0;
    while (!p.done || i < local.length) {
      const lk = i < local.length ? local[i]! : undefined;
      if (!p.done && (lk === undefined || before(p.value[0], lk))) {
        yield p.value;
        p = parentIt.next();
        continue;
      }
      if (!p.done && lk === p.value[0]) p = parentIt.next();
      const v = this.writes.get(lk!);
      i++;
      if (v !== DELETED && v !== undefined) yield [lk!, v];
    }
  }
}
