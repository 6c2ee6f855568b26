import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { QueryBalanceRequest, QueryBalanceResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { createPublicClient, createTestClient, defineChain, http, type Address, type Hex } from 'viem';
import { repoRoot, startNode, type TestNode } from '../helpers/node.ts';
import { dev, sendMsg } from '../helpers/cosmos.ts';
import { abci, callMsg, deployJs, getMessage, messageIds, sendTx, setParams } from '../crossvm/helpers.ts';
import { jsonRpc } from '../helpers/json-rpc.ts';

const chain = defineChain({ id: 262145, name: 'trivium', nativeCurrency: { name: 'T', symbol: 'T', decimals: 18 }, rpcUrls: { default: { http: ['http://127.0.0.1'] } } });
const clients = (node: TestNode) => {
  const url = `http://${node.ports['json-rpc.address']}`;
  return { test: createTestClient({ mode: 'anvil', chain, transport: http(url) }), pub: createPublicClient({ chain, transport: http(url), cacheTime: 0 }) };
};
const bank = async (node: TestNode, address: string) => BigInt(QueryBalanceResponse.decode(await abci(node, '/cosmos.bank.v1beta1.Query/Balance', QueryBalanceRequest.encode({ address, denom: 'utrv' }).finish())).balance!.amount);

describe('dumpState / loadState', { timeout: 180_000 }, () => {
  const nodes: TestNode[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'trivium-dump-'));
  after(async () => {
    for (const n of nodes) await n.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("viem's dumpState and loadState (anvil's gzipped JSON): code, storage, balance and nonce come back after a reset", async () => {
    const node = await startNode({ blockTime: '0' });
    nodes.push(node);
    const { test, pub } = clients(node);
    const a = ('0x' + '5a'.repeat(20)) as Address;
    const slot = ('0x' + '00'.repeat(31) + '03') as Hex;
    const value = ('0x' + '00'.repeat(30) + 'beef') as Hex;
    await test.setCode({ address: a, bytecode: '0x602a60005260206000f3' });
    await test.setStorageAt({ address: a, index: slot, value });
    await test.setBalance({ address: a, value: 123456789n });
    await test.setNonce({ address: a, nonce: 9 });
    const state = await test.dumpState();
    assert.match(state, /^0x1f8b/, 'gzipped, as anvil dumps');
    await test.reset();
    assert.equal(await pub.getCode({ address: a }), undefined);
    await test.loadState({ state });
    assert.equal(await pub.getCode({ address: a }), '0x602a60005260206000f3');
    assert.equal(await pub.getStorageAt({ address: a, slot }), value);
    assert.equal(await pub.getBalance({ address: a }), 123456789n);
    assert.equal(await pub.getTransactionCount({ address: a }), 9);
    // Not a state: -32602, nothing changes.
    const h = await pub.getBlockNumber();
    const r = await jsonRpc(`http://${node.ports['json-rpc.address']}`, 'anvil_loadState', ['0x1234']);
    assert.equal(r.error?.code, -32602);
    assert.equal(await pub.getBlockNumber(), h);
  });

  it('dev_dumpState, dev_loadState into a running chain, --dump-state on exit, and a fresh start with --load-state: bank, EVM, JS contract and the queue as they were', async () => {
    const file = join(dir, 'state.json');
    const node = await startNode({ blockTime: '0', extraArgs: ['--dump-state', file] });
    const recorder = await deployJs(node, join(repoRoot, 'tests/crossvm/contracts/recorder.js'));
    await setParams(node, { max_executions_per_block: 0 });
    const send = await sendTx(node, 1, [sendMsg(dev[1]!.address, dev[5]!.address, '31337')]);
    assert.equal(send.code, 0, send.log);
    const q = await sendTx(node, 2, [callMsg(2, 'wasm', recorder, '{"record":{"tag":"kept"}}')]);
    const [msgId] = messageIds(q.events);
    const { test, pub } = clients(node);
    const a = ('0x' + '6b'.repeat(20)) as Address;
    await test.setCode({ address: a, bytecode: '0x602a60005260206000f3' });
    const dumped = await node.rpc('dev_dumpState', {});
    assert.equal(dumped.format, 'trivium-devnet-state/1');
    for (const m of ['auth', 'bank', 'evm', 'svm', 'wasm', 'crossvm']) assert.ok(dumped.app_state[m] !== undefined, m);
    const before = { dev5: await bank(node, dev[5]!.address), msg: await getMessage(node, msgId!) };

    // dev_loadState at runtime: another running chain takes the whole state over, and goes on from it.
    const other = await startNode({ blockTime: '0' });
    nodes.push(other);
    const own = await sendTx(other, 3, [sendMsg(dev[3]!.address, dev[5]!.address, '5')]);
    assert.equal(own.code, 0, own.log);
    const bad = await other.rpc('dev_loadState', { state: { format: 'nope' } }).catch((e: Error) => e);
    assert.ok(bad instanceof Error && /invalid params/i.test(bad.message), String(bad));
    const h = Number((await other.rpc('status')).sync_info.latest_block_height);
    const r = await other.rpc('dev_loadState', { state: dumped });
    assert.equal(Number(r.height), h + 1, 'the state change is one block of its own');
    assert.equal(await bank(other, dev[5]!.address), before.dev5);
    assert.equal(await clients(other).pub.getCode({ address: a }), '0x602a60005260206000f3');
    assert.equal((await getMessage(other, msgId!))?.payload, before.msg?.payload);
    const next = await sendTx(other, 1, [sendMsg(dev[1]!.address, dev[5]!.address, '1')]);
    assert.equal(next.code, 0, next.log);
    assert.equal(await bank(other, dev[5]!.address), before.dev5 + 1n);
    await node.stop();
    assert.ok(existsSync(file), '--dump-state wrote its file on exit');
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).format, 'trivium-devnet-state/1');

    const loaded = await startNode({ blockTime: '0', extraArgs: ['--load-state', file] });
    nodes.push(loaded);
    assert.equal(await bank(loaded, dev[5]!.address), before.dev5);
    assert.equal(await clients(loaded).pub.getCode({ address: a }), '0x602a60005260206000f3');
    const m = await getMessage(loaded, msgId!);
    assert.equal(m?.status, before.msg?.status);
    assert.equal(m?.payload, before.msg?.payload);
    void pub;

    // A used home refuses --load-state without --reset; with --reset it starts over from the file.
    const used = await startNode({ blockTime: '0', keepHome: true });
    await used.stop();
    const refused = await startNode({ blockTime: '0', home: used.home, extraArgs: ['--load-state', file] }).catch((e: Error) => e);
    assert.ok(refused instanceof Error && /--load-state needs a fresh chain/.test(refused.message), String(refused));
    const reset = await startNode({ blockTime: '0', home: used.home, extraArgs: ['--load-state', file, '--reset'] });
    nodes.push(reset);
    assert.equal(await bank(reset, dev[5]!.address), before.dev5);
  });
});
