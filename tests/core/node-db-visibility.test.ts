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
