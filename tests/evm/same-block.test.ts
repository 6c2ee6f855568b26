import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Registry } from '@cosmjs/proto-signing';
import { defaultRegistryTypes } from '@cosmjs/stargate';
import { HDNodeWallet, JsonRpcProvider, Mnemonic, Wallet, keccak256, parseEther, sha256 } from 'ethers';
import { MsgEthereumTxCodec, MsgEthereumTxTypeUrl } from '../../x/evm/codec.ts';
import { dev, signTx, b64 } from '../helpers/cosmos.ts';
import { startNode, type TestNode } from '../helpers/node.ts';
import { DEV_MNEMONIC } from './helpers.ts';

const evmDev = (i: number) => HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(DEV_MNEMONIC), `m/44'/60'/0'/0/${i}`);
const registry = new Registry([...defaultRegistryTypes, [MsgEthereumTxTypeUrl, MsgEthereumTxCodec]]);

describe('a Cosmos tx carrying MsgEthereumTx and a raw JSON-RPC tx in one block', () => {
  let node: TestNode;
  let provider: JsonRpcProvider;
  before(async () => {
    node = await startNode({ blockTime: '1500ms' });
    provider = new JsonRpcProvider(`http://${node.ports['json-rpc.address']}`, undefined, { pollingInterval: 50, staticNetwork: true, cacheTimeout: -1 });
  });
  after(async () => {
    provider?.destroy();
    await node?.stop();
  });

  it('both land in the same block and are visible from both RPCs', async () => {
    const x = Wallet.createRandom().address;
    const y = Wallet.createRandom().address;
    const fee = { chainId: 262145n, gasLimit: 21_000n, maxFeePerGas: 2n * 10n ** 9n, maxPriorityFeePerGas: 0n, type: 2, nonce: 0 };
    const rawA = await evmDev(1).signTransaction({ ...fee, to: x, value: parseEther('1') });
    const rawB = await evmDev(2).signTransaction({ ...fee, to: y, value: parseEther('2') });
    const cosmosTx = signTx(
      [{ typeUrl: MsgEthereumTxTypeUrl, value: { raw: Buffer.from(rawB.slice(2), 'hex'), from: dev[0]!.address } }],
      { privkey: dev[0]!.privkey, accountNumber: 0, sequence: 0, gas: 400_000, feeAmount: '400', registry },
    );

    // Right after a block, so both arrive within the same 1.5 s window.
    const h0 = await provider.getBlockNumber();
    while ((await provider.getBlockNumber()) === h0) await new Promise((r) => setTimeout(r, 20));
    const [cosmos, hashA] = await Promise.all([
      node.rpc<{ code: number; log: string; hash: string }>('broadcast_tx_sync', { tx: b64(cosmosTx) }),
      provider.send('eth_sendRawTransaction', [rawA]),
    ]);
    assert.equal(cosmos.code, 0, cosmos.log);
    const hashB = keccak256(rawB);
    assert.equal(hashA, keccak256(rawA));

    const [ra, rb] = await Promise.all([provider.waitForTransaction(hashA, 1, 20_000), provider.waitForTransaction(hashB, 1, 20_000)]);
    assert.ok(ra && rb);
    assert.equal(ra.status, 1);
    assert.equal(rb.status, 1);
    assert.equal(ra.blockNumber, rb.blockNumber);
    assert.equal(ra.blockHash, rb.blockHash);
    assert.deepEqual([ra.index, rb.index].sort(), [0, 1]);
    const block = await provider.getBlock(ra.blockNumber);
    assert.deepEqual([...block!.transactions].sort(), [hashA, hashB].sort());
    assert.equal(block!.gasUsed, 42_000n);
    assert.equal(await provider.getBalance(x), parseEther('1'));
    assert.equal(await provider.getBalance(y), parseEther('2'));
    assert.equal((await provider.getTransaction(hashB))!.from, evmDev(2).address);

    // CometBFT side: by event, and by the sha256 hash of each carrying tx.
    for (const h of [hashA, hashB]) {
      const found = await node.rpc<{ txs: Array<{ height: string; hash: string; tx_result: { code: number } }>; total_count: string }>('tx_search', {
        query: `ethereum_tx.ethereumTxHash='${h}'`,
      });
      assert.equal(found.total_count, '1');
      assert.equal(Number(found.txs[0]!.height), ra.blockNumber);
      assert.equal(found.txs[0]!.tx_result.code, 0);
    }
    const rawCometHash = sha256(rawA).slice(2).toUpperCase();
    const t = await node.rpc<{ height: string; hash: string }>('tx', { hash: Buffer.from(rawCometHash, 'hex').toString('base64') });
    assert.equal(Number(t.height), ra.blockNumber);
    assert.equal(cosmos.hash, sha256(cosmosTx).slice(2).toUpperCase());
    const ct = await node.rpc<{ height: string }>('tx', { hash: Buffer.from(cosmos.hash, 'hex').toString('base64') });
    assert.equal(Number(ct.height), ra.blockNumber);
  });
});
