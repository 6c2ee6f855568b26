import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { toBech32 } from '@cosmjs/encoding';
import { runReplay, startNode } from '../helpers/node.ts';
import { b64, dev, sendMsg, signTx } from '../helpers/cosmos.ts';

describe('crash safety and determinism', () => {
  it('kill -9 under load loses no committed block; a fresh home replays to the same app hash at every height', async () => {
    const home = mkdtempSync(join(tmpdir(), 'trivium-crash-'));
    const replayHome = mkdtempSync(join(tmpdir(), 'trivium-replay-'));
    rmSync(replayHome, { recursive: true });
    let node = await startNode({ home, keepHome: true, blockTime: '50ms' });
    try {
      const to = toBech32('trivium', new Uint8Array(20).fill(0x77));
      const txs = dev.map((d, i) => Array.from({ length: 40 }, (_, s) => signTx([sendMsg(d.address, to, String(1 + i))], { privkey: d.privkey, accountNumber: i, sequence: s })));
      const accepted: string[] = [];
      let stopLoad = false;
      const load = (async () => {
        for (let s = 0; s < 40 && !stopLoad; s++) {
          await Promise.all(
            txs.map(async (list) => {
              try {
                const r = await node.rpc('broadcast_tx_sync', { tx: b64(list[s]!) });
                if (r.code === 0) accepted.push(r.hash);
              } catch {
                /* the node died under us: expected */
              }
            }),
          );
        }
      })();
      // Let blocks commit under load, record what the node reports committed, then pull the plug.
      while (accepted.length < 150) await new Promise((r) => setTimeout(r, 20));
      const committed: Array<{ hash: string; height: string }> = [];
      for (const h of accepted.slice(0, 100)) {
        try {
          const t = await node.rpc('tx', { hash: Buffer.from(h, 'hex').toString('base64') });
          committed.push({ hash: h, height: t.height });
        } catch {
          /* not yet in a block */
        }
      }
      const status = await node.rpc('status');
      const seenHeight = Number(status.sync_info.latest_block_height);
      const seenBlock = await node.rpc('block', { height: String(seenHeight) });
      await node.kill9();
      stopLoad = true;
      await load;
      assert.ok(committed.length > 0, 'some txs were committed before the crash');

      node = await node.restart();
      const after = Number((await node.rpc('status')).sync_info.latest_block_height);
      assert.ok(after >= seenHeight, `resumed at ${after}, had seen ${seenHeight}`);
      const again = await node.rpc('block', { height: String(seenHeight) });
      assert.equal(again.block_id.hash, seenBlock.block_id.hash);
      assert.equal(again.block.header.app_hash, seenBlock.block.header.app_hash);
      for (const c of committed) {
        const t = await node.rpc('tx', { hash: Buffer.from(c.hash, 'hex').toString('base64') });
        assert.equal(t.height, c.height);
        assert.equal(t.tx_result.code, 0);
      }
      await node.rpc('dev_mine', { blocks: 3 });
      await node.stop();

      const report = await runReplay(home, replayHome);
      assert.ok(report.height >= after + 3);
      assert.deepEqual(report.mismatches, []);
    } finally {
      await node.stop().catch(() => undefined);
      rmSync(home, { recursive: true, force: true });
      rmSync(replayHome, { recursive: true, force: true });
    }
  });
});
