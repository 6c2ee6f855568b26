import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Interface, Transaction } from 'ethers';
import { createWalletClient, http, verifyMessage, verifyTypedData } from 'viem';
import { jsonRpc } from '../helpers/json-rpc.ts';
import { startNode, type TestNode } from '../helpers/node.ts';
import { compileSolidity } from './helpers.ts';

const SOURCE = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;
contract Env {
  function env() external view returns (uint256, uint256, address, uint256, uint256) {
    return (block.number, block.timestamp, block.coinbase, block.basefee, block.gaslimit);
  }
  function balanceOf(address a) external view returns (uint256) { return a.balance; }
}
contract Sink { receive() external payable { revert("no thanks"); } }
contract Forwarder {
  function fwd(address payable to) external payable { to.transfer(msg.value); }
  function tryFwd(address payable to) external payable { (bool ok, ) = to.call{value: msg.value}(""); ok; }
}`;

const ENV = new Interface(['function env() view returns (uint256, uint256, address, uint256, uint256)', 'function balanceOf(address) view returns (uint256)']);
const FWD = new Interface(['function fwd(address)', 'function tryFwd(address)']);
const hex = (n: bigint | number) => '0x' + BigInt(n).toString(16);
const EEE = '0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee';

/** eth_simulateV1 and its neighbours (createAccessList, signing, fill, block access lists) beyond the schemas. */
describe('eth_simulateV1, eth_createAccessList and dev signing (a running triviumd)', () => {
  let node: TestNode;
  let url: string;
  let from: string;
  let other: string;
  let env: string;
  let sink: string;
  let fwd: string;

  const ok = async (method: string, params: unknown[]) => {
    const r = await jsonRpc(url, method, params);
    if (r.error) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
    return r.result;
  };
  const code = async (method: string, params: unknown[]) => (await jsonRpc(url, method, params)).error?.code;
  const mined = async (hash: string) => {
    for (let i = 0; i < 400; i++) {
      const r = await ok('eth_getTransactionReceipt', [hash]);
      if (r) return r;
      await new Promise((res) => setTimeout(res, 25));
    }
    throw new Error(`${hash} was not mined`);
  };
  const simulate = (payload: unknown, tag: unknown = 'latest') => ok('eth_simulateV1', [payload, tag]);

  before(async () => {
    // A small RPC gas cap, so the endless loop below ends fast on the JavaScript interpreter.
    node = await startNode({ blockTime: '0', extraArgs: ['--json-rpc.gas-cap', '2000000'] });
    url = `http://${node.ports['json-rpc.address']}`;
    [from, other] = await ok('eth_accounts', []);
    const c = await compileSolidity({ 'Sim.sol': SOURCE });
    const deploy = async (bytecode: string) => (await mined(await ok('eth_sendTransaction', [{ from, input: bytecode }]))).contractAddress as string;
    env = await deploy(c.Env!.bytecode);
    sink = await deploy(c.Sink!.bytecode);
    fwd = await deploy(c.Forwarder!.bytecode);
  });
  after(async () => {
    await node?.stop();
  });

  it('block overrides reach the EVM; unset numbers and times rise by one; a gap is filled with empty blocks', async () => {
    const latest = await ok('eth_getBlockByNumber', ['latest', false]);
    const n = BigInt(latest.number);
    const coinbase = '0x' + '77'.repeat(20);
    const blocks = await simulate({
      blockStateCalls: [
        { blockOverrides: { number: hex(n + 3n), time: hex(5_000_000_000n), feeRecipient: coinbase, baseFeePerGas: '0x7', gasLimit: '0x1c9c380' }, calls: [{ to: env, input: ENV.encodeFunctionData('env') }] },
        { calls: [{ to: env, input: ENV.encodeFunctionData('env') }] },
      ],
    });
    assert.deepEqual(blocks.map((b: { number: string }) => BigInt(b.number)), [n + 1n, n + 2n, n + 3n, n + 4n]);
    assert.deepEqual(blocks[0].calls, []);
    assert.equal(blocks[0].parentHash, latest.hash);
    for (let i = 1; i < blocks.length; i++) assert.equal(blocks[i].parentHash, blocks[i - 1].hash);
    const [number, time, cb, baseFee, gasLimit] = ENV.decodeFunctionResult('env', blocks[2].calls[0].returnData);
    assert.deepEqual([number, time, cb.toLowerCase(), baseFee, gasLimit], [n + 3n, 5_000_000_000n, coinbase, 7n, 30_000_000n]);
    assert.equal(blocks[2].miner, coinbase);
    const next = ENV.decodeFunctionResult('env', blocks[3].calls[0].returnData);
    assert.deepEqual([next[0], next[1]], [n + 4n, 5_000_000_001n]);
    // The same request gives the same answer, hashes included.
    const again = await simulate({ blockStateCalls: [{ blockOverrides: { number: hex(n + 3n), time: hex(5_000_000_000n), feeRecipient: coinbase, baseFeePerGas: '0x7', gasLimit: '0x1c9c380' }, calls: [{ to: env, input: ENV.encodeFunctionData('env') }] }, { calls: [{ to: env, input: ENV.encodeFunctionData('env') }] }] });
    assert.deepEqual(again, blocks);
  });

  it('validation: the fee is paid, nonces move, and a later block sees the balance left', async () => {
    const before = BigInt(await ok('eth_getBalance', [from, 'latest']));
    const nonce = BigInt(await ok('eth_getTransactionCount', [from, 'latest']));
    const baseFee = BigInt(await ok('eth_baseFee', []));
    const blocks = await simulate({
      validation: true,
      blockStateCalls: [
        { calls: [{ from, to: other, value: '0x64', nonce: hex(nonce), maxFeePerGas: hex(baseFee * 2n) }] },
        { calls: [{ from, to: env, input: ENV.encodeFunctionData('balanceOf', [from]), nonce: hex(nonce + 1n), maxFeePerGas: hex(baseFee) }] },
      ],
    });
    const gas = BigInt(blocks[0].calls[0].gasUsed);
    assert.equal(gas, 21_000n);
    assert.equal(blocks[0].baseFeePerGas, hex(baseFee));
    assert.equal(BigInt(blocks[1].calls[0].returnData), before - 100n - gas * baseFee);
    // The second call's nonce was right only because the first one moved it; a repeat of the first nonce is too low.
    const low = await jsonRpc(url, 'eth_simulateV1', [{ validation: true, blockStateCalls: [{ calls: [{ from, to: other, nonce: hex(nonce), maxFeePerGas: hex(baseFee) }, { from, to: other, nonce: hex(nonce), maxFeePerGas: hex(baseFee) }] }] }]);
    assert.equal(low.error?.code, -38010);
    // A fee cap under the base fee.
    assert.equal(await code('eth_simulateV1', [{ validation: true, blockStateCalls: [{ calls: [{ from, to: other, maxFeePerGas: '0x1' }] }] }]), -38012);
    // A base fee override holds for its block only: the next one is back at the chain's.
    const fees = await simulate({ validation: true, blockStateCalls: [{ blockOverrides: { baseFeePerGas: hex(baseFee * 3n) }, calls: [{ from, to: env, input: ENV.encodeFunctionData('env'), maxFeePerGas: hex(baseFee * 3n) }] }, { calls: [{ from, to: env, input: ENV.encodeFunctionData('env'), maxFeePerGas: hex(baseFee * 3n) }] }] });
    assert.deepEqual(fees.map((f: { calls: Array<{ returnData: string }> }) => ENV.decodeFunctionResult('env', f.calls[0]!.returnData)[3]), [baseFee * 3n, baseFee]);
    // Nothing was committed.
    assert.equal(BigInt(await ok('eth_getBalance', [from, 'latest'])), before);
    assert.equal(BigInt(await ok('eth_getTransactionCount', [from, 'latest'])), nonce);
  });

  it('traceTransfers: the top call and internal value moves, none from a failed frame', async () => {
    const [b] = await simulate({
      traceTransfers: true,
      blockStateCalls: [{ calls: [{ from, to: fwd, value: '0x5', input: FWD.encodeFunctionData('fwd', [other]) }, { from, to: fwd, value: '0x6', input: FWD.encodeFunctionData('tryFwd', [sink]) }] }],
    });
    const moves = (c: { logs: Array<{ address: string; topics: string[]; data: string }> }) => c.logs.map((l) => [l.address, '0x' + l.topics[1]!.slice(26), '0x' + l.topics[2]!.slice(26), BigInt(l.data)]);
    assert.deepEqual(moves(b.calls[0]), [[EEE, from, fwd, 5n], [EEE, fwd, other, 5n]]);
    assert.deepEqual(moves(b.calls[1]), [[EEE, from, fwd, 6n]], 'the refused transfer into Sink left no log');
    assert.deepEqual(b.calls[1].logs.map((l: { logIndex: string }) => l.logIndex), ['0x2'], 'log indexes run across the block');
    // Without traceTransfers there are no synthetic logs.
    const [plain] = await simulate({ blockStateCalls: [{ calls: [{ from, to: fwd, value: '0x5', input: FWD.encodeFunctionData('fwd', [other]) }] }] });
    assert.deepEqual(plain.calls[0].logs, []);
  });

  it('the RPC gas cap bounds the whole simulation, whatever the blocks’ gas limits', async () => {
    const loop = '0x' + '51'.repeat(20);
    const payload = (calls: number) => ({ blockStateCalls: [{ blockOverrides: { gasLimit: hex(2n ** 40n) }, stateOverrides: { [loop]: { code: '0x5b600056' } }, calls: Array(calls).fill({ from, to: loop }) }] });
    const [b] = await simulate(payload(1));
    assert.equal(b.calls[0].status, '0x0');
    assert.deepEqual(b.calls[0].error, { code: -32015, message: 'vm execution error: out of gas' });
    assert.equal(BigInt(b.calls[0].gasUsed), 2_000_000n);
    // Nothing of the budget is left for a second call.
    assert.equal(await code('eth_simulateV1', [payload(2)]), -38026);
  });

  it('refuses bad requests with the spec’s codes', async () => {
    const latest = BigInt(await ok('eth_blockNumber', []));
    assert.equal(await code('eth_simulateV1', [{ blockStateCalls: 'nope' }]), -32602);
    assert.equal(await code('eth_simulateV1', [{ blockStateCalls: [{ calls: [{ to: '0x12' }] }] }]), -32602);
    assert.equal(await code('eth_simulateV1', [{ blockStateCalls: [], validation: 'yes' }]), -32602);
    assert.equal(await code('eth_simulateV1', [{ blockStateCalls: [{ stateOverrides: { [other]: { movePrecompileToAddress: '0x' + '99'.repeat(20) } } }] }]), -32602);
    assert.equal(await code('eth_simulateV1', [{ blockStateCalls: [{ blockOverrides: { time: '0x1' } }] }]), -38021);
    assert.equal(await code('eth_simulateV1', [{ blockStateCalls: [{ blockOverrides: { number: hex(latest + 300n) } }] }]), -38026);
    assert.equal(await code('eth_simulateV1', [{ blockStateCalls: [{ calls: [{ from, to: other, gas: '0x100' }] }] }]), -38013);
    assert.equal(await code('eth_simulateV1', [{ blockStateCalls: [{ blockOverrides: { gasLimit: '0x5208' }, calls: [{ from, to: other }, { from, to: other, gas: '0x5208' }] }] }]), -38015);
    assert.equal(await code('eth_simulateV1', [{ blockStateCalls: [{ calls: [{ from: '0x' + '31'.repeat(20), to: other, value: '0x1' }] }] }]), -38014);
  });

  it('eth_createAccessList: the slots and accounts a call reaches, an error for a failing call', async () => {
    const read = await ok('eth_createAccessList', [{ from, to: fwd, value: '0x1', input: FWD.encodeFunctionData('fwd', [env]) }]);
    // Forwarder sends to Env, which has no receive(): the call reverts, Env was touched.
    assert.deepEqual(read.accessList, [{ address: env, storageKeys: [] }]);
    assert.match(read.error, /execution reverted/);
    const good = await ok('eth_createAccessList', [{ from, to: fwd, value: '0x1', input: FWD.encodeFunctionData('fwd', [other]) }]);
    assert.deepEqual(good.accessList, [{ address: other, storageKeys: [] }]);
    assert.equal(good.error, undefined);
    // gasUsed is with the list: what eth_estimateGas finds for the call with that list is at least it.
    const est = BigInt(await ok('eth_estimateGas', [{ from, to: fwd, value: '0x1', input: FWD.encodeFunctionData('fwd', [other]), accessList: good.accessList }]));
    assert.ok(est >= BigInt(good.gasUsed));
  });

  it('signing and filling: keys only for the dev accounts (eth_sign, personal_sign, EIP-712 through viem); the type follows the fee fields', async () => {
    const stranger = '0x' + '42'.repeat(20);
    assert.equal(await code('eth_sign', [stranger, '0x00']), -32602);
    assert.equal(await code('eth_signTransaction', [{ from: stranger, to: other }]), -32602);
    const legacy = await ok('eth_fillTransaction', [{ from: stranger, to: other, gasPrice: '0x3b9aca00' }]);
    assert.equal(legacy.tx.type, '0x0');
    assert.equal(legacy.tx.gasPrice, '0x3b9aca00');
    const nonce = await ok('eth_getTransactionCount', [from, 'pending']);
    const al = await ok('eth_fillTransaction', [{ from, to: other, gasPrice: '0x3b9aca00', accessList: [{ address: env, storageKeys: [] }] }]);
    assert.equal(al.tx.type, '0x1');
    assert.equal(al.tx.nonce, nonce);
    const signed = await ok('eth_signTransaction', [{ from, to: other, value: '0x9', gasPrice: '0x3b9aca00' }]);
    const tx = Transaction.from(signed.raw);
    assert.equal(tx.type, 0);
    assert.equal(tx.chainId, 262145n, 'EIP-155 protected');
    assert.equal(tx.from!.toLowerCase(), from);
    assert.equal(await code('eth_fillTransaction', [{ from, to: other, gasPrice: '0x1', maxFeePerGas: '0x1' }]), -32602);
    // viem's JSON-RPC account signs through personal_sign and eth_signTypedData_v4.
    const wallet = createWalletClient({ account: from as `0x${string}`, transport: http(url) });
    const sig = await wallet.signMessage({ message: 'hello trivium' });
    assert.ok(await verifyMessage({ address: from as `0x${string}`, message: 'hello trivium', signature: sig }));
    const typed = {
      domain: { name: 'Trivium', version: '1', chainId: 262145, verifyingContract: env as `0x${string}` },
      types: { Mail: [{ name: 'to', type: 'address' }, { name: 'contents', type: 'string' }] },
      primaryType: 'Mail' as const,
      message: { to: other as `0x${string}`, contents: 'hi' },
    };
    const typedSig = await wallet.signTypedData(typed);
    assert.ok(await verifyTypedData({ address: from as `0x${string}`, ...typed, signature: typedSig }));
    assert.equal(await code('eth_signTypedData_v4', [from, { types: {}, domain: {}, message: {} }]), -32602);
    assert.equal(await code('eth_fillTransaction', [{ from, to: other, blobVersionedHashes: [] }]), -32602);
  });

  it('eth_newPendingTransactionFilter: each poll drains what arrived, with or without a block between', async () => {
    const hashes = await ok('eth_newPendingTransactionFilter', []);
    const full = await ok('eth_newPendingTransactionFilter', [true]);
    await ok('evm_setAutomine', [false]);
    try {
      const a = await ok('eth_sendTransaction', [{ from, to: other, value: '0x1' }]);
      assert.deepEqual(await ok('eth_getFilterChanges', [hashes]), [a]);
      const b = await ok('eth_sendTransaction', [{ from, to: other, value: '0x2' }]);
      assert.deepEqual(await ok('eth_getFilterChanges', [hashes]), [b], 'no block came between the polls');
      assert.deepEqual(await ok('eth_getFilterChanges', [hashes]), []);
      const txs = await ok('eth_getFilterChanges', [full]);
      assert.deepEqual(txs.map((t: { hash: string; from: string; value: string }) => [t.hash, t.from, t.value]), [[a, from, '0x1'], [b, from, '0x2']]);
      assert.equal(await ok('eth_uninstallFilter', [full]), true);
      assert.equal(await code('eth_getFilterChanges', [full]), -32000);
    } finally {
      await ok('evm_setAutomine', [true]);
      await ok('evm_mine', []);
    }
  });

  it('eth_getBlockAccessList: a transfer’s block lists the sender’s nonce and the recipient’s balance', async () => {
    const before = BigInt(await ok('eth_getBalance', [other, 'latest']));
    const r = await mined(await ok('eth_sendTransaction', [{ from, to: other, value: '0x2a' }]));
    const bal = await ok('eth_getBlockAccessList', [r.blockHash]);
    const to = bal.find((a: { address: string }) => a.address === other);
    assert.deepEqual(to.balanceChanges, [{ index: '0x1', value: hex(before + 42n) }]);
    const sender = bal.find((a: { address: string }) => a.address === from);
    assert.deepEqual(sender.nonceChanges, [{ index: '0x1', value: hex(BigInt(await ok('eth_getTransactionCount', [from, r.blockNumber]))) }]);
    assert.deepEqual(bal.map((a: { address: string }) => a.address), [...bal.map((a: { address: string }) => a.address)].sort());
    assert.deepEqual(await ok('eth_getBlockAccessList', ['0x0']), []);
    assert.equal(await ok('eth_getBlockAccessList', ['0x' + 'ab'.repeat(32)]), null);
  });
});
