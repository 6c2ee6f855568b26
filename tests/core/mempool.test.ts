import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { buildApp } from '../../app/app.ts';
import { devnetGenesis, newValidatorKey } from '../../app/genesis.ts';
import { buildModules } from '../../app/modules.ts';
import type { CheckTxResult } from '../../core/baseapp/baseapp.ts';
import { Mempool } from '../../core/baseapp/mempool.ts';
import { txHash } from '../../core/baseapp/tx-decoder.ts';
import { homePaths } from '../../core/node/home.ts';
import { Node } from '../../core/node/node.ts';
import { BlockProducer } from '../../core/node/producer.ts';
import { parseAddress } from '../../core/types/address.ts';
import type { Genesis } from '../../core/types/consensus.ts';
import type { CommittedBlockEvent } from '../../core/types/node-api.ts';
import { GENESIS_MS, openApp, PROPOSER, runBlock, tempDir, type TestApp } from '../helpers/app.ts';
import { CHAIN_ID, dev, sendMsg, signTx } from '../helpers/cosmos.ts';

/** A CheckTx result as baseapp returns it for an accepted tx. */
const ok = (bytes: Uint8Array, gasWanted: bigint): CheckTxResult => ({ code: 0, codespace: '', log: '', hash: txHash(bytes), gasWanted });
const bytesOf = (tag: string, size: number) => Buffer.concat([Buffer.from(tag), Buffer.alloc(Math.max(0, size - tag.length), 0x2e)]);
const send = (from: number, seq: number, amount = '1', o: { gas?: number; to?: number } = {}) =>
  signTx([sendMsg(dev[from]!.address, dev[o.to ?? (from + 1) % 10]!.address, amount)], { privkey: dev[from]!.privkey, accountNumber: from, sequence: seq, gas: o.gas });

describe('Mempool (unit)', () => {
  it('has / size / totalBytes follow add', () => {
    const m = new Mempool();
    const a = bytesOf('a', 10);
    const b = bytesOf('b', 25);
    assert.equal(m.size, 0);
    m.add(a, ok(a, 1n));
    m.add(b, ok(b, 2n));
    assert.equal(m.size, 2);
    assert.equal(m.totalBytes, 35);
    assert.equal(m.has(txHash(a)), true);
    assert.equal(m.has(txHash(bytesOf('c', 10))), false);
    assert.equal(m.maxTxs, 5000); // CometBFT's mempool.size default
    assert.equal(m.maxTxsBytes, 1073741824);
    assert.equal(new Mempool(3).maxTxs, 3);
  });

  it('reap returns txs in arrival (FIFO) order and does not remove them', () => {
    const m = new Mempool();
    const txs = ['t3', 't1', 't2', 't0'].map((t) => bytesOf(t, 8));
    for (const t of txs) m.add(t, ok(t, 10n));
    const picked = m.reap(1_000n, 1_000);
    assert.deepEqual(picked.map((p) => p.hash), txs.map((t) => txHash(t)));
    assert.equal(picked[0]!.bytes, txs[0], 'the same bytes object travels on');
    assert.equal(picked[0]!.gasWanted, 10n);
    assert.equal(m.size, 4);
  });

  it('reap stops at the block gas limit (inclusive) and at the first tx that does not fit', () => {
    const m = new Mempool();
    const gas = [40n, 60n, 50n, 1n];
    const txs = gas.map((g, i) => bytesOf(`g${i}`, 4));
    txs.forEach((t, i) => m.add(t, ok(t, gas[i]!)));
    assert.deepEqual(m.reap(100n, 1_000).map((p) => p.gasWanted), [40n, 60n], 'exactly the limit fits');
    assert.deepEqual(m.reap(99n, 1_000).map((p) => p.gasWanted), [40n]);
    // Head of line: the 1-gas tx behind the 50-gas one that does not fit waits too (FIFO, no skipping).
    assert.deepEqual(m.reap(120n, 1_000).map((p) => p.gasWanted), [40n, 60n]);
    assert.deepEqual(m.reap(39n, 1_000), []);
  });

  it('reap stops at the block byte limit (inclusive)', () => {
    const m = new Mempool();
    const txs = [10, 20, 30, 1].map((n, i) => bytesOf(`b${i}`, n));
    for (const t of txs) m.add(t, ok(t, 1n));
    assert.deepEqual(m.reap(1_000n, 30).map((p) => p.bytes.length), [10, 20]);
    assert.deepEqual(m.reap(1_000n, 59).map((p) => p.bytes.length), [10, 20]);
    assert.deepEqual(m.reap(1_000n, 60).map((p) => p.bytes.length), [10, 20, 30]);
    assert.deepEqual(m.reap(1_000n, 9), []);
  });

  it('removeIncluded drops the included txs and hands back the rest, in order, for re-checking (the pool is then empty)', () => {
    const m = new Mempool();
    const txs = ['r0', 'r1', 'r2', 'r3', 'r4'].map((t) => bytesOf(t, 6));
    for (const t of txs) m.add(t, ok(t, 1n));
    const included = m.reap(2n, 1_000);
    const rest = m.removeIncluded(included);
    assert.deepEqual(rest.map((r) => r.hash), txs.slice(2).map((t) => txHash(t)));
    // The producer re-adds what passes its recheck; until then nothing is in the pool.
    assert.equal(m.size, 0);
    for (const t of txs) assert.equal(m.has(txHash(t)), false);
    for (const r of rest) m.add(r.bytes, ok(r.bytes, r.gasWanted));
    assert.equal(m.size, 3);
    assert.equal(m.has(txHash(txs[0]!)), false);
    assert.equal(m.has(txHash(txs[4]!)), true);
    assert.deepEqual(m.reap(100n, 1_000).map((p) => p.hash), rest.map((r) => r.hash));
  });

  it('waitForTx resolves at once when a tx waits, otherwise on the next add (or wake)', async () => {
    const m = new Mempool();
    let resolved = false;
    const p = m.waitForTx().then(() => (resolved = true));
    await new Promise((r) => setImmediate(r));
    assert.equal(resolved, false);
    const t = bytesOf('w', 4);
    m.add(t, ok(t, 1n));
    await p;
    assert.equal(resolved, true);
    await m.waitForTx(); // a tx is waiting: immediate
    const empty = new Mempool();
    const w = empty.waitForTx();
    empty.wake();
    await w;
  });
});

describe('BlockProducer + BaseApp: reap, deliver, recheck leftovers, evict', () => {
  const dir = tempDir('mempool');
  let t: TestApp;
  let mempool: Mempool;
  let producer: BlockProducer;
  let maxGas = 100_000_000n;
  let maxBytes = 22_020_096;
  const commits: CommittedBlockEvent[] = [];

  /** CheckTx, then into the pool if accepted: what Node.broadcastTx does (minus its cache and size checks). */
  async function admit(bytes: Uint8Array): Promise<CheckTxResult> {
    const r = await t.app.checkTx(bytes);
    if (r.code === 0) mempool.add(bytes, r);
    return r;
  }
  const balance = (i: number) => t.keepers.bank.getBalance(t.app.queryContext(), parseAddress(dev[i]!.address), 'utrv');
  const sequence = (i: number) => t.keepers.auth.getAccount(t.app.queryContext(), parseAddress(dev[i]!.address))!.sequence;

  before(async () => {
    t = await openApp(join(dir.path, 'db'));
  });
  beforeEach(() => {
    mempool = new Mempool();
    maxGas = 100_000_000n;
    maxBytes = 22_020_096;
    producer = new BlockProducer(t.app, mempool, {
      blockTimeMs: 0,
      proposer: PROPOSER,
      // Read at each block: the tests change both limits between blocks.
      consensus: () => ({ maxGas, maxBytes }),
      onCommit: (e) => commits.push(e),
    });
  });
  after(async () => {
    await producer.stop();
    await t.close();
    dir.remove();
  });

  it('a block takes the pool in FIFO order up to the block gas limit; the rest stays, re-checked, in order', async () => {
    const a = send(0, 0);
    const b = send(1, 0);
    const c = send(0, 1);
    const d = send(2, 0);
    for (const x of [a, b, c, d]) assert.equal((await admit(x)).code, 0);
    maxGas = 400_000n; // two txs of 200,000 gas
    const h = await producer.produce(1);
    const block = commits.at(-1)!;
    assert.equal(block.block.height, h);
    assert.deepEqual(block.txs.map((x) => x.hash), [txHash(a), txHash(b)]);
    assert.deepEqual(block.results.txResults.map((r) => r.code), [0, 0]);
    // c (dev0's sequence 1) is still valid after a: kept, and the pool's order is unchanged.
    assert.equal(mempool.size, 2);
    assert.deepEqual(mempool.reap(10n ** 9n, 1 << 30).map((x) => x.hash), [txHash(c), txHash(d)]);
    maxGas = 100_000_000n;
    await producer.produce(1);
    assert.deepEqual(commits.at(-1)!.txs.map((x) => x.hash), [txHash(c), txHash(d)]);
    assert.deepEqual(commits.at(-1)!.results.txResults.map((r) => r.code), [0, 0]);
    assert.equal(mempool.size, 0);
    assert.equal(sequence(0), 2n);
  });

  it('the block byte limit is respected too', async () => {
    const txs = [send(3, 0), send(3, 1), send(3, 2)];
    for (const x of txs) assert.equal((await admit(x)).code, 0);
    maxBytes = txs[0]!.length + txs[1]!.length; // two of the three
    await producer.produce(1);
    assert.deepEqual(commits.at(-1)!.txs.map((x) => x.hash), txs.slice(0, 2).map((x) => txHash(x)));
    assert.equal(mempool.size, 1);
    maxBytes = txs[2]!.length - 1; // the last one does not fit at all: an empty block, the tx stays
    await producer.produce(1);
    assert.equal(commits.at(-1)!.txs.length, 0);
    assert.equal(mempool.size, 1);
    maxBytes = 22_020_096;
    await producer.produce(1);
    assert.deepEqual(commits.at(-1)!.txs.map((x) => x.hash), [txHash(txs[2]!)]);
  });

  it('a leftover that spends a sequence the block already used fails its recheck and is evicted', async () => {
    const first = send(4, Number(sequence(4)), '10');
    assert.equal((await admit(first)).code, 0);
    // A block committed without this pool's recheck (e.g. decided elsewhere) resets the check state: a second
    // tx on the same sequence is then admitted too.
    await runBlock(t.app, []);
    const second = send(4, Number(sequence(4)), '20');
    assert.equal((await admit(second)).code, 0);
    assert.equal(mempool.size, 2);
    maxGas = 200_000n; // only the first fits
    await producer.produce(1);
    assert.deepEqual(commits.at(-1)!.txs.map((x) => x.hash), [txHash(first)]);
    assert.equal(commits.at(-1)!.results.txResults[0]!.code, 0);
    assert.equal(mempool.size, 0, 'the second failed its recheck');
    assert.equal(mempool.has(txHash(second)), false);
    // It would fail CheckTx now for the same reason.
    const r = await t.app.checkTx(second);
    assert.equal(r.code, 32);
    assert.equal(r.codespace, 'sdk');
    assert.match(r.log, /^account sequence mismatch, expected 1, got 0: incorrect account sequence$/);
    // The next block is empty: nothing of the evicted tx was kept.
    maxGas = 100_000_000n;
    await producer.produce(1);
    assert.equal(commits.at(-1)!.txs.length, 0);
  });

  it('a leftover whose fee the block made unaffordable is evicted; a valid one behind it is kept', async () => {
    // dev5 sends all but 100utrv beyond the fee (200utrv at 200,000 gas); its next tx's 200utrv fee no longer fits.
    const all = send(5, 0, String(balance(5) - 300n), { to: 9 });
    const broke = send(5, 1, '1');
    const other = send(6, 0, '1');
    for (const x of [all, broke, other]) assert.equal((await admit(x)).code, 0, 'CheckTx runs no messages: all three pass');
    maxGas = 200_000n;
    await producer.produce(1);
    assert.deepEqual(commits.at(-1)!.txs.map((x) => x.hash), [txHash(all)]);
    assert.equal(balance(5), 100n);
    assert.equal(mempool.size, 1);
    assert.equal(mempool.has(txHash(broke)), false, 'evicted: insufficient funds for the fee');
    assert.equal(mempool.has(txHash(other)), true);
    const r = t.app.recheckTx(broke);
    assert.equal(r.code, 5);
    assert.match(r.log, /insufficient funds to pay fees: insufficient funds$/);
    maxGas = 100_000_000n;
    await producer.produce(1);
    assert.deepEqual(commits.at(-1)!.txs.map((x) => x.hash), [txHash(other)]);
  });

  it('two txs on the same sequence that both reach a block: the second fails in delivery (code 32), the first stands', async () => {
    const s = Number(sequence(7));
    const x = send(7, s, '1');
    assert.equal((await admit(x)).code, 0);
    await runBlock(t.app, []); // check state reset without recheck (as above)
    const y = send(7, s, '2');
    assert.equal((await admit(y)).code, 0);
    const before = balance(7);
    await producer.produce(1);
    const c = commits.at(-1)!;
    assert.deepEqual(c.txs.map((tx) => tx.hash), [txHash(x), txHash(y)]);
    assert.equal(c.results.txResults[0]!.code, 0);
    assert.equal(c.results.txResults[1]!.code, 32);
    assert.equal(c.results.txResults[1]!.codespace, 'sdk');
    assert.equal(balance(7), before - 200n - 1n, 'only the first tx paid a fee and sent');
    assert.equal(mempool.size, 0);
  });
});

describe('Node.broadcastTx: the cache and the full mempool', () => {
  const dir = tempDir('mempool-node');
  let node: Node;
  const fill = (n: number) => {
    for (let i = 0; i < n; i++) {
      const b = Buffer.from(`filler-${node.mempool.size}-${i}`);
      node.mempool.add(b, ok(b, 1n));
    }
  };

  before(async () => {
    const paths = homePaths(dir.path);
    mkdirSync(paths.config, { recursive: true });
    const genesis: Genesis = devnetGenesis(CHAIN_ID, buildModules().modules, GENESIS_MS);
    writeFileSync(paths.genesis, JSON.stringify(genesis));
    writeFileSync(paths.validatorKey, JSON.stringify(newValidatorKey()));
    node = new Node({ home: dir.path, blockTimeMs: 0, flags: {}, log: () => undefined, buildApp: (db) => buildApp(db).app });
    await node.open();
  });
  after(async () => {
    await node.stop();
    dir.remove();
  });

  it('a tx already in the mempool, or already committed, is refused with code 19 before CheckTx', async () => {
    const tx = send(0, 0);
    const first = await node.broadcastTx(tx);
    assert.equal(first.code, 0, first.log);
    assert.equal(first.hash, txHash(tx));
    assert.equal(first.gasWanted, '200000');
    assert.deepEqual(await node.broadcastTx(tx), { code: 19, codespace: 'sdk', log: 'tx already exists in cache', hash: txHash(tx), gasWanted: '0' });
    await node.mine(1);
    assert.equal(node.mempool.size, 0);
    assert.equal(node.getTx(txHash(tx))!.height, node.latestHeight());
    assert.equal((await node.broadcastTx(tx)).code, 19, 'the committed-tx cache');
  });

  it('a full mempool (size ≥ maxTxs) refuses with code 20 without running CheckTx', async () => {
    fill(node.mempool.maxTxs - node.mempool.size);
    assert.equal(node.mempool.size, node.mempool.maxTxs);
    const tx = send(1, 0);
    const r = await node.broadcastTx(tx);
    const log = `mempool is full: number of txs ${node.mempool.maxTxs} (max: ${node.mempool.maxTxs}), total txs bytes ${node.mempool.totalBytes} (max: 1073741824)`;
    assert.deepEqual(r, { code: 20, codespace: 'sdk', log, hash: txHash(tx), gasWanted: '0' });
    assert.equal(node.mempool.size, node.mempool.maxTxs);
    assert.equal(node.mempool.has(txHash(tx)), false);
    // Room again: the same tx is accepted, so the refusal never reached the check state (its sequence is unused).
    node.mempool.removeIncluded([]);
    assert.equal(node.mempool.size, 0);
    const again = await node.broadcastTx(tx);
    assert.equal(again.code, 0, again.log);
    assert.equal(node.mempool.size, 1);
  });

  it('concurrent broadcasts into the last free slot never push the mempool past maxTxs', async () => {
    node.mempool.removeIncluded([]);
    fill(node.mempool.maxTxs - 1);
    const txs = [send(2, 0), send(3, 0), send(4, 0)];
    const rs = await Promise.all(txs.map((x) => node.broadcastTx(x)));
    assert.ok(node.mempool.size <= node.mempool.maxTxs, `mempool holds ${node.mempool.size} > maxTxs ${node.mempool.maxTxs}`);
    assert.deepEqual(rs.map((r) => r.code), [0, 20, 20]);
    node.mempool.removeIncluded([]);
  });
});

describe('Node: the block gas limit the producer reaps with', () => {
  const dir = tempDir('mempool-maxgas');
  let node: Node;
  before(async () => {
    const paths = homePaths(dir.path);
    mkdirSync(paths.config, { recursive: true });
    // CometBFT's "no limit": consensusParamsOf reads max_gas -1 as the default block gas limit.
    const genesis: Genesis = { ...devnetGenesis(CHAIN_ID, buildModules().modules, GENESIS_MS), consensus_params: { block: { max_bytes: '22020096', max_gas: '-1' } } };
    writeFileSync(paths.genesis, JSON.stringify(genesis));
    writeFileSync(paths.validatorKey, JSON.stringify(newValidatorKey()));
    node = new Node({ home: dir.path, blockTimeMs: 0, flags: {}, log: () => undefined, buildApp: (db) => buildApp(db).app });
    await node.open();
  });
  after(async () => {
    await node.stop();
    dir.remove();
  });

  it('a genesis with max_gas -1 still gets its txs into blocks (the app’s consensus params, not the raw genesis string)', async () => {
    assert.equal(node.app.consensus.maxGas, 1_000_000_000n);
    const tx = send(0, 0);
    assert.equal((await node.broadcastTx(tx)).code, 0);
    await node.mine(1);
    assert.equal(node.getTx(txHash(tx))?.height, 1);
    assert.equal(node.mempool.size, 0);
  });
});
