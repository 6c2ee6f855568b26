/**
 * Issue 13 figures, on the committed store (CommitStore on a real LevelDB, the node's default 64 MiB cache):
 * - a write to a new key at SMALL (1,000) vs BIG (1,000,000) keys in state: a block of BLOCK new keys, prepared
 *   (tree update, hashes), written in one synced batch and published, per key (goal ≤ 2×);
 * - a read of a random existing key at the latest height vs at a height HISTORY (10,000) blocks back (goal ≤ 3×),
 *   on the BIG store after HISTORY blocks of CHURN changed keys each.
 * Sides run interleaved in rounds; every written key is read back and every read checked against the value
 * the bench wrote. In-process: no load generator.
 * Run: node --import tsx scripts/bench/store-write.ts  (env: ROUNDS=9, BLOCK=1000, SMALL=1000, BIG=1000000,
 *      HISTORY=10000, CHURN=20, READS=20000, CACHE_MIB=64: the node default)
 */
import { type BenchStore, buildStore, fmtStats, keyOf, stats, valueOf } from './lib/store.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 9);
const BLOCK = Number(process.env.BLOCK ?? 1_000);
const SMALL = Number(process.env.SMALL ?? 1_000);
const BIG = Number(process.env.BIG ?? 1_000_000);
const HISTORY = Number(process.env.HISTORY ?? 10_000);
const CHURN = Number(process.env.CHURN ?? 20);
const READS = Number(process.env.READS ?? 20_000);
const CACHE_MIB = Number(process.env.CACHE_MIB ?? 64);

const fmt = (x: ReturnType<typeof stats>) => fmtStats(x, 'µs', 2);
/** A deterministic generator, so every run reads the same keys. */
let seed = 12345;
const rand = (n: number) => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) % n);

const small = await buildStore(SMALL, CACHE_MIB * 2 ** 20);
const big = await buildStore(BIG, CACHE_MIB * 2 ** 20);

// ---- new keys ----------------------------------------------------------------------------------------------
let fresh = 10_000_000;
const writeUs = new Map<BenchStore, number[]>([[small, []], [big, []]]);
const rowsPerKey = new Map<BenchStore, number[]>([[small, []], [big, []]]);
for (let round = 0; round < ROUNDS; round++) {
  for (const s of [small, big]) {
    const keys = Array.from({ length: BLOCK }, () => fresh++);
    const t = performance.now();
    await s.commit(keys.map((j) => [keyOf(j), valueOf(j, 1)]));
    writeUs.get(s)!.push(((performance.now() - t) * 1000) / BLOCK);
    rowsPerKey.get(s)!.push(s.lastPuts / BLOCK);
    for (const j of keys) if (Buffer.from(s.store.get(keyOf(j)) ?? []).toString() !== `${j}:1`) throw new Error('a new key was lost');
    // Delete them again, so each round measures the named size.
    await s.commit(keys.map((j) => [keyOf(j), null]));
  }
}
const ws = (s: BenchStore) => stats(writeUs.get(s)!);
console.log(`\nWrite to a new key (block of ${BLOCK}, per key; min / median / max over ${ROUNDS} interleaved rounds):`);
for (const s of [small, big]) console.log(`  ${s.name.padEnd(18)} ${fmt(ws(s))}   rows written per new key ${stats(rowsPerKey.get(s)!).median.toFixed(2)}`);
console.log(`  ratio ${big.name} / ${small.name}: ${(ws(big).median / ws(small).median).toFixed(2)}×  (goal ≤ 2×)`);

// ---- history ------------------------------------------------------------------------------------------------
const t = performance.now();
const base = big.store.version;
const written = new Map<number, number>(); // key index → version of its last write (value version = store version)
for (let b = 0; b < HISTORY; b++) {
  const ch: Array<[string, Uint8Array | null]> = [];
  const v = big.store.version + 1;
  for (let i = 0; i < CHURN; i++) {
    const j = rand(BIG);
    ch.push([keyOf(j), valueOf(j, v)]);
  }
  await big.commit([...new Map(ch)]);
  if (b === 0) for (const [k] of ch) written.set(Number(Buffer.from(big.store.get(k)!).toString().split(':')[0]), v);
}
console.log(`\n${HISTORY.toLocaleString('en-US')} blocks of ${CHURN} changed keys in ${((performance.now() - t) / 1000).toFixed(1)} s`);
const past = base + 1; // HISTORY blocks before the latest
const latestUs: number[] = [];
const pastUs: number[] = [];
const pastView = big.store.at(past);
for (let round = 0; round < ROUNDS; round++) {
  for (const side of ['latest', 'past'] as const) {
    const keys = Array.from({ length: READS / ROUNDS }, () => keyOf(rand(BIG)));
    const view = side === 'latest' ? big.store : pastView;
    let ok = 0;
    const t0 = performance.now();
    for (const k of keys) if (view.get(k) !== undefined) ok++;
    (side === 'latest' ? latestUs : pastUs).push(((performance.now() - t0) * 1000) / keys.length);
    if (ok !== keys.length) throw new Error(`${side}: ${keys.length - ok} reads missed`);
  }
}
// The past view answers the past: the keys block base+1 wrote read that version there.
for (const [j, v] of written) if (Buffer.from(pastView.get(keyOf(j))!).toString() !== `${j}:${v}`) throw new Error('the past view read a later write');
const [l, p] = [stats(latestUs), stats(pastUs)];
console.log(`Read of a random existing key among ${big.name} (per read):`);
console.log(`  latest                   ${fmt(l)}`);
console.log(`  ${HISTORY.toLocaleString('en-US')} blocks back       ${fmt(p)}`);
console.log(`  ratio: ${(p.median / l.median).toFixed(2)}×  (goal ≤ 3×)`);

for (const s of [small, big]) await s.close();
