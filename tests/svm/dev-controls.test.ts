import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Connection, Keypair, PublicKey, sendAndConfirmTransaction, SystemProgram, Transaction } from '@solana/web3.js';
import { runReplay, startNode, type TestNode } from '../helpers/node.ts';
import { jsonRpc } from '../helpers/json-rpc.ts';

/**
 * The devnet's Solana-side controls on the Solana JSON-RPC port, with web3.js: setAccount (LiteSVM's
 * set_account, as a signed devnet tx: replayable) and warpToSlot.
 */
describe('x/svm devnet controls (setAccount, warpToSlot)', () => {
  const home = mkdtempSync(join(tmpdir(), 'trivium-svm-dev-'));
  const replayHome = join(tmpdir(), `trivium-svm-dev-replay-${process.pid}`);
  let node: TestNode;
  let conn: Connection;
  let url = '';
  const rpc = (method: string, params: unknown[]) => jsonRpc(url, method, params);

  before(async () => {
    node = await startNode({ blockTime: '0', home, keepHome: true });
    url = `http://${node.ports['svm-rpc.address']}`;
    conn = new Connection(url, { commitment: 'confirmed', wsEndpoint: `ws://${node.ports['svm-rpc.ws-address']}` });
  });
  after(async () => {
    await node?.stop();
    rmSync(home, { recursive: true, force: true });
    rmSync(replayHome, { recursive: true, force: true });
  });

  it('setAccount: lamports (to the lamport), data, owner; set again lowers them', async () => {
    const pk = Keypair.generate().publicKey;
    const owner = Keypair.generate().publicKey;
    const r = await rpc('setAccount', [pk.toBase58(), { lamports: 2039280, data: [Buffer.from('state!').toString('base64'), 'base64'], owner: owner.toBase58(), executable: false, rentEpoch: 0 }]);
    assert.equal(r.error, undefined, JSON.stringify(r.error));
    assert.ok(r.result.slot > 0);
    const info = await conn.getAccountInfo(pk);
    assert.equal(info?.lamports, 2039280);
    assert.equal(Buffer.from(info!.data).toString(), 'state!');
    assert.equal(info?.owner.toBase58(), owner.toBase58());
    assert.equal((await rpc('setAccount', [pk.toBase58(), { lamports: 1500, data: '', owner: owner.toBase58() }])).error, undefined);
    const again = await conn.getAccountInfo(pk);
    assert.equal(again?.lamports, 1500);
    assert.equal(again?.data.length, 0);
  });

  it('the runtime sees it: a system-owned account set up by setAccount pays a web3.js transfer', async () => {
    const kp = Keypair.generate();
    const to = Keypair.generate().publicKey;
    assert.equal((await rpc('setAccount', [kp.publicKey.toBase58(), { lamports: 10_000_000, owner: SystemProgram.programId.toBase58() }])).error, undefined);
    const tx = new Transaction().add(SystemProgram.transfer({ fromPubkey: kp.publicKey, toPubkey: to, lamports: 1_234_000 }));
    await sendAndConfirmTransaction(conn, tx, [kp]);
    assert.equal(await conn.getBalance(to), 1_234_000);
    assert.equal(await conn.getBalance(kp.publicKey), 10_000_000 - 1_234_000 - 5000);
  });

  it('warpToSlot produces the blocks up to the slot; backwards and bad params are -32602', async () => {
    const s = await conn.getSlot();
    const r = await rpc('warpToSlot', [s + 5]);
    assert.equal(r.error, undefined, JSON.stringify(r.error));
    assert.equal(r.result.slot, s + 5);
    assert.equal(await conn.getSlot(), s + 5);
    for (const bad of [[s + 5], [s - 1], ['x'], [-3], [s + 5 + 10_001], []]) assert.equal((await rpc('warpToSlot', bad)).error?.code, -32602, JSON.stringify(bad));
    const pk = Keypair.generate().publicKey.toBase58();
    const badAccounts: unknown[][] = [
      ['nope', { lamports: 1, owner: pk }],
      [pk, { lamports: -1, owner: pk }],
      [pk, { lamports: 1 }],
      [pk, { lamports: 1, owner: pk, data: '@@@' }],
      [pk, { lamports: 1, owner: pk, executable: 'yes' }],
      [pk, { lamports: 1, owner: pk, colour: 'red' }],
      [pk],
    ];
    const h = await conn.getSlot();
    for (const bad of badAccounts) assert.equal((await rpc('setAccount', bad)).error?.code, -32602, JSON.stringify(bad));
    assert.equal(await conn.getSlot(), h, 'nothing was sent');
    assert.equal(await conn.getAccountInfo(new PublicKey(pk)), null);
  });

  it('triviumd replay reaches the same app hashes (setAccount is a tx in a block)', async () => {
    await node.stop();
    const report = await runReplay(home, replayHome);
    assert.deepEqual(report.mismatches, []);
  });
});
