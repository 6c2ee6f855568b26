/**
 * Issue 13 figure: the cost of a write to a new key in the committed store at 1,000 vs 1,000,000 keys
 * (goal ≤ 2×), and of a read of an existing key. Both sizes run interleaved in rounds in one process; the
 * sorted array the B+ tree replaced runs beside them as the "before" (its code kept here only for this
 * comparison; at 1,000,000 keys it gets a tenth of the inserts, it is that slow). Every inserted key is
 * read back and counted. In-process: no load generator.
 * Each round's keys are deleted again afterwards, so every round measures the named size.
 * Run: node --import tsx scripts/bench/store-write.ts   (env: ROUNDS=15, INSERTS=2000, BIG=1000000)
 */
import { createHash } from 'node:crypto';
import { SortedStore } from '../../core/store/sorted-store.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 15);
const INSERTS = Number(process.env.INSERTS ?? 2_000);
const BIG = Number(process.env.BIG ?? 1_000_000);

/** The store before issue 13: a Map plus a sorted key array, spliced on every new key. */
class SortedArrayStore {
  private readonly map = new Map<string, Uint8Array>();
  private readonly keys: string[] = [];
  get size(): number {
    return this.map.size;
  }
  get(k: string): Uint8Array | undefined {
    return this.map.get(k);
  }
  /** Loads many keys at once, sorted once (as the old LevelDB load did), so setting up 1M keys takes seconds. */
  load(keys: string[], v: Uint8Array): void {
    for (const k of keys) this.map.set(k, v);
    this.keys.push(...keys);
    this.keys.sort();
  }
  private lowerBound(k: string): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid]! < k) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  delete(k: string): void {
    if (this.map.delete(k)) this.keys.splice(this.lowerBound(k), 1);
  }
  set(k: string, v: Uint8Array): void {
    if (!this.map.has(k)) this.keys.splice(this.lowerBound(k), 0, k);
    this.map.set(k, v);
  }
}
type Store = Pick<SortedStore, 'get' | 'set' | 'delete' | 'size'>;

// Keys shaped as the bank's balances of fresh addresses, in hash order (as new accounts arrive).
let seq = 0;
const freshKey = (): string => `bank/balances/${createHash('sha256').update(String(seq++)).digest('hex').slice(0, 40)}/utrv`;
const value = new Uint8Array(16);
const fill = (s: Store, n: number) => {
  if (s instanceof SortedArrayStore) {
    const keys: string[] = [];
    for (let i = 0; i < n; i++) keys.push(freshKey());
    for (let i = 0; i < keys.length; i += 100_000) s.load(keys.slice(i, i + 100_000), value);
    return s;
  }
  while (s.size < n) s.set(freshKey(), value);
  return s;
};

const sides: Array<{ name: string; store: Store; inserts: number }> = [
  { name: 'B+ tree, 1,000 keys', store: fill(new SortedStore(), 1_000), inserts: INSERTS },
  { name: `B+ tree, ${BIG.toLocaleString('en-US')} keys`, store: fill(new SortedStore(), BIG), inserts: INSERTS },
  { name: 'sorted array (before), 1,000 keys', store: fill(new SortedArrayStore(), 1_000), inserts: INSERTS },
  { name: `sorted array (before), ${BIG.toLocaleString('en-US')} keys`, store: fill(new SortedArrayStore(), BIG), inserts: Math.max(100, INSERTS / 10) },
];
const writeUs = new Map<string, number[]>();
const readUs = new Map<string, number[]>();
for (let round = 0; round < ROUNDS; round++) {
  for (const side of sides) {
    const keys = Array.from({ length: side.inserts }, freshKey);
    const size0 = side.store.size;
    let t = performance.now();
    for (const k of keys) side.store.set(k, value);
    writeUs.set(side.name, [...(writeUs.get(side.name) ?? []), ((performance.now() - t) * 1000) / keys.length]);
    t = performance.now();
    let found = 0;
    for (const k of keys) if (side.store.get(k) !== undefined) found++;
    readUs.set(side.name, [...(readUs.get(side.name) ?? []), ((performance.now() - t) * 1000) / keys.length]);
    if (found !== keys.length || side.store.size !== size0 + keys.length) throw new Error(`${side.name}: ${found} of ${keys.length} keys read back`);
    // Back to the size the side is named for (deletes not timed).
    for (const k of keys) side.store.delete(k);
    if (side.store.size !== size0) throw new Error(`${side.name}: size ${side.store.size} after the deletes`);
  }
}
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0]!, med: s[Math.floor(s.length / 2)]!, max: s[s.length - 1]! };
};
console.log(`${ROUNDS} rounds, interleaved; µs per new-key write / per read (min / median / max)`);
for (const side of sides) {
  const w = stats(writeUs.get(side.name)!);
  const r = stats(readUs.get(side.name)!);
  console.log(`${side.name.padEnd(38)} write ${w.min.toFixed(2)} / ${w.med.toFixed(2)} / ${w.max.toFixed(2)}   read ${r.min.toFixed(2)} / ${r.med.toFixed(2)} / ${r.max.toFixed(2)}`);
}
const med = (name: string) => stats(writeUs.get(name)!).med;
console.log(`B+ tree: ${BIG.toLocaleString('en-US')} / 1,000 keys = ${(med(sides[1]!.name) / med(sides[0]!.name)).toFixed(2)}× per new-key write (goal ≤ 2×)`);
console.log(`sorted array (before): ${(med(sides[3]!.name) / med(sides[2]!.name)).toFixed(1)}×`);
