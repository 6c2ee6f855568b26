import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { toBech32 } from '@cosmjs/encoding';
import { BlockStore } from '../../core/blockstore/block-store.ts';
import { homePaths } from '../../core/node/home.ts';
import { CommitStore } from '../../core/store/commit-store.ts';
import { NodeDB } from '../../core/store/node-db.ts';
import { bankBalance, runCli, spawnCli, startNode } from '../helpers/node.ts';
import { b64, dev, sendMsg, signTx } from '../helpers/cosmos.ts';

const to = toBech32('trivium', new Uint8Array(20).fill(0x55));
const send = (sequence: number, amount: string) => signTx([sendMsg(dev[0]!.address, to, amount)], { privkey: dev[0]!.privkey, accountNumber: 0, sequence });

/** The head of a stopped home: its commit row, and whether the state's root there is that row's app hash. */
async function head(home: string): Promise<{ height: number; consistent: boolean }> {
  const db = new NodeDB(homePaths(home).db);
  await db.open();
  try {
    const meta = new BlockStore(db).lastCommit()!;
    const store = new CommitStore(db, { cacheBytes: 1 << 20, pruning: { kind: 'nothing' } });
    store.load(meta.height);
    return { height: meta.height, consistent: Buffer.from(store.rootHash).toString('hex') === meta.appHash.toLowerCase() };
  } finally {
    await db.close();
  }
}

describe('rollback and pruning survive kill -9', () => {
  it('`triviumd rollback --height H`: killed at any moment it leaves the old head or H, whole; then the chain goes on from H', async () => {
    const home = mkdtempSync(join(tmpdir(), 'trivium-rollback-'));
    let node = await startNode({ home, keepHome: true, blockTime: '50ms' });
    try {
      let mid = 0;
      let midBalance = 0n;
      const hashes: string[] = [];
      for (let s = 0; s < 12; s++) {
        const r = await node.rpc('broadcast_tx_commit', { tx: b64(send(s, String(100 + s))) });
        assert.equal(r.tx_result.code, 0, r.tx_result.log);
        hashes.push(r.hash);
        if (s === 5) {
          mid = Number(r.height);
          midBalance = await bankBalance(node, to);
        }
      }
      const midBlock = await node.rpc('block', { height: String(mid) });
      await node.stop();
      const last = (await head(home)).height;
      assert.ok(last > mid + 5);

      // Interrupted rollbacks: each leaves one of the two heads, with the state matching its app hash.
      for (const delay of [0, 40, 120, 250, 400]) {
        const child = spawnCli(['rollback', '--home', home, '--height', String(mid)]);
        const exited = new Promise((r) => child.on('exit', r));
        await new Promise((r) => setTimeout(r, delay));
        child.kill('SIGKILL');
        await exited;
        const h = await head(home);
        assert.ok(h.height === last || h.height === mid, `head ${h.height} after a kill at ${delay} ms`);
        assert.ok(h.consistent, `state root matches the commit row at ${h.height}`);
        if (h.height === mid) break;
      }
      if ((await head(home)).height === last) {
        const r = await runCli(['rollback', '--home', home, '--height', String(mid)]);
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stdout, new RegExp(`rolled back from height ${last} to ${mid}`));
      }
      const refused = await runCli(['rollback', '--home', home, '--height', String(mid + 1)]);
      assert.notEqual(refused.code, 0);
      assert.match(refused.stderr, /cannot roll back to height/);

      node = await node.restart();
      assert.equal(await bankBalance(node, to), midBalance);
      assert.equal((await node.rpc('block', { height: String(mid) })).block_id.hash, midBlock.block_id.hash);
      await assert.rejects(node.rpc('tx', { hash: Buffer.from(hashes[11]!, 'hex').toString('base64') }), /not found/);
      // The account's sequence is back to what it was at `mid`: the next tx after the 6th is accepted again.
      const again = await node.rpc('broadcast_tx_commit', { tx: b64(send(6, '1')) });
      assert.equal(again.tx_result.code, 0, again.tx_result.log);
      assert.ok(Number(again.height) > mid);
      assert.equal(await bankBalance(node, to), midBalance + 1n);
    } finally {
      await node.stop();
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('--pruning keep-recent=3 with kill -9 at random moments: kept heights answer, older ones are refused clearly', async () => {
    const home = mkdtempSync(join(tmpdir(), 'trivium-prune-'));
    let node = await startNode({ home, keepHome: true, blockTime: '20ms', extraArgs: ['--pruning', 'keep-recent=3'] });
    try {
      // Each round sends from its own account (txs a crash drops from the mempool leave no sequence gap behind).
      for (const [round, wait] of [150, 330, 70].entries()) {
        const d = dev[round + 1]!;
        for (let s = 0; s < 5; s++) await node.rpc('broadcast_tx_sync', { tx: b64(signTx([sendMsg(d.address, to, '1')], { privkey: d.privkey, accountNumber: round + 1, sequence: s })) });
        await new Promise((r) => setTimeout(r, wait));
        await node.kill9();
        assert.ok((await head(home)).consistent);
        node = await node.restart();
      }
      await new Promise((r) => setTimeout(r, 400));
      // The checks below need the window to stand still: the same home, no new block for an hour (--block-time 3600s).
      await node.stop();
      node = await startNode({ home, keepHome: true, blockTime: '3600s', extraArgs: ['--pruning', 'keep-recent=3'] });
      const latest = Number((await node.rpc('status')).sync_info.latest_block_height);
      assert.ok(latest > 20, `height ${latest}`);
      const at = (h: number) => node.rpc('abci_query', { path: `/store/bank/key`, data: Buffer.from(`b/${'55'.repeat(20)}/utrv`).toString('hex'), height: String(h) });
      for (const h of [latest, latest - 1]) assert.equal((await at(h)).response.code, 0);
      const old = await at(2);
      assert.equal(old.response.code, 18);
      assert.match(old.response.log, /state at height 2 is pruned: this node keeps heights \d+–\d+/);
    } finally {
      await node.stop();
      rmSync(home, { recursive: true, force: true });
    }
  });
});
