import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { toBech32 } from '@cosmjs/encoding';
import { bankBalance, startNode, type TestNode } from '../helpers/node.ts';
import { b64, dev, sendMsg, signTx } from '../helpers/cosmos.ts';

/** Every rejection: a CometBFT-style code and log, and no state change. */
describe('bad input changes nothing and says why', () => {
  let node: TestNode;
  const to = toBech32('trivium', new Uint8Array(20).fill(0x42));
  const balance = (addr: string) => bankBalance(node, addr);
  const broadcast = (tx: Uint8Array) => node.rpc<{ code: number; log: string; codespace: string; hash: string }>('broadcast_tx_sync', { tx: b64(tx) });
  const snapshot = async () => ({ from: await balance(dev[2]!.address), to: await balance(to), height: Number((await node.rpc('status')).sync_info.latest_block_height) });

  before(async () => {
    node = await startNode({ blockTime: '100ms' });
  });
  after(async () => {
    await node?.stop();
  });

  const base = () => ({ privkey: dev[2]!.privkey, accountNumber: 2, sequence: 0 });

  it('rejects a wrong chain id, a bad signature, insufficient fees and random bytes at CheckTx', async () => {
    const before = await snapshot();
    const wrongChain = await broadcast(signTx([sendMsg(dev[2]!.address, to, '5')], { ...base(), chainId: 'other-chain' }));
    assert.equal(wrongChain.code, 4);
    assert.match(wrongChain.log, /signature verification failed.*chain-id/);

    const good = signTx([sendMsg(dev[2]!.address, to, '5')], base());
    const tampered = Buffer.from(good);
    tampered[tampered.length - 5]! ^= 0xff;
    const badSig = await broadcast(tampered);
    assert.equal(badSig.code, 4);

    const cheap = await broadcast(signTx([sendMsg(dev[2]!.address, to, '5')], { ...base(), feeAmount: '1' }));
    assert.equal(cheap.code, 13);
    assert.match(cheap.log, /insufficient fees; got: 1utrv required: 200utrv/);

    const garbage = await broadcast(new Uint8Array([0x0a, 0xff, 0x13, 0x37, 0x00, 0x99]));
    assert.equal(garbage.code, 2);
    assert.match(garbage.log, /tx parse error/);
    const random = await broadcast(Buffer.from('this is not a transaction at all'));
    assert.ok(random.code !== 0);

    await node.rpc('dev_mine', { blocks: 2 });
    const afterAll = await snapshot();
    assert.equal(afterAll.from, before.from);
    assert.equal(afterAll.to, before.to);
    // Not the app hash: every block changes it (x/evm records the previous block's hash for BLOCKHASH).
    assert.ok(afterAll.height >= before.height + 2);
    for (let h = before.height + 1; h <= afterAll.height; h++) {
      assert.deepEqual((await node.rpc('block', { height: String(h) })).block.data.txs ?? [], [], `no rejected tx entered block ${h}`);
    }
  });

  it('rejects a replayed tx and a replayed sequence', async () => {
    const tx = signTx([sendMsg(dev[2]!.address, to, '7')], base());
    assert.equal((await broadcast(tx)).code, 0);
    await node.rpc('dev_mine', { blocks: 1 });
    assert.equal(await balance(to), 7n);
    const again = await broadcast(tx);
    assert.equal(again.code, 19);
    const oldSeq = await broadcast(signTx([sendMsg(dev[2]!.address, to, '8')], base()));
    assert.equal(oldSeq.code, 32);
    assert.match(oldSeq.log, /account sequence mismatch, expected 1, got 0/);
    await node.rpc('dev_mine', { blocks: 1 });
    assert.equal(await balance(to), 7n);
  });

  it('a tx whose message fails (insufficient funds) keeps fee and sequence, moves no coins', async () => {
    const before = await balance(dev[2]!.address);
    const r = await broadcast(signTx([sendMsg(dev[2]!.address, to, '99999999999999')], { ...base(), sequence: 1 }));
    assert.equal(r.code, 0, 'CheckTx only runs the ante handler');
    await node.rpc('dev_mine', { blocks: 1 });
    const t = await node.rpc('tx', { hash: Buffer.from(r.hash, 'hex').toString('base64') });
    assert.equal(t.tx_result.code, 5);
    assert.match(t.tx_result.log, /insufficient funds/);
    assert.equal(await balance(to), 7n);
    assert.equal(await balance(dev[2]!.address), before - 200n, 'only the fee is paid');
  });

  it('answers malformed JSON-RPC with JSON-RPC errors', async () => {
    const post = async (body: string) => (await fetch(node.rpcUrl, { method: 'POST', body })).json() as Promise<any>;
    assert.equal((await post('{"jsonrpc":"2.0","id":1,"method":')).error.code, -32700);
    assert.equal((await post('{"jsonrpc":"2.0","id":1,"method":"no_such_method"}')).error.code, -32601);
    assert.equal((await post('{"id":1,"method":"status"}')).error.code, -32600);
    assert.equal((await post('{"jsonrpc":"2.0","id":1,"method":"block","params":{"height":"-3"}}')).error.code, -32602);
    assert.equal((await post('{"jsonrpc":"2.0","id":1,"method":"broadcast_tx_sync","params":{"tx":"%%%"}}')).error.code, -32602);
    assert.equal((await post('{"jsonrpc":"2.0","id":1,"method":"tx_search","params":{"query":"tx.height >>> 5"}}')).error.code, -32602);
    const batch = await post('[{"jsonrpc":"2.0","id":1,"method":"health"},{"jsonrpc":"2.0","id":2,"method":"nope"}]');
    assert.deepEqual(batch[0].result, {});
    assert.equal(batch[1].error.code, -32601);
    const uri = await (await fetch(`${node.rpcUrl}/block?height=1`)).json() as any;
    assert.equal(uri.result.block.header.height, '1');
    assert.equal((await node.rpc('health')).constructor, Object, 'node still healthy');
  });
});
