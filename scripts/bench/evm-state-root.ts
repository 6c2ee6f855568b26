/**
 * The EVM state root's cost (x/evm/state-root/, the Merkle-Patricia trie kept at Commit):
 * - StateRootCommitter.commitRows per block with CHANGED (100, 1,000) changed accounts at SIZES (1,000, 100,000)
 *   accounts in state, and the rows and bytes it adds to the block's batch per changed account. A block's changed
 *   accounts are half existing ones updated (a new balance with a sub-utrv fraction and nonce + 1, as a sender; one
 *   slot rewritten when it is a contract), a quarter new ones (a bank balance, as a transfer's recipient) and a
 *   quarter existing ones emptied (EIP-161: out of the trie), so the state keeps its size. Every tenth account in
 *   state is a contract with code and 4 slots. State on a real LevelDB home (CommitStore, the node's
 *   64 MiB cache), changes made through the real keepers, each block written in one synced batch with its rows.
 * - InitChain of a genesis with GENESIS (100,000) EVM accounts (x/evm genesis accounts: utrv balance; every 100th
 *   with a nonce, code and 4 slots), through the real app, with and without the state root, interleaved.
 * Checked: after every block, Merkle proofs of an updated, a new and an emptied account verify (@ethereumjs/mpt)
 * against the block's root and carry the balance and nonce the keepers read (absence for the emptied one); at 1,000 accounts the root equals one built
 * fresh with @ethereumjs/mpt; after InitChain, proofs of 100 genesis accounts verify against the height-0 root.
 * In-process: no load generator.
 * Run: node --no-node-snapshot --import tsx scripts/bench/evm-state-root.ts
 *      (env: SIZES=1000,100000 (empty: none) CHANGED=100,1000 BLOCKS=15 GENESIS=100000 (0: none) GENESIS_ROUNDS=2)
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyMerkleProof } from '@ethereumjs/mpt';
import { RLP } from '@ethereumjs/rlp';
import { Address, bytesToBigInt, bytesToHex } from '@ethereumjs/util';
import { buildApp } from '../../app/app.ts';
import { devnetGenesis } from '../../app/genesis.ts';
import { CacheStore } from '../../core/store/cache-store.ts';
import { ChangesView } from '../../core/store/changes-view.ts';
import { CommitStore } from '../../core/store/commit-store.ts';
import { NodeDerivedRows } from '../../core/store/derived-rows.ts';
import { NodeDB } from '../../core/store/node-db.ts';
import { Context } from '../../core/types/context.ts';
import { infiniteGasMeter } from '../../core/types/gas.ts';
import { AuthKeeper } from '../../x/auth/keeper.ts';
import { BankKeeper } from '../../x/bank/keeper.ts';
import { EvmKeeper } from '../../x/evm/keeper.ts';
import { StateRootCommitter } from '../../x/evm/state-root/committer.ts';
import { StateRootReader } from '../../x/evm/state-root/reader.ts';
import { DerivedKeys, type EvmGenesis } from '../../x/evm/types/index.ts';
import { referenceStateRoot } from '../../tests/evm/state-root-reference.ts';
import { fmtStats, stats } from './lib/store.ts';

const SIZES = (process.env.SIZES ?? '1000,100000').split(',').filter(Boolean).map(Number);
const CHANGED = (process.env.CHANGED ?? '100,1000').split(',').map(Number);
const BLOCKS = Number(process.env.BLOCKS ?? 15);
const GENESIS = Number(process.env.GENESIS ?? 100_000);
const GENESIS_ROUNDS = Number(process.env.GENESIS_ROUNDS ?? 2);

const addrOf = (i: number): Uint8Array => createHash('sha256').update(`evm-state-root ${i}`).digest().subarray(0, 20);
const isContract = (i: number) => i % 10 === 0;
const slotOf = (j: number): Uint8Array => {
  const s = new Uint8Array(32);
  s[31] = j;
  return s;
};
let seed = 4242;
const rand = (n: number) => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) % n);

/** A state on LevelDB with the keepers and the committer, advanced one block at a time as BaseApp does. */
async function openState(size: number) {
  const home = mkdtempSync(join(tmpdir(), 'trivium-bench-evmroot-'));
  const db = new NodeDB(join(home, 'db'));
  await db.open();
  const store = new CommitStore(db, { cacheBytes: 64 << 20, pruning: { kind: 'nothing' } });
  const auth = new AuthKeeper();
  const bank = new BankKeeper(auth);
  const evm = new EvmKeeper(bank, auth);
  const rows = new NodeDerivedRows(db);
  const committer = new StateRootCommitter(bank);
  let height = -1;
  const info = () => ({ height: height + 1, timeMs: 1_700_000_000_000 + height * 1000, chainId: 'trivium-bench-1', proposer: 'AB'.repeat(20) });
  const s = {
    size,
    next: 0,
    /** Indices of the accounts in state. */
    alive: [] as number[],
    store,
    evm,
    rows,
    get height() {
      return height;
    },
    query: () => Context.forQuery(store, info()),
    /** One block: `body` writes through the keepers; returns commitRows' time and what it added to the batch. */
    async block(body: (ctx: Context) => void): Promise<{ ms: number; rows: number; bytes: number }> {
      const cache = new CacheStore(store);
      body(new Context(cache, infiniteGasMeter(), info(), 'deliver'));
      const changes = cache.changes();
      const p = store.prepare(changes, height + 1);
      const t = performance.now();
      const derived = await committer.commitRows(changes, new ChangesView(store, changes), height + 1, rows);
      const ms = performance.now() - t;
      await db.write([...p.puts, ...derived], p.dels, () => store.publish(p));
      height++;
      return { ms, rows: derived.length, bytes: derived.reduce((n, [k, v]) => n + k.length + v.length, 0) };
    },
    /** A new account: utrv in the bank; a contract also gets nonce 1, code and 4 slots. */
    create(ctx: Context, i: number): void {
      const addr = addrOf(i);
      bank.mintCoins(ctx, addr, [{ denom: 'utrv', amount: String(1000 + i) }]);
      if (!isContract(i)) return;
      const sm = evm.view(ctx);
      sm.putCodeSync(addr, Buffer.from(`6080604052${i.toString(16).padStart(8, '0')}00`, 'hex'));
      const a = sm.getAccountSync(addr)!;
      a.nonce = 1n;
      sm.putAccountSync(addr, a);
      for (let j = 0; j < 4; j++) sm.putStorageSync(addr, slotOf(j), Uint8Array.of(j + 1, i & 255));
    },
    async close() {
      await db.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
  const t = performance.now();
  while (s.next < size) {
    const from = s.next;
    const to = Math.min(size, from + 10_000);
    await s.block((ctx) => {
      for (let i = from; i < to; i++) s.create(ctx, i);
    });
    s.next = to;
    for (let i = from; i < to; i++) s.alive.push(i);
  }
  console.log(`  built ${size.toLocaleString('en-US')} accounts in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return s;
}
type State = Awaited<ReturnType<typeof openState>>;

/** A proof of `addr` against the latest root verifies and carries what the keepers read (absence for an empty one). */
async function checkAccount(s: State, addr: Uint8Array): Promise<void> {
  const reader = new StateRootReader((k) => s.rows.get(k));
  const root = reader.rootAt(s.height)!;
  const p = reader.proveAccount(root, addr);
  const leaf = await verifyMerkleProof(addr, p.proof, { root, useKeyHashing: true });
  const want = s.evm.getAccount(s.query(), addr);
  const empty = want.nonce === 0n && want.balance === 0n && want.codeHash === undefined;
  if (empty !== (leaf === null)) throw new Error(`proof of ${bytesToHex(addr)}: ${empty ? 'an empty account is in the trie' : 'no leaf'}`);
  if (!leaf) return;
  const [nonce, balance] = RLP.decode(leaf) as Uint8Array[];
  if (bytesToBigInt(nonce!) !== want.nonce || bytesToBigInt(balance!) !== want.balance) throw new Error(`proof of ${bytesToHex(addr)} does not carry its account`);
}

/** `changed` accounts in one block: half updated, a quarter new, a quarter emptied (the state keeps its size). */
async function blockWith(s: State, changed: number) {
  const picked = new Set<number>();
  const pick = (eoa: boolean): number => {
    for (;;) {
      const at = rand(s.alive.length);
      const i = s.alive[at]!;
      if (picked.has(i) || (eoa && isContract(i))) continue;
      picked.add(i);
      if (eoa) s.alive.splice(at, 1);
      return i;
    }
  };
  const updated = Array.from({ length: changed / 2 }, () => pick(false));
  const emptied = Array.from({ length: changed / 4 }, () => pick(true));
  const fresh = Array.from({ length: changed - updated.length - emptied.length }, (_, k) => s.next + k);
  const r = await s.block((ctx) => {
    const sm = s.evm.view(ctx);
    for (const i of updated) {
      const addr = addrOf(i);
      const a = sm.getAccountSync(addr)!;
      a.nonce += 1n;
      a.balance -= 21_000n * 10n ** 9n + 1n; // a fee and a wei: the fraction moves too
      sm.putAccountSync(addr, a);
      if (isContract(i)) sm.putStorageSync(addr, slotOf(rand(4)), Uint8Array.of(7, rand(256)));
    }
    // All sent away: balance, fraction and nonce gone, the account empty (EIP-161) and out of the trie.
    for (const i of emptied) void sm.deleteAccount(new Address(addrOf(i)));
    for (const i of fresh) s.create(ctx, i);
  });
  s.next += fresh.length;
  s.alive.push(...fresh);
  await checkAccount(s, addrOf(updated[0]!));
  await checkAccount(s, addrOf(fresh[0]!));
  await checkAccount(s, addrOf(emptied[0]!));
  return { ...r, changed };
}

console.log(`commitRows per block (${BLOCKS} blocks per cell, interleaved by size of block; min / median / max)`);
const table: string[] = [];
for (const size of SIZES) {
  const s = await openState(size);
  const per = new Map<number, Array<{ ms: number; rows: number; bytes: number; changed: number }>>(CHANGED.map((c) => [c, []]));
  for (let b = 0; b < BLOCKS; b++) for (const c of CHANGED) per.get(c)!.push(await blockWith(s, c));
  if (size <= 1000) {
    const all = Array.from({ length: s.next }, (_, i) => addrOf(i));
    const want = await referenceStateRoot(s.evm, s.query(), all);
    if (bytesToHex(want) !== bytesToHex(s.rows.get(DerivedKeys.stateRoot(s.height))!)) throw new Error(`root at ${size} accounts differs from @ethereumjs/mpt's`);
    console.log(`  ${size.toLocaleString('en-US')} accounts: the root after the run equals @ethereumjs/mpt's built fresh (${s.alive.length} accounts)`);
  }
  for (const c of CHANGED) {
    const xs = per.get(c)!;
    const perAcc = (f: (x: (typeof xs)[0]) => number) => stats(xs.map((x) => f(x) / x.changed)).median;
    table.push(
      `| ${size.toLocaleString('en-US')} | ${c.toLocaleString('en-US')} | ${fmtStats(stats(xs.map((x) => x.ms)), 'ms', 1)} | ${(stats(xs.map((x) => (x.ms * 1000) / x.changed)).median).toFixed(0)} µs | ${perAcc((x) => x.rows).toFixed(2)} | ${perAcc((x) => x.bytes).toFixed(0)} B |`,
    );
  }
  await s.close();
}
console.log('| accounts in state | changed accounts | commitRows | per changed account (median) | rows per changed account | bytes per changed account |');
console.log('|---|---|---|---|---|---|');
for (const l of table) console.log(l);

// ---- InitChain ---------------------------------------------------------------------------------------------

async function initChain(n: number, withRoot: boolean): Promise<{ ms: number; rootMs: number; ahead: number; peakRss: number }> {
  const home = mkdtempSync(join(tmpdir(), 'trivium-bench-evmroot-genesis-'));
  const db = new NodeDB(join(home, 'db'));
  await db.open();
  try {
    const { app, modules } = buildApp(db);
    const genesis = devnetGenesis('trivium-bench-1', modules, 1_700_000_000_000);
    const evmGenesis = genesis.app_state.evm as EvmGenesis;
    for (let i = 0; i < n; i++) {
      const address = bytesToHex(addrOf(i));
      if (i % 100 !== 0) evmGenesis.accounts.push({ address, balance: '1000' });
      else {
        const storage = Object.fromEntries([0, 1, 2, 3].map((j) => [bytesToHex(slotOf(j)), bytesToHex(Uint8Array.of(j + 1, i & 255))]));
        evmGenesis.accounts.push({ address, balance: '1000', nonce: '1', code: '0x6080604052' + i.toString(16).padStart(8, '0') + '00', storage });
      }
    }
    const evmModule = modules.find((m) => m.name === 'evm')!;
    let rootMs = 0;
    const commitRows = evmModule.commitRows!;
    if (withRoot) {
      evmModule.commitRows = async (...args) => {
        const t = performance.now();
        const r = await commitRows(...args);
        rootMs = performance.now() - t;
        return r;
      };
    } else evmModule.commitRows = undefined;
    let ahead = 0;
    const writeAhead = app.derived.writeAhead.bind(app.derived);
    app.derived.writeAhead = async (rows) => {
      ahead++;
      return writeAhead(rows);
    };
    let peakRss = 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
    const t = performance.now();
    await app.initChain(genesis);
    const ms = performance.now() - t;
    clearInterval(sampler);
    if (withRoot) {
      const reader = new StateRootReader((k) => app.derived.get(k));
      const root = reader.rootAt(0);
      if (!root) throw new Error('no state root at height 0');
      for (let k = 0; k < 100; k++) {
        const i = rand(n);
        const leaf = await verifyMerkleProof(addrOf(i), reader.proveAccount(root, addrOf(i)).proof, { root, useKeyHashing: true });
        const [, balance] = RLP.decode(leaf!) as Uint8Array[];
        if (bytesToBigInt(balance!) !== 1000n * 10n ** 12n) throw new Error(`genesis account ${i}: wrong balance in the trie`);
      }
    }
    app.close();
    return { ms, rootMs, ahead, peakRss };
  } finally {
    await db.close();
    rmSync(home, { recursive: true, force: true });
  }
}

const runs = { with: [] as Array<Awaited<ReturnType<typeof initChain>>>, without: [] as Array<Awaited<ReturnType<typeof initChain>>> };
for (let round = 0; GENESIS > 0 && round < GENESIS_ROUNDS; round++) {
  // The side that goes first alternates: the first run of a process also pays for growing its heap.
  for (const withRoot of round % 2 === 0 ? [true, false] : [false, true]) runs[withRoot ? 'with' : 'without'].push(await initChain(GENESIS, withRoot));
}
const MiB = 2 ** 20;
if (GENESIS > 0) {
console.log(`\nInitChain of ${GENESIS.toLocaleString('en-US')} EVM genesis accounts, ${GENESIS_ROUNDS} rounds interleaved (min / median / max)`);
console.log(`  with the state root:     ${fmtStats(stats(runs.with.map((r) => r.ms)), 'ms', 0)}; of it commitRows ${fmtStats(stats(runs.with.map((r) => r.rootMs)), 'ms', 0)} (${((stats(runs.with.map((r) => r.rootMs)).median * 1000) / GENESIS).toFixed(1)} µs/account), ${runs.with[0]!.ahead} batches written ahead; peak RSS ${fmtStats(stats(runs.with.map((r) => r.peakRss / MiB)), 'MiB', 0)}`);
console.log(`  without (no commitRows): ${fmtStats(stats(runs.without.map((r) => r.ms)), 'ms', 0)}; peak RSS ${fmtStats(stats(runs.without.map((r) => r.peakRss / MiB)), 'MiB', 0)}`);
}
