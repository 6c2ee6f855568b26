import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { NodeDB } from '../../core/store/node-db.ts';
import { tempDir } from '../helpers/app.ts';

/**
 * A commit's rows must not be readable before its write resolves and the committer's memory moved on:
 * LevelDB makes a batch readable as soon as it is in the memtable, while the write's completion reaches
 * JavaScript later. A client that finds its tx (`tx`) and then asks its account's sequence must get the
 * new one; CosmJS's next signAndBroadcast failed "account sequence mismatch" when it did not.
 */
describe('NodeDB: a batch becomes visible only when published', () => {
  const dir = tempDir('trivium-nodedb-');
  const db = new NodeDB(dir.path);
  after(async () => {
    await db.close();
    dir.remove();
  });

  it('no read sees a batch before its publish callback has run, and every read after it does', async () => {
    await db.open();
    let early = 0;
    let reads = 0;
    for (let round = 0; round < 200; round++) {
      const key = `t/${round}`;
      let published = false;
      let polling = true;
      // Poll from other event-loop turns for as long as the write is in flight.
      const poller = (async () => {
        while (polling) {
          reads++;
          if (db.get(key) !== undefined && !published) early++;
          await new Promise((r) => setImmediate(r));
        }
      })();
      const rows: Array<[string, Uint8Array]> = Array.from({ length: 200 }, (_, i) => [`x/${round}/${i}`, new Uint8Array(64)]);
      await db.write([...rows, [key, new Uint8Array([1])]], [], () => {
        assert.equal(db.get(key), undefined, 'the publish callback still reads the old view');
        published = true;
      });
      assert.deepEqual([...(db.get(key) ?? [])], [1]);
      polling = false;
      await poller;
    }
    assert.ok(reads > 200, `${reads} reads while writing`);
    assert.equal(early, 0, `${early} reads saw a batch before it was published`);
  });
});

describe('NodeDB: an iteration begun during a write', () => {
  const dir = tempDir('trivium-nodedb-iter-');
  const db = new NodeDB(dir.path);
  after(async () => {
    await db.close();
    dir.remove();
  });

  it('reads on to its end after the write finished, from the state before that write', async () => {
    await db.open();
    const before: Array<[string, Uint8Array]> = Array.from({ length: 3000 }, (_, i) => [`p/${String(i).padStart(5, '0')}`, new Uint8Array([i & 255])]);
    await db.write(before, []);
    // Start the iteration while a write (which deletes every p/ row) is in flight: it takes that write's view.
    const writing = db.write([['q/x', new Uint8Array([1])]], before.map(([k]) => k));
    const it = db.iterate('p/');
    const first = await it.next();
    await writing; // the view the iteration reads is released here; it must stay open until the iteration ends
    const keys = [first.value?.[0]];
    for await (const [k] of it) keys.push(k);
    assert.equal(keys.length, 3000, 'every row of the state before the write, none lost to a closed snapshot');
    assert.equal(keys[2999], 'p/02999');
    const after: string[] = [];
    for await (const [k] of db.iterate('p/')) after.push(k);
    assert.equal(after.length, 0, 'a new iteration reads the state after the write');
  });
});
