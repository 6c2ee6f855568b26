import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CommitStore } from '../../core/store/commit-store.ts';
import { LRU } from '../../core/store/lru.ts';
import { NodeDB } from '../../core/store/node-db.ts';
import { tempDir } from '../helpers/app.ts';

/** A deterministic generator (tests must replay). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** The LRU's contract spelled out the slow way: an array in use order (least recent first). */
class ModelLRU {
  order: Array<{ key: string; v: number; size: number }> = [];
  bytes = 0;
  constructor(readonly maxBytes: number) {}
  get(key: string): number | undefined {
    const i = this.order.findIndex((e) => e.key === key);
    if (i < 0) return undefined;
    const [e] = this.order.splice(i, 1);
    this.order.push(e!);
    return e!.v;
  }
  set(key: string, v: number, size: number): void {
    this.delete(key);
    if (size > this.maxBytes) return;
    this.order.push({ key, v, size });
    this.bytes += size;
    if (this.bytes > this.maxBytes) while (this.order.length && this.bytes > this.maxBytes * 0.9) this.bytes -= this.order.shift()!.size;
  }
  delete(key: string): void {
    const i = this.order.findIndex((e) => e.key === key);
    if (i >= 0) this.bytes -= this.order.splice(i, 1)[0]!.size;
  }
}

/** Counts Map.prototype.set / delete calls while `f` runs (every Map in the process). */
function mapWrites(f: () => void): number {
  const { set, delete: del } = Map.prototype;
  let n = 0;
  Map.prototype.set = function (this: Map<unknown, unknown>, k: unknown, v: unknown) {
    n++;
    return set.call(this, k, v);
  };
  Map.prototype.delete = function (this: Map<unknown, unknown>, k: unknown) {
    n++;
    return del.call(this, k);
  };
  try {
    f();
  } finally {
    Map.prototype.set = set;
    Map.prototype.delete = del;
  }
  return n;
}

describe('LRU (core/store/lru.ts)', () => {
  it('evicts the least recently used first, within its byte bound, like a model LRU over 20,000 random operations', () => {
    const r = rng(17);
    const sizes = new Map<string, number>();
    const lru = new LRU<number>(2_000, (k) => sizes.get(k)!);
    const model = new ModelLRU(2_000);
    for (let i = 0; i < 20_000; i++) {
      const key = `k${Math.floor(r() * 120)}`;
      const op = r();
      if (op < 0.55) assert.equal(lru.get(key), model.get(key), `get ${key} at op ${i}`);
      else if (op < 0.95) {
        const size = 10 + Math.floor(r() * (op < 0.951 ? 3_000 : 90)); // now and then one too big to keep
        sizes.set(key, size);
        lru.set(key, i);
        model.set(key, i, size);
      } else {
        lru.delete(key);
        model.delete(key);
      }
      assert.ok(lru.heldBytes <= 2_000, `held ${lru.heldBytes} bytes at op ${i}`);
    }
    assert.deepEqual([...lru.keys()], model.order.map((e) => e.key));
    assert.equal(lru.heldBytes, model.bytes);
    assert.equal(lru.size, model.order.length);
    lru.clear();
    assert.equal(lru.size, 0);
    assert.equal(lru.heldBytes, 0);
    assert.equal(lru.get('k1'), undefined);
  });

  it('a hit writes to no Map, however full the cache (re-inserting a hot key made each hit cost grow with the Map: issue 17)', () => {
    const lru = new LRU<number>(1 << 30, () => 100);
    for (let i = 0; i < 50_000; i++) lru.set(`wasm/state/${i}`, i);
    // A contract's counter read 200 times per message, for 100 messages, among 50,000 cached values.
    let sum = 0;
    const writes = mapWrites(() => {
      for (let m = 0; m < 100; m++) for (let i = 0; i < 200; i++) sum += lru.get('wasm/state/7')! + lru.get(`wasm/state/${m}`)!;
    });
    assert.equal(sum, 100 * 200 * 7 + 200 * ((99 * 100) / 2));
    assert.equal(writes, 0, `${writes} Map writes during 40,000 hits`);
    // The hits still count as uses: the hot keys are the most recent, the untouched ones go first.
    const keys = [...lru.keys()];
    assert.equal(keys.at(-1), 'wasm/state/99');
    assert.equal(keys[0], 'wasm/state/100');
    // An overwrite of a cached key updates it in place (one lookup, no delete and re-insert either).
    assert.equal(mapWrites(() => lru.set('wasm/state/7', -1)), 0);
    assert.equal(lru.get('wasm/state/7'), -1);
    assert.equal([...lru.keys()].at(-1), 'wasm/state/7');
  });
});

describe('CommitStore reads of a hot key (the path of a drained contract call)', () => {
  it('write to no Map however many keys earlier blocks committed', async () => {
    const dir = tempDir('lru-hot');
    const db = new NodeDB(join(dir.path, 'db'));
    await db.open();
    try {
      const store = new CommitStore(db, { cacheBytes: 64 << 20, pruning: { kind: 'nothing' } });
      // 20 blocks of 1,000 message records each (as 20 drains leave them), then the contract's counter.
      for (let v = 0; v < 20; v++) {
        const changes: Array<[string, Uint8Array | null]> = [];
        for (let i = 0; i < 1000; i++) changes.push([`crossvm/m/${String(v * 1000 + i).padStart(20, '0')}`, Buffer.from(`{"id":"${v * 1000 + i}"}`)]);
        if (v === 19) changes.push(['wasm/s/recorder/n', Buffer.from('0')]);
        const p = store.prepare(changes, v + 1);
        await db.write(p.puts, p.dels, () => store.publish(p));
      }
      assert.ok(store.cacheEstimate().values > 20_000 * 96, 'the committed values are cached');
      let n = 0;
      const writes = mapWrites(() => {
        for (let i = 0; i < 10_000; i++) n += store.get('wasm/s/recorder/n')!.length;
      });
      assert.equal(n, 10_000);
      assert.equal(writes, 0, `${writes} Map writes during 10,000 reads of one cached key`);
    } finally {
      await db.close();
      dir.remove();
    }
  });
});
