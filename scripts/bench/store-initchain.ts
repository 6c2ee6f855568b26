/**
 * Issue 13 figure: InitChain time against the number of genesis accounts (each an auth account and a bank
 * balance), to show it linear. Sizes run interleaved in rounds, each on a fresh LevelDB home; the state is
 * checked afterwards (every account's balance present). In-process: no load generator.
 * Run: node --no-node-snapshot --import tsx scripts/bench/store-initchain.ts   (env: SIZES=10000,30000,100000, ROUNDS=3)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { buildApp } from '../../app/app.ts';
import { devnetGenesis } from '../../app/genesis.ts';
import { DENOM, parseAddress, toBech32Address } from '../../core/types/address.ts';
import { NodeDB } from '../../core/store/node-db.ts';

// Garbage-collection pauses, summed: they are what grows faster than the accounts (a bigger live heap per pause).
let gcMs = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcMs += e.duration;
}).observe({ entryTypes: ['gc'] });

const SIZES = (process.env.SIZES ?? '10000,30000,100000').split(',').map(Number);
const ROUNDS = Number(process.env.ROUNDS ?? 3);

async function initChain(n: number): Promise<{ ms: number; gc: number }> {
  const home = mkdtempSync(join(tmpdir(), 'trivium-initchain-'));
  const db = new NodeDB(join(home, 'db'));
  await db.open();
  try {
    const { app, modules, keepers } = buildApp(db);
    const genesis = devnetGenesis('trivium-bench-1', modules, 1_700_000_000_000);
    const state = genesis.app_state as { auth: { accounts: unknown[] }; bank: { balances: unknown[] } };
    const first = state.auth.accounts.length;
    const addrs: string[] = [];
    for (let i = 0; i < n; i++) {
      const bytes = new Uint8Array(20);
      new DataView(bytes.buffer).setUint32(0, i + 1);
      bytes[19] = 0xaa;
      const address = toBech32Address(bytes);
      addrs.push(address);
      state.auth.accounts.push({ address, account_number: String(first + i), sequence: '0' });
      state.bank.balances.push({ address, coins: [{ denom: DENOM, amount: '1000' }] });
    }
    const t = performance.now();
    const gc0 = gcMs;
    await app.initChain(genesis, { consume: true }); // as the node does
    const ms = performance.now() - t;
    await new Promise((r) => setImmediate(r)); // the observer's entries arrive on a later turn
    const gc = gcMs - gc0;
    // Every genesis account's balance is in committed state.
    const ctx = app.queryContext();
    for (const a of addrs) if (keepers.bank.getBalance(ctx, parseAddress(a), DENOM) !== 1000n) throw new Error(`${a}: balance missing after InitChain`);
    return { ms, gc };
  } finally {
    await db.close();
    rmSync(home, { recursive: true, force: true });
  }
}

const times = new Map<number, number[]>();
const gcs = new Map<number, number[]>();
for (let round = 0; round < ROUNDS; round++)
  for (const n of SIZES) {
    const r = await initChain(n);
    times.set(n, [...(times.get(n) ?? []), r.ms]);
    gcs.set(n, [...(gcs.get(n) ?? []), r.gc]);
  }
const base = SIZES[0]!;
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`InitChain, ${ROUNDS} rounds interleaved (min / median / max ms; µs per account at the median)`);
for (const n of SIZES) {
  const xs = times.get(n)!;
  console.log(`${n.toLocaleString('en-US').padStart(10)} accounts: ${Math.min(...xs).toFixed(0)} / ${med(xs).toFixed(0)} / ${Math.max(...xs).toFixed(0)} ms   ${((med(xs) * 1000) / n).toFixed(1)} µs/account   ×${(med(xs) / med(times.get(base)!)).toFixed(2)} of ${base.toLocaleString('en-US')}   GC pauses ${med(gcs.get(n)!).toFixed(0)} ms, the rest ${(((med(xs) - med(gcs.get(n)!)) * 1000) / n).toFixed(1)} µs/account`);
}
