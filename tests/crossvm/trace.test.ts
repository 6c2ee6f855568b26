import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { getBytes, toUtf8Bytes, toUtf8String } from 'ethers';
import { toBech32Address } from '../../core/types/address.ts';
import { getMessage } from './helpers.ts';
import { type Devnet, startDevnet } from './devtools-setup.ts';

const utf8 = (s: string) => toUtf8Bytes(s);
const PRECOMPILE = '0x0000000000000000000000000000000000000901';

/**
 * trivium_traceCrossVM on a real devnet: EVM → JS contract (sync, 0x…0901) → async SVM call → callback into
 * the EVM, checked frame by frame, over both RPC ports and the CLI; a JS error as the EVM's revert reason;
 * an SVM failure by its instruction error name.
 */
describe('x/crossvm trace (trivium_traceCrossVM, q crossvm trace)', () => {
  let d: Devnet;
  let runHash: string;
  let runBlock: number;
  let runGas: bigint;
  let id: bigint;

  before(async () => {
    d = await startDevnet();
    const args = [d.counter, utf8('{"increment":{}}'), 3, d.memo, utf8('trace me'), 600_000] as const;
    id = (await d.pipeline.getFunction('run').staticCall(...args)) as bigint;
    const receipt = await (await d.pipeline.getFunction('run')(...args)).wait();
    assert.equal(receipt.status, 1);
    runHash = receipt.hash;
    runBlock = receipt.blockNumber;
    runGas = receipt.gasUsed;
    const m = await d.waitFinal(id);
    assert.equal(m.status, 'EXECUTED', m.error);
    for (let i = 0; i < 100 && (await d.pipeline.callbacks()) === 0n; i++) await new Promise((r) => setTimeout(r, 50));
  });
  after(async () => {
    d?.provider.destroy();
    await d?.node.stop();
  });

  it('by Ethereum tx hash: the EVM frame, the precompile entering the JS contract, the queued SVM message, its instructions and the callback', async () => {
    const r = await d.eth('trivium_traceCrossVM', [runHash]);
    assert.equal(r.error, undefined, JSON.stringify(r.error));
    const t = r.result;
    const root = t.root;
    assert.equal(root.kind, 'evm_call');
    assert.equal(root.eth_hash.toLowerCase(), runHash.toLowerCase());
    assert.equal(root.from.toLowerCase(), d.wallet.address.toLowerCase());
    assert.equal(root.to.toLowerCase(), d.pipelineAddr.toLowerCase());
    assert.equal(root.selector, d.pipeline.interface.getFunction('run')!.selector);
    assert.equal(root.status, 'success');
    assert.equal(root.height, runBlock);
    assert.equal(BigInt(root.gas_used), runGas);
    assert.equal(root.children.length, 2, JSON.stringify(root.children.map((c: any) => c.method)));

    const [exec, submit] = root.children;
    assert.equal(exec.kind, 'precompile');
    assert.equal(exec.address, PRECOMPILE);
    assert.equal(exec.method, 'execute');
    assert.equal(exec.caller, d.pipelineAddr.toLowerCase());
    const js = exec.children[0];
    assert.equal(js.kind, 'wasm_execute');
    assert.equal(js.vm, 'wasm');
    assert.equal(js.contract, d.counter);
    assert.ok(BigInt(js.gas_used) > 0n);
    assert.ok(BigInt(exec.gas_used) >= 50_000n + BigInt(js.gas_used), 'the 50,000 base plus the JS contract');
    assert.ok(js.events.some((e: any) => e.type === 'execute' && e.attributes._contract_address === d.counter));

    assert.equal(submit.method, 'submit');
    assert.equal(submit.message_id, String(id));
    const msg = submit.children[0];
    assert.equal(msg.kind, 'crossvm_message');
    assert.equal(msg.id, String(id));
    assert.equal(msg.source_vm, 'evm');
    assert.equal(msg.target_vm, 'svm');
    assert.equal(msg.target, d.memo);
    assert.equal(msg.sender, toBech32Address(getBytes(d.pipelineAddr)));
    assert.equal(msg.queued_height, String(runBlock));
    assert.equal(msg.executed_height, String(runBlock + 1));
    assert.equal(msg.status, 'EXECUTED');

    const svm = msg.execution;
    assert.equal(svm.kind, 'svm_instruction');
    assert.equal(svm.program, d.memo);
    assert.equal(svm.instructions.length, 1);
    assert.equal(svm.instructions[0].program, d.memo);
    assert.equal(svm.instructions[0].status, 'success');
    assert.ok(svm.compute_units > 0 && svm.compute_units === svm.instructions[0].compute_units);
    assert.ok(svm.instructions[0].logs.some((l: string) => l.includes('Memo (len 8): "trace me"')), JSON.stringify(svm.instructions[0].logs));
    assert.equal(svm.gas_used, (await getMessage(d.node, String(id)))!.gas_used);

    const cb = msg.callback;
    assert.equal(cb.kind, 'callback');
    assert.equal(cb.vm, 'evm');
    assert.equal(cb.target, msg.sender);
    assert.equal(cb.delivered_status, 'EXECUTED');
    assert.equal(cb.delivered_status_code, 3);
    assert.equal(cb.success, true);
    assert.ok(BigInt(cb.gas_used) > 0n);
    assert.equal(await d.pipeline.lastCallbackId(), id);

    // Gas per VM adds up: the EVM's own gas (the tx net of the JS contract inside it, plus the callback).
    assert.equal(t.gas.wasm, js.gas_used);
    assert.equal(t.gas.svm, svm.gas_used);
    assert.equal(BigInt(t.gas.evm), runGas - BigInt(js.gas_used) + BigInt(cb.gas_used));
    assert.deepEqual(t.messages, [{ id: String(id), status: 'EXECUTED', height: String(runBlock + 1) }]);
  });

  it('by message id on the CometBFT port and in the CLI (text tree and -o json)', async () => {
    const c = await d.comet('trivium_traceCrossVM', { id: String(id) });
    assert.equal(c.error, undefined, JSON.stringify(c.error));
    assert.equal(c.result.root.kind, 'crossvm_message');
    assert.equal(c.result.root.execution.kind, 'svm_instruction');
    const viaEth = (await d.eth('trivium_traceCrossVM', [runHash])).result;
    assert.deepEqual(c.result.root, viaEth.root.children[1].children[0], 'the same message subtree');

    const json = await d.node.cli(['q', 'crossvm', 'trace', runHash, '-o', 'json']);
    assert.equal(json.code, 0, json.stderr);
    assert.deepEqual(JSON.parse(json.stdout), viaEth);
    const text = await d.node.cli(['q', 'crossvm', 'trace', runHash]);
    assert.equal(text.code, 0, text.stderr);
    const lines = text.stdout.split('\n');
    assert.match(lines[0]!, /^evm call 0x[0-9a-f]{40} → 0x[0-9a-f]{40} 0x[0-9a-f]{8}  gas \d+  success/i);
    assert.match(text.stdout, /├─ precompile 0x0{37}901 execute  gas \d+/);
    assert.match(text.stdout, /│  └─ js contract execute trivium1\w+  gas \d+/);
    assert.match(text.stdout, new RegExp(`message ${id} evm → svm ${d.memo}  queued@${runBlock} ran@${runBlock + 1}  EXECUTED`));
    assert.match(text.stdout, /svm program \w+  \d+ CU/);
    assert.match(text.stdout, /instruction \w+ \[depth 1\] \d+ CU success: Program log: Memo \(len 8\): "trace me"/);
    // The result (the SVM's logs as JSON, ~290 bytes) is cut in the middle in the text; the JSON has it whole.
    assert.match(text.stdout, new RegExp(`callback → evm trivium1\\w+ crossVMCallback\\(${id}, 3, "0x[0-9a-f]{16}…[0-9a-f]{8} \\(\\d+ bytes\\)"\\)  gas \\d+  OK`));
    assert.match(text.stdout, /gas by vm: evm \d+  wasm \d+  svm \d+/);
  });

  it('errors in the caller\'s terms: a JS contract error is the EVM revert reason; an SVM failure names its instruction error', async () => {
    const tx = await d.pipeline.getFunction('syncOnly')(d.counter, utf8('{"fail":{"reason":"collateral too low"}}'), { gasLimit: 2_000_000 });
    await assert.rejects(tx.wait());
    const t = (await d.eth('trivium_traceCrossVM', [tx.hash])).result;
    assert.equal(t.root.status, 'reverted');
    assert.match(t.root.revert_reason, /collateral too low/);

    // Not UTF-8: the memo program refuses the instruction; the callback gets FAILED with the same text.
    const bad = new Uint8Array([0xff, 0xfe]);
    const fid = (await d.pipeline.getFunction('queue').staticCall(3, d.memo, bad, 600_000)) as bigint;
    const receipt = await (await d.pipeline.getFunction('queue')(3, d.memo, bad, 600_000)).wait();
    const m = await d.waitFinal(fid);
    assert.equal(m.status, 'FAILED');
    for (let i = 0; i < 100 && (await d.pipeline.lastCallbackId()) !== fid; i++) await new Promise((r) => setTimeout(r, 50));
    const ft = (await d.eth('trivium_traceCrossVM', [receipt.hash])).result;
    const fm = ft.root.children[0].children[0];
    assert.equal(fm.status, 'FAILED');
    assert.match(fm.execution.error, /InvalidInstructionData/);
    assert.ok(fm.execution.logs.length > 0 && fm.execution.logs.every((l: string) => fm.execution.error.includes(l)), 'the last logs the error kept');
    assert.equal(fm.callback.delivered_status_code, 4);
    assert.equal(toUtf8String(await d.pipeline.lastCallbackResult()), fm.execution.error, 'the callback saw the error the trace shows');
    assert.ok(BigInt(ft.gas.svm) > 0n);
  });

  it('an injected failure is marked in the trace', async () => {
    assert.equal((await d.eth('dev_crossvmInject', [{ message_id: 'next', outcome: 'fail', reason: 'chaos' }])).error, undefined);
    const receipt = await (await d.pipeline.getFunction('queue')(2, d.counter, utf8('{"increment":{}}'), 300_000)).wait();
    const t0 = (await d.eth('trivium_traceCrossVM', [receipt.hash])).result;
    await d.waitFinal(t0.root.children[0].message_id);
    const m = (await d.eth('trivium_traceCrossVM', [receipt.hash])).result.root.children[0].children[0];
    assert.equal(m.injected, true);
    assert.equal(m.execution.error, 'chaos');
    assert.equal(m.callback.delivered_status, 'FAILED');
  });

  it('bad ids are -32602 on both ports; an unknown one is null', async () => {
    for (const bad of ['0x1234', 'hello', -1, 0, '0', '1.5', { a: 1 }, null]) {
      assert.equal((await d.eth('trivium_traceCrossVM', [bad])).error?.code, -32602, `eth ${JSON.stringify(bad)}`);
      assert.equal((await d.comet('trivium_traceCrossVM', { id: bad })).error?.code, -32602, `comet ${JSON.stringify(bad)}`);
    }
    assert.equal((await d.eth('trivium_traceCrossVM', ['0x' + 'ab'.repeat(32)])).result, null);
    assert.equal((await d.eth('trivium_traceCrossVM', ['999999'])).result, null);
  });
});
