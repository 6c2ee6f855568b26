import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { QueryRawContractStateRequest, QueryRawContractStateResponse, QuerySmartContractStateRequest, QuerySmartContractStateResponse } from 'cosmjs-types/cosmwasm/wasm/v1/query';
import { Contract, ContractFactory, HDNodeWallet, JsonRpcProvider, Mnemonic, getBytes, toUtf8Bytes, toUtf8String } from 'ethers';
import { toBech32Address } from '../../core/types/address.ts';
import { MsgCrossVMCallCodec } from '../../x/crossvm/codec.ts';
import { compileSolidity } from '../evm/helpers.ts';
import { dev, MNEMONIC } from '../helpers/cosmos.ts';
import { fixturesDir, repoRoot, startNode, type TestNode } from '../helpers/node.ts';
import { assembleWat } from '../helpers/wat.ts';
import { abci, attr, callMsg, getMessage, sendTx } from './helpers.ts';

/**
 * x/crossvm into a real CosmWasm contract (cw20-base 1.0.1 on the Wasm runtime), exactly as into JS ones:
 * the 0x…0901 precompile's execute (transfer) and query (balance) from Solidity, async MsgCrossVMCall from
 * the EVM and from the SVM side, and a Wasm contract (probe.wat) that queues a cross-VM call with a
 * CosmosMsg::Stargate and gets its callback as `{"crossvm_callback":{…}}`.
 */
describe('x/crossvm ↔ CosmWasm (Wasm runtime): cw20-base through the precompile and the queue', () => {
  let node: TestNode;
  let provider: JsonRpcProvider;
  let caller: Contract;
  let callerBech32: string;
  let token: string;
  let probe: string;

  const smart = async (contract: string, q: object) =>
    JSON.parse(Buffer.from(QuerySmartContractStateResponse.decode(await abci(node, '/cosmwasm.wasm.v1.Query/SmartContractState', QuerySmartContractStateRequest.encode({ address: contract, queryData: Buffer.from(JSON.stringify(q)) }).finish())).data).toString());
  const raw = async (contract: string, key: string) =>
    Buffer.from(QueryRawContractStateResponse.decode(await abci(node, '/cosmwasm.wasm.v1.Query/RawContractState', QueryRawContractStateRequest.encode({ address: contract, queryData: Buffer.from(key) }).finish())).data).toString();
  const balance = async (who: string) => (await smart(token, { balance: { address: who } })).balance as string;
  const transfer = (recipient: string, amount: string) => JSON.stringify({ transfer: { recipient, amount } });
  const waitFor = async <T>(f: () => Promise<T | undefined>, what: string): Promise<T> => {
    for (let i = 0; i < 200; i++) {
      const v = await f();
      if (v !== undefined) return v;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out waiting for ${what}`);
  };
  const done = (id: string) => waitFor(async () => {
    const m = await getMessage(node, id);
    return m && (m.status === 'EXECUTED' || m.status === 'FAILED') ? m : undefined;
  }, `message ${id}`);

  before(async () => {
    node = await startNode({ blockTime: '0' });
    provider = new JsonRpcProvider(`http://${node.ports['json-rpc.address']}`, undefined, { staticNetwork: true, pollingInterval: 50, cacheTimeout: -1 });
    const wallet = HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(MNEMONIC), "m/44'/60'/0'/0/3").connect(provider);
    const { WasmCaller } = await compileSolidity({
      'ICrossVM.sol': readFileSync(join(repoRoot, 'x/crossvm/precompile/ICrossVM.sol'), 'utf8'),
      'WasmCaller.sol': readFileSync(join(repoRoot, 'tests/crossvm/contracts/WasmCaller.sol'), 'utf8'),
    });
    caller = (await (await new ContractFactory(WasmCaller!.abi, WasmCaller!.bytecode, wallet).deploy()).waitForDeployment()) as unknown as Contract;
    callerBech32 = toBech32Address(getBytes(await caller.getAddress()));

    // probe first (cw20 gives it tokens at instantiation), then cw20-base.
    const p = await sendTx(node, 0, [{ typeUrl: '/cosmwasm.wasm.v1.MsgStoreCode', value: { sender: dev[0]!.address, wasmByteCode: await assembleWat('probe.wat') } }], 5_000_000);
    assert.equal(p.code, 0, p.log);
    const pi = await sendTx(node, 0, [{ typeUrl: '/cosmwasm.wasm.v1.MsgInstantiateContract', value: { sender: dev[0]!.address, admin: '', codeId: BigInt(attr(p.events, 'store_code', 'code_id')!), label: 'probe', msg: Buffer.from('{}'), funds: [{ denom: 'utrv', amount: '5000000' }] } }]);
    assert.equal(pi.code, 0, pi.log);
    probe = attr(pi.events, 'instantiate', '_contract_address')!;

    const s = await sendTx(node, 0, [{ typeUrl: '/cosmwasm.wasm.v1.MsgStoreCode', value: { sender: dev[0]!.address, wasmByteCode: readFileSync(join(fixturesDir, 'cosmwasm/cw20_base-1.0.1.wasm')) } }], 10_000_000);
    assert.equal(s.code, 0, s.log);
    const init = { name: 'Cross Token', symbol: 'XVM', decimals: 6, initial_balances: [callerBech32, dev[1]!.address, dev[5]!.address, probe].map((address) => ({ address, amount: '1000' })), mint: null, marketing: null };
    const i = await sendTx(node, 0, [{ typeUrl: '/cosmwasm.wasm.v1.MsgInstantiateContract', value: { sender: dev[0]!.address, admin: '', codeId: BigInt(attr(s.events, 'store_code', 'code_id')!), label: 'cw20', msg: Buffer.from(JSON.stringify(init)), funds: [] } }]);
    assert.equal(i.code, 0, i.log);
    token = attr(i.events, 'instantiate', '_contract_address')!;
  });
  after(async () => {
    provider?.destroy();
    await node?.stop();
  });

  it('EVM → cw20 through 0x…0901: balance from a view, transfer in the same tx with the EVM contract as sender', async () => {
    assert.deepEqual(JSON.parse(toUtf8String(await caller.peek(token, toUtf8Bytes(JSON.stringify({ balance: { address: callerBech32 } }))))), { balance: '1000' });
    const receipt = await (await caller.getFunction('exec')(token, toUtf8Bytes(transfer(dev[2]!.address, '125')))).wait();
    assert.equal(receipt.status, 1);
    assert.equal(await balance(callerBech32), '875');
    assert.equal(await balance(dev[2]!.address), '125');
    // cw20's error reaches Solidity as Error(string); nothing moves.
    await assert.rejects(caller.getFunction('exec').staticCall(token, toUtf8Bytes(transfer(dev[2]!.address, '5000'))), (e: any) => /Overflow|Cannot Sub/i.test(e.reason ?? e.message));
    assert.equal(await balance(callerBech32), '875');
  });

  it('async MsgCrossVMCall into cw20 from the EVM side and from the SVM side: the sender is the trivium1 account', async () => {
    for (const [i, vm] of [
      [1, 'evm'],
      [5, 'svm'],
    ] as const) {
      const r = await sendTx(node, i, [callMsg(i, 'wasm', token, transfer(dev[3]!.address, '10'), { sourceVm: vm })]);
      assert.equal(r.code, 0, r.log);
      const m = await done(attr(r.events, 'crossvm_request', 'message_id')!);
      assert.equal(m.status, 'EXECUTED', m.error);
      assert.equal(await balance(dev[i]!.address), '990');
    }
    assert.equal(await balance(dev[3]!.address), '20');
  });

  it('a Wasm contract queues a cross-VM call (CosmosMsg::Stargate MsgCrossVMCall) and gets its callback', async () => {
    const call = MsgCrossVMCallCodec.encode(
      MsgCrossVMCallCodec.fromPartial({ sender: probe, sourceVm: 'wasm', targetVm: 'wasm', targetContract: token, payload: Buffer.from(transfer(dev[4]!.address, '33')), funds: [], async: true, gasLimit: 300_000n, callback: true }),
    ).finish();
    const msg = { submsg: { id: 1, msg: { stargate: { type_url: '/trivium.crossvm.v1.MsgCrossVMCall', value: Buffer.from(call).toString('base64') } }, gas_limit: null, reply_on: 'never' } };
    const r = await sendTx(node, 0, [{ typeUrl: '/cosmwasm.wasm.v1.MsgExecuteContract', value: { sender: dev[0]!.address, contract: probe, msg: Buffer.from(JSON.stringify(msg)), funds: [] } }]);
    assert.equal(r.code, 0, r.log);
    assert.equal(attr(r.events, 'crossvm_request', 'sender'), probe);
    assert.equal(attr(r.events, 'crossvm_request', 'source_vm'), 'wasm');
    const id = attr(r.events, 'crossvm_request', 'message_id')!;
    const m = await done(id);
    assert.equal(m.status, 'EXECUTED', m.error);
    assert.equal(await balance(dev[4]!.address), '33');
    assert.equal(await balance(probe), '967');
    const cb = await waitFor(async () => (await raw(probe, 'cb')) || undefined, 'the callback');
    const body = JSON.parse(cb).crossvm_callback;
    assert.equal(String(body.message_id), id);
    assert.equal(body.status, 'EXECUTED');
  });
});
