/**
 * ABCI state sync, app to app over the socket, spoken to as CometBFT's snapshot reactor speaks: app A commits
 * blocks and serves snapshots; app B, on a fresh home, is offered them. Tampered offers are refused before a
 * chunk is applied, a bad chunk is asked for again, and the restored app answers Info at the snapshot's height
 * with the app hash A had there, then executes the next block to the same app hash as A.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { toBech32 } from '@cosmjs/encoding';
import { ResponseApplySnapshotChunk_Result as ChunkResult, ResponseOfferSnapshot_Result as OfferResult, type Snapshot } from 'cosmjs-types/tendermint/abci/types';
import { dev, sendMsg, signTx } from '../helpers/cosmos.ts';
import { freePort, runCli } from '../helpers/node.ts';
import { AbciConn, type AppProc, startAbciApp } from '../helpers/abci.ts';

const ts = (ms: number) => ({ seconds: BigInt(Math.floor(ms / 1000)), nanos: (ms % 1000) * 1e6 });
const t0 = Date.UTC(2030, 0, 1);

async function appWithHome(snapshotEvery: number): Promise<{ home: string; app: AppProc; conn: AbciConn; port: number; jsonRpc: string }> {
  const home = mkdtempSync(join(tmpdir(), 'trivium-statesync-'));
  assert.equal((await runCli(['init', 'n', '--home', home])).code, 0);
  const port = await freePort();
  const jsonRpc = `127.0.0.1:${await freePort()}`;
  const args = ['--rpc.laddr', `tcp://127.0.0.1:${await freePort()}`, '--json-rpc.address', jsonRpc, '--svm-rpc.address', `127.0.0.1:${await freePort()}`, '--svm-rpc.ws-address', `127.0.0.1:${await freePort()}`, '--state-sync.snapshot-interval', String(snapshotEvery)];
  const app = await startAbciApp(home, port, args);
  return { home, app, conn: await AbciConn.open(port), port, jsonRpc: `http://${jsonRpc}` };
}

const blockHash = (h: number) => new Uint8Array(32).fill(h);

describe('ABCI state sync between two apps', { timeout: 120_000 }, () => {
  let a: Awaited<ReturnType<typeof appWithHome>>;
  let b: Awaited<ReturnType<typeof appWithHome>>;
  const hashes: Uint8Array[] = [];
  let snap: Snapshot;
  const chunks: Uint8Array[] = [];

  before(async () => {
    [a, b] = await Promise.all([appWithHome(2), appWithHome(0)]);
    const genesis = JSON.parse(readFileSync(join(a.home, 'config', 'genesis.json'), 'utf8'));
    // B's home carries the same genesis, as a joining node's does.
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(b.home, 'config', 'genesis.json'), JSON.stringify(genesis));
    await a.conn.one({ initChain: { time: ts(Date.parse(genesis.genesis_time)), chainId: genesis.chain_id, consensusParams: { block: { maxBytes: 22020096n, maxGas: 100000000n } }, validators: [], appStateBytes: Buffer.from(JSON.stringify(genesis.app_state)), initialHeight: 1n } });
    for (let h = 1; h <= 5; h++) {
      const tx = signTx([sendMsg(dev[1]!.address, toBech32('trivium', new Uint8Array(20).fill(h)), String(100 * h))], { privkey: dev[1]!.privkey, accountNumber: 1, sequence: h - 1 });
      const fb = await a.conn.one({ finalizeBlock: { txs: [tx], decidedLastCommit: { round: 0, votes: [] }, misbehavior: [], hash: blockHash(h), height: BigInt(h), time: ts(t0 + h * 1000), nextValidatorsHash: new Uint8Array(32), proposerAddress: new Uint8Array(20) } });
      assert.equal(fb.finalizeBlock!.txResults[0]!.code, 0, fb.finalizeBlock!.txResults[0]!.log);
      hashes[h] = fb.finalizeBlock!.appHash;
      await a.conn.one({ commit: {} });
    }
    // Snapshots at 2 and 4 are taken in the background after their commits.
    for (let i = 0; i < 100; i++) {
      const list = (await a.conn.one({ listSnapshots: {} })).listSnapshots!.snapshots;
      if (list.some((s) => s.height === 4n)) {
        snap = list.find((s) => s.height === 4n)!;
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok(snap, 'A serves a snapshot at height 4');
    for (let i = 0; i < snap.chunks; i++) chunks.push((await a.conn.one({ loadSnapshotChunk: { height: 4n, format: snap.format, chunk: i } })).loadSnapshotChunk!.chunk);
  });
  after(async () => {
    for (const x of [a, b]) {
      x?.conn.close();
      await x?.app.stop();
      if (x) rmSync(x.home, { recursive: true, force: true });
    }
  });

  it('serves the snapshots it took, newest first, keeping the 2 most recent', async () => {
    const list = (await a.conn.one({ listSnapshots: {} })).listSnapshots!.snapshots;
    assert.deepEqual(list.map((s) => s.height), [4n, 2n]);
    assert.ok(chunks.length >= 1 && chunks.every((c) => c.length > 0));
  });

  it("refuses an offer whose app hash is not the chain's, or whose metadata does not match its hash", async () => {
    const wrong = await b.conn.one({ offerSnapshot: { snapshot: snap, appHash: hashes[3]! } });
    assert.equal(wrong.offerSnapshot!.result, OfferResult.REJECT);
    const forged = { ...snap, metadata: Buffer.from(Buffer.from(snap.metadata).toString().replace('"height":4', '"height":5')) };
    assert.equal((await b.conn.one({ offerSnapshot: { snapshot: forged, appHash: hashes[4]! } })).offerSnapshot!.result, OfferResult.REJECT);
    assert.equal((await b.conn.one({ offerSnapshot: { snapshot: { ...snap, format: 9 }, appHash: hashes[4]! } })).offerSnapshot!.result, OfferResult.REJECT_FORMAT);
    const info = await b.conn.one({ info: { version: '0.38.25', blockVersion: 11n, p2pVersion: 8n, abciVersion: '2.0.0' } });
    assert.equal(info.info!.lastBlockHeight, 0n, 'nothing applied');
  });

  it('restores a good offer (a corrupted chunk is asked for again), answers Info at its height, then follows the chain', async () => {
    const ok = await b.conn.one({ offerSnapshot: { snapshot: snap, appHash: hashes[4]! } });
    assert.equal(ok.offerSnapshot!.result, OfferResult.ACCEPT);
    const bad = new Uint8Array(chunks[0]!);
    bad[bad.length - 1] ^= 0xff;
    const r0 = await b.conn.one({ applySnapshotChunk: { index: 0, chunk: bad, sender: 'peer-x' } });
    assert.equal(r0.applySnapshotChunk!.result, ChunkResult.RETRY);
    assert.deepEqual(r0.applySnapshotChunk!.refetchChunks, [0]);
    assert.deepEqual(r0.applySnapshotChunk!.rejectSenders, ['peer-x']);
    for (let i = 0; i < chunks.length; i++) assert.equal((await b.conn.one({ applySnapshotChunk: { index: i, chunk: chunks[i]!, sender: 'peer-a' } })).applySnapshotChunk!.result, ChunkResult.ACCEPT);
    const info = await b.conn.one({ info: { version: '0.38.25', blockVersion: 11n, p2pVersion: 8n, abciVersion: '2.0.0' } });
    assert.equal(info.info!.lastBlockHeight, 4n);
    assert.deepEqual(info.info!.lastBlockAppHash, hashes[4]);
    // Block 5 on B gives A's app hash.
    const tx = signTx([sendMsg(dev[1]!.address, toBech32('trivium', new Uint8Array(20).fill(5)), '500')], { privkey: dev[1]!.privkey, accountNumber: 1, sequence: 4 });
    const fb = await b.conn.one({ finalizeBlock: { txs: [tx], decidedLastCommit: { round: 0, votes: [] }, misbehavior: [], hash: blockHash(5), height: 5n, time: ts(t0 + 5000), nextValidatorsHash: new Uint8Array(32), proposerAddress: new Uint8Array(20) } });
    assert.equal(fb.finalizeBlock!.txResults[0]!.code, 0, fb.finalizeBlock!.txResults[0]!.log);
    assert.deepEqual(fb.finalizeBlock!.appHash, hashes[5]);
    await b.conn.one({ commit: {} });
    // x/evm's state root, rebuilt from the restored state, carries on as A's: block 5's stateRoot is the same.
    const stateRoot = async (url: string) => ((await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_getBlockByNumber', params: ['0x5', false] }) })).json()) as { result: { stateRoot: string } }).result.stateRoot;
    const [ra, rb] = [await stateRoot(a.jsonRpc), await stateRoot(b.jsonRpc)];
    assert.match(ra, /^0x[0-9a-f]{64}$/);
    assert.equal(rb, ra);
    // An app with state refuses further offers.
    assert.equal((await b.conn.one({ offerSnapshot: { snapshot: snap, appHash: hashes[4]! } })).offerSnapshot!.result, OfferResult.REJECT);
  });
});
