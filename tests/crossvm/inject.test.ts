import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { QuerySmartContractStateRequest, QuerySmartContractStateResponse } from 'cosmjs-types/cosmwasm/wasm/v1/query';
import { toUtf8Bytes, toUtf8String } from 'ethers';
import { runReplay } from '../helpers/node.ts';
import { abci, getMessage, setParams } from './helpers.ts';
import { blockEvents, type Devnet, startDevnet } from './devtools-setup.ts';

const utf8 = (s: string) => toUtf8Bytes(s);

/**
 * dev_crossvmInject on a real devnet: the injected outcome reaches the EVM contract's callback exactly as a real
 * one would, the target is never touched, the events say injected="true", and a replay of the blocks reaches
 * the same app hashes (the fault is a tx in a block, not a side channel).
 */
describe('x/crossvm fault injection (dev_crossvmInject)', () => {
  let d: Devnet;
  const home = mkdtempSync(join(tmpdir(), 'trivium-inject-'));
  const replayHome = join(tmpdir(), `trivium-inject-replay-${process.pid}`);
  const counterValue = async () => {
    const v = await abci(d.node, '/cosmwasm.wasm.v1.Query/SmartContractState', QuerySmartContractStateRequest.encode({ address: d.counter, queryData: Buffer.from('{"get_count":{}}') }).finish());
    return JSON.parse(Buffer.from(QuerySmartContractStateResponse.decode(v).data).toString()).count as number;
  };
  const queue = async (payload: string) => {
    const id = (await d.pipeline.getFunction('queue').staticCall(2, d.counter, utf8(payload), 300_000)) as bigint;
    const receipt = await (await d.pipeline.getFunction('queue')(2, d.counter, utf8(payload), 300_000)).wait();
    assert.equal(receipt.status, 1);
    return { id, height: receipt.blockNumber as number };
  };

  before(async () => {
    d = await startDevnet({ home, keepHome: true });
  });
  after(async () => {
    d?.provider.destroy();
    await d?.node.stop();
    rmSync(home, { recursive: true, force: true });
    rmSync(replayHome, { recursive: true, force: true });
  });

  it('"next" + fail on the Ethereum port: the callback sees FAILED with the reason; the JS contract never runs', async () => {
    const before = await counterValue();
    const r = await d.eth('dev_crossvmInject', [{ message_id: 'next', outcome: 'fail', reason: 'oracle offline (injected)' }]);
    assert.equal(r.error, undefined, JSON.stringify(r.error));
    assert.equal(r.result.message_id, 'next');
    assert.ok(r.result.height > 0 && /^[0-9A-F]{64}$/.test(r.result.tx_hash));
    const { id } = await queue('{"increment":{}}');
    const m = await d.waitFinal(id);
    assert.equal(m.status, 'FAILED');
    assert.equal(m.error, 'oracle offline (injected)');
    assert.equal(m.gas_used, '0', 'the target never ran');
    assert.equal(m.callback_status, 'OK');
    assert.equal(await counterValue(), before, 'the JS counter is untouched');
    assert.equal(await d.pipeline.lastCallbackId(), id);
    assert.equal(await d.pipeline.lastCallbackStatus(), 4n, 'CrossVM.FAILED');
    assert.equal(toUtf8String(await d.pipeline.lastCallbackResult()), 'oracle offline (injected)');
    const ev = await blockEvents(d.node, m.updated_height);
    const resp = ev.find((e) => e.type === 'crossvm_response' && e.attrs.message_id === String(id))!;
    assert.deepEqual(resp.attrs, { message_id: String(id), status: 'FAILED', result: 'oracle offline (injected)', injected: 'true', mode: 'EndBlock' });
    assert.equal(ev.find((e) => e.type === 'crossvm_callback' && e.attrs.message_id === String(id))?.attrs.injected, 'true');
    // The fault was used up: the next message runs for real, and its events carry no injected key.
    const again = await d.waitFinal((await queue('{"increment":{}}')).id);
    assert.equal(again.status, 'EXECUTED');
    assert.equal(await counterValue(), before + 1);
    const ev2 = await blockEvents(d.node, again.updated_height);
    assert.equal(ev2.find((e) => e.type === 'crossvm_response')?.attrs.injected, undefined);
  });

  it('timeout by message id on the CometBFT port: TIMED_OUT at once, escrow back, callback status 5', async () => {
    await setParams(d.node, { max_executions_per_block: 0 }); // the message waits in the queue
    try {
      const before = await counterValue();
      const { id, height } = await queue('{"increment":{}}');
      assert.equal((await getMessage(d.node, String(id)))!.status, 'SUBMITTED');
      const r = await d.comet('dev_crossvmInject', { message_id: String(id), outcome: 'timeout' });
      assert.equal(r.error, undefined, JSON.stringify(r.error));
      const m = await d.waitFinal(id);
      assert.equal(m.status, 'TIMED_OUT');
      assert.equal(m.error, 'not executed within 100 blocks', 'the callback sees the text a real timeout has');
      assert.ok(Number(m.updated_height) < height + 100, 'long before the real timeout');
      assert.equal(Number(m.updated_height), r.result.height, 'applied in the block the injection landed in');
      assert.equal(await d.pipeline.lastCallbackId(), id);
      assert.equal(await d.pipeline.lastCallbackStatus(), 5n, 'CrossVM.TIMED_OUT');
      assert.equal(await counterValue(), before);
      const ev = await blockEvents(d.node, m.updated_height);
      assert.deepEqual(ev.find((e) => e.type === 'crossvm_timeout')?.attrs, { message_id: String(id), source_vm: 'evm', target_vm: 'wasm', injected: 'true', mode: 'EndBlock' });
    } finally {
      await setParams(d.node, { max_executions_per_block: 1000 });
    }
  });

  it('delay: the message runs N blocks later than it would have, for real', async () => {
    const before = await counterValue();
    const r = await d.eth('dev_crossvmInject', [{ message_id: 'next', outcome: 'delay', blocks: 3 }]);
    assert.equal(r.error, undefined, JSON.stringify(r.error));
    assert.equal(r.result.blocks, 3);
    const { id, height } = await queue('{"increment":{}}');
    const m = await d.waitFinal(id);
    assert.equal(m.status, 'EXECUTED');
    assert.equal(Number(m.updated_height), height + 1 + 3);
    assert.equal(await counterValue(), before + 1);
    assert.equal(await d.pipeline.lastCallbackStatus(), 3n);
    const resp = (await blockEvents(d.node, m.updated_height)).find((e) => e.type === 'crossvm_response' && e.attrs.message_id === String(id));
    assert.equal(resp?.attrs.injected, 'true');
  });

  it('bad params are -32602 on both ports and change nothing', async () => {
    const executed = (await d.waitFinal(1n)).id;
    const h0 = Number((await d.node.rpc('status')).sync_info.latest_block_height);
    const pending0 = (await d.eth('crossvm_pendingMessages', [0, 10])).result.count;
    const bad: unknown[] = [
      { message_id: 'next', outcome: 'explode' },
      { message_id: 'abc', outcome: 'fail' },
      { message_id: -1, outcome: 'fail' },
      { message_id: 0, outcome: 'fail' },
      { outcome: 'fail' },
      { message_id: 'next' },
      { message_id: 'next', outcome: 'delay' },
      { message_id: 'next', outcome: 'delay', blocks: 0 },
      { message_id: 'next', outcome: 'delay', blocks: 1.5 },
      { message_id: 'next', outcome: 'fail', blocks: 2 },
      { message_id: 'next', outcome: 'fail', reason: 7 },
      { message_id: 'next', outcome: 'fail', reason: 'x'.repeat(1025) },
      { message_id: 'next', outcome: 'fail', extra: true },
      { message_id: '999999', outcome: 'fail' },
      { message_id: executed, outcome: 'timeout' },
    ];
    for (const p of bad) {
      const e = await d.eth('dev_crossvmInject', [p]);
      assert.equal(e.error?.code, -32602, `eth ${JSON.stringify(p)}: ${JSON.stringify(e)}`);
      const c = await d.comet('dev_crossvmInject', p);
      assert.equal(c.error?.code, -32602, `comet ${JSON.stringify(p)}: ${JSON.stringify(c)}`);
    }
    assert.match((await d.eth('dev_crossvmInject', [{ message_id: '999999', outcome: 'fail' }])).error!.message, /message 999999 does not exist/);
    assert.match((await d.eth('dev_crossvmInject', [{ message_id: executed, outcome: 'fail' }])).error!.message, /already (EXECUTED|FAILED|TIMED_OUT)/);
    assert.equal(Number((await d.node.rpc('status')).sync_info.latest_block_height), h0, 'no tx was sent: no block');
    assert.equal((await d.eth('crossvm_pendingMessages', [0, 10])).result.count, pending0);
  });

  it('triviumd replay re-executes the blocks, injections included, to the same app hashes', async () => {
    await d.node.stop();
    const report = await runReplay(home, replayHome);
    assert.ok(report.height > 5);
    assert.deepEqual(report.mismatches, []);
  });
});
