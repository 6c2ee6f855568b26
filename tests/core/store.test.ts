import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { CacheStore } from '../../core/store/cache-store.ts';
import { GasStore } from '../../core/store/gas-store.ts';
import { fromUtf8, type IterateOptions, type KVStore, prefixEnd, utf8 } from '../../core/store/kv.ts';
import { SortedStore } from '../../core/store/sorted-store.ts';
import { AppError } from '../../core/types/errors.ts';
import { GasCosts, GasMeter } from '../../core/types/gas.ts';

/** Every entry an iteration yields, values as text. */
const entries = (s: KVStore, prefix = '', opts?: IterateOptions) => [...s.iterate(prefix, opts)].map(([k, v]) => [k, fromUtf8(v)]);
const keys = (s: KVStore, prefix = '', opts?: IterateOptions) => [...s.iterate(prefix, opts)].map(([k]) => k);
const text = (v: Uint8Array | undefined) => (v === undefined ? undefined : fromUtf8(v));

function sorted(kv: Record<string, string>): SortedStore {
  const s = new SortedStore();
  for (const [k, v] of Object.entries(kv)) s.set(k, utf8(v));
  return s;
}

describe('SortedStore', () => {
  it('keeps keys in byte order whatever the insertion order, and counts each key once', () => {
    const s = new SortedStore();
    for (const k of ['b/2', 'a', 'b/10', 'c', 'b/1', 'a']) s.set(k, utf8(k.toUpperCase()));
    assert.equal(s.size, 5);
    assert.deepEqual(keys(s), ['a', 'b/1', 'b/10', 'b/2', 'c']);
    assert.equal(text(s.get('b/10')), 'B/10');
  });

  it('overwrites in place and deletes (a missing delete is a no-op)', () => {
    const s = sorted({ a: '1', b: '2', c: '3' });
    s.set('b', utf8('two'));
    s.delete('a');
    s.delete('zz');
    assert.equal(s.size, 2);
    assert.equal(s.has('a'), false);
    assert.equal(s.get('a'), undefined);
    assert.deepEqual(entries(s), [['b', 'two'], ['c', '3']]);
  });

  it('iterates a prefix only, forward and reverse', () => {
    const s = sorted({ 'a/1': '1', 'a/2': '2', 'a/3': '3', 'a0': 'x', ab: 'y', b: 'z', '': 'empty' });
    assert.deepEqual(keys(s, 'a/'), ['a/1', 'a/2', 'a/3']);
    assert.deepEqual(keys(s, 'a/', { reverse: true }), ['a/3', 'a/2', 'a/1']);
    assert.deepEqual(keys(s, 'nothing/'), []);
    assert.deepEqual(keys(s, 'nothing/', { reverse: true }), []);
    assert.deepEqual(keys(s), ['', 'a/1', 'a/2', 'a/3', 'a0', 'ab', 'b']);
  });

  it('honours start (inclusive) and end (exclusive), also in reverse', () => {
    const s = sorted({ 'k/1': '', 'k/2': '', 'k/3': '', 'k/4': '', 'k/5': '', l: '' });
    assert.deepEqual(keys(s, 'k/', { start: 'k/2', end: 'k/4' }), ['k/2', 'k/3']);
    assert.deepEqual(keys(s, 'k/', { start: 'k/2', end: 'k/4', reverse: true }), ['k/3', 'k/2']);
    // A start below the prefix is clamped to it; an end past the prefix stops at the prefix.
    assert.deepEqual(keys(s, 'k/', { start: 'a', end: 'z' }), ['k/1', 'k/2', 'k/3', 'k/4', 'k/5']);
    assert.deepEqual(keys(s, 'k/', { start: 'k/4' }), ['k/4', 'k/5']);
    assert.deepEqual(keys(s, 'k/', { end: 'k/2', reverse: true }), ['k/1']);
    // Start between two keys (not itself a key).
    assert.deepEqual(keys(s, 'k/', { start: 'k/25', reverse: true }), ['k/5', 'k/4', 'k/3']);
    assert.deepEqual(keys(s, '', { end: prefixEnd('k/') }), ['k/1', 'k/2', 'k/3', 'k/4', 'k/5']);
  });
});

describe('CacheStore', () => {
  it('reads through to the parent and buffers writes until write()', () => {
    const parent = sorted({ a: '1', b: '2' });
    const c = new CacheStore(parent);
    assert.equal(text(c.get('a')), '1');
    c.set('a', utf8('10'));
    c.set('new', utf8('n'));
    assert.equal(text(c.get('a')), '10');
    assert.equal(text(parent.get('a')), '1', 'the parent is untouched before write()');
    assert.equal(parent.has('new'), false);
    assert.equal(c.dirtyCount, 2);
    c.write();
    assert.equal(text(parent.get('a')), '10');
    assert.equal(text(parent.get('new')), 'n');
    assert.equal(c.dirtyCount, 0, 'write() empties the buffer');
    // After write() the branch still reads (now from the parent).
    assert.equal(text(c.get('new')), 'n');
  });

  it('discard() drops every buffered write, sets and deletes alike', () => {
    const parent = sorted({ a: '1', b: '2' });
    const c = new CacheStore(parent);
    c.set('a', utf8('x'));
    c.delete('b');
    c.set('c', utf8('3'));
    c.discard();
    assert.equal(c.dirtyCount, 0);
    assert.deepEqual(entries(c), [['a', '1'], ['b', '2']]);
    c.write(); // nothing left to write
    assert.deepEqual(entries(parent), [['a', '1'], ['b', '2']]);
  });

  it('a delete shadows the parent value, and write() deletes it in the parent', () => {
    const parent = sorted({ a: '1', b: '2' });
    const c = new CacheStore(parent);
    c.delete('a');
    assert.equal(c.get('a'), undefined);
    assert.equal(c.has('a'), false);
    assert.equal(parent.has('a'), true);
    // Set after delete resurrects it; delete after set hides it again.
    c.set('a', utf8('again'));
    assert.equal(text(c.get('a')), 'again');
    c.delete('a');
    assert.equal(c.has('a'), false);
    c.write();
    assert.equal(parent.has('a'), false);
    assert.equal(parent.size, 1);
  });

  it('changes() lists sets and deletes in key order (the block change set)', () => {
    const c = new CacheStore(sorted({ a: '1' }));
    c.set('z', utf8('26'));
    c.delete('a');
    c.set('m', utf8('13'));
    c.delete('never-existed');
    assert.deepEqual(
      c.changes().map(([k, v]) => [k, v === null ? null : fromUtf8(v)]),
      [['a', null], ['m', '13'], ['never-existed', null], ['z', '26']],
    );
  });

  it('nested branches: a child reaches its parent branch only on write(), and the root only when the parent writes', () => {
    const root = sorted({ a: '1', b: '2', c: '3' });
    const block = new CacheStore(root);
    block.set('a', utf8('block'));
    const tx = new CacheStore(block);
    assert.equal(text(tx.get('a')), 'block', 'a child sees its parent branch');
    tx.set('b', utf8('tx'));
    tx.delete('c');
    const msg = new CacheStore(tx);
    msg.set('d', utf8('msg'));
    msg.delete('a');
    assert.equal(msg.has('c'), false, 'a grandchild sees its parent\'s delete');
    msg.discard(); // a failed message: nothing of it reaches the tx
    assert.equal(text(tx.get('a')), 'block');
    assert.equal(tx.has('d'), false);
    assert.equal(text(block.get('b')), '2', 'the block does not see the tx before it writes');
    tx.write();
    assert.equal(text(block.get('b')), 'tx');
    assert.equal(block.has('c'), false);
    assert.deepEqual(entries(root), [['a', '1'], ['b', '2'], ['c', '3']], 'the root is untouched until the block writes');
    block.write();
    assert.deepEqual(entries(root), [['a', 'block'], ['b', 'tx']]);
  });

  it('iterates the buffer merged with the parent in key order: overwrites win, deletes hide, new keys interleave', () => {
    const parent = sorted({ 'p/a': 'A', 'p/c': 'C', 'p/e': 'E', 'p/g': 'G', q: 'Q' });
    const c = new CacheStore(parent);
    c.set('p/c', utf8('C2')); // overwrite
    c.delete('p/e'); // delete a parent key
    c.set('p/b', utf8('B')); // new, between parent keys
    c.set('p/h', utf8('H')); // new, after the last parent key
    c.set('p/0', utf8('0')); // new, before the first
    c.set('p/x', utf8('X'));
    c.delete('p/x'); // new then deleted: never visible
    c.delete('p/zz'); // delete of a key nobody has
    const expected = [['p/0', '0'], ['p/a', 'A'], ['p/b', 'B'], ['p/c', 'C2'], ['p/g', 'G'], ['p/h', 'H']];
    assert.deepEqual(entries(c, 'p/'), expected);
    assert.deepEqual(entries(c, 'p/', { reverse: true }), [...expected].reverse());
    assert.deepEqual(keys(c), ['p/0', 'p/a', 'p/b', 'p/c', 'p/g', 'p/h', 'q']);
    // The merged view is exactly what the parent holds after write().
    c.write();
    assert.deepEqual(entries(parent, 'p/'), expected);
  });

  it('merged iteration honours start/end, forward and reverse', () => {
    const parent = sorted({ 'k/1': 'p1', 'k/3': 'p3', 'k/5': 'p5', 'k/7': 'p7' });
    const c = new CacheStore(parent);
    c.set('k/2', utf8('c2'));
    c.set('k/5', utf8('c5'));
    c.delete('k/3');
    c.set('k/8', utf8('c8'));
    assert.deepEqual(entries(c, 'k/', { start: 'k/2', end: 'k/7' }), [['k/2', 'c2'], ['k/5', 'c5']]);
    assert.deepEqual(entries(c, 'k/', { start: 'k/2', end: 'k/8', reverse: true }), [['k/7', 'p7'], ['k/5', 'c5'], ['k/2', 'c2']]);
    assert.deepEqual(keys(c, 'k/', { start: 'k/6' }), ['k/7', 'k/8']);
  });

  it('iterates three stacked branches as one view', () => {
    const root = sorted({ a: '1', b: '2', c: '3', d: '4' });
    const l1 = new CacheStore(root);
    l1.delete('b');
    l1.set('e', utf8('5'));
    const l2 = new CacheStore(l1);
    l2.set('b', utf8('2b')); // resurrects what l1 deleted
    l2.delete('c');
    const l3 = new CacheStore(l2);
    l3.set('a', utf8('1c'));
    l3.delete('e');
    l3.set('bb', utf8('x'));
    const expected = [['a', '1c'], ['b', '2b'], ['bb', 'x'], ['d', '4']];
    assert.deepEqual(entries(l3), expected);
    assert.deepEqual(entries(l3, '', { reverse: true }), [...expected].reverse());
    assert.deepEqual(entries(l2), [['a', '1'], ['b', '2b'], ['d', '4'], ['e', '5']]);
    l3.write();
    l2.write();
    l1.write();
    assert.deepEqual(entries(root), expected);
  });

  it('a branch whose every parent key is deleted iterates empty', () => {
    const parent = sorted({ 'x/1': '1', 'x/2': '2' });
    const c = new CacheStore(parent);
    c.delete('x/1');
    c.delete('x/2');
    assert.deepEqual(entries(c, 'x/'), []);
    assert.deepEqual(entries(c, 'x/', { reverse: true }), []);
  });
});

describe('GasStore', () => {
  const meterAfter = (f: (s: GasStore) => void, parent: KVStore = sorted({ key: 'value' })) => {
    const meter = new GasMeter(10_000_000n);
    f(new GasStore(parent, meter));
    return meter.consumed;
  };

  it('get: ReadFlat + ReadPerByte × (key + value), also for a miss (key bytes only)', () => {
    assert.equal(meterAfter((s) => s.get('key')), BigInt(GasCosts.readFlat + GasCosts.readPerByte * (3 + 5)));
    assert.equal(meterAfter((s) => s.get('nope')), BigInt(GasCosts.readFlat + GasCosts.readPerByte * 4));
  });

  it('has: the flat read cost only', () => {
    assert.equal(meterAfter((s) => assert.equal(s.has('key'), true)), BigInt(GasCosts.readFlat));
  });

  it('set: WriteFlat + WritePerByte × (key + value); delete: DeleteFlat', () => {
    const parent = sorted({});
    assert.equal(meterAfter((s) => s.set('ab', utf8('xyz')), parent), BigInt(GasCosts.writeFlat + GasCosts.writePerByte * 5));
    assert.equal(text(parent.get('ab')), 'xyz', 'the write reaches the parent');
    assert.equal(meterAfter((s) => s.delete('ab'), parent), BigInt(GasCosts.deleteFlat));
    assert.equal(parent.has('ab'), false);
  });

  it('iterate: IterNextFlat + ReadPerByte × (key + value) for each entry yielded', () => {
    const parent = sorted({ 'p/1': 'a', 'p/22': 'bb', q: 'ignored' });
    const per = (k: string, v: string) => GasCosts.iterNextFlat + GasCosts.readPerByte * (k.length + v.length);
    assert.equal(meterAfter((s) => [...s.iterate('p/')], parent), BigInt(per('p/1', 'a') + per('p/22', 'bb')));
    // Charged per entry as it is pulled: stopping after the first pays for one.
    assert.equal(
      meterAfter((s) => {
        for (const _ of s.iterate('p/')) break;
      }, parent),
      BigInt(per('p/1', 'a')),
    );
  });

  it('runs out of gas with ErrOutOfGas (sdk/11) before a write reaches the parent', () => {
    const parent = sorted({});
    const meter = new GasMeter(BigInt(GasCosts.writeFlat + 10));
    const s = new GasStore(parent, meter);
    assert.throws(
      () => s.set('k', utf8('v')),
      (e: unknown) => e instanceof AppError && e.codespace === 'sdk' && e.code === 11 && /out of gas in location: WritePerByte/.test(e.message),
    );
    assert.equal(parent.has('k'), false);
    assert.equal(meter.isPastLimit(), true);
  });
});
