import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { QuerySmartContractStateRequest, QuerySmartContractStateResponse } from 'cosmjs-types/cosmwasm/wasm/v1/query';
import { AbiCoder, Contract, ContractFactory, HDNodeWallet, Interface, JsonRpcProvider, Mnemonic, getBytes, toUtf8Bytes, toUtf8String } from 'ethers';
import { toBech32Address } from '../../core/types/address.ts';
import { compileSolidity } from '../evm/helpers.ts';
import { dev, MNEMONIC } from '../helpers/cosmos.ts';
import { fixturesDir, repoRoot, startNode, type TestNode } from '../helpers/node.ts';
import { abci, attr, deployJs, getMessage, sendTx } from './helpers.ts';

const PRECOMPILE = '0x0000000000000000000000000000000000000901';
const MODULE = '0x60Ec475F33e5bbbfA3c0242B362B22f4a240cFfa';
const utf8 = (s: string) => toUtf8Bytes(s);

/**
 * The synchronous path: a Solidity contract calls a JS (CosmWasm-style) counter through 0x…0901 on a real
 * node, with ethers. Identity, query from a view, Error(string) revert data, atomicity, static calls, the
 * QoreChain selector, async submit (to CosmWasm and the SVM) with its callback, a forged callback, and gas:
 * the call's cost over the bare EVM path, and submit's height-independent cost.
 */
describe('x/crossvm precompile 0x…0901 (EVM → CosmWasm, same transaction)', () => {
  let node: TestNode;
  let provider: JsonRpcProvider;
  let wallet: HDNodeWallet;
  let other: HDNodeWallet;
  let counter: string;
  let caller: Contract;
  let callerBech32: string;
  let stub: string;
  let memo: string;

  const smart = async (q: object) =>
    JSON.parse(Buffer.from(QuerySmartContractStateResponse.decode(await abci(node, '/cosmwasm.wasm.v1.Query/SmartContractState', QuerySmartContractStateRequest.encode({ address: counter, queryData: Buffer.from(JSON.stringify(q)) }).finish())).data).toString());
  const count = async () => (await smart({ get_count: {} })).count as number;
  const json = (hex: string) => JSON.parse(toUtf8String(hex));
  /** Sends a tx that is expected to revert: an explicit gas limit so it is mined, then its receipt. */
  const sendReverting = async (fn: string, args: unknown[]) => {
    const tx = await (caller.getFunction(fn) as any).send(...args, { gasLimit: 2_000_000 });
    await assert.rejects(tx.wait(), (e: any) => e.code === 'CALL_EXCEPTION');
    const receipt = await provider.getTransactionReceipt(tx.hash);
    assert.equal(receipt!.status, 0);
    return receipt!;
  };

  /** The Cosmos events of an Ethereum tx: its entry in block_results (found by ethereum_tx.ethereumTxHash). */
  const cosmosEvents = async (receipt: { blockNumber: number; hash: string }): Promise<any[]> => {
    const results = await node.rpc('block_results', { height: String(receipt.blockNumber) });
    const mine = results.txs_results.find((r: any) =>
      r.events.some((e: any) => e.type === 'ethereum_tx' && e.attributes.some((a: any) => a.key === 'ethereumTxHash' && a.value.toLowerCase() === receipt.hash.toLowerCase())),
    );
    assert.ok(mine, `tx ${receipt.hash} in block ${receipt.blockNumber}`);
    return mine.events;
  };

  before(async () => {
    node = await startNode({ blockTime: '0' });
    // cacheTimeout -1: ethers otherwise answers a repeated call (a nonce, a balance) from a 250 ms cache,
    // which right after a block is the pre-block value.
    provider = new JsonRpcProvider(`http://${node.ports['json-rpc.address']}`, undefined, { staticNetwork: true, pollingInterval: 50, cacheTimeout: -1 });
    wallet = HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(MNEMONIC), "m/44'/60'/0'/0/1").connect(provider);
    other = HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(MNEMONIC), "m/44'/60'/0'/0/2").connect(provider);
    const deployMemo = async () => {
      const elf = readFileSync(join(fixturesDir, 'solana/spl_memo-3.0.0.so'));
      const r = await sendTx(node, 9, [{ typeUrl: '/trivium.svm.v1.MsgDeployProgram', value: { sender: dev[9]!.address, elf } }], 20_000_000);
      assert.equal(r.code, 0, r.log);
      return attr(r.events, 'svm_deploy', 'program_id')!;
    };
    const [arts, addr, memoId] = await Promise.all([
      compileSolidity({
        'ICrossVM.sol': readFileSync(join(repoRoot, 'x/crossvm/precompile/ICrossVM.sol'), 'utf8'),
        'WasmCaller.sol': readFileSync(join(repoRoot, 'tests/crossvm/contracts/WasmCaller.sol'), 'utf8'),
      }),
      deployJs(node, join(repoRoot, 'tests/crossvm/contracts/sync-counter.js')),
      deployMemo(),
    ]);
    counter = addr;
    memo = memoId;
    const { WasmCaller, ExecuteStub } = arts;
    caller = (await (await new ContractFactory(WasmCaller!.abi, WasmCaller!.bytecode, wallet).deploy()).waitForDeployment()) as unknown as Contract;
    stub = await (await (await new ContractFactory(ExecuteStub!.abi, ExecuteStub!.bytecode, wallet).deploy()).waitForDeployment()).getAddress();
    callerBech32 = toBech32Address(getBytes(await caller.getAddress()));
    // The async tests escrow gas from the contract's own balance.
    await (await wallet.sendTransaction({ to: await caller.getAddress(), value: 10n ** 18n })).wait();
  });
  after(async () => {
    provider?.destroy();
    await node?.stop();
  });

  it('execute: the CosmWasm contract runs in the same tx and sees the calling EVM contract as its sender', async () => {
    const receipt = await (await caller.getFunction('exec')(counter, utf8('{"increment":{}}'))).wait();
    assert.equal(receipt.status, 1);
    assert.equal(await count(), 1);
    // The contract's reply comes back to Solidity as the call's return value.
    assert.deepEqual(json(await caller.lastResult()), { count: 1, sender: callerBech32 });
    assert.equal((await smart({ last_sender: {} })).sender, callerBech32, 'msg.sender in CosmWasm is the EVM contract, not the EOA');
    assert.equal(await caller.writes(), 1n);
    // The wasm events are part of the EVM tx's Cosmos result.
    assert.ok((await cosmosEvents(receipt)).some((e: any) => e.type === 'execute' && e.attributes.some((a: any) => a.key === '_contract_address' && a.value === counter)));
  });

  it('execute with msg.value: the value travels as utrv funds of the calling contract', async () => {
    const receipt = await (await caller.getFunction('exec')(counter, utf8('{"increment":{}}'), { value: 7n * 10n ** 12n })).wait();
    assert.equal(receipt.status, 1);
    assert.deepEqual(await smart({ last_sender: {} }), { sender: callerBech32, funds: '7' });
    assert.equal(await provider.getBalance(PRECOMPILE), 0n, 'nothing stays at the precompile');
    // Not a whole utrv: refused before anything runs.
    await assert.rejects(caller.getFunction('exec').staticCall(counter, utf8('{"increment":{}}'), { value: 5n }), (e: any) => /multiple of 1e12 wei/.test(e.reason ?? e.message));
  });

  it('query: from a view function (STATICCALL) and through eth_call', async () => {
    const n = await count();
    assert.deepEqual(json(await caller.peek(counter, utf8('{"get_count":{}}'))), { count: n });
    const iface = new Interface(['function query(string,bytes) view returns (bytes)']);
    const raw = await provider.call({ to: PRECOMPILE, data: iface.encodeFunctionData('query', [counter, utf8('{"last_sender":{}}')]) });
    assert.equal(json(iface.decodeFunctionResult('query', raw)[0]).sender, callerBech32);
    // A failing query is a revert with the contract's reason.
    await assert.rejects(caller.peek(counter, utf8('{"nope":{}}')), (e: any) => /unknown query/.test(e.reason ?? ''));
  });

  it('a CosmWasm error reaches the EVM caller as Error(string): ethers shows the reason, nothing is written', async () => {
    const before = await count();
    const writes = await caller.writes();
    await assert.rejects(caller.getFunction('exec').staticCall(counter, utf8('{"fail":{"reason":"collateral too low"}}')), (e: any) => {
      assert.equal(e.code, 'CALL_EXCEPTION');
      assert.match(e.reason, /collateral too low/);
      assert.equal(e.revert?.name, 'Error', 'standard Error(string) revert data');
      return true;
    });
    await sendReverting('exec', [counter, utf8('{"fail":{"reason":"collateral too low"}}')]);
    assert.equal(await count(), before);
    assert.equal(await caller.writes(), writes);
    // Caught in Solidity: the EVM goes on, the CosmWasm write of the failed call is gone.
    assert.equal((await (await caller.getFunction('tryExec')(counter, utf8('{"fail":{"reason":"caught"}}'))).wait()).status, 1);
    assert.match(await caller.lastError(), /caught/);
    assert.equal(await count(), before, 'the failed call set count=999999 before reverting: discarded');
    assert.equal(await caller.writes(), writes + 1n);
  });

  it('atomicity: execute succeeds, then the EVM reverts → both the EVM write and the CosmWasm count are unchanged', async () => {
    const before = await count();
    const writes = await caller.writes();
    await assert.rejects(caller.getFunction('execThenRevert').staticCall(counter, utf8('{"increment":{}}')), (e: any) => /reverting after the cross-VM call/.test(e.reason));
    const receipt = await sendReverting('execThenRevert', [counter, utf8('{"increment":{}}')]);
    assert.ok(receipt.gasUsed > 50_000n, 'the precompile ran before the revert');
    assert.equal(await count(), before);
    assert.equal(await caller.writes(), writes);
    assert.ok(!(await cosmosEvents(receipt)).some((e: any) => e.type === 'execute'), 'no CosmWasm events from a reverted call');
  });

  it('a static call cannot write: execute under STATICCALL reverts with a clear reason', async () => {
    const before = await count();
    const [ok, ret] = await caller.staticExec(counter, utf8('{"increment":{}}'));
    assert.equal(ok, false);
    const [reason] = AbiCoder.defaultAbiCoder().decode(['string'], '0x' + ret.slice(10));
    assert.equal(ret.slice(0, 10), '0x08c379a0');
    assert.match(reason, /cannot run in a static call/);
    assert.equal(await count(), before);
  });

  it('executeCrossVMCall: targetVM 2 runs synchronously; 1 and 3 revert with a clear reason', async () => {
    const before = await count();
    assert.equal((await (await caller.getFunction('execVm')(2, counter, utf8('{"increment":{}}'))).wait()).status, 1);
    assert.equal(await count(), before + 1);
    assert.deepEqual(json(await caller.lastResult()), { count: before + 1, sender: callerBech32 });
    await assert.rejects(caller.getFunction('execVm').staticCall(1, await caller.getAddress(), '0x'), (e: any) => /only CosmWasm \(2\) is reachable synchronously; use submit\(\) for evm/.test(e.reason));
    await assert.rejects(caller.getFunction('execVm').staticCall(3, '11111111111111111111111111111111', '0x00'), (e: any) => /use submit\(\) for svm/.test(e.reason));
    await assert.rejects(caller.getFunction('execVm').staticCall(9, counter, '0x'), (e: any) => /use submit\(\) for vm 9/.test(e.reason));
    await sendReverting('execVm', [3, '11111111111111111111111111111111', '0x00']);
    assert.equal(await count(), before + 1);
  });

  it('submit: returns a message id, the message executes in the next block and calls the contract back once', async () => {
    const before = await count();
    const addr = await caller.getAddress();
    const balance0 = await provider.getBalance(addr);
    const id = await caller.getFunction('submitCall').staticCall(2, counter, utf8('{"increment":{}}'), 300_000, true);
    const receipt = await (await caller.getFunction('submitCall')(2, counter, utf8('{"increment":{}}'), 300_000, true)).wait();
    assert.equal(receipt.status, 1);
    assert.equal(await caller.lastSubmitted(), id);
    const m0 = (await getMessage(node, id))!;
    assert.equal(m0.sender, callerBech32);
    assert.equal(m0.source_vm, 'evm');
    assert.equal(m0.submitted_height, String(receipt.blockNumber));
    // --block-time 0: the queued message makes the next block come at once.
    let m = m0;
    for (let i = 0; i < 200 && m.status !== 'EXECUTED' && m.status !== 'FAILED'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      m = (await getMessage(node, id))!;
    }
    assert.equal(m.status, 'EXECUTED', m.error);
    assert.equal(Number(m.updated_height), receipt.blockNumber + 1);
    assert.equal(m.callback_status, 'OK');
    assert.equal(await count(), before + 1);
    assert.equal((await smart({ last_sender: {} })).sender, callerBech32);
    assert.equal(await caller.callbacks(), 1n);
    assert.equal(await caller.lastCallbackId(), id);
    assert.equal(await caller.lastCallbackStatus(), 3n);
    assert.deepEqual(json(await caller.lastCallbackResult()), { count: before + 1, sender: callerBech32 });
    // The escrow came back except the gas used (target + callback) at the minimum gas price.
    const used = BigInt(m.gas_used);
    assert.ok(used > 0n);
    const spent = balance0 - (await provider.getBalance(addr));
    // 1 gas at the minimum gas price (0.001 utrv) is 10^9 wei; the callback's gas is paid on top.
    assert.ok(spent > used * 10n ** 9n && spent < 300n * 10n ** 12n, `the contract paid ${spent} wei for ${used} gas of target execution plus the callback`);
  });

  it('submit to the SVM: raw instruction bytes in, the program\'s logs back in the callback', async () => {
    const calls = await caller.callbacks();
    // The callback stores the whole result (the program's logs as JSON): gas for ~10 fresh storage slots.
    const receipt = await (await caller.getFunction('submitCall')(3, memo, utf8('paid in full'), 600_000, true)).wait();
    assert.equal(receipt.status, 1);
    const id = await caller.lastSubmitted();
    let m = (await getMessage(node, id))!;
    // Queued as MsgCrossVMCall queues SVM data: hex text of the raw bytes.
    assert.equal(Buffer.from(m.payload, 'hex').toString('latin1'), Buffer.from('paid in full').toString('hex'));
    for (let i = 0; i < 200 && !['EXECUTED', 'FAILED'].includes(m.status); i++) {
      await new Promise((r) => setTimeout(r, 50));
      m = (await getMessage(node, id))!;
    }
    assert.equal(m.status, 'EXECUTED', m.error);
    assert.equal(m.callback_status, 'OK');
    assert.equal(await caller.callbacks(), calls + 1n);
    assert.equal(await caller.lastCallbackId(), id);
    assert.equal(await caller.lastCallbackStatus(), 3n);
    assert.match(json(await caller.lastCallbackResult()).logs.join('\n'), /Memo \(len 12\): "paid in full"/);
  });

  it('submit costs the same gas at any height, so an exact eth_estimateGas is enough for the next block', async () => {
    const args = [2, counter, utf8('{"increment":{}}'), 300_000, false] as const;
    const before = await caller.getFunction('submitCall').estimateGas(...args);
    // Heights (and message ids) gain a digit: the queue's storage must not cost more for it.
    const h = Number((await node.rpc('status')).sync_info.latest_block_height);
    await node.rpc('dev_mine', { blocks: Math.max(1, 100 - h) });
    const h2 = Number((await node.rpc('status')).sync_info.latest_block_height);
    assert.ok(h2 >= 100, `height ${h2}`);
    assert.equal(await caller.getFunction('submitCall').estimateGas(...args), before, `estimate at height ${h} vs ${h2}`);
    const receipt = await (await caller.getFunction('submitCall')(...args, { gasLimit: before })).wait();
    assert.equal(receipt.status, 1);
    assert.ok(receipt.gasUsed <= before, `used ${receipt.gasUsed} of ${before}`);
  });

  it('crossVMCallback called directly by an EOA reverts and changes nothing', async () => {
    const calls = await caller.callbacks();
    const lastId = await caller.lastCallbackId();
    await assert.rejects((caller.connect(other) as Contract).getFunction('crossVMCallback').staticCall(lastId, 5, '0x'), (e: any) => /only x\/crossvm may call back/.test(e.reason));
    const tx = await (caller.connect(other) as Contract).getFunction('crossVMCallback')(lastId + 1n, 3, utf8('"forged"'), { gasLimit: 200_000 });
    await assert.rejects(tx.wait(), (e: any) => e.code === 'CALL_EXCEPTION');
    assert.equal(await caller.callbacks(), calls);
    assert.equal(await caller.lastCallbackId(), lastId);
    assert.equal(await caller.lastCallbackStatus(), 3n);
    // Only the module's address passes the check: eth_call from it shows the guard is what stopped the EOA.
    await provider.call({ from: MODULE, to: await caller.getAddress(), data: caller.interface.encodeFunctionData('crossVMCallback', [lastId, 3, '0x']) });
  });

  it('gas: an EVM → CosmWasm call costs at least 50,000 more than the same EVM path without it', async (t) => {
    const msg = utf8('{"increment":{}}');
    const gasOf = async (target: string, gasLimit?: bigint) => {
      const r = await (await caller.getFunction('callAt')(target, counter, msg, gasLimit ? { gasLimit } : {})).wait();
      assert.equal(r.status, 1);
      return r.gasUsed as bigint;
    };
    await gasOf(stub); // warm the `writes` slot first so both paths pay the same storage costs
    const bare = await gasOf(stub);
    const viaPrecompile = await gasOf(PRECOMPILE);
    const extra = viaPrecompile - bare;
    t.diagnostic(`bare EVM path ${bare} gas, via 0x…0901 ${viaPrecompile} gas: +${extra}`);
    assert.ok(extra >= 50_000n, `bare ${bare}, via 0x…0901 ${viaPrecompile}: difference ${extra}`);
    // The 50,000 base plus the contract's own metered execution (an increment is ≈ 20,000 gas).
    assert.ok(extra < 50_000n + 60_000n, `difference ${extra} is the base plus one small execution`);
    // eth_estimateGas covers it: a tx with exactly the estimate succeeds.
    const estimate = await caller.getFunction('callAt').estimateGas(PRECOMPILE, counter, msg);
    assert.ok((await gasOf(PRECOMPILE, estimate)) <= estimate);
  });
});
