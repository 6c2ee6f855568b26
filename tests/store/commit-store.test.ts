import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import * as ics23 from '@confio/ics23';
import { CommitStore, HistoricalStateError, type Pruning } from '../../core/store/commit-store.ts';
import { NodeDB } from '../../core/store/node-db.ts';
import { rootHashOf } from '../../core/store/tree/tree.ts';
import { exportSnapshot, SnapshotImporter } from '../../core/store/snapshot.ts';
import { tempDir } from '../helpers/app.ts';

/** A deterministic generator (tests must replay). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const bytes = (s: string) => new Uint8Array(Buffer.from(s));
const str = (b: Uint8Array | undefined) => (b === undefined ? undefined : Buffer.from(b).toString());
type Model = Map<string, string>;

/** Commits one version the way BaseApp does: prepare, one batch, publish once durable. */
async function commit(store: CommitStore, db: NodeDB, version: number, changes: Map<string, string | null>): Promise<Uint8Array> {
  const sorted = [...changes.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, v]): [string, Uint8Array | null] => [k, v === null ? null : bytes(v)]);
  const p = store.prepare(sorted, version);
  await db.write(p.puts, p.dels, () => store.publish(p));
  return p.appHash;
}

function randomChanges(r: () => number, v: number, pool: string[]): Map<string, string | null> {
  const ch = new Map<string, string | null>();
  const n = 1 + Math.floor(r() * 20);
  for (let i = 0; i < n; i++) {
    const k = pool[Math.floor(r() * pool.length)]!;
    ch.set(k, r() < 0.25 ? null : `${k}@${v}`);
  }
  return ch;
}

function apply(model: Model, ch: Map<string, string | null>): Model {
  const m = new Map(model);
  for (const [k, v] of ch) v === null ? m.delete(k) : m.set(k, v);
  return m;
}

function assertState(store: CommitStore, height: number, model: Model, pool: string[]): void {
  const view = store.at(height);
  for (const k of pool) assert.equal(str(view.get(k)), model.get(k), `height ${height} key ${k}`);
  assert.deepEqual([...view.iterate('')].map(([k, v]) => [k, str(v)]), [...model.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  assert.deepEqual([...view.iterate('bank/', { reverse: true })].map(([k]) => k), [...model.keys()].filter((k) => k.startsWith('bank/')).sort().reverse());
}

const POOL = Array.from({ length: 120 }, (_, i) => (i % 3 === 0 ? `bank/${i}` : i % 3 === 1 ? `auth/${i * 7}` : `evm/${i}/slot`));

describe('CommitStore on a real LevelDB', () => {
  const dirs: Array<{ remove: () => void }> = [];
  after(() => dirs.forEach((d) => d.remove()));
  async function open(pruning: Pruning = { kind: 'nothing' }, path?: string): Promise<{ db: NodeDB; store: CommitStore; path: string }> {
    let p = path;
    if (!p) {
      const d = tempDir('commit-store');
      dirs.push(d);
      p = join(d.path, 'db');
    }
    const db = new NodeDB(p);
    await db.open();
    return { db, store: new CommitStore(db, { cacheBytes: 1 << 16, pruning }), path: p };
  }
  async function history(store: CommitStore, db: NodeDB, versions: number, seed: number): Promise<Model[]> {
    const r = rng(seed);
    const models: Model[] = [];
    let model: Model = new Map();
    for (let v = 0; v <= versions; v++) {
      const ch = randomChanges(r, v, POOL);
      model = apply(model, ch);
      const hash = await commit(store, db, v, ch);
      assert.deepEqual(hash, rootHashOf([...model].map(([k, val]) => [k, bytes(val)])), `the app hash at ${v} commits to the content`);
      models.push(model);
    }
    return models;
  }

  it('every committed height reads as it was, after a restart too, through a cache smaller than the state', async () => {
    const { db, store, path } = await open();
    const models = await history(store, db, 40, 1);
    for (let h = 0; h <= 40; h++) assertState(store, h, models[h]!, POOL);
    await db.close();
    const again = await open({ kind: 'nothing' }, path);
    again.store.load(40);
    assert.deepEqual(again.store.rootHash, rootHashOf([...models[40]!].map(([k, v]) => [k, bytes(v)])));
    for (const h of [0, 17, 40]) assertState(again.store, h, models[h]!, POOL);
    assert.throws(() => again.store.at(41), HistoricalStateError);
    await again.db.close();
  });

  it('refuses a home whose rows predate its layout (untagged flat rows), with what to do', async () => {
    const { db, store, path } = await open();
    await history(store, db, 3, 6);
    await db.write([], ['m/layout']); // as a home written before layout 2 has it
    await db.close();
    const again = await open({ kind: 'nothing' }, path);
    assert.throws(() => again.store.load(3), /written by an older triviumd \(store layout 1, this build reads 3\): start a new home/);
    await again.db.close();
  });

  it('proves membership and absence at any height against that height\'s app hash', async () => {
    const { db, store } = await open();
    const models = await history(store, db, 12, 2);
    type P = Parameters<typeof ics23.verifyMembership>[0];
    for (const h of [3, 12]) {
      const root = store.rootHashAt(h);
      for (const k of POOL.slice(0, 40)) {
        const proof = store.prove(k, h) as P;
        const v = models[h]!.get(k);
        if (v !== undefined) assert.ok(ics23.verifyMembership(proof, ics23.tendermintSpec, root, bytes(k), bytes(v)), `${k}@${h}`);
        else assert.ok(ics23.verifyNonMembership(proof, ics23.tendermintSpec, root, bytes(k)), `absent ${k}@${h}`);
      }
    }
    await db.close();
  });

  it('keep-recent=N prunes in the background: older heights refused clearly, every kept height intact, rows deleted', async () => {
    const a = await open({ kind: 'keep-recent', keep: 5, interval: 5 });
    const b = await open();
    const models = await history(a.store, a.db, 60, 3);
    await history(b.store, b.db, 60, 3);
    await a.store.settled();
    assert.equal(a.store.earliest, 56);
    assert.throws(() => a.store.at(55), (e: Error) => e instanceof HistoricalStateError && /pruned: this node keeps heights 56–60/.test(e.message));
    for (let h = 56; h <= 60; h++) assertState(a.store, h, models[h]!, POOL);
    const count = async (db: NodeDB) => {
      let n = 0;
      for await (const _ of db.iterate('n/')) n++;
      return n;
    };
    const [pruned, kept] = [await count(a.db), await count(b.db)];
    assert.ok(pruned < kept / 3, `pruned store holds ${pruned} nodes, unpruned ${kept}`);
    await a.db.close();
    await b.db.close();
  });

  it('rewind(h) drops every version above h in one batch; the chain then goes on from h', async () => {
    const { db, store, path } = await open();
    const models = await history(store, db, 30, 4);
    const ops = await store.rewindOps(12);
    await db.write(ops.puts, ops.dels, () => store.rewound(12));
    assert.equal(store.version, 12);
    assertState(store, 12, models[12]!, POOL);
    assertState(store, 5, models[5]!, POOL);
    assert.throws(() => store.at(13), HistoricalStateError);
    // A different future from 12: reads, the app hash and a restart agree with it.
    const r = rng(99);
    let model = models[12]!;
    for (let v = 13; v <= 20; v++) {
      const ch = randomChanges(r, v * 1000, POOL);
      model = apply(model, ch);
      await commit(store, db, v, ch);
    }
    assertState(store, 20, model, POOL);
    assertState(store, 12, models[12]!, POOL);
    await db.close();
    const again = await open({ kind: 'nothing' }, path);
    again.store.load(20);
    assertState(again.store, 20, model, POOL);
    assert.deepEqual(again.store.rootHash, rootHashOf([...model].map(([k, v]) => [k, bytes(v)])));
    await again.db.close();
  });

  it('exports a height as hashed chunks; a fresh store imports them, checks each, and rebuilds the same app hash', async () => {
    const src = await open();
    const models = await history(src.store, src.db, 15, 5);
    const { manifest, chunks } = exportSnapshot(src.store, 9, 300);
    assert.ok(chunks.length > 3, `${chunks.length} chunks`);
    assert.equal(manifest.appHash, Buffer.from(src.store.rootHashAt(9)).toString('hex'));

    const dst = await open();
    const imp = new SnapshotImporter(dst.db, manifest);
    const tampered = Buffer.from(chunks[1]!);
    tampered[tampered.length - 1] ^= 1;
    await assert.rejects(imp.applyChunk(0, tampered), /does not match its hash/);
    await assert.rejects(imp.applyChunk(1, chunks[1]!), /out of order: expected 0/);
    await assert.rejects(imp.finish(), /incomplete/);
    for (const [i, c] of chunks.entries()) await imp.applyChunk(i, c);
    await imp.finish();
    dst.store.load(9);
    assert.deepEqual(dst.store.rootHash, src.store.rootHashAt(9));
    assertState(dst.store, 9, models[9]!, POOL);
    assert.throws(() => dst.store.at(8), /pruned/);
    // The imported chain goes on: the next block's app hash is the source's.
    const next = new Map([[POOL[0]!, 'after-import']]);
    const a = await commit(dst.store, dst.db, 10, next);
    assert.deepEqual(a, rootHashOf([...apply(models[9]!, next)].map(([k, v]) => [k, bytes(v)])));
    // A manifest whose app hash is not the content's is refused at the end.
    const bad = await open();
    const imp2 = new SnapshotImporter(bad.db, { ...manifest, appHash: '00'.repeat(32) });
    for (const [i, c] of chunks.entries()) await imp2.applyChunk(i, c);
    await assert.rejects(imp2.finish(), /rebuilds app hash/);
    for (const x of [src, dst, bad]) await x.db.close();
  });

  it('a genesis too big for one batch goes in chunks and reaches the same root and reads', async () => {
    const { db, store, path } = await open();
    const model = new Map(Array.from({ length: 2_500 }, (_, i) => [`acc/${(i * 7919) % 10007}/${i % 3}`, `v${i}`] as [string, string]));
    const changes = [...model].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, v]): [string, Uint8Array | null] => [k, bytes(v)]);
    const p = await store.prepareLarge(changes, 0, 333);
    await db.write(p.puts, p.dels, () => store.publish(p));
    assert.deepEqual(p.appHash, rootHashOf([...model].map(([k, v]) => [k, bytes(v)])));
    await db.close();
    const again = await open({ kind: 'nothing' }, path);
    again.store.load(0);
    assertState(again.store, 0, model, [...model.keys()].slice(0, 300));
    await again.db.close();
  });
});
