import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { toBech32 } from '@cosmjs/encoding';
import { bankBalance, startNode, type TestNode } from '../helpers/node.ts';
import { b64, dev, sendMsg, signTx } from '../helpers/cosmos.ts';

interface Check {
  code: number;
  log: string;
  codespace: string;
  hash: string;
}

const balance = bankBalance;

const to = toBech32('trivium', new Uint8Array(20).fill(0x37));
const send = (i: number, seq: number, memo = '') => signTx([sendMsg(dev[i]!.address, to, '7')], { privkey: dev[i]!.privkey, accountNumber: i, sequence: seq, memo });

describe('txs over the CometBFT RPC are as strict as the SDK', () => {
  let node: TestNode;
  before(async () => {
    // A body limit above the tx limit, so the tx size rule (not the HTTP one) answers the oversized tx.
    node = await startNode({ blockTime: '200ms', extraArgs: ['--rpc.max-body-bytes', '4000000'] });
  });
  after(async () => {
    await node?.stop();
  });

  it('refuses a TxRaw with an unknown field over sync, async and commit, and nothing changes', async () => {
    const good = send(3, 0);
    const bad = Buffer.concat([good, Buffer.from([0x22, 0x01, 0x00])]); // TxRaw field 4: not in the SDK's TxRaw
    const before = { from: await balance(node, dev[3]!.address), to: await balance(node, to) };
    const want = 'unknown protobuf field: cosmos.tx.v1beta1.TxRaw: {TagNum: 4, WireType:"bytes"}: tx parse error';

    const sync = await node.rpc<Check>('broadcast_tx_sync', { tx: b64(bad) });
    assert.deepEqual([sync.code, sync.codespace, sync.log], [2, 'sdk', want]);
    const commit = await node.rpc<{ check_tx: Check; height: string }>('broadcast_tx_commit', { tx: b64(bad) });
    assert.deepEqual([commit.check_tx.code, commit.check_tx.log, commit.height], [2, want, '0']);
    const async = await node.rpc<Check>('broadcast_tx_async', { tx: b64(bad) });
    assert.equal(async.code, 0); // CometBFT's async answers before CheckTx; the tx must still never land
    const h = (await node.rpc('status')).sync_info.latest_block_height as string;
    while (Number((await node.rpc('status')).sync_info.latest_block_height) < Number(h) + 3) await new Promise((r) => setTimeout(r, 100));
    await assert.rejects(node.rpc('tx', { hash: async.hash }), /not found/);
    assert.deepEqual({ from: await balance(node, dev[3]!.address), to: await balance(node, to) }, before);

    // Sequence 0 is still the next one: the original signed tx goes through, under its own hash only.
    const ok = await node.rpc<{ check_tx: Check; tx_result: { code: number }; hash: string }>('broadcast_tx_commit', { tx: b64(good) });
    assert.equal(ok.check_tx.code, 0, ok.check_tx.log);
    assert.equal(ok.tx_result.code, 0);
    assert.equal(ok.hash, createHash('sha256').update(good).digest('hex').toUpperCase());
    assert.equal(await balance(node, to), before.to + 7n);
  });

  it('refuses an oversized tx with the size error naming the limit', async () => {
    const big = new Uint8Array(1048577).fill(0x0a);
    for (const method of ['broadcast_tx_sync', 'broadcast_tx_commit']) {
      const r = await node.rpc(method, { tx: b64(big) });
      const c: Check = r.check_tx ?? r;
      assert.deepEqual([c.code, c.codespace, c.log], [21, 'sdk', 'tx too large: 1048577 bytes > limit 1048576: tx too large'], method);
    }
  });

  it('reads a `tx` hash given in base64 as base64 even when it starts with "0x"', async () => {
    // Grind the memo until the tx's hash in base64 starts with "0x" (1 in 4096).
    let tx = send(4, 0);
    for (let i = 0; !createHash('sha256').update(tx).digest('base64').startsWith('0x'); i++) tx = send(4, 0, `grind ${i}`);
    const hashB64 = createHash('sha256').update(tx).digest('base64');
    const r = await node.rpc<{ check_tx: Check; hash: string }>('broadcast_tx_commit', { tx: b64(tx) });
    assert.equal(r.check_tx.code, 0, r.check_tx.log);
    const found = await node.rpc<{ hash: string; tx: string }>('tx', { hash: hashB64 });
    assert.equal(found.hash, r.hash);
    assert.equal(found.tx, b64(tx));
    // The same hash as hex (with and without 0x) finds the same tx; junk is refused, not misread.
    assert.equal((await node.rpc<{ hash: string }>('tx', { hash: '0x' + r.hash.toLowerCase() })).hash, r.hash);
    assert.equal((await node.rpc<{ hash: string }>('tx', { hash: r.hash })).hash, r.hash);
    await assert.rejects(node.rpc('tx', { hash: '0x' + r.hash.slice(0, 40) }), /expected 32 bytes as base64 or 64 hex digits/);
  });
});

describe('the --mempool.* flags', () => {
  let node: TestNode;
  before(async () => {
    // One block at start, then none for an hour: the mempool only fills.
    node = await startNode({ blockTime: '3600s', extraArgs: ['--mempool.size', '2', '--mempool.max-tx-bytes', '400'] });
  });
  after(async () => {
    await node?.stop();
  });

  it('refuses a tx over --mempool.max-tx-bytes, naming the limit', async () => {
    const tx = send(5, 0, 'm'.repeat(200));
    assert.ok(tx.length > 400);
    const r = await node.rpc<Check>('broadcast_tx_sync', { tx: b64(tx) });
    assert.deepEqual([r.code, r.log], [21, `tx too large: ${tx.length} bytes > limit 400: tx too large`]);
  });

  it('answers "mempool is full" past --mempool.size, and the refused tx is not kept', async () => {
    for (const i of [5, 6]) {
      const r = await node.rpc<Check>('broadcast_tx_sync', { tx: b64(send(i, 0)) });
      assert.equal(r.code, 0, r.log);
    }
    const third = send(7, 0);
    assert.ok(third.length <= 400);
    for (const method of ['broadcast_tx_sync', 'broadcast_tx_commit']) {
      const r = await node.rpc(method, { tx: b64(third) });
      const c: Check = r.check_tx ?? r;
      assert.equal(c.code, 20, method);
      assert.match(c.log, /^mempool is full: number of txs 2 \(max: 2\), total txs bytes \d+ \(max: 1073741824\)$/);
    }
    assert.equal((await node.rpc('num_unconfirmed_txs')).n_txs, '2');
  });

  it('lists the flags in `start --help` and refuses a bad value at start', async () => {
    const help = await node.cli(['start', '--help'], { node: false, home: false });
    for (const f of ['--mempool.size', '--mempool.max-txs-bytes', '--mempool.max-tx-bytes']) assert.ok(help.stdout.includes(f), f);
    await assert.rejects(startNode({ extraArgs: ['--mempool.max-tx-bytes', '2000000'] }), /--mempool\.max-tx-bytes must be an integer from 1 to 1048576/);
  });
});
