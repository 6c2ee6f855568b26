import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { toHex } from '@cosmjs/encoding';
import { DEV_BALANCE } from '../../app/genesis.ts';
import { txHash } from '../../core/baseapp/tx-decoder.ts';
import { dataHash, headerHash, rfc3339Nano } from '../../core/blockstore/block-header.ts';
import { BlockKeys, BlockStore, type CommitMeta } from '../../core/blockstore/block-store.ts';
import type { BlockResults, StoredBlock, StoredTx, StoredTxResult } from '../../core/blockstore/types.ts';
import { jsonBytes, NodeDB } from '../../core/store/node-db.ts';
import { SortedStore } from '../../core/store/sorted-store.ts';
import { parseAddress } from '../../core/types/address.ts';
import type { AbciEvent } from '../../core/types/events.ts';
import { openApp, proposeBlock, runBlock, tempDir, type TestApp } from '../helpers/app.ts';
import { dev, sendMsg, signTx } from '../helpers/cosmos.ts';

const ev = (type: string, attrs: Array<[string, string, boolean?]>): AbciEvent => ({
  type,
  attributes: attrs.map(([key, value, index]) => ({ key, value, index: index ?? true })),
});

function txResult(events: AbciEvent[], code = 0): StoredTxResult {
  return { code, codespace: code ? 'sdk' : '', log: code ? 'failed' : '', data: '', gasWanted: '200000', gasUsed: '51234', events };
}

/** A block of fake txs (arbitrary bytes) with the given per-tx events, header hashed as the producer does. */
function makeBlock(height: number, txEvents: AbciEvent[][]): { block: StoredBlock; results: BlockResults; txs: StoredTx[] } {
  const txBytes = txEvents.map((_, i) => Buffer.from(`tx-${height}-${i}`));
  const timeMs = 1_700_000_000_000 + height * 1000;
  const block: StoredBlock = {
    height,
    time: rfc3339Nano(timeMs),
    timeMs,
    chainId: 'trivium-test',
    hash: '',
    lastBlockHash: '',
    dataHash: dataHash(txBytes),
    appHash: 'AA'.repeat(32),
    resultAppHash: 'BB'.repeat(32),
    proposer: 'CD'.repeat(20),
    txs: txBytes.map((t) => t.toString('base64')),
  };
  block.hash = headerHash(block);
  const results: BlockResults = { height, txResults: txEvents.map((e) => txResult(e)), finalizeBlockEvents: [ev('mint', [['amount', '1']])], appHash: block.resultAppHash };
  const txs: StoredTx[] = txBytes.map((b, i) => ({ hash: txHash(b), height, index: i, tx: b.toString('base64'), result: results.txResults[i]! }));
  return { block, results, txs };
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('BlockStore over a NodeDB', () => {
  const dir = tempDir('blockstore');
  const path = join(dir.path, 'db');
  let db: NodeDB;
  let store: BlockStore;
  const b1 = makeBlock(1, [[ev('transfer', [['sender', 'alice'], ['recipient', 'bob'], ['memo', 'not indexed', false]])], [ev('transfer', [['sender', 'carol']])]]);
  // Tx 0 carries sender=alice twice (two events): it is one position, not two.
  const b2 = makeBlock(2, [[ev('transfer', [['sender', 'alice']]), ev('transfer', [['sender', 'alice']])], [], [ev('message', [['action', '/cosmos.bank.v1beta1.MsgSend']]), ev('transfer', [['sender', 'alice']])]]);
  const b10 = makeBlock(10, [[ev('transfer', [['sender', 'alice']])]]);
  const b100 = makeBlock(100, [[ev('transfer', [['sender', 'alice/x']])], [ev('transfer', [['sender', 'aliceb']])], [ev('transfer', [['sender', 'alice']])]]);
  const meta: CommitMeta = { height: 100, appHash: 'bb'.repeat(32), lastBlockHash: b100.block.hash };
  const moduleIndex = (h: number) =>
    new Map<string, Uint8Array>([
      [`evm/receipt/${String(h).padStart(4, '0')}`, Buffer.from(`receipt ${h}`)],
      [`evm/lookup/${h}`, Buffer.from(`lookup ${h}`)],
    ]);

  before(async () => {
    db = new NodeDB(path);
    await db.open();
    store = new BlockStore(db);
    // Heights written out of order: the index must still iterate in height order.
    for (const b of [b100, b2, b10, b1]) {
      const rows = store.blockRows(b.block, b.results, b.txs, moduleIndex(b.block.height));
      await db.write(b === b1 ? [...rows, store.commitRow(meta)] : rows, []);
    }
  });
  after(async () => {
    await db.close();
    dir.remove();
  });

  it('reads back the block, its results and the last commit', () => {
    assert.deepEqual(store.block(2), b2.block);
    assert.deepEqual(store.results(2), b2.results);
    assert.deepEqual(store.block(100)!.txs, b100.block.txs);
    assert.equal(store.block(3), undefined);
    assert.equal(store.results(3), undefined);
    assert.deepEqual(store.lastCommit(), meta);
    assert.equal(store.genesis(), undefined);
  });

  it('heightOf(hash) accepts upper case, lower case and a 0x prefix', () => {
    const h = b10.block.hash;
    assert.match(h, /^[0-9A-F]{64}$/);
    assert.equal(store.heightOf(h), 10);
    assert.equal(store.heightOf(h.toLowerCase()), 10);
    assert.equal(store.heightOf('0x' + h.toLowerCase()), 10);
    assert.equal(store.heightOf('0X' + h), 10);
    assert.equal(store.heightOf(b1.block.hash), 1);
    assert.equal(store.heightOf('00'.repeat(32)), undefined);
  });

  it('txLocation(hash) gives the height and position, in either case', () => {
    const t = b100.txs[2]!;
    assert.deepEqual(store.txLocation(t.hash), { h: 100, i: 2 });
    assert.deepEqual(store.txLocation(t.hash.toLowerCase()), { h: 100, i: 2 });
    assert.deepEqual(store.txLocation(b1.txs[1]!.hash), { h: 1, i: 1 });
    assert.equal(store.txLocation(txHash(Buffer.from('never sent'))), undefined);
  });

  it('module index rows: index(key) and iterateIndex(prefix) with the i/ room stripped, reverse and limit', async () => {
    assert.equal(Buffer.from(store.index('evm/lookup/10')!).toString(), 'lookup 10');
    assert.equal(store.index('evm/lookup/3'), undefined);
    const receipts = await collect(store.iterateIndex('evm/receipt/'));
    assert.deepEqual(
      receipts.map(([k, v]) => [k, Buffer.from(v).toString()]),
      [['evm/receipt/0001', 'receipt 1'], ['evm/receipt/0002', 'receipt 2'], ['evm/receipt/0010', 'receipt 10'], ['evm/receipt/0100', 'receipt 100']],
    );
    const lastTwo = await collect(store.iterateIndex('evm/receipt/', { reverse: true, limit: 2 }));
    assert.deepEqual(lastTwo.map(([k]) => k), ['evm/receipt/0100', 'evm/receipt/0010']);
    assert.equal((await collect(store.iterateIndex('evm/'))).length, 8);
    // Rows of other rooms never leak into the index room.
    assert.ok((await collect(store.iterateIndex(''))).every(([k]) => k.startsWith('evm/')));
  });

  it('txsWithEvent: every height carrying type.attr=value, in height order, positions deduplicated', async () => {
    assert.deepEqual(await collect(store.txsWithEvent('transfer.sender', 'alice')), [
      { height: 1, positions: [0] },
      { height: 2, positions: [0, 2] },
      { height: 10, positions: [0] },
      { height: 100, positions: [2] },
    ]);
    // A value that extends another ("aliceb", "alice/x") is not a match for it, nor the reverse.
    assert.deepEqual(await collect(store.txsWithEvent('transfer.sender', 'alice/x')), [{ height: 100, positions: [0] }]);
    assert.deepEqual(await collect(store.txsWithEvent('transfer.sender', 'aliceb')), [{ height: 100, positions: [1] }]);
    assert.deepEqual(await collect(store.txsWithEvent('transfer.sender', 'ali')), []);
    assert.deepEqual(await collect(store.txsWithEvent('message.action', '/cosmos.bank.v1beta1.MsgSend')), [{ height: 2, positions: [2] }]);
    assert.deepEqual(await collect(store.txsWithEvent('transfer.recipient', 'bob')), [{ height: 1, positions: [0] }]);
    // Attributes with index=false are not indexed; neither are finalize-block events.
    assert.deepEqual(await collect(store.txsWithEvent('transfer.memo', 'not indexed')), []);
    assert.deepEqual(await collect(store.txsWithEvent('mint.amount', '1')), []);
  });

  it('blockRows writes exactly the documented rooms', () => {
    const rows = store.blockRows(b2.block, b2.results, b2.txs, new Map([['k', new Uint8Array([1])]]));
    const rooms = [...new Set(rows.map(([k]) => k.slice(0, 2)))].sort();
    assert.deepEqual(rooms, ['b/', 'h/', 'i/', 'k/', 'r/', 't/', 'x/']);
    assert.equal(rows.filter(([k]) => k.startsWith('t/')).length, 3);
    assert.ok(rows.some(([k]) => k === BlockKeys.event('transfer.sender', 'alice', 2)));
  });

  it('blockRowKeys names exactly the rows blockRows wrote for a committed block (what a rollback deletes)', async () => {
    const index = new Map([['evm/x/2', new Uint8Array([1])], ['svm/y', new Uint8Array([2])]]);
    const rows = store.blockRows(b2.block, b2.results, b2.txs, index);
    await db.write(rows, []);
    assert.deepEqual(store.blockRowKeys(2).sort(), rows.map(([k]) => k).sort());
    assert.deepEqual(store.blockRowKeys(99), []);
  });

  it('after closing and reopening the database on the same path, everything is still readable', async () => {
    await db.close();
    db = new NodeDB(path);
    await db.open();
    store = new BlockStore(db);
    assert.deepEqual(store.lastCommit(), meta);
    assert.deepEqual(store.block(10), b10.block);
    assert.deepEqual(store.results(100), b100.results);
    assert.equal(store.heightOf(b2.block.hash.toLowerCase()), 2);
    assert.deepEqual(store.txLocation(b2.txs[1]!.hash), { h: 2, i: 1 });
    assert.equal(Buffer.from(store.index('evm/lookup/100')!).toString(), 'lookup 100');
    assert.deepEqual((await collect(store.txsWithEvent('transfer.sender', 'alice'))).map((x) => x.height), [1, 2, 10, 100]);
  });

  it('a batch with deletes removes rows; a room (s/) iterates without the others', async () => {
    await db.write([['s/bank/x', jsonBytes(1)], ['s/auth/y', jsonBytes(2)], ['s/tmp', jsonBytes(3)]], []);
    await db.write([], ['s/tmp']);
    assert.deepEqual((await collect(db.iterate('s/'))).map(([k]) => k), ['s/auth/y', 's/bank/x']);
  });
});

describe('BlockStore through the real BaseApp: commit, restart, load', () => {
  const dir = tempDir('blockstore-app');
  const path = join(dir.path, 'db');
  const otherDir = tempDir('blockstore-app-b');
  let t: TestApp;
  const send = signTx([sendMsg(dev[0]!.address, dev[1]!.address, '12345')], { privkey: dev[0]!.privkey, accountNumber: 0, sequence: 0 });
  const send2 = signTx([sendMsg(dev[0]!.address, dev[2]!.address, '7')], { privkey: dev[0]!.privkey, accountNumber: 0, sequence: 1 });
  const hash = txHash(send);
  let committed: { height: number; appHash: Uint8Array; blockHash: string };

  before(async () => {
    t = await openApp(path);
  });
  after(async () => {
    await t.close().catch(() => undefined);
    dir.remove();
    otherDir.remove();
  });

  it('a fresh database has nothing to load', async () => {
    const d = tempDir('blockstore-fresh');
    const fresh = await openApp(join(d.path, 'db'), false);
    try {
      assert.equal(await fresh.app.load(), false);
      assert.equal(fresh.app.lastHeight, 0);
    } finally {
      await fresh.close();
      d.remove();
    }
  });

  it('InitChain writes the genesis and a height-0 commit', () => {
    assert.equal(t.app.lastHeight, 0);
    assert.deepEqual(t.app.blocks.genesis(), t.genesis);
    const meta = t.app.blocks.lastCommit()!;
    assert.equal(meta.height, 0);
    assert.equal(meta.appHash, toHex(t.app.lastAppHash));
  });

  it('FinalizeBlock + Commit of a signed MsgSend stores the block, its results and the tx', async () => {
    const { block, fin, committed: c } = await runBlock(t.app, [send]);
    assert.equal(fin.txResults[0]!.code, 0, fin.txResults[0]!.log);
    assert.equal(t.app.lastHeight, 1);
    assert.equal(t.app.lastBlockHash, block.hash);
    const stored = t.app.blocks.block(1)!;
    assert.equal(stored.hash, block.hash);
    assert.equal(stored.resultAppHash, toHex(c.appHash).toUpperCase());
    assert.deepEqual(stored.txs, [Buffer.from(send).toString('base64')]);
    assert.equal(t.app.blocks.results(1)!.txResults[0]!.code, 0);
    assert.deepEqual(t.app.blocks.txLocation(hash), { h: 1, i: 0 });
    assert.equal(t.app.blocks.heightOf(block.hash.toLowerCase()), 1);
    assert.deepEqual(await collect(t.app.blocks.txsWithEvent('message.sender', dev[0]!.address)), [{ height: 1, positions: [0] }]);
    assert.deepEqual(await collect(t.app.blocks.txsWithEvent('transfer.recipient', dev[1]!.address)), [{ height: 1, positions: [0] }]);
    const meta = t.app.blocks.lastCommit()!;
    assert.equal(meta.height, 1);
    assert.equal(meta.lastBlockHash, block.hash);
    committed = { height: 1, appHash: t.app.lastAppHash, blockHash: block.hash };
    const bal = t.keepers.bank.getBalance(t.app.queryContext(), parseAddress(dev[1]!.address), 'utrv');
    assert.equal(bal, BigInt(DEV_BALANCE) + 12345n);
  });

  it('a new app on the reopened database loads the same height, app hash and state, and finds the tx by hash', async () => {
    const stateBefore = [...t.app.state.iterate('')].map(([k, v]) => [k, toHex(v)]);
    await t.close();
    t = await openApp(path, false);
    assert.equal(t.app.lastHeight, 0, 'nothing is loaded before load()');
    assert.equal(await t.app.load(), true);
    assert.equal(t.app.lastHeight, committed.height);
    assert.equal(toHex(t.app.lastAppHash), toHex(committed.appHash));
    assert.equal(t.app.lastBlockHash, committed.blockHash);
    assert.equal(t.app.chainId, t.genesis.chain_id);
    assert.deepEqual([...t.app.state.iterate('')].map(([k, v]) => [k, toHex(v)]), stateBefore);
    assert.deepEqual(t.app.blocks.txLocation(hash.toLowerCase()), { h: 1, i: 0 });
    const stored = t.app.blocks.block(1)!;
    assert.equal(stored.txs[0], Buffer.from(send).toString('base64'));
    assert.equal(t.app.blocks.results(1)!.txResults[0]!.code, 0);
    const bal = t.keepers.bank.getBalance(t.app.queryContext(), parseAddress(dev[1]!.address), 'utrv');
    assert.equal(bal, BigInt(DEV_BALANCE) + 12345n);
  });

  it('the reloaded app continues the chain to the same app hash as an app that never restarted', async () => {
    // The app hash after block 2 depends on the accumulator restored from m/last, not only on the state rows.
    const fresh = await openApp(join(otherDir.path, 'db'));
    try {
      await runBlock(fresh.app, [send]);
      assert.equal(toHex(fresh.app.lastAppHash), toHex(committed.appHash), 'the same block on the same genesis: the same app hash');
      const a = await runBlock(fresh.app, [send2]);
      const b = await runBlock(t.app, [send2]);
      assert.equal(a.fin.txResults[0]!.code, 0, a.fin.txResults[0]!.log);
      assert.equal(b.fin.txResults[0]!.code, 0, b.fin.txResults[0]!.log);
      assert.equal(toHex(b.committed.appHash), toHex(a.committed.appHash));
      assert.notEqual(toHex(b.committed.appHash), toHex(committed.appHash));
      assert.equal(t.app.lastBlockHash, fresh.app.lastBlockHash);
    } finally {
      await fresh.close();
    }
  });

  it('finalizeBlock refuses a height that does not follow the last commit; commit needs a finalized block', async () => {
    const next = proposeBlock(t.app, []);
    await assert.rejects(t.app.finalizeBlock({ ...next, height: next.height + 1 }), /finalize height 4 after 2/);
    await assert.rejects(t.app.commit(), /commit without finalize/);
  });
});
