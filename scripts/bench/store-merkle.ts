/**
 * Issue 13 figures: the Merkle cost of a block — commit time with CHANGED (3,500) changed keys at SMALL (10,000)
 * and BIG (1,000,000) keys in state — and the tree choice: the same blocks through @ethereumjs/mpt (Ethereum's
 * Merkle-Patricia trie, keccak + RLP, over a memory DB) at TREE_SMALL (1,000) and TREE_BIG keys.
 *
 * Ours is measured end to end as a block pays it: CommitStore.prepare (tree update and hashing) + the LevelDB
 * batch (sync) + publish, on a real LevelDB home. Sizes run interleaved in rounds; each block changes CHANGED
 * keys (half updates of existing keys, half new keys); after each block the app hash is checked against a
 * membership proof of one changed key. In-process: no load generator.
 * Run: node --import tsx scripts/bench/store-merkle.ts  (env: ROUNDS=7, CHANGED=3500, SMALL=10000, BIG=1000000,
 *      TREE_SMALL=1000, TREE_BIG=100000, MPT=1)
 */
import * as ics23 from '@confio/ics23';
import { createMPT } from '@ethereumjs/mpt';
import { buildStore, fmtStats, keyOf, stats, valueOf as val } from './lib/store.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 7);
const CHANGED = Number(process.env.CHANGED ?? 3_500);
const SMALL = Number(process.env.SMALL ?? 10_000);
const BIG = Number(process.env.BIG ?? 1_000_000);
const TREE_SMALL = Number(process.env.TREE_SMALL ?? 1_000);
const TREE_BIG = Number(process.env.TREE_BIG ?? 100_000);
const MPT = process.env.MPT !== '0';

const fmt = (x: ReturnType<typeof stats>) => fmtStats(x, 'ms', 1);

interface Side {
  name: string;
  size: number;
  next: number;
  block(changes: Array<[string, Uint8Array | null]>, probe: [string, Uint8Array]): Promise<void>;
  close(): Promise<void>;
}

async function ours(size: number): Promise<Side> {
  const b = await buildStore(size, 64 << 20);
  return {
    name: `this tree + LevelDB, ${b.name}`,
    size,
    next: size,
    async block(changes, [pk, pv]) {
      const root = await b.commit(changes);
      type P = Parameters<typeof ics23.verifyMembership>[0];
      if (!ics23.verifyMembership(b.store.prove(pk) as P, ics23.tendermintSpec, root, Buffer.from(pk), pv)) throw new Error('proof does not verify');
    },
    close: () => b.close(),
  };
}

async function mpt(size: number): Promise<Side> {
  const trie = await createMPT({});
  const t = performance.now();
  for (let i = 0; i < size; i++) await trie.put(Buffer.from(keyOf(i)), val(i, 0));
  console.log(`  built MPT of ${size.toLocaleString('en-US')} keys in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const side: Side = {
    name: `@ethereumjs/mpt (memory), ${size.toLocaleString('en-US')} keys`,
    size,
    next: size,
    async block(changes, [pk, pv]) {
      for (const [k, v] of changes) await (v === null ? trie.del(Buffer.from(k)) : trie.put(Buffer.from(k), v));
      trie.root();
      const got = await trie.get(Buffer.from(pk));
      if (!got || Buffer.compare(got, pv) !== 0) throw new Error('MPT lost a write');
    },
    async close() {},
  };
  return side;
}

const sides: Side[] = [];
for (const n of [SMALL, BIG]) sides.push(await ours(n));
if (MPT) for (const n of [TREE_SMALL, TREE_BIG]) sides.push(await mpt(n), await ours(n));

const times = new Map<Side, number[]>(sides.map((s) => [s, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const side of sides) {
    const changes: Array<[string, Uint8Array | null]> = [];
    for (let i = 0; i < CHANGED / 2; i++) {
      const j = (round * 7919 + i * 104729) % side.size;
      changes.push([keyOf(j), val(j, round + 1)]);
    }
    for (let i = 0; i < CHANGED / 2; i++) {
      const j = side.next++;
      changes.push([keyOf(j), val(j, round + 1)]);
    }
    const dedup = [...new Map(changes)].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const t = performance.now();
    await side.block(dedup, dedup[dedup.length >> 1] as [string, Uint8Array]);
    times.get(side)!.push(performance.now() - t);
  }
}
console.log(`\nBlock commit with ${CHANGED} changed keys (min / median / max over ${ROUNDS} interleaved rounds):`);
for (const side of sides) console.log(`  ${side.name.padEnd(48)} ${fmt(stats(times.get(side)!))}`);
const med = (s: Side) => stats(times.get(s)!).median;
console.log(`  ratio ${BIG.toLocaleString('en-US')} / ${SMALL.toLocaleString('en-US')} keys (ours): ${(med(sides[1]!) / med(sides[0]!)).toFixed(2)}×`);
for (const s of sides) await s.close();
