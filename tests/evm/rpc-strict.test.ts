import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { RLP } from '@ethereumjs/rlp';
import { bigIntToUnpaddedBytes, bytesToBigInt } from '@ethereumjs/util';
import { HDNodeWallet, Mnemonic, getBytes, hexlify } from 'ethers';
import { startNode, type TestNode } from '../helpers/node.ts';
import { DEV_MNEMONIC } from './helpers.ts';

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const dev = HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(DEV_MNEMONIC), `m/44'/60'/0'/0/0`);
/** Creation code that never ends: JUMPDEST PUSH1 0 JUMP. */
const LOOP = '0x5b600056';

interface RpcReply {
  result?: any;
  error?: { code: number; message: string };
}
async function call(node: TestNode, method: string, params: unknown[]): Promise<RpcReply> {
  const res = await fetch(`http://${node.ports['json-rpc.address']}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  return (await res.json()) as RpcReply;
}
const nonce = async (node: TestNode) => (await call(node, 'eth_getTransactionCount', [dev.address, 'latest'])).result;

describe('eth_sendRawTransaction refuses malformed and malleable txs; RPC calls are gas-capped', () => {
  let node: TestNode;
  let capped: TestNode;
  let signed: Uint8Array;
  before(async () => {
    [node, capped] = await Promise.all([startNode({ blockTime: '200ms' }), startNode({ blockTime: '200ms', extraArgs: ['--json-rpc.gas-cap', '1000000'] })]);
    signed = getBytes(
      await dev.signTransaction({ type: 2, chainId: 262145n, nonce: 0, to: dev.address, value: 1n, gasLimit: 21_000n, maxFeePerGas: 10n ** 10n, maxPriorityFeePerGas: 0n }),
    );
  });
  after(async () => {
    await Promise.all([node?.stop(), capped?.stop()]);
  });

  it('refuses trailing bytes, non-canonical integers, high s, wrong chain and unprotected txs; nothing changes', async () => {
    const fields = RLP.decode(signed.subarray(1)) as Uint8Array[];
    const set = (i: number, v: Uint8Array) => new Uint8Array([2, ...RLP.encode(fields.map((f, j) => (j === i ? v : f)))]);
    const highS = RLP.encode(fields.map((f, j) => (j === 11 ? bigIntToUnpaddedBytes(N - bytesToBigInt(f)) : j === 9 ? (f.length ? new Uint8Array() : Uint8Array.of(1)) : f)));
    const otherChain = await dev.signTransaction({ type: 2, chainId: 5n, nonce: 0, to: dev.address, gasLimit: 21_000n, maxFeePerGas: 10n ** 10n, maxPriorityFeePerGas: 0n });
    const unprotected = await dev.signTransaction({ type: 0, chainId: 0n, nonce: 0, to: dev.address, gasLimit: 21_000n, gasPrice: 10n ** 10n });
    const cases: [string, RegExp][] = [
      [hexlify(new Uint8Array([...signed, 0x00])), /^rlp: input contains more than one value/],
      [hexlify(set(1, Uint8Array.of(0))), /^rlp: non-canonical integer \(leading zero bytes\)/],
      [hexlify(new Uint8Array([2, ...highS])), /^invalid transaction v, r, s values$/],
      [hexlify(set(9, Uint8Array.of(7))), /^invalid transaction v, r, s values$/],
      [hexlify(new Uint8Array([0x05, ...signed.subarray(1)])), /^transaction type not supported$/],
      [otherChain, /^invalid chain id for signer: have 5 want 262145$/],
      [unprotected, /^only replay-protected \(EIP-155\) transactions allowed over RPC$/],
    ];
    for (const [raw, text] of cases) {
      const r = await call(node, 'eth_sendRawTransaction', [raw]);
      assert.ok(r.error, `accepted: ${raw.slice(0, 20)}`);
      assert.match(r.error.message, text);
      assert.doesNotMatch(r.error.message, /=>|function|\{/);
    }
    assert.equal(await nonce(node), '0x0');
    // The canonical tx itself is accepted.
    const ok = await call(node, 'eth_sendRawTransaction', [hexlify(signed)]);
    assert.match(ok.result, /^0x[0-9a-f]{64}$/);
  });

  it('an infinite loop in eth_call ends out of gas at the cap, whatever gas was asked', async () => {
    const t0 = Date.now();
    const r = await call(capped, 'eth_call', [{ from: dev.address, data: LOOP, gas: '0x' + (10n ** 12n).toString(16) }, 'latest']);
    assert.match(r.error?.message ?? '', /out of gas/);
    assert.ok(Date.now() - t0 < 5000, `took ${Date.now() - t0} ms`);
    // The gas used is the cap's: a CREATE that ran out of gas consumes it all.
    const used = await call(capped, 'eth_estimateGas', [{ from: dev.address, to: dev.address, gas: '0x' + (10n ** 12n).toString(16) }]);
    assert.equal(used.result, '0x5208');
  });

  it('eth_estimateGas of an infinite loop errors in bounded time, naming the bound', async () => {
    for (const n of [capped, node]) {
      const t0 = Date.now();
      const r = await call(n, 'eth_estimateGas', [{ from: dev.address, data: LOOP }]);
      const ms = Date.now() - t0;
      assert.match(r.error?.message ?? '', /^gas required exceeds allowance \(\d+\)$/);
      assert.ok(ms < 60_000, `took ${ms} ms`);
      if (n === capped) assert.equal(r.error?.message, 'gas required exceeds allowance (1000000)');
      else assert.equal(r.error?.message, 'gas required exceeds allowance (50000000)');
    }
  });

  it("eth_estimateGas is bounded by what the sender's balance pays for", async () => {
    const poor = HDNodeWallet.createRandom();
    const r = await call(node, 'eth_estimateGas', [{ from: poor.address, data: LOOP, gasPrice: '0x1' }]);
    assert.match(r.error?.message ?? '', /gas required exceeds allowance \(0\)|insufficient funds/);
  });
});
