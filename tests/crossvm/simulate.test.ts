import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { QuerySmartContractStateRequest, QuerySmartContractStateResponse } from 'cosmjs-types/cosmwasm/wasm/v1/query';
import { b64, dev, sendMsg, signTx } from '../helpers/cosmos.ts';
import { bankBalance, repoRoot } from '../helpers/node.ts';
import { abci, account, callMsg, deployJs, registry, sendTx } from './helpers.ts';
import { type Devnet, startDevnet } from './devtools-setup.ts';

/**
 * trivium_simulateCrossVM and `tx crossvm call … --dry-run` on a real devnet: the call and everything it
 * leads to run to the end across simulated blocks, and the chain is exactly as before — app hash, height,
 * queue, balances, the contracts' state, the next message id.
 */
describe('x/crossvm whole-chain simulation (trivium_simulateCrossVM, --dry-run)', () => {
  let d: Devnet;
  let relay: string;
  const counterValue = async () => {
    const v = await abci(d.node, '/cosmwasm.wasm.v1.Query/SmartContractState', QuerySmartContractStateRequest.encode({ address: d.counter, queryData: Buffer.from('{"get_count":{}}') }).finish());
    return JSON.parse(Buffer.from(QuerySmartContractStateResponse.decode(v).data).toString()).count as number;
  };
  /** Everything a simulation must leave alone. */
  const snapshot = async () => {
    const st = await d.node.rpc('status');
    return {
      height: st.sync_info.latest_block_height,
      appHash: st.sync_info.latest_app_hash,
      pending: (await d.eth('crossvm_pendingMessages', [0, 100])).result,
      counter: await counterValue(),
      callbacks: await d.pipeline.callbacks(),
      dev1: await bankBalance(d.node, dev[1]!.address),
      seq1: (await account(d.node, dev[1]!.address)).sequence,
      contractBalance: await d.provider.getBalance(d.pipelineAddr),
    };
  };

  before(async () => {
    d = await startDevnet();
    relay = await deployJs(d.node, join(repoRoot, 'tests/crossvm/contracts/relay.js'));
    // The relay pays the escrow of the call it makes.
    assert.equal((await sendTx(d.node, 3, [sendMsg(dev[3]!.address, relay, '1000000')])).code, 0);
  });
  after(async () => {
    d?.provider.destroy();
    await d?.node.stop();
  });

  it('an EVM contract\'s call into a JS contract with a callback: EXECUTED, callback OK, gas per VM — and nothing changed', async () => {
    const s0 = await snapshot();
    const r = await d.eth('trivium_simulateCrossVM', [
      { sender: d.pipelineAddr, source_vm: 'evm', target_vm: 'wasm', target_contract: d.counter, payload: { increment: {} }, gas_limit: 400_000, callback: true },
    ]);
    assert.equal(r.error, undefined, JSON.stringify(r.error));
    const res = r.result;
    assert.equal(res.height, Number(s0.height));
    assert.equal(res.complete, true);
    assert.equal(res.messages.length, 1);
    const [m] = res.messages;
    assert.equal(m.status, 'EXECUTED', m.error);
    assert.equal(m.callback_status, 'OK');
    assert.equal(Number(m.height), res.height + 2, 'admitted at latest+1, executed in the block after');
    assert.deepEqual(res.blocks, { from: res.height + 1, to: res.height + 2 });
    const msg = res.trace.root.children[0];
    assert.equal(msg.execution.kind, 'wasm_execute');
    assert.equal(msg.callback.vm, 'evm');
    assert.equal(msg.callback.delivered_status_code, 3);
    assert.ok(BigInt(res.gas.wasm) > 0n && BigInt(res.gas.evm) > 0n, JSON.stringify(res.gas));
    assert.equal(res.gas.wasm, m.gas_used);
    assert.deepEqual(await snapshot(), s0, 'the app hash, height, queue, counter, callbacks and balances are untouched');
  });

  it('across blocks: a JS contract that relays a call queues a second message, simulated to the end one block later', async () => {
    const s0 = await snapshot();
    const r = await d.comet('trivium_simulateCrossVM', {
      sender: dev[1]!.address, target_vm: 'wasm', target_contract: relay, payload: JSON.stringify({ relay: { vm: 'wasm', target: d.counter, payload: '{"increment":{}}' } }), gas_limit: 500_000,
    });
    assert.equal(r.error, undefined, JSON.stringify(r.error));
    const res = r.result;
    assert.equal(res.messages.length, 2, JSON.stringify(res.messages));
    assert.deepEqual(res.messages.map((m: any) => m.status), ['EXECUTED', 'EXECUTED']);
    assert.equal(Number(res.messages[1].height), Number(res.messages[0].height) + 1);
    const first = res.trace.root.children[0];
    assert.equal(first.execution.contract, relay);
    assert.equal(first.execution.children[0].id, res.messages[1].id, 'the relayed message hangs under the execution that queued it');
    assert.equal(first.execution.children[0].execution.contract, d.counter);
    assert.deepEqual(await snapshot(), s0);
    // The ids the simulation used are still free: the next real message takes the first of them.
    const { id } = { id: (await d.pipeline.getFunction('queue').staticCall(2, d.counter, Buffer.from('{"increment":{}}'), 300_000)) as bigint };
    assert.equal(String(id), res.messages[0].id);
  });

  it('failures and SVM: statuses as they would be, from a signed tx too', async () => {
    const fail = await d.eth('trivium_simulateCrossVM', [{ sender: dev[1]!.address, target_vm: 'wasm', target_contract: d.counter, payload: '{"fail":{"reason":"nope"}}' }]);
    assert.equal(fail.result.messages[0].status, 'FAILED');
    assert.match(fail.result.messages[0].error, /nope/);

    const acc = await account(d.node, dev[2]!.address);
    const tx = signTx([callMsg(2, 'svm', d.memo, Buffer.from(Buffer.from('dry memo').toString('hex')))], { privkey: dev[2]!.privkey, accountNumber: acc.accountNumber, sequence: acc.sequence, registry, gas: 500_000 });
    const s0 = await snapshot();
    const r = await d.eth('trivium_simulateCrossVM', [{ tx: b64(tx) }]);
    assert.equal(r.error, undefined, JSON.stringify(r.error));
    const m = r.result.trace.root.children[0];
    assert.equal(m.status, 'EXECUTED');
    assert.ok(m.execution.logs.some((l: string) => l.includes('Memo (len 8): "dry memo"')));
    assert.ok(m.execution.compute_units > 0);
    assert.equal(r.result.gas.svm, m.gas_used);
    assert.deepEqual(await snapshot(), s0);
    assert.equal((await account(d.node, dev[2]!.address)).sequence, acc.sequence, 'the tx was not sent');
  });

  it('tx crossvm call … --dry-run: the CLI prints the statuses and the trace, sends nothing', async () => {
    const s0 = await snapshot();
    const j = await d.node.cli(['tx', 'crossvm', 'call', 'wasm', d.counter, '{"increment":{}}', '--from', 'dev1', '--dry-run', '-o', 'json']);
    assert.equal(j.code, 0, j.stderr + j.stdout);
    const res = JSON.parse(j.stdout);
    assert.equal(res.messages[0].status, 'EXECUTED');
    assert.equal(res.trace.root.children[0].sender, dev[1]!.address);
    const t = await d.node.cli(['tx', 'crossvm', 'call', 'wasm', d.counter, '{"increment":{}}', '--from', 'dev1', '--dry-run']);
    assert.equal(t.code, 0, t.stderr);
    assert.match(t.stdout, /^dry run at height \d+: simulated blocks \d+–\d+; nothing was sent/);
    assert.match(t.stdout, /message \d+: EXECUTED at \d+, gas \d+/);
    assert.match(t.stdout, /└─ message \d+ evm → wasm trivium1\w+ {2}queued@\d+ ran@\d+ {2}EXECUTED/);
    assert.deepEqual(await snapshot(), s0);
  });

  it('bad params are -32602 on both ports', async () => {
    const ok = { sender: dev[1]!.address, target_vm: 'wasm', target_contract: d.counter, payload: '{"increment":{}}' };
    const bad: unknown[] = [
      { ...ok, target_vm: 'ethereum' },
      { ...ok, sender: undefined },
      { ...ok, payload: 'not json' },
      { ...ok, target_vm: 'evm', target_contract: d.pipelineAddr, payload: 'zz' },
      { ...ok, gas_limit: -5 },
      { ...ok, callback: 'yes' },
      { ...ok, surprise: 1 },
      { ...ok, funds: '5 coins' },
      { tx: '!!!' },
      { tx: b64(new Uint8Array([1, 2, 3])) },
      { ...ok, sender: 'trivium1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq' },
      { ...ok, sender: '0x00000000000000000000000000000000000000aa' }, // no funds for the escrow
      'hello',
    ];
    for (const p of bad) {
      const e = await d.eth('trivium_simulateCrossVM', [p]);
      assert.equal(e.error?.code, -32602, `eth ${JSON.stringify(p)}: ${JSON.stringify(e)}`);
      const c = await d.comet('trivium_simulateCrossVM', [p]);
      assert.equal(c.error?.code, -32602, `comet ${JSON.stringify(p)}: ${JSON.stringify(c)}`);
    }
  });
});
