import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Contract, ContractFactory, HDNodeWallet, Interface, JsonRpcProvider, Mnemonic, getAddress, id, toUtf8Bytes } from 'ethers';
import { repoRoot, startNode, type TestNode } from '../helpers/node.ts';
import { deployJs } from '../crossvm/helpers.ts';
import { DEV_MNEMONIC, compileSolidity, erc20Artifact } from './helpers.ts';
import { jsonRpc } from '../helpers/json-rpc.ts';

const PRECOMPILE = '0x0000000000000000000000000000000000000901';
const CONSOLE = '0x000000000000000000636f6e736f6c652e6c6f67';

/** A JSON-RPC call that returns the raw error object instead of ethers' interpretation. */
const rpc = jsonRpc;

type Frame = { type: string; from: string; to?: string; value?: string; gas: string; gasUsed: string; input: string; output?: string; error?: string; revertReason?: string; calls?: Frame[]; logs?: any[]; consoleLogs?: string[] };
const walk = (f: Frame): Frame[] => [f, ...(f.calls ?? []).flatMap(walk)];

/** debug_traceTransaction / debug_traceCall on a real node, read with ethers-sent txs (geth's shapes). */
describe('x/evm debug_traceTransaction and debug_traceCall', () => {
  let node: TestNode;
  let url: string;
  let provider: JsonRpcProvider;
  let a: HDNodeWallet;
  let b: HDNodeWallet;
  let token: Contract;
  let parent: Contract;
  let child: string;
  const trace = async (hash: string, config?: unknown) => {
    const r = await rpc(url, 'debug_traceTransaction', config === undefined ? [hash] : [hash, config]);
    assert.equal(r.error, undefined, JSON.stringify(r.error));
    return r.result;
  };

  before(async () => {
    node = await startNode({ blockTime: '300ms' });
    url = `http://${node.ports['json-rpc.address']}`;
    provider = new JsonRpcProvider(url, undefined, { staticNetwork: true, pollingInterval: 50, cacheTimeout: -1 });
    const m = Mnemonic.fromPhrase(DEV_MNEMONIC);
    a = HDNodeWallet.fromMnemonic(m, "m/44'/60'/0'/0/3").connect(provider);
    b = HDNodeWallet.fromMnemonic(m, "m/44'/60'/0'/0/4").connect(provider);
    const art = erc20Artifact();
    const { Parent } = await compileSolidity({ 'Traced.sol': readFileSync(join(repoRoot, 'tests/evm/contracts/Traced.sol'), 'utf8') });
    token = (await (await new ContractFactory(art.abi, art.bytecode, a).deploy('T', 'T', 10n ** 24n, a.address)).waitForDeployment()) as unknown as Contract;
    parent = (await (await new ContractFactory(Parent!.abi, Parent!.bytecode, b).deploy()).waitForDeployment()) as unknown as Contract;
    child = await parent.getFunction('child')();
  });
  after(async () => {
    provider?.destroy();
    await node?.stop();
  });

  it('struct logger: an ERC20 transfer, opcode by opcode; gas = the receipt\'s gasUsed; options as geth\'s', async () => {
    const receipt = await (await token.getFunction('transfer')(b.address, 1234n)).wait();
    const t = await trace(receipt.hash);
    assert.equal(t.gas, Number(receipt.gasUsed));
    assert.equal(t.failed, false);
    assert.equal(t.returnValue, '0x' + '00'.repeat(31) + '01', 'transfer returned true');
    const logs = t.structLogs as any[];
    assert.ok(logs.length > 100);
    assert.deepEqual([logs[0].pc, logs[0].op, logs[0].depth], [0, 'PUSH1', 1]);
    const sent = (await provider.getTransaction(receipt.hash))!;
    assert.equal(logs[0].gas, Number(sent.gasLimit - intrinsic(sent.data)), 'the first step has the gas left after the intrinsic cost');
    // Each step's gas is the previous one's less its cost (no call in an ERC20 transfer).
    for (let i = 1; i < logs.length; i++) assert.equal(logs[i].gas, logs[i - 1].gas - logs[i - 1].gasCost, `step ${i} (${logs[i - 1].op})`);
    assert.equal(logs[logs.length - 1].op, 'RETURN');
    const sstores = logs.filter((l) => l.op === 'SSTORE');
    assert.equal(sstores.length, 2, 'two balances written');
    const slots = Object.values(sstores[1].storage) as string[];
    assert.ok(slots.includes((1234n).toString(16).padStart(64, '0')), 'the recipient\'s new balance is in the storage view');
    assert.ok(logs.every((l) => Array.isArray(l.stack) && l.memory === undefined));
    const lean = await trace(receipt.hash, { disableStack: true, disableStorage: true, enableMemory: true });
    assert.equal(lean.structLogs.length, logs.length);
    assert.ok(lean.structLogs.every((l: any) => l.stack === undefined && l.storage === undefined && Array.isArray(l.memory)));
    assert.ok(lean.structLogs.some((l: any) => l.memory.length > 2 && l.memory.every((w: string) => /^[0-9a-f]{64}$/.test(w))));
    assert.equal((await trace(receipt.hash, { limit: 10 })).structLogs.length, 10);
  });

  it('callTracer: the transfer as one CALL frame with its Transfer log (withLog); gasUsed = the receipt\'s', async () => {
    const tx = await token.getFunction('transfer')(b.address, 55n);
    const receipt = await tx.wait();
    const f: Frame = await trace(receipt.hash, { tracer: 'callTracer', tracerConfig: { withLog: true } });
    assert.equal(f.type, 'CALL');
    assert.equal(getAddress(f.from), a.address);
    assert.equal(getAddress(f.to!), await token.getAddress());
    assert.equal(f.value, '0x0');
    assert.equal(BigInt(f.gas), tx.gasLimit);
    assert.equal(BigInt(f.gasUsed), receipt.gasUsed);
    assert.equal(f.input, tx.data);
    assert.equal(f.output, '0x' + '00'.repeat(31) + '01');
    assert.equal(f.calls, undefined);
    assert.equal(f.logs!.length, 1);
    assert.equal(f.logs![0].topics[0], id('Transfer(address,address,uint256)'));
    assert.equal(f.logs![0].data, receipt.logs[0].data);
    assert.equal(f.logs![0].position, '0x0');
  });

  it('callTracer: nested CALL and STATICCALL frames, a DELEGATECALL, console.log in the trace and in the node log', async () => {
    const tx = await parent.getFunction('nested')(7n);
    const receipt = await tx.wait();
    const f: Frame = await trace(receipt.hash, { tracer: 'callTracer', tracerConfig: { withLog: true } });
    assert.equal(BigInt(f.gasUsed), receipt.gasUsed);
    assert.deepEqual(f.calls!.map((c) => [c.type, c.to]), [['STATICCALL', CONSOLE], ['CALL', child.toLowerCase()], ['STATICCALL', child.toLowerCase()]]);
    const [log, set, read] = f.calls!;
    assert.equal(getAddress(set!.from), await parent.getAddress());
    assert.equal(set!.input, new Interface(['function set(uint256)']).encodeFunctionData('set', [7n]));
    assert.ok(BigInt(set!.gasUsed) > 20_000n && BigInt(set!.gasUsed) < BigInt(set!.gas));
    assert.equal(set!.logs![0].topics[0], id('Set(uint256)'), 'the log sits in the frame that emitted it');
    assert.equal(read!.output, '0x' + (7).toString(16).padStart(64, '0'));
    assert.equal(read!.value, undefined, 'STATICCALL has no value');
    assert.equal(log!.output, undefined);
    assert.deepEqual(f.consoleLogs, ['nested 7']);
    assert.deepEqual((await trace(receipt.hash)).consoleLogs, ['nested 7']);
    assert.match(node.output(), /console\.log: nested 7/);
    const top: Frame = await trace(receipt.hash, { tracer: 'callTracer', tracerConfig: { onlyTopCall: true } });
    assert.equal(top.calls, undefined);
    assert.equal(top.gasUsed, f.gasUsed);

    const d = await (await parent.getFunction('delegate')(9n)).wait();
    const df: Frame = await trace(d.hash, { tracer: 'callTracer' });
    assert.equal(df.calls![0]!.type, 'DELEGATECALL');
    assert.equal(getAddress(df.calls![0]!.from), await parent.getAddress());
    assert.equal(getAddress(df.calls![0]!.to!), getAddress(child));
    assert.equal(await parent.getFunction('x')(), 9n);
  });

  it('a reverting tx: error and revertReason per frame, failed in the struct logger, gas = the receipt\'s', async () => {
    const tx = await parent.getFunction('fail')({ gasLimit: 200_000 });
    await assert.rejects(tx.wait());
    const receipt = (await provider.getTransactionReceipt(tx.hash))!;
    assert.equal(receipt.status, 0);
    const f: Frame = await trace(tx.hash, { tracer: 'callTracer' });
    assert.equal(f.error, 'execution reverted');
    assert.equal(f.revertReason, 'child says no');
    assert.equal(BigInt(f.gasUsed), receipt.gasUsed);
    const inner = f.calls!.find((c) => c.to === child.toLowerCase())!;
    assert.equal(inner.error, 'execution reverted');
    assert.equal(inner.revertReason, 'child says no');
    assert.deepEqual(f.consoleLogs, [`failing from ${b.address} true`]);
    const s = await trace(tx.hash);
    assert.equal(s.failed, true);
    assert.equal(s.gas, Number(receipt.gasUsed));
    assert.equal(s.structLogs[s.structLogs.length - 1].op, 'REVERT');
  });

  it('a CREATE inside a call: the frame carries the new address and its code', async () => {
    const made: string = await parent.getFunction('make').staticCall();
    const receipt = await (await parent.getFunction('make')()).wait();
    const f: Frame = await trace(receipt.hash, { tracer: 'callTracer' });
    const create = f.calls![0]!;
    assert.equal(create.type, 'CREATE');
    assert.equal(getAddress(create.to!), made);
    assert.equal(create.output, await provider.getCode(made));
    assert.equal(getAddress(create.from), await parent.getAddress());
    // A deployment tx is a CREATE frame at the top.
    const deploy = await trace((await provider.getTransaction(parent.deploymentTransaction()!.hash))!.hash, { tracer: 'callTracer' });
    assert.equal(deploy.type, 'CREATE');
    assert.equal(getAddress(deploy.to), await parent.getAddress());
    assert.equal(deploy.calls[0].type, 'CREATE');
    assert.equal(getAddress(deploy.calls[0].to), getAddress(child));
  });

  it('prestateTracer: the accounts and slots before the tx; diffMode: what changed', async () => {
    const before = await provider.getBalance(a.address);
    const receipt = await (await token.getFunction('transfer')(b.address, 1n)).wait();
    const pre = await trace(receipt.hash, { tracer: 'prestateTracer' });
    const tokenKey = (await token.getAddress()).toLowerCase();
    assert.equal(BigInt(pre[a.address.toLowerCase()].balance), before, 'the sender before it paid for gas');
    assert.ok(pre[tokenKey].code.length > 100);
    assert.equal(Object.keys(pre[tokenKey].storage).length, 2);
    const diff = await trace(receipt.hash, { tracer: 'prestateTracer', tracerConfig: { diffMode: true } });
    const after = await provider.getBalance(a.address);
    assert.equal(BigInt(diff.pre[a.address.toLowerCase()].balance), before);
    assert.equal(BigInt(diff.post[a.address.toLowerCase()].balance), after);
    assert.equal(diff.post[a.address.toLowerCase()].nonce, diff.pre[a.address.toLowerCase()].nonce + 1);
    assert.equal(Object.keys(diff.post[tokenKey].storage).length, 2, 'both balances changed');
    assert.equal(diff.post[tokenKey].code, undefined, 'unchanged fields are left out of post');
  });

  it('a tx later in its block is traced on the state its predecessors left', async () => {
    const set = new Interface(['function set(uint256)']);
    for (let attempt = 0; attempt < 3; attempt++) {
      const [na, nb] = await Promise.all([provider.getTransactionCount(a.address), provider.getTransactionCount(b.address)]);
      const fee = { maxFeePerGas: 10n ** 10n, maxPriorityFeePerGas: 0n, gasLimit: 100_000n, chainId: (await provider.getNetwork()).chainId, type: 2 };
      const rawA = await a.signTransaction({ ...fee, nonce: na, to: child, data: set.encodeFunctionData('set', [1000n + BigInt(attempt)]) });
      const rawB = await b.signTransaction({ ...fee, nonce: nb, to: child, data: set.encodeFunctionData('set', [2000n]) });
      const ha = await provider.send('eth_sendRawTransaction', [rawA]);
      const hb = await provider.send('eth_sendRawTransaction', [rawB]);
      const [ra, rb] = await Promise.all([provider.waitForTransaction(ha), provider.waitForTransaction(hb)]);
      if (ra!.blockNumber !== rb!.blockNumber) continue;
      const [first, second] = ra!.index < rb!.index ? [ra!, rb!] : [rb!, ra!];
      const firstValue = first === ra ? 1000n + BigInt(attempt) : 2000n;
      const pre = await trace(second.hash, { tracer: 'prestateTracer' });
      const slot0 = '0x' + '00'.repeat(32);
      assert.equal(BigInt(pre[child.toLowerCase()].storage[slot0]), firstValue, 'the slot as the earlier tx in the block left it');
      assert.equal(BigInt((await trace(second.hash, { tracer: 'callTracer' })).gasUsed), second.gasUsed);
      // The whole block in one replay: every Ethereum tx in block order, each as its own trace.
      const blockTag = '0x' + first.blockNumber.toString(16);
      const all = (await rpc(url, 'debug_traceBlockByNumber', [blockTag, { tracer: 'callTracer' }])).result;
      const receipts = await provider.send('eth_getBlockReceipts', [blockTag]);
      assert.deepEqual(all.map((x: any) => x.txHash), receipts.map((r: any) => r.transactionHash));
      assert.deepEqual(all.map((x: any) => x.result.gasUsed), receipts.map((r: any) => r.gasUsed));
      assert.deepEqual((await rpc(url, 'debug_traceBlockByHash', [first.blockHash, { tracer: 'callTracer' }])).result, all);
      const structs = (await rpc(url, 'debug_traceBlockByNumber', [blockTag, { disableStack: true }])).result;
      assert.deepEqual(structs.map((x: any) => x.result.gas), receipts.map((r: any) => Number(r.gasUsed)));
      assert.deepEqual((await rpc(url, 'debug_traceBlockByNumber', ['0x0'])).result, [], 'genesis has no txs');
      return;
    }
    assert.fail('two txs never landed in one block');
  });

  it('the 0x…0901 precompile\'s call into a CosmWasm (JS) contract is a CALL frame with input, output and gas', async () => {
    const { WasmCaller } = await compileSolidity({
      'ICrossVM.sol': readFileSync(join(repoRoot, 'x/crossvm/precompile/ICrossVM.sol'), 'utf8'),
      'WasmCaller.sol': readFileSync(join(repoRoot, 'tests/crossvm/contracts/WasmCaller.sol'), 'utf8'),
    });
    const counter = await deployJs(node, join(repoRoot, 'tests/crossvm/contracts/sync-counter.js'));
    const caller = (await (await new ContractFactory(WasmCaller!.abi, WasmCaller!.bytecode, a).deploy()).waitForDeployment()) as unknown as Contract;
    const receipt = await (await caller.getFunction('exec')(counter, toUtf8Bytes('{"increment":{}}'))).wait();
    const f: Frame = await trace(receipt.hash, { tracer: 'callTracer' });
    const pc = walk(f).find((c) => c.to === PRECOMPILE)!;
    assert.ok(pc, 'a frame for the precompile');
    assert.equal(pc.type, 'CALL');
    assert.equal(getAddress(pc.from), await caller.getAddress());
    assert.equal(pc.input, new Interface(['function execute(string,bytes) payable returns (bytes)']).encodeFunctionData('execute', [counter, toUtf8Bytes('{"increment":{}}')]));
    const result = new Interface(['function execute(string,bytes) returns (bytes)']).decodeFunctionResult('execute', pc.output!)[0];
    assert.equal(JSON.parse(Buffer.from(result.slice(2), 'hex').toString()).count, 1);
    assert.ok(BigInt(pc.gasUsed) >= 50_000n, 'the precompile\'s base cost and the contract\'s execution');
  });

  it('debug_traceCall: a call on the latest state (or a past block) under each tracer, nothing written', async () => {
    const iface = new Interface(['function balanceOf(address) view returns (uint256)', 'function transfer(address,uint256) returns (bool)']);
    const call = { from: a.address, to: await token.getAddress(), data: iface.encodeFunctionData('balanceOf', [b.address]) };
    const expected = await provider.call(call);
    const f = (await rpc(url, 'debug_traceCall', [call, 'latest', { tracer: 'callTracer' }])).result as Frame;
    assert.equal(f.output, expected);
    assert.equal(f.type, 'CALL');
    const s = (await rpc(url, 'debug_traceCall', [call, 'latest'])).result;
    assert.equal(s.failed, false);
    assert.equal(s.returnValue, expected);
    assert.ok(s.structLogs.length > 20);
    const past = (await rpc(url, 'debug_traceCall', [call, '0x1', { tracer: 'callTracer' }])).result as Frame;
    assert.equal(past.output, undefined, 'no token at block 1: an empty output is left out, as geth does');
    const bal = await token.getFunction('balanceOf')(a.address);
    const moved = (await rpc(url, 'debug_traceCall', [{ ...call, data: iface.encodeFunctionData('transfer', [b.address, 5n]) }, 'latest', { tracer: 'prestateTracer', tracerConfig: { diffMode: true } }])).result;
    assert.equal(Object.keys(moved.post[(await token.getAddress()).toLowerCase()].storage).length, 2);
    assert.equal(await token.getFunction('balanceOf')(a.address), bal, 'nothing written');
    const reverted = (await rpc(url, 'debug_traceCall', [{ from: b.address, to: await parent.getAddress(), data: parent.interface.encodeFunctionData('fail') }, 'latest', { tracer: 'callTracer' }])).result as Frame;
    assert.equal(reverted.revertReason, 'child says no');
    // State overrides as eth_call's.
    const rich = '0x' + '77'.repeat(20);
    const ov = (await rpc(url, 'debug_traceCall', [{ from: rich, to: b.address, value: '0xde0b6b3a7640000' }, 'latest', { tracer: 'prestateTracer', stateOverrides: { [rich]: { balance: '0x56bc75e2d63100000' } } }])).result;
    assert.equal(BigInt(ov[rich].balance), 100n * 10n ** 18n);
  });

  it('bad params are -32602, an unknown tx hash a clear error; nothing runs', async () => {
    const receipt = await (await token.getFunction('transfer')(b.address, 2n)).wait();
    const bad = async (method: string, params: unknown[], code: number, msg: RegExp) => {
      const r = await rpc(url, method, params);
      assert.equal(r.error?.code, code, `${method} ${JSON.stringify(params)}: ${JSON.stringify(r)}`);
      assert.match(r.error!.message, msg);
    };
    await bad('debug_traceTransaction', [], -32602, /expected \[txHash, config\?\]/);
    await bad('debug_traceTransaction', ['0x1234'], -32602, /hash/);
    await bad('debug_traceTransaction', [receipt.hash, 'callTracer'], -32602, /trace config: expected an object/);
    await bad('debug_traceTransaction', [receipt.hash, { tracer: 'fourByteTracer' }], -32602, /unknown tracer "fourByteTracer"/);
    await bad('debug_traceTransaction', [receipt.hash, { disableStack: 'yes' }], -32602, /disableStack: expected a boolean/);
    await bad('debug_traceTransaction', [receipt.hash, { tracer: 'callTracer', tracerConfig: { onlyTopCall: 1 } }], -32602, /onlyTopCall/);
    await bad('debug_traceTransaction', [receipt.hash, { tracer: 'callTracer', tracerConfig: { nope: true } }], -32602, /unknown field "nope"/);
    await bad('debug_traceTransaction', [receipt.hash, { stateOverrides: {} }], -32602, /unknown field "stateOverrides"/);
    await bad('debug_traceTransaction', ['0x' + 'ab'.repeat(32)], -32000, /transaction 0xabab.* not found/);
    await bad('debug_traceBlockByNumber', [], -32602, /expected \[block, config\?\]/);
    await bad('debug_traceBlockByNumber', ['0xffffff'], -32000, /block 16777215 not found/);
    await bad('debug_traceBlockByNumber', ['latest', { tracer: 'nope' }], -32602, /unknown tracer/);
    await bad('debug_traceBlockByHash', ['0x12'], -32602, /hash/);
    await bad('debug_traceBlockByHash', ['0x' + 'cd'.repeat(32)], -32000, /not found/);
    await bad('debug_traceCall', [], -32602, /expected \[call, block\?, config\?\]/);
    await bad('debug_traceCall', ['nope'], -32602, /call object/);
    await bad('debug_traceCall', [{ to: '0x12' }], -32602, /to/);
    await bad('debug_traceCall', [{ to: b.address }, 'latest', { tracer: 'x' }], -32602, /unknown tracer/);
    await bad('debug_traceCall', [{ to: b.address }, '0xffffff'], -32000, /beyond the latest block/);
  });
});

/** A call's intrinsic gas (EIP-2028 calldata pricing, no access list). */
function intrinsic(data: string): bigint {
  let g = 21_000n;
  for (const b of Buffer.from(data.slice(2), 'hex')) g += b === 0 ? 4n : 16n;
  return g;
}
