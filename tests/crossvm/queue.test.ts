import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import { QuerySmartContractStateRequest, QuerySmartContractStateResponse } from 'cosmjs-types/cosmwasm/wasm/v1/query';
import { QueryBalanceRequest, QueryBalanceResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { startNode, repoRoot, type TestNode } from '../helpers/node.ts';
import { dev } from '../helpers/cosmos.ts';
import { abci, attr, callMsg, deployJs, getMessage, messageIds, sendTx, setParams } from './helpers.ts';

/** The queue's edges, each against a real node: sizes, capacity, FIFO, timeout, a failing SVM target. */
describe('x/crossvm queue edges', () => {
  let node: TestNode;
  let recorder: string;
  const smart = async (contract: string, q: object) =>
    JSON.parse(Buffer.from(QuerySmartContractStateResponse.decode(await abci(node, '/cosmwasm.wasm.v1.Query/SmartContractState', QuerySmartContractStateRequest.encode({ address: contract, queryData: Buffer.from(JSON.stringify(q)) }).finish())).data).toString());
  const balance = async (address: string) => BigInt(QueryBalanceResponse.decode(await abci(node, '/cosmos.bank.v1beta1.Query/Balance', QueryBalanceRequest.encode({ address, denom: 'utrv' }).finish())).balance!.amount);
  const height = async () => Number((await node.rpc('status')).sync_info.latest_block_height);

  before(async () => {
    node = await startNode({ blockTime: '0' });
    recorder = await deployJs(node, join(repoRoot, 'tests/crossvm/contracts/recorder.js'));
  });
  after(async () => {
    await node?.stop();
  });

  it('admits a 65,536-byte payload and rejects 65,537 bytes with a typed error and no change', async () => {
    const pad = (n: number) => {
      const head = '{"record":{"tag":"';
      const tail = '"}}';
      return head + 'x'.repeat(n - head.length - tail.length) + tail;
    };
    assert.equal(pad(65_536).length, 65_536);
    const ok = await sendTx(node, 1, [callMsg(1, 'wasm', recorder, pad(65_536))], 10_000_000);
    assert.equal(ok.code, 0, ok.log);
    const [id] = messageIds(ok.events);
    const tooBig = await sendTx(node, 1, [callMsg(1, 'wasm', recorder, pad(65_537))], 10_000_000);
    assert.equal(tooBig.code, 2);
    assert.match(tooBig.log, /payload is 65537 bytes; max_message_size is 65536/);
    assert.deepEqual(messageIds(tooBig.events), []);
    assert.equal(await getMessage(node, Number(id) + 1), undefined, 'the rejected message took no id');
  });

  it('executes 500 messages from 5 senders in FIFO (id) order in one EndBlocker', async () => {
    await setParams(node, { max_executions_per_block: 0 });
    const ids: string[] = [];
    const before = Number((await smart(recorder, { count: {} })).n);
    // Five senders, one tx each with 100 messages, all in the queue before anything executes.
    const results = await Promise.all([1, 2, 3, 4, 5].map((s) => sendTx(node, s, Array.from({ length: 100 }, (_, k) => callMsg(s, 'wasm', recorder, JSON.stringify({ record: { tag: `${s}-${k}` } }))), 20_000_000)));
    for (const r of results) {
      assert.equal(r.code, 0, r.log);
      ids.push(...messageIds(r.events));
    }
    assert.equal(ids.length, 500);
    assert.equal((await getMessage(node, ids[0]!))!.status !== 'EXECUTED', true);
    await setParams(node, { max_executions_per_block: 1000 });
    await node.rpc('dev_mine', { blocks: 1 });
    const sorted = [...ids].sort((a, b) => Number(a) - Number(b));
    const heights = new Set<string>();
    for (let i = 0; i < sorted.length; i++) {
      const m = (await getMessage(node, sorted[i]!))!;
      assert.equal(m.status, 'EXECUTED', m.error);
      heights.add(m.updated_height);
      const entry = (await smart(recorder, { entry: { i: before + i } })).entry as string;
      const payloadTag = JSON.parse(Buffer.from(m.payload, 'hex').toString()).record.tag;
      assert.equal(entry, `${m.sender} ${payloadTag}`, `entry ${i} is message ${m.id}`);
    }
    assert.equal(heights.size, 1, 'all 500 executed by one EndBlocker');
  });

  it('keeps answering RPC while the EndBlocker drains a long queue (the block breathes between messages)', async () => {
    const h0 = await height();
    let done = false;
    const submitted = sendTx(node, 6, Array.from({ length: 200 }, () => callMsg(6, 'wasm', recorder, JSON.stringify({ spin: { n: 1_500 } }), { gasLimit: 3_000_000 })), 60_000_000);
    const seen = new Map<number, number>(); // height → status answers that saw it
    const probing = (async () => {
      while (!done) {
        const h = Number((await node.rpc('status')).sync_info.latest_block_height);
        seen.set(h, (seen.get(h) ?? 0) + 1);
        if (h >= h0 + 2) done = true;
      }
    })();
    const r = await submitted;
    assert.equal(r.code, 0, r.log);
    assert.equal(r.height, h0 + 1);
    await probing;
    // Block h0+1 took the messages in; block h0+2 (produced at once: queued work) drained them.
    const ids = messageIds(r.events);
    for (const id of [ids[0]!, ids[199]!]) {
      const m = (await getMessage(node, id))!;
      assert.equal(m.status, 'EXECUTED', m.error);
      assert.equal(Number(m.updated_height), h0 + 2);
    }
    // Every answer that saw height h0+1 came while block h0+2 executed: without a pause there is about one.
    assert.ok((seen.get(h0 + 1) ?? 0) >= 10, `status answers per height: ${JSON.stringify([...seen])}`);
  });

  it('times out a message at exactly +100 blocks and refunds its escrow and funds in full', async () => {
    await setParams(node, { max_executions_per_block: 0 });
    const sender = dev[6]!.address;
    const before = await balance(sender);
    const r = await sendTx(node, 6, [callMsg(6, 'wasm', recorder, '{"record":{"tag":"late"}}', { funds: [{ denom: 'utrv', amount: '5' }], gasLimit: 400_000 })]);
    assert.equal(r.code, 0, r.log);
    const fee = 2_000n; // 2,000,000 gas × 0.001
    assert.equal(await balance(sender), before - fee - 5n - 400n, 'funds and gas escrowed');
    const [id] = messageIds(r.events);
    const h0 = r.height;
    while ((await height()) < h0 + 99) await node.rpc('dev_mine', { blocks: Math.min(50, h0 + 99 - (await height())) });
    assert.equal(await height(), h0 + 99);
    assert.equal((await getMessage(node, id!))!.status, 'PENDING');
    await node.rpc('dev_mine', { blocks: 1 });
    const m = (await getMessage(node, id!))!;
    assert.equal(m.status, 'TIMED_OUT');
    assert.equal(Number(m.updated_height), h0 + 100);
    const results = await node.rpc('block_results', { height: String(h0 + 100) });
    assert.equal(attr(results.finalize_block_events, 'crossvm_timeout', 'message_id'), id);
    assert.equal(await balance(sender), before - fee, 'everything but the tx fee came back');
    await setParams(node, { max_executions_per_block: 1000 });
  });

  it('rejects the 1,001st pending message with queue-full and admits the 1,000th', async () => {
    await setParams(node, { max_executions_per_block: 0, max_queue_size: 1000 });
    const first = await sendTx(node, 7, Array.from({ length: 999 }, (_, k) => callMsg(7, 'wasm', recorder, `{"record":{"tag":"q${k}"}}`, { gasLimit: 1000 })), 60_000_000);
    assert.equal(first.code, 0, first.log);
    const thousandth = await sendTx(node, 8, [callMsg(8, 'wasm', recorder, '{"record":{"tag":"1000"}}', { gasLimit: 1000 })]);
    assert.equal(thousandth.code, 0, thousandth.log);
    const full = await sendTx(node, 8, [callMsg(8, 'wasm', recorder, '{"record":{"tag":"1001"}}', { gasLimit: 1000 })]);
    assert.equal(full.code, 3);
    assert.match(full.log, /queue is full: 1000 pending messages \(max_queue_size 1000\)/);
    const pending = await node.cli(['q', 'crossvm', 'pending', '--limit', '1', '-o', 'json']);
    assert.equal(JSON.parse(pending.stdout).count, '1000');
    await setParams(node, { max_executions_per_block: 1000 });
    await node.rpc('dev_mine', { blocks: 1 });
    const after = await node.cli(['q', 'crossvm', 'pending', '-o', 'json']);
    assert.equal(JSON.parse(after.stdout).count, '0');
  });

  it('records a failing SVM target as FAILED, with the program error, and keeps the node healthy', async () => {
    const fixture = join(repoRoot, '../shared/fixtures/solana/spl_memo-3.0.0.so');
    const dep = await node.cli(['tx', 'svm', 'deploy', fixture, '--from', 'dev0', '-o', 'json', '--yes']);
    assert.equal(dep.code, 0, dep.stderr);
    const programId = attr(JSON.parse(dep.stdout).events, 'svm_deploy', 'program_id')!;
    // The memo program insists every account it is given signs; this one does not.
    const other = '11111111111111111111111111111112';
    const r = await sendTx(node, 9, [callMsg(9, 'svm', programId, Buffer.from(Buffer.from('hi').toString('hex')), { accounts: [{ pubkey: other, isSigner: false, isWritable: false }] })]);
    assert.equal(r.code, 0, r.log);
    const [id] = messageIds(r.events);
    await node.rpc('dev_mine', { blocks: 1 });
    const m = (await getMessage(node, id!))!;
    assert.equal(m.status, 'FAILED');
    assert.match(m.error, /MissingRequiredSignature|missing required signature/i);
    assert.ok(BigInt(m.gas_used) > 0n);
    assert.deepEqual(await node.rpc('health'), {});
  });
});
