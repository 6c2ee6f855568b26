import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { HDNodeWallet, JsonRpcProvider, Mnemonic, Wallet, parseEther } from 'ethers';
import { startNode, type TestNode } from '../helpers/node.ts';
import { DEV_MNEMONIC } from './helpers.ts';

/** Raw JSON-RPC, so the error object is exactly what the node sent. */
async function rpc(url: string, method: string, params: unknown[]): Promise<{ result?: any; error?: { code: number; message: string; data?: string } }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
  return (await res.json()) as any;
}

describe('bad Ethereum txs: a clear JSON-RPC error and no state change', () => {
  let node: TestNode;
  let url: string;
  let provider: JsonRpcProvider;
  const sender = HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(DEV_MNEMONIC), "m/44'/60'/0'/0/3");
  const to = Wallet.createRandom().address;
  const base = { to, value: 1n, gasLimit: 21_000n, maxFeePerGas: 2n * 10n ** 9n, maxPriorityFeePerGas: 0n, type: 2, chainId: 262145n };

  before(async () => {
    node = await startNode({ blockTime: '100ms' });
    url = `http://${node.ports['json-rpc.address']}`;
    provider = new JsonRpcProvider(url, undefined, { pollingInterval: 50, staticNetwork: true, cacheTimeout: -1 });
    // One good tx so "nonce too low" has something to be lower than.
    await (await sender.connect(provider).sendTransaction({ ...base, nonce: 0 })).wait();
  });
  after(async () => {
    provider?.destroy();
    await node?.stop();
  });

  async function expectRejected(raw: string, code: number, pattern: RegExp): Promise<void> {
    const before = { bal: await provider.getBalance(sender.address), nonce: await provider.getTransactionCount(sender.address), to: await provider.getBalance(to) };
    const r = await rpc(url, 'eth_sendRawTransaction', [raw]);
    assert.ok(r.error, `expected an error, got ${JSON.stringify(r)}`);
    assert.equal(r.error.code, code, r.error.message);
    assert.match(r.error.message, pattern);
    // Nothing entered the mempool, and after a couple of blocks nothing changed.
    const pending = await node.rpc<{ n_txs: string }>('num_unconfirmed_txs');
    assert.equal(pending.n_txs, '0');
    const h = await provider.getBlockNumber();
    while ((await provider.getBlockNumber()) < h + 1) await new Promise((res) => setTimeout(res, 50));
    assert.equal(await provider.getBalance(sender.address), before.bal);
    assert.equal(await provider.getTransactionCount(sender.address), before.nonce);
    assert.equal(await provider.getBalance(to), before.to);
  }

  it('malformed RLP', async () => {
    await expectRejected('0xdeadbeef', -32602, /rlp|malformed/i);
    await expectRejected('0x02c0', -32602, /rlp|malformed/i);
  });

  it('wrong chain id (EIP-1559 and EIP-155 legacy)', async () => {
    await expectRejected(await sender.signTransaction({ ...base, nonce: 1, chainId: 1n }), -32000, /chain id/i);
    await expectRejected(await sender.signTransaction({ to, value: 1n, gasLimit: 21_000n, gasPrice: 2n * 10n ** 9n, type: 0, chainId: 31337n, nonce: 1 }), -32000, /chain id/i);
  });

  it('nonce too low and nonce too high', async () => {
    await expectRejected(await sender.signTransaction({ ...base, nonce: 0, value: 2n }), -32000, /nonce too low/);
    // The very tx that was mined, sent again, is a duplicate.
    await expectRejected(await sender.signTransaction({ ...base, nonce: 0 }), -32000, /already known/);
    await expectRejected(await sender.signTransaction({ ...base, nonce: 7 }), -32000, /nonce too high/);
  });

  it('gas limit above the block gas limit, and below the intrinsic gas', async () => {
    await expectRejected(await sender.signTransaction({ ...base, nonce: 1, gasLimit: 1_000_000_001n }), -32000, /exceeds block gas limit/);
    await expectRejected(await sender.signTransaction({ ...base, nonce: 1, gasLimit: 20_000n }), -32000, /intrinsic gas too low/);
  });

  it('insufficient funds (value, and gas × fee cap)', async () => {
    await expectRejected(await sender.signTransaction({ ...base, nonce: 1, value: parseEther('1000000') }), -32000, /insufficient funds/);
    const poor = Wallet.createRandom();
    await expectRejected(await poor.signTransaction({ ...base, nonce: 0 }), -32000, /insufficient funds/);
  });

  it('fee cap below the base fee', async () => {
    await expectRejected(await sender.signTransaction({ ...base, nonce: 1, maxFeePerGas: 10n ** 8n }), -32000, /less than block base fee/);
  });

  it('ethers maps them to its error codes', async () => {
    const w = sender.connect(provider);
    await assert.rejects(w.sendTransaction({ ...base, nonce: 0, value: 3n }), (e: any) => e.code === 'NONCE_EXPIRED');
    await assert.rejects(Wallet.createRandom().connect(provider).sendTransaction({ ...base, nonce: 0, gasLimit: 21_000n }), (e: any) => e.code === 'INSUFFICIENT_FUNDS');
  });

  it('invalid params to state methods', async () => {
    assert.equal((await rpc(url, 'eth_getBalance', ['0xnope', 'latest'])).error?.code, -32602);
    assert.equal((await rpc(url, 'eth_getTransactionReceipt', ['0x12'])).error?.code, -32602);
    assert.equal((await rpc(url, 'eth_call', ['not an object', 'latest'])).error?.code, -32602);
    assert.equal((await rpc(url, 'eth_getTransactionReceipt', ['0x' + 'ab'.repeat(32)])).result, null);
  });
});
