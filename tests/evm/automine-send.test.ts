import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { HDNodeWallet, Mnemonic, Transaction } from 'ethers';
import { jsonRpc } from '../helpers/json-rpc.ts';
import { startNode, type TestNode } from '../helpers/node.ts';
import { DEV_MNEMONIC } from './helpers.ts';

const wallet = HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(DEV_MNEMONIC), "m/44'/60'/0'/0/3");
const to = '0x' + '42'.repeat(20);

describe('eth_sendRawTransaction under automine (--block-time 0) answers once the tx is mined, as anvil does', () => {
  let node: TestNode;
  let url: string;
  let nonce = 0;
  const call = async (method: string, params: unknown[]) => {
    const r = await jsonRpc(url, method, params);
    if (r.error) throw new Error(`${method}: ${r.error.message}`);
    return r.result;
  };
  const signed = (n: number) => wallet.signTransaction(Transaction.from({ type: 2, chainId: 262145n, nonce: n, to, value: 1n, gasLimit: 21_000n, maxFeePerGas: 50n * 10n ** 9n, maxPriorityFeePerGas: 10n ** 9n }));

  before(async () => {
    node = await startNode({ blockTime: '0' });
    url = `http://${node.ports['json-rpc.address']}`;
  });
  after(() => node?.stop());

  it('the receipt is there at the first poll after the send returns, sequential sends each in a block of their own', async () => {
    const heights: number[] = [];
    for (let i = 0; i < 5; i++) {
      const hash = await call('eth_sendRawTransaction', [await signed(nonce++)]);
      const rec = await call('eth_getTransactionReceipt', [hash]);
      assert.ok(rec, `receipt of send ${i} at the first poll`);
      assert.equal(rec.status, '0x1');
      heights.push(Number(rec.blockNumber));
    }
    for (let i = 1; i < heights.length; i++) assert.ok(heights[i]! > heights[i - 1]!, `heights ${heights.join(', ')}`);
  });

  it('concurrent sends are all mined by the time each answers', async () => {
    const raws = await Promise.all([0, 1, 2, 3].map((k) => signed(nonce + k)));
    nonce += raws.length;
    const hashes = await Promise.all(raws.map((raw) => call('eth_sendRawTransaction', [raw])));
    for (const h of hashes) assert.equal((await call('eth_getTransactionReceipt', [h]))?.status, '0x1');
  });

  it('a receipt read from the just-committed block equals the one read back from the store later, and a revert takes it away', async () => {
    const first = await call('eth_sendRawTransaction', [await signed(nonce++)]);
    const fresh = await call('eth_getTransactionReceipt', [first]);
    for (let i = 0; i < 6; i++) await call('eth_sendRawTransaction', [await signed(nonce++)]);
    assert.deepEqual(await call('eth_getTransactionReceipt', [first]), fresh, 'blocks later');
    // A restarted node has nothing in memory: the same receipt, built from the store's rows.
    node = await node.restart();
    url = `http://${node.ports['json-rpc.address']}`;
    assert.deepEqual(await call('eth_getTransactionReceipt', [first]), fresh, 'after a restart');
    assert.deepEqual((await call('eth_getBlockReceipts', [fresh.blockNumber]))?.[0], fresh);

    const snap = await call('evm_snapshot', []);
    const raw = await signed(nonce);
    const hash = await call('eth_sendRawTransaction', [raw]);
    const mined = await call('eth_getTransactionReceipt', [hash]);
    assert.equal(mined?.status, '0x1');
    assert.equal(await call('evm_revert', [snap]), true);
    assert.equal(await call('eth_getTransactionReceipt', [hash]), null, 'the reverted block\'s receipt is gone');
    // Sent again, it is mined again, in the block that now holds its height.
    assert.equal(await call('eth_sendRawTransaction', [raw]), hash);
    nonce++;
    const again = await call('eth_getTransactionReceipt', [hash]);
    assert.equal(again?.status, '0x1');
    assert.equal(again.blockNumber, mined.blockNumber);
    assert.equal(again.blockHash, (await call('eth_getBlockByNumber', [again.blockNumber, false]))?.hash);
  });

  it('a refused tx answers its error at once and a duplicate says "already known"; automine off answers before any block', async () => {
    const raw = await signed(nonce);
    await call('eth_sendRawTransaction', [raw]);
    nonce++;
    const dup = await jsonRpc(url, 'eth_sendRawTransaction', [raw]);
    assert.match(String(dup.error?.message), /already known|nonce too low/);
    await call('evm_setAutomine', [false]);
    try {
      const hash = await call('eth_sendRawTransaction', [await signed(nonce++)]);
      assert.equal(await call('eth_getTransactionReceipt', [hash]), null, 'not mined: automine is off');
      await call('evm_mine', []);
      assert.equal((await call('eth_getTransactionReceipt', [hash]))?.status, '0x1');
    } finally {
      await call('evm_setAutomine', [true]);
    }
  });
});
