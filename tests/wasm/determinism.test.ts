import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { SigningCosmWasmClient } from '@cosmjs/cosmwasm-stargate';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { makeCosmoshubPath } from '@cosmjs/stargate';
import { BlockStore } from '../../core/blockstore/block-store.ts';
import { buildApp } from '../../app/app.ts';
import { homePaths } from '../../core/node/home.ts';
import type { BlockResults, StoredBlock } from '../../core/types/node-api.ts';
import { NodeDB } from '../../core/store/node-db.ts';
import { MNEMONIC } from '../helpers/cosmos.ts';
import { startNode, type TestNode } from '../helpers/node.ts';
import { contractSource } from './harness.ts';
import { devGasPrice, fixedFee } from '../helpers/cosmwasm.ts';


/**
 * Determinism: a node executes a mixed workload (successes, reverts, out of gas, an allocation past the
 * memory limit, regexps, math), then a second, fresh app — another process, cold isolates, cold caches —
 * re-executes every block from the same genesis. Every height must give the same app hash, and every tx
 * the same code, gas used, events and data.
 */
describe('determinism: the same blocks on a fresh node give the same state, gas and events', () => {
  let node: TestNode | undefined;
  const replayHome = mkdtempSync(join(tmpdir(), 'trivium-wasm-replay-'));
  after(async () => {
    await node?.stop();
    if (node) rmSync(node.home, { recursive: true, force: true });
    rmSync(replayHome, { recursive: true, force: true });
  });

  it('replays a node’s blocks to identical app hashes and tx results', async () => {
    node = await startNode({ blockTime: '100ms', keepHome: true });
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: 'trivium', hdPaths: [makeCosmoshubPath(6), makeCosmoshubPath(7)] });
    const [a, b] = (await wallet.getAccounts()).map((x) => x.address) as [string, string];
    const client = await SigningCosmWasmClient.connectWithSigner(node.rpcUrl, wallet, { gasPrice: devGasPrice(), broadcastPollIntervalMs: 100 });
    const fails = async (p: Promise<unknown>) => assert.rejects(p, /Error when broadcasting tx/);
    try {
      const token = await client.upload(a, new TextEncoder().encode(contractSource('cw20.js')), 'auto');
      const counter = await client.upload(a, new TextEncoder().encode(contractSource('counter.js')), 'auto');
      const abuse = await client.upload(
        a,
        new TextEncoder().encode(`module.exports = {
          instantiate() { return null; },
          execute(m) {
            xchain.state.set('seen', String(xchain.context.blockHeight));
            if (m.loop) while (true) {}
            if (m.alloc) { const k = []; for (;;) k.push(new Array(1 << 20).fill(1)); }
            if (m.regex) return /(a+)+b/.test('a'.repeat(m.regex) + 'c');
            if (m.math) return xchain.math.sqrt(m.math);
            xchain.revert('no');
          },
        };`),
        'auto',
      );
      const t = await client.instantiate(a, token.codeId, { name: 'Det', symbol: 'DET', decimals: 2, initial_balances: [{ address: a, amount: '1000000' }] }, 'det', 'auto', { admin: a });
      const c = await client.instantiate(b, counter.codeId, { count: 0 }, 'c', 'auto', { funds: [{ denom: 'utrv', amount: '77' }] });
      const x = await client.instantiate(a, abuse.codeId, {}, 'abuse', 'auto');
      for (let i = 0; i < 3; i++) {
        await client.execute(a, t.contractAddress, { transfer: { recipient: b, amount: String(10 + i) } }, 'auto');
        await client.execute(b, c.contractAddress, { increment: {} }, 'auto');
      }
      await fails(client.execute(b, t.contractAddress, { transfer: { recipient: a, amount: '999999999' } }, fixedFee(300_000)));
      await fails(client.execute(a, x.contractAddress, { loop: {} }, fixedFee(500_000)));
      await fails(client.execute(a, x.contractAddress, { alloc: {} }, fixedFee(30_000_000)));
      await fails(client.execute(a, x.contractAddress, { nope: {} }, fixedFee(300_000)));
      await client.execute(a, x.contractAddress, { regex: 5000 }, 'auto');
      await client.execute(a, x.contractAddress, { math: '2' }, 'auto');
      await client.migrate(a, t.contractAddress, counter.codeId, {}, 'auto');
    } finally {
      client.disconnect();
    }
    await node.stop();
    const source = node.home;

    const src = new NodeDB(homePaths(source).db);
    const dst = new NodeDB(join(replayHome, 'db'));
    await src.open();
    await dst.open();
    try {
      const genesis = new BlockStore(src).genesis()!;
      const { app } = buildApp(dst);
      await app.initChain(genesis);
      const last = src.getJSON<{ height: number }>('m/last')!.height;
      let txs = 0;
      let failed = 0;
      for (let h = 1; h <= last; h++) {
        const block = src.getJSON<StoredBlock>(`b/${h}`)!;
        const expected = src.getJSON<BlockResults>(`r/${h}`)!;
        const res = await app.finalizeBlock({ height: h, timeMs: block.timeMs, proposer: block.proposer, txs: block.txs.map((tx) => Buffer.from(tx, 'base64')), hash: block.hash, header: { ...block, resultAppHash: '' } });
        const { appHash } = await app.commit();
        assert.equal(Buffer.from(appHash).toString('hex').toUpperCase(), block.resultAppHash, `app hash at height ${h}`);
        res.txResults.forEach((r, i) => {
          const e = expected.txResults[i]!;
          assert.deepEqual(
            { code: r.code, log: r.log, gasUsed: r.gasUsed.toString(), data: Buffer.from(r.data).toString('base64'), events: JSON.stringify(r.events) },
            { code: e.code, log: e.log, gasUsed: e.gasUsed, data: e.data, events: JSON.stringify(e.events) },
            `tx ${i} at height ${h}`,
          );
          txs++;
          if (r.code !== 0) failed++;
        });
      }
      assert.ok(txs >= 19 && failed === 4, `replayed ${txs} txs, ${failed} failed`);
    } finally {
      await src.close();
      await dst.close();
    }
  });
});
