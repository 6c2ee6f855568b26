import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { SortedStore } from '../../core/store/sorted-store.ts';
import { CacheStore } from '../../core/store/cache-store.ts';
import type { IterateOptions } from '../../core/store/kv.ts';

/** The reference: every key in a plain array, filtered and sorted on each read. */
function expected(model: Map<string, number>, prefix: string, opts: IterateOptions): string[] {
  const keys = [...model.keys()].filter((k) => k.startsWith(prefix) && (opts.start === undefined || k >= opts.start) && (opts.end === undefined || k < opts.end)).sort();
  return opts.reverse ? keys.reverse() : keys;
}

// Short keys over a small alphabet, so prefixes, bounds and neighbours collide often.
const key = fc.stringMatching(/^[ab/]{0,4}$/);
const op = fc.oneof(fc.tuple(fc.constant('set' as const), key, fc.nat(255)), fc.tuple(fc.constant('del' as const), key));
const query = fc.record({ prefix: fc.stringMatching(/^[ab/]{0,2}$/), start: fc.option(key, { nil: undefined }), end: fc.option(key, { nil: undefined }), reverse: fc.boolean() });

describe('SortedStore (B+ tree): the same answers as a sorted reference', () => {
  it('get, has, size and iteration (prefix, start, end, reverse) after any sequence of writes', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), fc.array(query, { minLength: 1, maxLength: 10 }), (ops, queries) => {
        const store = new SortedStore();
        const model = new Map<string, number>();
        for (const o of ops) {
          if (o[0] === 'set') {
            store.set(o[1], new Uint8Array([o[2]]));
            model.set(o[1], o[2]);
          } else {
            store.delete(o[1]);
            model.delete(o[1]);
          }
        }
        assert.equal(store.size, model.size);
        for (const [k, v] of model) assert.deepEqual([...store.get(k)!], [v]);
        for (const q of queries) {
          const { prefix, ...opts } = q;
          assert.deepEqual([...store.iterate(prefix, opts)].map(([k]) => k), expected(model, prefix, opts), JSON.stringify(q));
          // A cache branch over it merges its writes in the same order.
          const branch = new CacheStore(store);
          branch.set(prefix + 'b', new Uint8Array([7]));
          const m2 = new Map(model).set(prefix + 'b', 7);
          assert.deepEqual([...branch.iterate(prefix, opts)].map(([k]) => k), expected(m2, prefix, opts));
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });

  it('keeps key order over 200,000 descending inserts (the worst case of the sorted array it replaced)', () => {
    const store = new SortedStore();
    // Descending inserts: each one at the front, the worst case of the array this replaced (O(n) per insert).
    for (let i = 200_000; i > 0; i--) store.set(`k/${String(i).padStart(8, '0')}`, new Uint8Array(1));
    assert.equal(store.size, 200_000);
    const first = store.iterate('k/').next().value!;
    assert.equal(first[0], 'k/00000001');
  });
});
