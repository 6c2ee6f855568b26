import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hexToBytes } from '@ethereumjs/util';
import { Interface, Transaction, getBytes, verifyMessage } from 'ethers';
import WebSocket from 'ws';
import { jsonRpc } from '../helpers/json-rpc.ts';
import { startNode, type TestNode } from '../helpers/node.ts';
import { compileSolidity } from '../evm/helpers.ts';
import { verifyProof } from '../evm/state-root-reference.ts';
import { loadSpec, type SpecMethod, wrongTypeValue } from './execution-apis.ts';

const SOURCE = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;
contract Store {
  uint256 public v = 42;
  event Set(uint256 indexed v, address who);
  function set(uint256 x) external { v = x; emit Set(x, msg.sender); }
  function fail() external pure { revert("nope"); }
}
contract Reader {
  function read(Store s) external view returns (uint256) { return s.v(); }
}`;

const STORE = new Interface(['function v() view returns (uint256)', 'function set(uint256)', 'function fail()']);
const READER = new Interface(['function read(address) view returns (uint256)']);
const TRANSFER_TOPIC = '0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef';

/**
 * ethereum/execution-apis (../shared/fixtures/specs/execution-apis) against one real node: every method of
 * src/eth is called with valid params and its result validated against the method's result schema; every
 * param, given a value of the wrong JSON type, must be refused with -32602.
 */
describe('Ethereum execution-apis conformance (a running triviumd)', () => {
  let node: TestNode;
  let url: string;
  let spec: SpecMethod[];
  let from: string;
  let other: string;
  let store: string;
  let reader: string;
  let setTx: string;
  let setBlock: { number: string; hash: string; stateRoot: string };
  let logFilter: string;
  let blockFilter: string;
  let pendingFilter: string;
  /** Valid params for every spec method, built once the chain has a contract, a tx and a log. */
  let valid: Record<string, unknown[]>;

  const ok = async (method: string, params: unknown[]) => {
    const r = await jsonRpc(url, method, params);
    if (r.error) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
    return r.result;
  };
  const mined = async (hash: string) => {
    for (let i = 0; i < 400; i++) {
      const r = await ok('eth_getTransactionReceipt', [hash]);
      if (r) return r;
      await new Promise((res) => setTimeout(res, 25));
    }
    throw new Error(`${hash} was not mined`);
  };

  before(async () => {
    spec = loadSpec();
    node = await startNode({ blockTime: '0' });
    url = `http://${node.ports['json-rpc.address']}`;
    [from, other] = await ok('eth_accounts', []);
    logFilter = await ok('eth_newFilter', [{ fromBlock: 'latest' }]);
    blockFilter = await ok('eth_newBlockFilter', []);
    pendingFilter = await ok('eth_newPendingTransactionFilter', []);
    const built = await compileSolidity({ 'Store.sol': SOURCE });
    store = (await mined(await ok('eth_sendTransaction', [{ from, input: built.Store!.bytecode }]))).contractAddress;
    reader = (await mined(await ok('eth_sendTransaction', [{ from, input: built.Reader!.bytecode }]))).contractAddress;
    setTx = await ok('eth_sendTransaction', [{ from, to: store, input: STORE.encodeFunctionData('set', [7n]) }]);
    const receipt = await mined(setTx);
    setBlock = await ok('eth_getBlockByNumber', [receipt.blockNumber, false]);
    valid = {
      eth_getBlockByHash: [setBlock.hash, true],
      eth_getBlockByNumber: [setBlock.number, true],
      eth_getBlockTransactionCountByHash: [setBlock.hash],
      eth_getBlockTransactionCountByNumber: [setBlock.number],
      eth_getBlockReceipts: [setBlock.number],
      eth_getBlockAccessList: [setBlock.number],
      eth_capabilities: [],
      eth_chainId: [],
      eth_syncing: [],
      eth_coinbase: [],
      eth_accounts: [],
      eth_blockNumber: [],
      eth_config: [],
      net_version: [],
      eth_call: [{ to: store, input: STORE.encodeFunctionData('v') }, 'latest'],
      eth_estimateGas: [{ from, to: store, input: STORE.encodeFunctionData('set', [9n]) }, 'latest'],
      eth_createAccessList: [{ from, to: reader, input: READER.encodeFunctionData('read', [store]) }, 'latest'],
      eth_simulateV1: [
        {
          blockStateCalls: [
            { stateOverrides: { [other]: { balance: '0xde0b6b3a7640000' } }, calls: [{ from, to: store, input: STORE.encodeFunctionData('set', [5n]) }, { from, to: reader, input: READER.encodeFunctionData('read', [store]) }] },
            { blockOverrides: { time: '0x' + (2n ** 33n).toString(16) }, calls: [{ from: other, to: from, value: '0x1' }, { from, to: store, input: STORE.encodeFunctionData('fail') }] },
          ],
          traceTransfers: true,
          returnFullTransactions: true,
        },
        'latest',
      ],
      eth_gasPrice: [],
      eth_baseFee: [],
      eth_blobBaseFee: [],
      eth_maxPriorityFeePerGas: [],
      eth_feeHistory: ['0x4', 'latest', [25, 75]],
      eth_fillTransaction: [{ from, to: other, value: '0x1' }],
      eth_newFilter: [{ fromBlock: '0x1', toBlock: 'latest', address: store }],
      eth_newBlockFilter: [],
      eth_newPendingTransactionFilter: [],
      eth_uninstallFilter: [blockFilter],
      eth_getFilterChanges: [logFilter],
      eth_getFilterLogs: [logFilter],
      eth_getLogs: [{ fromBlock: '0x0', toBlock: 'latest', address: store }],
      eth_sign: [from, '0xdeadbeef'],
      eth_signTransaction: [{ from, to: other, value: '0x2' }],
      eth_getBalance: [from, 'latest'],
      eth_getStorageAt: [store, '0x0', 'latest'],
      eth_getStorageValues: [{ [store]: ['0x0', '0x1'], [reader]: ['0x0'] }, 'latest'],
      eth_getTransactionCount: [from, 'latest'],
      eth_getCode: [store, 'latest'],
      eth_getProof: [store, ['0x0'], setBlock.number],
      eth_sendTransaction: [{ from, to: other, value: '0x3' }],
      // Filled in from eth_signTransaction's answer (sent right after it, before any other tx of `from`).
      eth_sendRawTransaction: [],
      eth_getTransactionByHash: [setTx],
      eth_getTransactionByBlockHashAndIndex: [setBlock.hash, '0x0'],
      eth_getTransactionByBlockNumberAndIndex: [setBlock.number, '0x0'],
      eth_getTransactionReceipt: [setTx],
    };
  });
  after(async () => {
    await node?.stop();
  });

  const answers: Record<string, unknown> = {};

  it('answers every method of the spec, each result valid against its result schema', async () => {
    assert.equal(spec.length, 45, 'the spec has 45 methods in src/eth');
    assert.deepEqual(Object.keys(valid).sort(), spec.map((m) => m.name).sort(), 'a valid call for every spec method');
    let implemented = 0;
    const failing: string[] = [];
    // eth_sendRawTransaction sends what eth_signTransaction signed, before the next tx of the same sender.
    const order = spec.filter((m) => m.name !== 'eth_sendRawTransaction');
    order.splice(order.findIndex((m) => m.name === 'eth_signTransaction') + 1, 0, spec.find((m) => m.name === 'eth_sendRawTransaction')!);
    for (const m of order) {
      if (m.name === 'eth_sendRawTransaction') valid.eth_sendRawTransaction = [(answers.eth_signTransaction as { raw: string }).raw];
      if (m.name === 'eth_sendTransaction' && answers.eth_sendRawTransaction) await mined(answers.eth_sendRawTransaction as string);
      const r = await jsonRpc(url, m.name, valid[m.name]);
      if (r.error?.code === -32601) {
        failing.push(`${m.name}: not implemented`);
        continue;
      }
      implemented++;
      if (r.error) {
        failing.push(`${m.name}: error ${r.error.code} ${r.error.message}`);
        continue;
      }
      answers[m.name] = r.result;
      if (!m.validateResult(r.result)) failing.push(`${m.name}: ${JSON.stringify(m.validateResult.errors?.slice(0, 3))}`);
    }
    const conforming = spec.length - failing.length;
    console.log(`execution-apis: ${spec.length} methods, ${implemented} implemented, ${conforming} conforming`);
    for (const f of failing) console.log(`  not conforming: ${f}`);
    assert.equal(implemented, 45);
    assert.deepEqual(failing, []);
  });

  it('answers with the right values, not just the right shapes', async () => {
    // Mined tx objects carry their block's timestamp.
    const block = answers.eth_getBlockByNumber as { timestamp: string; transactions: Array<{ blockTimestamp: string; hash: string }> };
    assert.equal(block.transactions[0]!.hash, setTx);
    assert.equal(block.transactions[0]!.blockTimestamp, block.timestamp);
    // eth_sign is EIP-191 by the account; eth_signTransaction's raw tx is from it and eth_sendRawTransaction took it.
    assert.equal(verifyMessage(getBytes('0xdeadbeef'), answers.eth_sign as string).toLowerCase(), from);
    const signed = answers.eth_signTransaction as { raw: string; tx: { hash: string } };
    assert.equal(Transaction.from(signed.raw).from!.toLowerCase(), from);
    assert.equal(answers.eth_sendRawTransaction, signed.tx.hash);
    // The filled tx has this chain's id and the pending nonce.
    const filled = (answers.eth_fillTransaction as { tx: { chainId: string; nonce: string; gas: string } }).tx;
    assert.equal(filled.chainId, '0x40001');
    assert.equal(filled.gas, '0x5208');
    // Storage values as eth_getStorageAt has them (slot 0 of Store holds 7 after set(7)).
    const values = answers.eth_getStorageValues as Record<string, string[]>;
    assert.equal(BigInt(values[store]![0]!), 7n);
    assert.equal(BigInt(values[store]![1]!), 0n);
    // Reader.read(store) reads Store's slot 0: the access list names it (and not the sender or Reader).
    assert.deepEqual((answers.eth_createAccessList as { accessList: unknown }).accessList, [{ address: store, storageKeys: ['0x' + '00'.repeat(32)] }]);
    // The proof verifies against the block's stateRoot.
    const proof = answers.eth_getProof as { accountProof: string[]; storageHash: string; storageProof: Array<{ value: string; proof: string[] }> };
    assert.ok(await verifyProof(hexToBytes(setBlock.stateRoot as `0x${string}`), hexToBytes(store as `0x${string}`), proof.accountProof.map((x) => hexToBytes(x as `0x${string}`))));
    assert.equal(proof.storageProof[0]!.value, '0x7');
    // The block access list of set(7)'s block: Store's slot 0 became 7 at tx index 1.
    const bal = answers.eth_getBlockAccessList as Array<{ address: string; storageChanges: Array<{ key: string; changes: Array<{ index: string; value: string }> }> }>;
    const storeAccess = bal.find((a) => a.address === store)!;
    assert.deepEqual(storeAccess.storageChanges, [{ key: '0x' + '00'.repeat(32), changes: [{ index: '0x1', value: '0x' + '7'.padStart(64, '0') }] }]);
    assert.ok(bal.some((a) => a.address === from), 'the sender (nonce, fee) is listed');
    // The pending-tx filter saw the txs sent since it was installed; the block filter the blocks.
    const pend = await ok('eth_getFilterChanges', [pendingFilter]);
    assert.ok(pend.includes(setTx), 'the pending filter saw set(7)');
    assert.deepEqual(await ok('eth_getFilterChanges', [pendingFilter]), [], 'a poll drains the filter');
    // eth_config and eth_capabilities: this chain's values.
    const config = answers.eth_config as { current: { chainId: string; precompiles: Record<string, string> } };
    assert.equal(config.current.chainId, '0x40001');
    assert.equal(config.current.precompiles.ECREC, '0x0000000000000000000000000000000000000001');
    assert.equal(config.current.precompiles['TRIVIUM_0x0000000000000000000000000000000000000901'], '0x0000000000000000000000000000000000000901');
    const caps = answers.eth_capabilities as { head: { number: string } };
    assert.ok(BigInt(caps.head.number) >= BigInt(setBlock.number));
  });

  it('eth_simulateV1: blocks build on each other, with overrides, transfers traced and failures reported', async () => {
    const blocks = answers.eth_simulateV1 as Array<{ number: string; timestamp: string; calls: Array<{ status: string; returnData: string; logs: Array<{ address: string; topics: string[]; data: string }>; error?: { code: number; message: string } }>; transactions: Array<{ from: string }> }>;
    const latest = BigInt(await ok('eth_blockNumber', []));
    assert.equal(blocks.length, 2);
    assert.ok(BigInt(blocks[0]!.number) > BigInt(setBlock.number) && BigInt(blocks[1]!.number) === BigInt(blocks[0]!.number) + 1n);
    assert.ok(BigInt(blocks[0]!.number) <= latest + 1n);
    assert.equal(blocks[1]!.timestamp, '0x' + (2n ** 33n).toString(16));
    const [setCall, readCall] = blocks[0]!.calls;
    assert.equal(setCall!.status, '0x1');
    assert.equal(setCall!.logs.length, 1, 'the Set event');
    assert.equal(BigInt(readCall!.returnData), 5n, 'the second call sees the first one’s write');
    const [transfer, failed] = blocks[1]!.calls;
    assert.equal(transfer!.status, '0x1', 'the overridden balance pays the value');
    assert.deepEqual(transfer!.logs.map((l) => [l.address, l.topics[0], BigInt(l.data)]), [['0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee', TRANSFER_TOPIC, 1n]]);
    assert.equal(failed!.status, '0x0');
    assert.equal(failed!.error!.code, 3);
    assert.equal(failed!.error!.message, 'execution reverted: nope');
    assert.equal(blocks[1]!.transactions[0]!.from, other);
    // Nothing of it was committed.
    assert.equal(BigInt(await ok('eth_call', [{ to: store, input: STORE.encodeFunctionData('v') }, 'latest'])), 7n);

    // Validation: a nonce from the future is refused with the spec's code; so is a block number that goes back.
    const nonce = BigInt(await ok('eth_getTransactionCount', [from, 'latest']));
    const high = await jsonRpc(url, 'eth_simulateV1', [{ blockStateCalls: [{ calls: [{ from, to: other, nonce: '0x' + (nonce + 5n).toString(16), maxFeePerGas: '0x3b9aca00' }] }], validation: true }]);
    assert.equal(high.error?.code, -38011);
    const back = await jsonRpc(url, 'eth_simulateV1', [{ blockStateCalls: [{ blockOverrides: { number: '0x1' } }] }]);
    assert.equal(back.error?.code, -38020);
    const poor = await jsonRpc(url, 'eth_simulateV1', [{ blockStateCalls: [{ calls: [{ from: '0x' + '12'.repeat(20), to: other, maxFeePerGas: '0x3b9aca00' }] }], validation: true }]);
    assert.equal(poor.error?.code, -38014);
  });

  it('eth_subscribe newPendingTransactions: the hash of each tx the port admits', async () => {
    const ws = new WebSocket(`ws://${node.ports['json-rpc.address']}`);
    await new Promise((res, rej) => ws.once('open', res).once('error', rej));
    const messages: any[] = [];
    const waiters: Array<() => void> = [];
    ws.on('message', (d) => {
      messages.push(JSON.parse(d.toString()));
      waiters.splice(0).forEach((w) => w());
    });
    const next = async (pred: (m: any) => boolean) => {
      for (;;) {
        const m = messages.find(pred);
        if (m) return m;
        await new Promise<void>((r) => waiters.push(r));
      }
    };
    try {
      ws.send(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_subscribe', params: ['newPendingTransactions'] }));
      const sub = (await next((m) => m.id === 1)).result;
      assert.match(sub, /^0x[0-9a-f]+$/);
      const hash = await ok('eth_sendTransaction', [{ from, to: other, value: '0x4' }]);
      const note = await next((m) => m.method === 'eth_subscription' && m.params.subscription === sub);
      assert.equal(note.params.result, hash);
      await mined(hash);
    } finally {
      ws.close();
    }
  });

  it('takes the params of every example in the spec (no -32601, no -32602)', async () => {
    // Those three sign for `from`: the examples' senders are mainnet accounts this node holds no key of, which is
    // -32602 here as on anvil ("no such account").
    const signers = new Set(['eth_sign', 'eth_signTransaction', 'eth_sendTransaction']);
    const refused: string[] = [];
    let n = 0;
    for (const m of spec) {
      for (const params of m.examples) {
        n++;
        const r = await jsonRpc(url, m.name, params);
        const code = r.error?.code;
        if (code === -32601 || (code === -32602 && !(signers.has(m.name) && /no such account|unknown account/.test(r.error!.message)))) refused.push(`${m.name} ${JSON.stringify(params).slice(0, 80)}: ${r.error!.message}`);
      }
    }
    assert.ok(n >= 40, `${n} examples`);
    assert.deepEqual(refused, []);
  });

  it('refuses a param of the wrong type, a missing one and one too many with -32602, for every method', async () => {
    const accepted: string[] = [];
    let checked = 0;
    for (const m of spec) {
      for (let i = 0; i < m.params.length; i++) {
        const params = [...valid[m.name]!];
        while (params.length <= i) params.push(null);
        params[i] = wrongTypeValue(m.validateParam[i]!);
        const r = await jsonRpc(url, m.name, params);
        checked++;
        if (r.error?.code !== -32602) accepted.push(`${m.name} param ${i} (${m.params[i]!.name}) = ${JSON.stringify(params[i])}: ${JSON.stringify(r.error ?? r.result).slice(0, 120)}`);
      }
    }
    // A missing required param, and params beyond the last one, are -32602 too.
    for (const m of spec) {
      const required = m.params.filter((p) => p.required).length;
      if (required > 0) {
        const r = await jsonRpc(url, m.name, valid[m.name]!.slice(0, required - 1));
        checked++;
        if (r.error?.code !== -32602) accepted.push(`${m.name} without param ${required - 1}: ${JSON.stringify(r.error ?? r.result).slice(0, 120)}`);
      }
      const extra = [...valid[m.name]!, ...Array(m.params.length - valid[m.name]!.length + 3).fill(null), '0x1'];
      const r = await jsonRpc(url, m.name, extra);
      checked++;
      if (r.error?.code !== -32602) accepted.push(`${m.name} with ${extra.length} params: ${JSON.stringify(r.error ?? r.result).slice(0, 120)}`);
    }
    console.log(`execution-apis: ${checked} wrong-type, missing and extra params, ${checked - accepted.length} refused with -32602`);
    assert.deepEqual(accepted, []);
    // The example: a string where the hydrated flag's boolean belongs.
    assert.equal((await jsonRpc(url, 'eth_getBlockByNumber', ['latest', 'yes'])).error?.code, -32602);
  });
});
