/**
 * Issue 13 figures on a real node, a chain with ACCOUNTS extra genesis accounts against an empty one, in one run:
 * restart to the first new block, idle RSS, MsgSend to fresh addresses (tx/s), and bytes on disk per MsgSend with
 * `--pruning nothing` and `--pruning everything`. Each base home is built once (InitChain runs in the node) and
 * copied for every round; the variants run interleaved, round by round. Every broadcast must answer code 0 and
 * every tx must be found committed. The load generator's CPU is printed beside the node's.
 * Run: node --no-node-snapshot --import tsx scripts/bench/store-node.ts
 *   (env: ACCOUNTS=1000000 ROUNDS=3 SENDERS=150 PER_SENDER=20 BLOCK_TIME=200ms)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ripemd160, sha256 } from '@cosmjs/crypto';
import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import { QueryAccountResponse } from 'cosmjs-types/cosmos/auth/v1beta1/query';
import secp256k1 from 'secp256k1';
import { BlockStore } from '../../core/blockstore/block-store.ts';
import { homePaths } from '../../core/node/home.ts';
import { NodeDB } from '../../core/store/node-db.ts';
import { toBech32Address } from '../../core/types/address.ts';
import { freePort, repoRoot, runCli } from '../../tests/helpers/node.ts';
import { sendMsg, signTx } from '../../tests/helpers/cosmos.ts';
import { buildBundle, isFresh } from '../build.mjs';
import { processCpuSec, rssMiB, selfCpuSec } from './lib/proc.ts';
import { fmtStats, stats } from './lib/store.ts';
import { PipelinedConnection, postBytes } from './pipelined-client.ts';

const ACCOUNTS = Number(process.env.ACCOUNTS ?? 1_000_000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const SENDERS = Number(process.env.SENDERS ?? 150);
const PER_SENDER = Number(process.env.PER_SENDER ?? 20);
const BLOCK_TIME = process.env.BLOCK_TIME ?? '200ms';
const TXS = SENDERS * PER_SENDER;

const senders = Array.from({ length: SENDERS }, (_, i) => {
  const privkey = new Uint8Array(createHash('sha256').update(`trivium-store-bench-${i}`).digest());
  return { privkey, address: toBech32Address(ripemd160(sha256(secp256k1.publicKeyCreate(privkey, true)))) };
});
const freshAddress = (i: number) => toBech32Address(createHash('sha256').update(`fresh-${i}`).digest().subarray(0, 20));

const dirBytes = (dir: string): number => readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? dirBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Running {
  proc: ChildProcess;
  rpcPort: number;
  rpc: (method: string, params?: object) => Promise<any>;
}

async function startNode(home: string, flags: string[]): Promise<Running> {
  const rpcPort = await freePort();
  const prof = process.env.NODE_PROF && flags.length ? ['--cpu-prof', `--cpu-prof-dir=${process.env.NODE_PROF}`] : [];
  const proc = spawn(process.execPath, ['--no-node-snapshot', ...prof, join(repoRoot, 'cmd/triviumd.js'), 'start', '--home', home, '--quiet', '--block-time', BLOCK_TIME, ...flags,
    '--rpc.laddr', `tcp://127.0.0.1:${rpcPort}`, '--json-rpc.address', `127.0.0.1:${await freePort()}`, '--svm-rpc.address', `127.0.0.1:${await freePort()}`, '--svm-rpc.ws-address', `127.0.0.1:${await freePort()}`],
    { stdio: ['ignore', 'ignore', 'inherit'] });
  const rpc = async (method: string, params: object = {}) => {
    const r = await fetch(`http://127.0.0.1:${rpcPort}`, { method: 'POST', body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
    const j = (await r.json()) as { result?: any; error?: unknown };
    if (j.error) throw new Error(JSON.stringify(j.error));
    return j.result;
  };
  return { proc, rpcPort, rpc };
}
async function stopNode(n: Running): Promise<void> {
  n.proc.kill('SIGTERM');
  await new Promise((r) => n.proc.once('exit', r));
}
async function heightOf(n: Running): Promise<number> {
  return Number((await n.rpc('status')).sync_info.latest_block_height);
}
/** Polls until the node reports a height above `h` (or is up at all); the elapsed ms since `t0`. */
async function untilHeight(n: Running, h: number, t0: number): Promise<number> {
  for (;;) {
    if (n.proc.exitCode !== null) throw new Error('node exited');
    try {
      if ((await heightOf(n)) > h) return performance.now() - t0;
    } catch {
      /* not up yet */
    }
    await sleep(5);
  }
}

/** A home with the senders (and `extra` filler accounts) at genesis, InitChain already run: the round's template. */
async function baseHome(extra: number): Promise<{ home: string; height: number }> {
  const home = mkdtempSync(join(tmpdir(), 'trivium-store-node-'));
  await runCli(['init', 'bench', '--home', home]);
  const path = join(home, 'config', 'genesis.json');
  const g = JSON.parse(readFileSync(path, 'utf8'));
  for (const s of senders) {
    g.app_state.auth.accounts.push({ address: s.address, account_number: '0', sequence: '0' });
    g.app_state.bank.balances.push({ address: s.address, coins: [{ denom: 'utrv', amount: '1000000000' }] });
  }
  for (let i = 0; i < extra; i++) {
    const b = Buffer.alloc(20);
    b.writeUInt32BE(i + 1, 0);
    b[19] = 0xee;
    const address = toBech32Address(b);
    g.app_state.auth.accounts.push({ address, account_number: '0', sequence: '0' });
    g.app_state.bank.balances.push({ address, coins: [{ denom: 'utrv', amount: '1000' }] });
  }
  writeFileSync(path, JSON.stringify(g));
  const t0 = performance.now();
  const n = await startNode(home, []);
  await untilHeight(n, 1, t0);
  const initMs = performance.now() - t0;
  await stopNode(n);
  const db = new NodeDB(homePaths(home).db);
  await db.open();
  const height = new BlockStore(db).lastCommit()!.height;
  await db.close();
  console.log(`  base home with ${extra.toLocaleString('en-US')} extra accounts: first start (InitChain + 1 block) ${(initMs / 1000).toFixed(1)} s, db ${(dirBytes(join(home, 'data')) / 2 ** 20).toFixed(0)} MiB`);
  return { home, height };
}

async function accountNumber(n: Running, address: string): Promise<number> {
  const data = Buffer.concat([Buffer.from([0x0a, address.length]), Buffer.from(address)]).toString('hex');
  const r = await n.rpc('abci_query', { path: '/cosmos.auth.v1beta1.Query/Account', data });
  return Number(BaseAccount.decode(QueryAccountResponse.decode(Buffer.from(r.response.value, 'base64')).account!.value).accountNumber);
}

interface RoundResult {
  restartMs: number;
  rss: number;
  tps: number;
  bytesPerTx: number;
  nodeCpu: number;
  clientCpu: number;
}

let bodies: Buffer[][] | undefined;

async function round(base: { home: string; height: number }, flags: string[]): Promise<RoundResult> {
  const home = mkdtempSync(join(tmpdir(), 'trivium-store-round-'));
  cpSync(base.home, home, { recursive: true });
  const dataDir = join(home, 'data');
  try {
    const t0 = performance.now();
    const n = await startNode(home, flags);
    // The first block this process commits is the one above the copy's last.
    const restartMs = await untilHeight(n, base.height, t0);
    await sleep(3000);
    const rss = rssMiB(n.proc.pid!);

    if (!bodies) {
      // Signed once: every round starts from a copy of the same genesis, so numbers and sequences repeat.
      const nums = await Promise.all(senders.map((s) => accountNumber(n, s.address)));
      bodies = senders.map((s, i) =>
        Array.from({ length: PER_SENDER }, (_, q) =>
          postBytes(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'broadcast_tx_sync', params: { tx: Buffer.from(signTx([sendMsg(s.address, freshAddress(i * PER_SENDER + q), '1')], { privkey: s.privkey, accountNumber: nums[i]!, sequence: q, gas: 80_000 })).toString('base64') } })),
        ),
      );
    }
    const before = dirBytes(dataDir);
    const hStart = await heightOf(n);
    const conns = await Promise.all(Array.from({ length: 4 }, () => PipelinedConnection.open(n.rpcPort)));
    const [nc0, cc0] = [processCpuSec(n.proc.pid!), selfCpuSec()];
    const tSend = performance.now();
    // One worker per sender, so each sender's sequence arrives in order.
    await Promise.all(
      bodies.map(async (txs, i) => {
        for (const b of txs) {
          const r = JSON.parse((await conns[i % conns.length]!.request(b)).toString()) as { result?: { code: number; log?: string } };
          if (r.result?.code !== 0) throw new Error(`broadcast refused: ${JSON.stringify(r)}`);
        }
      }),
    );
    // The mempool empties when the last block reaps it, before that block commits: count up to the block after.
    while (Number((await n.rpc('num_unconfirmed_txs')).total) > 0) await sleep(10);
    const emptied = await heightOf(n);
    while ((await heightOf(n)) <= emptied) await sleep(10);
    const hEnd = await heightOf(n);
    const elapsed = (performance.now() - tSend) / 1000;
    const [nc1, cc1] = [processCpuSec(n.proc.pid!), selfCpuSec()];
    let committed = 0;
    for (let h = hStart + 1; h <= hEnd; h++) {
      const b = await n.rpc('block_results', { height: String(h) });
      for (const r of b.txs_results ?? []) if (r.code === 0) committed++;
    }
    if (committed !== TXS) throw new Error(`${committed} of ${TXS} txs committed with code 0`);
    for (const c of conns) c.close();
    await sleep(2000); // background pruning
    await stopNode(n);
    const after = dirBytes(dataDir);
    return { restartMs, rss, tps: TXS / elapsed, bytesPerTx: (after - before) / TXS, nodeCpu: (nc1 - nc0) / elapsed, clientCpu: (cc1 - cc0) / elapsed };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

if (!isFresh()) await buildBundle();
console.log(`building the base homes (empty, ${ACCOUNTS.toLocaleString('en-US')} accounts)…`);
// VARIANTS=empty,big,pruned runs only those (NODE_PROF=dir then profiles the rounds' nodes).
const only = process.env.VARIANTS?.split(',');
const empty = await baseHome(0);
const big = await baseHome(ACCOUNTS);
const variants = [
  { name: 'empty chain', base: empty, flags: ['--pruning', 'nothing'] },
  { name: `${ACCOUNTS.toLocaleString('en-US')} accounts`, base: big, flags: ['--pruning', 'nothing'] },
  { name: 'empty chain, --pruning everything', base: empty, flags: ['--pruning', 'everything'] },
];
const results = new Map<string, RoundResult[]>();
for (let r = 0; r < ROUNDS; r++) {
  for (const v of variants.filter((_, i) => !only || only.includes(['empty', 'big', 'pruned'][i]!))) {
    const res = await round(v.base, v.flags);
    results.set(v.name, [...(results.get(v.name) ?? []), res]);
    console.log(`  round ${r + 1} ${v.name}: restart ${res.restartMs.toFixed(0)} ms, RSS ${res.rss.toFixed(1)} MiB, ${res.tps.toFixed(0)} tx/s, ${res.bytesPerTx.toFixed(0)} B/tx`);
  }
}
rmSync(empty.home, { recursive: true, force: true });
rmSync(big.home, { recursive: true, force: true });

if (only) process.exit(0);
console.log(`\n${ROUNDS} rounds interleaved; ${TXS} MsgSend to fresh addresses per round (${SENDERS} senders), --block-time ${BLOCK_TIME} (min / median / max)`);
for (const v of variants) {
  const xs = results.get(v.name)!;
  console.log(`${v.name}:`);
  console.log(`  restart to first block  ${fmtStats(stats(xs.map((x) => x.restartMs)), 'ms', 0)}`);
  console.log(`  idle RSS (3 s after)    ${fmtStats(stats(xs.map((x) => x.rss)), 'MiB', 1)}`);
  console.log(`  MsgSend                 ${fmtStats(stats(xs.map((x) => x.tps)), 'tx/s', 0)}   (node CPU ${(stats(xs.map((x) => x.nodeCpu)).median * 100).toFixed(0)} % of a core, load generator ${(stats(xs.map((x) => x.clientCpu)).median * 100).toFixed(0)} %)`);
  console.log(`  bytes on disk per tx    ${fmtStats(stats(xs.map((x) => x.bytesPerTx)), 'B', 0)}`);
}
const med = (name: string, f: (x: RoundResult) => number) => stats(results.get(name)!.map(f)).median;
const [e, b] = [variants[0]!.name, variants[1]!.name];
console.log(`\nratios (${b} / empty, medians): restart ×${(med(b, (x) => x.restartMs) / med(e, (x) => x.restartMs)).toFixed(2)} (goal ≤ 1.2), RSS +${(med(b, (x) => x.rss) - med(e, (x) => x.rss)).toFixed(1)} MiB (goal ≤ 50), MsgSend ×${(med(b, (x) => x.tps) / med(e, (x) => x.tps)).toFixed(2)} (goal ≥ 0.9)`);
