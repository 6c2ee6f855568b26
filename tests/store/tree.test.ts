import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Change, MerkleTree } from '../../core/store/tree/tree.ts';
import { type ChildRef, boundPath, keyPath } from '../../core/store/tree/node.ts';
import { StreamTreeBuilder } from '../../core/store/tree/stream-build.ts';

/** A deterministic generator (tests must replay). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

// Byte-wise paths: keys with a NUL byte (below every byte but above the terminator), bytes ≥ 0x80 (two-byte
// symbols in a row) and a wide branch (every ASCII byte after 'w/').
const KEYS = [
  'a', 'ab', 'abc', 'b', 'bank/x', 'bank/xy', 'bank/y', 'z', '', 'evm/1', 'evm/10', 'evm/2',
  '\u0000', 'a\u0000', 'a\u0000b', 'a\u007f', 'aé', 'a\u00ff', 'a\u0100', 'a😀', '\uffff',
  ...Array.from({ length: 128 }, (_, i) => `w/${String.fromCharCode(i)}`),
];
const bytes = (s: string) => new Uint8Array(Buffer.from(s));
const sortChanges = (m: Map<string, Uint8Array | null>): Change[] =>
  [...m.entries()].map(([key, value]) => ({ key, value, path: keyPath(key) })).sort((a, b) => (a.path < b.path ? -1 : 1));

function fresh(rows: Map<string, Uint8Array>) {
  return new MerkleTree((k) => rows.get(k), 1 << 20);
}
function commit(tree: MerkleTree, rows: Map<string, Uint8Array>, root: ChildRef | undefined, version: number, ch: Change[]) {
  const u = tree.update(root, version, ch);
  for (const [k, { bytes: b }] of u.puts) {
    assert.ok(!rows.has(k), `row ${k} written twice`);
    rows.set(k, b);
  }
  return u;
}

test('the tree agrees with a Map at every version, and its root depends only on the content', () => {
  for (let seed = 1; seed <= 40; seed++) {
    const r = rng(seed);
    const rows = new Map<string, Uint8Array>();
    const tree = fresh(rows);
    const model = new Map<string, Uint8Array>();
    const history: Array<{ root: ChildRef | undefined; content: Map<string, Uint8Array> }> = [];
    let root: ChildRef | undefined;
    const pool = [...KEYS, ...Array.from({ length: 30 }, (_, i) => `k/${Math.floor(r() * 1000)}/${i % 3 ? 'v' : ''}`)];
    for (let v = 1; v <= 25; v++) {
      const ch = new Map<string, Uint8Array | null>();
      const n = 1 + Math.floor(r() * 12);
      for (let i = 0; i < n; i++) {
        const k = pool[Math.floor(r() * pool.length)]!;
        ch.set(k, r() < 0.3 ? null : bytes(`${k}@${v}:${Math.floor(r() * 3)}`));
      }
      root = commit(tree, rows, root, v, sortChanges(ch)).root;
      for (const [k, val] of ch) val === null ? model.delete(k) : model.set(k, val);
      history.push({ root, content: new Map(model) });
    }
    // Every version still reads as it was.
    for (const { root: rt, content } of history) {
      for (const k of pool) assert.deepEqual(tree.get(rt, k), content.get(k), `seed ${seed} key ${k}`);
      const listed = [...tree.iterate(rt, '', undefined)].map((l) => l.key);
      assert.deepEqual(listed, [...content.keys()].sort());
      const back = [...tree.iterate(rt, '', undefined, true)].map((l) => l.key);
      assert.deepEqual(back, [...content.keys()].sort().reverse());
      // Canonical: the same content built in one go has the same root hash.
      const rows2 = new Map<string, Uint8Array>();
      const t2 = fresh(rows2);
      const built = commit(t2, rows2, undefined, 1, sortChanges(new Map(content))).root;
      assert.equal(Buffer.from(built?.hash ?? []).toString('hex'), Buffer.from(rt?.hash ?? []).toString('hex'));
    }
  }
});

test('iteration honours prefix, start and end bounds both ways', () => {
  const rows = new Map<string, Uint8Array>();
  const tree = fresh(rows);
  const keys = ['a', 'a/1', 'a/2', 'a/20', 'a/3', 'ab', 'b', 'b/1'];
  const root = commit(tree, rows, undefined, 1, sortChanges(new Map(keys.map((k) => [k, bytes(k)])))).root;
  const bound = boundPath;
  const list = (low: string, high?: string, rev = false) => [...tree.iterate(root, bound(low), high === undefined ? undefined : bound(high), rev)].map((l) => l.key);
  assert.deepEqual(list('a/', 'a/3'), ['a/1', 'a/2', 'a/20']);
  assert.deepEqual(list('a/2', 'b'), ['a/2', 'a/20', 'a/3', 'ab']);
  assert.deepEqual(list('a/2', 'b', true), ['ab', 'a/3', 'a/20', 'a/2']);
  assert.deepEqual(list('a', 'a/'), ['a']);
  assert.deepEqual(list('b/2'), []);
});

test('ICS-23 proofs verify with @confio/ics23 and its tendermintSpec: members, absent keys, edges', async () => {
  const ics23 = await import('@confio/ics23');
  // cosmjs-types' proof objects have the fields of @confio/ics23's protobufjs ones (enums typed apart).
  type P = Parameters<typeof ics23.verifyMembership>[0];
  const { proveKey } = await import('../../core/store/tree/proof.ts');
  const r = rng(7);
  const rows = new Map<string, Uint8Array>();
  const tree = fresh(rows);
  const content = new Map<string, Uint8Array>();
  for (let i = 0; i < 300; i++) content.set(`acc/${Math.floor(r() * 1e6)}`, bytes(String(i)));
  // ICS-23 has no proof of the empty key (its leaf op refuses it); the store never writes one.
  for (const k of KEYS) if (k !== '') content.set(k, bytes(k));
  const root = commit(tree, rows, undefined, 1, sortChanges(new Map(content))).root!;
  const enc = (s: string) => new Uint8Array(Buffer.from(s));
  for (const [k, v] of content) {
    const proof = proveKey(tree, root, k);
    assert.ok(proof.exist, k);
    assert.equal(ics23.verifyMembership(proof as P, ics23.tendermintSpec, root.hash, enc(k), v), true, k);
    // A wrong value does not verify.
    assert.equal(ics23.verifyMembership(proof as P, ics23.tendermintSpec, root.hash, enc(k), bytes('forged')), false);
  }
  for (const k of ['acc/', 'acc/9999999', 'a/', 'aa', '0', '~', 'evm/11', 'bank/x0']) {
    assert.ok(!content.has(k));
    const proof = proveKey(tree, root, k);
    assert.ok(proof.nonexist, k);
    assert.equal(ics23.verifyNonMembership(proof as P, ics23.tendermintSpec, root.hash, enc(k)), true, k);
    // A non-membership proof does not work for a key that exists.
    assert.equal(ics23.verifyNonMembership(proveKey(tree, root, 'ab') as P, ics23.tendermintSpec, root.hash, enc('ab')), false);
  }
});

test('the streamed build of a content writes exactly the rows one update of it writes, and refuses keys out of order', () => {
  for (let seed = 1; seed <= 30; seed++) {
    const r = rng(seed * 7);
    const content = new Map<string, Uint8Array | null>();
    const n = seed === 1 ? 1 : Math.floor(r() * 400);
    for (const k of seed % 2 ? KEYS : []) content.set(k, bytes(`v-${k}`));
    for (let i = 0; i < n; i++) content.set(`k/${Math.floor(r() * 5000)}${i % 4 ? '/x' : ''}`, bytes(`v${i}`));
    const sorted = sortChanges(content);
    const u = fresh(new Map()).update(undefined, 0, sorted);
    const streamed = new Map<string, Uint8Array>();
    const b = new StreamTreeBuilder(0, (k, bytes) => {
      assert.ok(!streamed.has(k), `row ${k} emitted twice`);
      streamed.set(k, bytes);
    });
    for (const c of sorted) b.add(c.key, c.value!);
    const root = b.finish();
    assert.deepEqual(root, u.root, `seed ${seed}: root`);
    assert.deepEqual([...streamed.keys()].sort(), [...u.puts.keys()].sort(), `seed ${seed}: rows`);
    for (const [k, bytesOf] of streamed) assert.deepEqual(bytesOf, u.puts.get(k)!.bytes, `seed ${seed}: row ${k}`);
  }
  assert.equal(new StreamTreeBuilder(0, () => undefined).finish(), undefined);
  const b = new StreamTreeBuilder(0, () => undefined);
  b.add('b', bytes('1'));
  assert.throws(() => b.add('a', bytes('2')), /is not after the previous one/);
  assert.throws(() => b.add('b', bytes('2')), /is not after the previous one/);
});

test('a sliced update (pauses between the subtrees of busy branches) gives the same rows, stale marks and root', async () => {
  const rowsA = new Map<string, Uint8Array>();
  const rowsB = new Map<string, Uint8Array>();
  const a = fresh(rowsA);
  const b = fresh(rowsB);
  let rootA: ChildRef | undefined;
  let rootB: ChildRef | undefined;
  let pauses = 0;
  const r = rng(7);
  for (let version = 1; version <= 6; version++) {
    const m = new Map<string, Uint8Array | null>();
    // Enough changes under shared prefixes that branches see ≥ 256 of them; some deletes of earlier keys.
    for (let i = 0; i < 3000; i++) {
      const k = `acct/${Math.floor(r() * 5000)}/${i % 7}`;
      m.set(k, version > 1 && r() < 0.2 ? null : bytes(`${version}:${i}`));
    }
    const ch = sortChanges(m);
    const ua = commit(a, rowsA, rootA, version, ch);
    const ub = await b.updateSliced(rootB, version, ch, async () => {
      pauses++;
      await new Promise<void>((res) => setImmediate(res));
    });
    for (const [k, { bytes: v }] of ub.puts) rowsB.set(k, v);
    assert.deepEqual(ub.root, ua.root, `version ${version}: same root`);
    assert.deepEqual([...ub.puts.keys()].sort(), [...ua.puts.keys()].sort());
    assert.deepEqual([...ub.stale].sort(), [...ua.stale].sort());
    assert.deepEqual(ub.dropped, ua.dropped);
    rootA = ua.root;
    rootB = ub.root;
  }
  assert.ok(pauses > 20, `the update paused between subtrees (${pauses} pauses)`);
});
