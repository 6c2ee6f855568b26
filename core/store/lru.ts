/**
 * A least-recently-used cache bounded by an estimate of its bytes: a Map finds an entry, a doubly linked list
 * keeps the use order (head the least recent, tail the most recent).
 *
 * A hit only relinks the entry; it never deletes and re-inserts the key in the Map. In V8 a Map keeps a deleted
 * entry in its bucket's chain until the next rehash, and inserting a key first walks that chain: re-inserting the
 * same hot key on every hit (a contract's counter read 200 times a message) walked one dead copy per earlier hit,
 * so a hit cost grew with the Map's size — 1 µs at 1,000 entries, 60 µs at 20,000 — and the drain block of
 * issue 17 grew round after round as the value cache filled.
 */
interface Entry<V> {
  readonly key: string;
  v: V;
  size: number;
  prev: Entry<V> | undefined;
  next: Entry<V> | undefined;
}

export class LRU<V> {
  private readonly map = new Map<string, Entry<V>>();
  private head: Entry<V> | undefined;
  private tail: Entry<V> | undefined;
  private bytes = 0;

  constructor(
    readonly maxBytes: number,
    private readonly sizeOf: (key: string, v: V) => number,
  ) {}

  get size(): number {
    return this.map.size;
  }

  /** The estimated bytes held (at most maxBytes). */
  get heldBytes(): number {
    return this.bytes;
  }

  get(key: string): V | undefined {
    const e = this.map.get(key);
    if (e === undefined) return undefined;
    this.touch(e);
    return e.v;
  }

  set(key: string, v: V): void {
    const size = this.sizeOf(key, v);
    const old = this.map.get(key);
    if (old) {
      if (size > this.maxBytes) {
        this.remove(old);
        return;
      }
      this.bytes += size - old.size;
      old.v = v;
      old.size = size;
      this.touch(old);
    } else {
      if (size > this.maxBytes) return;
      const e: Entry<V> = { key, v, size, prev: this.tail, next: undefined };
      if (this.tail) this.tail.next = e;
      else this.head = e;
      this.tail = e;
      this.map.set(key, e);
      this.bytes += size;
    }
    if (this.bytes > this.maxBytes) this.evict();
  }

  /** Drops the least recent tenth in one pass (not one entry per insert once the cache is full). */
  private evict(): void {
    const target = this.maxBytes * 0.9;
    while (this.head && this.bytes > target) this.remove(this.head);
  }

  delete(key: string): void {
    const e = this.map.get(key);
    if (e) this.remove(e);
  }

  clear(): void {
    this.map.clear();
    this.head = this.tail = undefined;
    this.bytes = 0;
  }

  /** Keys from the least to the most recently used (tests, diagnostics). */
  *keys(): IterableIterator<string> {
    for (let e = this.head; e; e = e.next) yield e.key;
  }

  /** Moves an entry to the tail (most recent). */
  private touch(e: Entry<V>): void {
    if (e === this.tail) return;
    this.unlink(e);
    e.prev = this.tail;
    e.next = undefined;
    this.tail!.next = e;
    this.tail = e;
  }

  private unlink(e: Entry<V>): void {
    if (e.prev) e.prev.next = e.next;
    else this.head = e.next;
    if (e.next) e.next.prev = e.prev;
    else this.tail = e.prev;
  }

  private remove(e: Entry<V>): void {
    this.unlink(e);
    e.prev = e.next = undefined;
    this.map.delete(e.key);
    this.bytes -= e.size;
  }
}
