import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DirectSecp256k1Wallet } from '@cosmjs/proto-signing';
import { GasPrice, SigningStargateClient } from '@cosmjs/stargate';
import { QuerySmartContractStateRequest, QuerySmartContractStateResponse } from 'cosmjs-types/cosmwasm/wasm/v1/query';
import { Contract, ContractFactory, HDNodeWallet, JsonRpcProvider, Mnemonic, getAddress } from 'ethers';
import WebSocket from 'ws';
import { fromHex, toHex } from '@cosmjs/encoding';
import { parseAddress } from '../../core/types/address.ts';
import { encodeBase58 } from '../../x/svm/types/base58.ts';
import { svmFace } from '../../x/svm/types/address.ts';
import { compileSolidity } from '../evm/helpers.ts';
import { dev, MNEMONIC } from '../helpers/cosmos.ts';
import { repoRoot, type TestNode, startNode } from '../helpers/node.ts';
import { abci, attr, cliJson, deployJs, getMessage, registry } from './helpers.ts';

/**
 * All six directions, each from the CLI or a client library (CosmJS, ethers), with the identity the target
 * sees asserted and the request/response events received over the CometBFT WebSocket.
 */
describe('x/crossvm: six directions, identities and WebSocket events', () => {
  let node: TestNode;
  let wsEvents: Array<{ type: string; id: string; attrs: Record<string, string> }> = [];
  let ws: WebSocket;
  let recorderJs: string;
  let relay: string;
  let recorderSol: Contract;
  let memo: string;
  const smart = async (contract: string, q: object) =>
    JSON.parse(Buffer.from(QuerySmartContractStateResponse.decode(await abci(node, '/cosmwasm.wasm.v1.Query/SmartContractState', QuerySmartContractStateRequest.encode({ address: contract, queryData: Buffer.from(JSON.stringify(q)) }).finish())).data).toString());
  const waitFor = async <T>(f: () => Promise<T | undefined> | T | undefined, what: string): Promise<T> => {
    const end = Date.now() + 20_000;
    for (;;) {
      const v = await f();
      if (v !== undefined) return v;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const executed = (id: string) => waitFor(async () => {
    const m = await getMessage(node, id);
    return m && (m.status === 'EXECUTED' || m.status === 'FAILED') ? m : undefined;
  }, `message ${id}`);
  const sawEvents = (id: string) =>
    waitFor(() => (wsEvents.some((e) => e.type === 'crossvm_request' && e.id === id) && wsEvents.some((e) => e.type === 'crossvm_response' && e.id === id) ? true : undefined), `ws events of ${id}`);
  const memoSignedBy = (m: { result: string }) => JSON.parse(Buffer.from(m.result, 'hex').toString()).logs.join('\n');

  before(async () => {
    node = await startNode({ blockTime: '100ms' });
    ws = new WebSocket(`${node.wsUrl}/websocket`);
    await new Promise((r) => ws.once('open', r));
    ws.on('message', (raw) => {
      const msg = JSON.parse(raw.toString());
      const data = msg.result?.data;
      if (!data) return;
      const evs = data.type === 'tendermint/event/Tx' ? data.value.TxResult.result.events : data.value.events;
      for (const e of evs) {
        if (!e.type.startsWith('crossvm_')) continue;
        const attrs = Object.fromEntries(e.attributes.map((a: any) => [a.key, a.value]));
        wsEvents.push({ type: e.type, id: attrs.message_id, attrs });
      }
    });
    for (const [i, query] of [`tm.event='Tx' AND crossvm_request.message_id EXISTS`, `tm.event='NewBlockEvents' AND crossvm_response.message_id EXISTS`].entries()) {
      ws.send(JSON.stringify({ jsonrpc: '2.0', id: i + 1, method: 'subscribe', params: { query } }));
    }
    recorderJs = await deployJs(node, join(repoRoot, 'tests/crossvm/contracts/recorder.js'));
    relay = await deployJs(node, join(repoRoot, 'tests/crossvm/contracts/relay.js'));
    await cliJson(node, ['tx', 'bank', 'send', 'dev0', relay, '10000000utrv', '--from', 'dev0']);
    const dep = await cliJson(node, ['tx', 'svm', 'deploy', join(repoRoot, '../shared/fixtures/solana/spl_memo-3.0.0.so'), '--from', 'dev0']);
    memo = attr(dep.events, 'svm_deploy', 'program_id')!;
    const provider = new JsonRpcProvider(`http://${node.ports['json-rpc.address']}`, undefined, { staticNetwork: true, pollingInterval: 100 });
    const wallet = HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(MNEMONIC), "m/44'/60'/0'/0/3").connect(provider);
    const { Recorder } = await compileSolidity({ 'Recorder.sol': readFileSync(join(repoRoot, 'tests/crossvm/contracts/Recorder.sol'), 'utf8') });
    recorderSol = (await (await new ContractFactory(Recorder!.abi, Recorder!.bytecode, wallet).deploy()).waitForDeployment()) as unknown as Contract;
  });
  after(async () => {
    ws?.close();
    await node?.stop();
  });

  it('EVM → CosmWasm (CLI): the contract sees the sender as trivium1…', async () => {
    const r = await cliJson(node, ['tx', 'crossvm', 'call', 'wasm', recorderJs, '{"record":{"tag":"evm->wasm"}}', '--source-vm', 'evm', '--from', 'dev1']);
    const id = attr(r.events, 'crossvm_request', 'message_id')!;
    const m = await executed(id);
    assert.equal(m.status, 'EXECUTED', m.error);
    assert.deepEqual(JSON.parse(Buffer.from(m.result, 'hex').toString()).sender, dev[1]!.address);
    await sawEvents(id);
  });

  it('EVM → SVM (CLI): the program sees the sender\'s SVM face as the signer', async () => {
    const face = encodeBase58(svmFace(parseAddress(dev[2]!.address)));
    const r = await cliJson(node, ['tx', 'crossvm', 'call', 'svm', memo, Buffer.from('hello from evm').toString('hex'), '--account', `${face}:s`, '--from', 'dev2']);
    const id = attr(r.events, 'crossvm_request', 'message_id')!;
    const m = await executed(id);
    assert.equal(m.status, 'EXECUTED', m.error);
    assert.match(memoSignedBy(m), new RegExp(`Signed by ${face}`));
    await sawEvents(id);
  });

  it('SVM → EVM (CosmJS): the EVM contract sees msg.sender = the sender\'s 20 bytes', async () => {
    const wallet = await DirectSecp256k1Wallet.fromKey(dev[4]!.privkey, 'trivium');
    const client = await SigningStargateClient.connectWithSigner(node.rpcUrl, wallet, { registry, gasPrice: GasPrice.fromString('0.001utrv'), broadcastPollIntervalMs: 100 });
    const data = recorderSol.interface.encodeFunctionData('record', ['0x5356d2']);
    const res = await client.signAndBroadcast(dev[4]!.address, [{
      typeUrl: '/trivium.crossvm.v1.MsgCrossVMCall',
      value: { sender: dev[4]!.address, sourceVm: 'svm', targetVm: 'evm', targetContract: await recorderSol.getAddress(), payload: fromHex(data.slice(2)), funds: [], async: true, gasLimit: 200_000, callback: false, accounts: [] },
    }], 'auto');
    assert.equal(res.code, 0, res.rawLog);
    const id = attr(res.events as any[], 'crossvm_request', 'message_id')!;
    const m = await executed(id);
    assert.equal(m.status, 'EXECUTED', m.error);
    assert.equal(await recorderSol.lastCaller(), getAddress('0x' + toHex(parseAddress(dev[4]!.address))));
    assert.equal(await recorderSol.lastData(), '0x5356d2');
    await sawEvents(id);
    client.disconnect();
  });

  it('SVM → CosmWasm (CLI): the contract sees the sender as trivium1…', async () => {
    const r = await cliJson(node, ['tx', 'crossvm', 'call', 'cosmwasm', recorderJs, '{"record":{"tag":"svm->wasm"}}', '--source-vm', 'svm', '--from', 'dev5']);
    const id = attr(r.events, 'crossvm_request', 'message_id')!;
    assert.equal(attr(r.events, 'crossvm_request', 'source_vm'), 'svm');
    const m = await executed(id);
    assert.equal(JSON.parse(Buffer.from(m.result, 'hex').toString()).sender, dev[5]!.address);
    await sawEvents(id);
  });

  it('CosmWasm → EVM (a contract\'s emitted action): msg.sender is the JS contract\'s address', async () => {
    const data = recorderSol.interface.encodeFunctionData('record', ['0xabcd']);
    const r = await cliJson(node, ['tx', 'wasm', 'execute', relay, JSON.stringify({ relay: { vm: 'evm', target: await recorderSol.getAddress(), payload: data } }), '--from', 'dev6']);
    const id = attr(r.events, 'crossvm_request', 'message_id')!;
    assert.equal(attr(r.events, 'crossvm_request', 'sender'), relay);
    assert.equal(attr(r.events, 'crossvm_request', 'source_vm'), 'wasm');
    const m = await executed(id);
    assert.equal(m.status, 'EXECUTED', m.error);
    assert.equal(await recorderSol.lastCaller(), getAddress('0x' + toHex(parseAddress(relay))));
    await sawEvents(id);
  });

  it('CosmWasm → SVM (a contract\'s emitted action): the program sees the contract\'s SVM face', async () => {
    const face = encodeBase58(svmFace(parseAddress(relay)));
    const r = await cliJson(node, ['tx', 'wasm', 'execute', relay, JSON.stringify({ relay: { vm: 'svm', target: memo, payload: Buffer.from('from js').toString('hex') } }), '--from', 'dev7']);
    const id = attr(r.events, 'crossvm_request', 'message_id')!;
    const m = await executed(id);
    // No account was given, so the memo is unsigned: it still runs and logs the memo.
    assert.equal(m.status, 'EXECUTED', m.error);
    assert.match(memoSignedBy(m), /Memo \(len 7\): "from js"/);
    assert.equal(m.sender, relay);
    assert.notEqual(face, '');
    await sawEvents(id);
  });

  it('`q crossvm watch` streams request and response events live, and `q crossvm by-sender` lists them', async () => {
    const watch = spawn(process.execPath, ['--no-node-snapshot', join(repoRoot, 'cmd/triviumd.js'), 'q', 'crossvm', 'watch', '--node', `tcp://${node.ports['rpc.laddr']}`], { cwd: repoRoot });
    let out = '';
    watch.stdout.on('data', (d) => (out += d));
    await new Promise((r) => setTimeout(r, 1500));
    const r = await cliJson(node, ['tx', 'crossvm', 'call', 'wasm', recorderJs, '{"record":{"tag":"watched"}}', '--from', 'dev8']);
    const id = attr(r.events, 'crossvm_request', 'message_id')!;
    await waitFor(() => (out.includes(`"event":"crossvm_response","message_id":"${id}"`) ? true : undefined), 'watch output');
    watch.kill('SIGINT');
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    assert.ok(lines.some((l) => l.event === 'crossvm_request' && l.message_id === id && l.sender === dev[8]!.address));
    assert.ok(lines.some((l) => l.event === 'crossvm_response' && l.message_id === id && l.status === 'EXECUTED'));
    const mine = await cliJson(node, ['q', 'crossvm', 'by-sender', 'dev8']);
    assert.deepEqual(mine.messages.map((m: any) => m.id), [id]);
    const rpc = await fetch(`http://${node.ports['json-rpc.address']}`, { method: 'POST', body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'crossvm_getMessage', params: [id] }) });
    assert.equal(((await rpc.json()) as any).result.status, 'EXECUTED');
  });
});
