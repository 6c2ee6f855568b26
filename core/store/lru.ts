/**
 * A least-recently-used cache bounded by an estimate of its bytes (a Map keeps insertion order: a hit is
 * re-inserted at the end, eviction takes from the front).
 */
export class LRU<V> {
  private readonly map = new Map<string, { v: V; size: number }>();
  private bytes = 0;

  constructor(
    readonly maxBytes: number,
    private readonly sizeOf: (key: string, v: V) => number,
  ) {}

  get size(): number {
    return this.map.size;
  }

  get(key: string): V | undefined {
    const e = this.map.get(key);
    if (e === undefined) return undefined;
    this.map.delete(key);
    this.map.set(key, e);
    return e.v;
  }

  set(key: string, v: V): void {
    const old = this.map.get(key);
    if (old) {
      this.bytes -= old.size;
      this.map.delete(key);
    }
    const size = this.sizeOf(key, v);
    if (size > this.maxBytes) return;
    this.map.set(key, { v, size });
    this.bytes += size;
    if (this.bytes > this.maxBytes) this.evict();
  }

  /** Drops the least recent tenth in one pass (one iterator, not one per insert once the cache is full). */
  private evict(): void {
    const target = this.maxBytes * 0.9;
    for (const [k, e] of this.map) {
      if (this.bytes <= target) break;
      this.map.delete(k);
      this.bytes -= e.size;
    }
  }

  delete(key: string): void {
    const e = this.map.get(key);
    if (!e) return;
    this.bytes -= e.size;
    this.map.delete(key);
  }

  clear(): void {
    this.map.clear();
    this.bytes = 0;
  }
}
