import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CacheStore } from '../../core/store/cache-store.ts';
import { ChangesView } from '../../core/store/changes-view.ts';
import { SortedStore } from '../../core/store/sorted-store.ts';

const key = fc.constantFrom('a', 'a/1', 'a/2', 'a/20', 'b', 'b/x', 'b/y', 'c', 'ca', 'd/0', 'd/1');
const value = fc.option(fc.uint8Array({ minLength: 1, maxLength: 3 }), { nil: null });
const list = (it: Iterable<[string, Uint8Array]>) => [...it].map(([k, v]) => `${k}=${Buffer.from(v).toString('hex')}`);

describe('ChangesView (the state after a block, for Module.commitRows)', () => {
  it('reads and iterates as a CacheStore holding the same changes over the same committed store', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.uint8Array({ minLength: 1, maxLength: 3 }))), fc.array(fc.tuple(key, value)), fc.constantFrom('', 'a', 'a/', 'b/', 'c', 'd/'), fc.option(key, { nil: undefined }), fc.option(key, { nil: undefined }), fc.boolean(), (base, writes, prefix, start, end, reverse) => {
        const committed = new SortedStore();
        for (const [k, v] of base) committed.set(k, v);
        const cache = new CacheStore(committed);
        for (const [k, v] of writes) (v === null ? cache.delete(k) : cache.set(k, v));
        const view = new ChangesView(committed, cache.changes());
        for (const k of ['a', 'a/1', 'a/2', 'a/20', 'b', 'b/x', 'c', 'ca', 'd/1', 'zz']) assert.deepEqual(view.get(k), cache.get(k), k);
        const opts = { start, end, reverse };
        assert.deepEqual(list(view.iterate(prefix, opts)), list(cache.iterate(prefix, opts)));
      }),
      { numRuns: 500 },
    );
  });

  it('is read-only', () => {
    const view = new ChangesView(new SortedStore(), []);
    assert.throws(() => view.set());
    assert.throws(() => view.delete());
  });
});
