/**
 * SVM transfers, four ways, interleaved in rounds in one run (System-program transfers, pre-signed, between
 * SENDERS funded wallets, each transaction signed once and checked):
 *   (a) bare LiteSVM: the native runtime (sigverify on, blockhash check off) sending the wire bytes in a loop;
 *   (b) the in-process x/svm handler: the raw Solana tx handler's deliverTx, as FinalizeBlock runs it (a store
 *       branch per tx, blocks of BLOCK txs written into the state) — the same bytes as (a), their signatures
 *       checked on the signature worker before the clock starts, as the node's RPC checks them before their
 *       block (the worker's rate is printed too); (b') the same handler on signatures it has not seen (a
 *       replaying node: the runtime checks them);
 *   (c) a real `triviumd start` devnet fed through its Solana RPC `sendTransaction` by LOADGENS load-generator
 *       processes (svm-loadgen.ts); every signature is checked with getSignatureStatuses and counted committed.
 * Prints min / median / max per side, the ratios of the medians, and the CPU of the node and the load
 * generators over the node's rounds.
 *
 *   npx tsx scripts/bench/svm-transfer.ts
 *   env: ROUNDS=5 NODE_TXS=6000 INPROC_TXS=5000 SENDERS=500 LOADGENS=2 CONNECTIONS=4 IN_FLIGHT=64 BLOCK_TIME=1s
 *        SKIP_PREFLIGHT=1 (send with skipPreflight) NODE_PROF=dir (node CPU profile) NODE_FLAGS='…' (extra start flags)
 */
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Account } from 'litesvm';
import { DENOM, moduleAddress, toBech32Address } from '../../core/types/address.ts';
import { Context } from '../../core/types/context.ts';
import { infiniteGasMeter } from '../../core/types/gas.ts';
import { CacheStore } from '../../core/store/cache-store.ts';
import { SortedStore } from '../../core/store/sorted-store.ts';
import { AuthKeeper } from '../../x/auth/keeper.ts';
import { BankKeeper } from '../../x/bank/keeper.ts';
import { newNativeSvm } from '../../x/svm/engine/engine.ts';
import { blockhashFor } from '../../x/svm/keeper/blockhash.ts';
import { SvmKeeper } from '../../x/svm/keeper/keeper.ts';
import { envelopeSolanaTx, solanaRawTxHandler } from '../../x/svm/raw-tx.ts';
import { firstBadSignatureAsync } from '../../x/svm/signatures.ts';
import { SolanaSignatureWorker } from '../../x/svm/signature-worker.ts';
import { parseTransaction } from '../../x/svm/wire.ts';
import { decodeBase58, encodeBase58 } from '../../x/svm/types/base58.ts';
import { SYSTEM_PROGRAM_ID } from '../../x/svm/types/index.ts';
import { freePort, repoRoot, runCli } from '../../tests/helpers/node.ts';
import { moduleClis } from '../../cmd/triviumd/module-clis.ts';
import { buildBundle, isFresh } from '../build.mjs';
import { fmtStats, stats } from './lib/store.ts';
import { processCpuSec, rssMiB } from './lib/proc.ts';
import { benchKeypair, signedTransfer } from './lib/solana-transfers.ts';
import type { LoadgenResult, LoadgenRound } from './svm-loadgen.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const NODE_TXS = Number(process.env.NODE_TXS ?? 6000);
const INPROC_TXS = Number(process.env.INPROC_TXS ?? 5000);
const SENDERS = Number(process.env.SENDERS ?? 500);
const LOADGENS = Number(process.env.LOADGENS ?? 2);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 4);
const IN_FLIGHT = Number(process.env.IN_FLIGHT ?? 64);
const BLOCK_TIME = process.env.BLOCK_TIME ?? '1s';
const SKIP_PREFLIGHT = process.env.SKIP_PREFLIGHT === '1';
const BLOCK = 1000;
const FUND_UTRV = 1_000_000_000_000n; // 10^15 lamports per wallet: never the limit
const WARMUP = 0.4;
/** SIDES=ab runs without the node, SIDES=b the handler alone (for profiling), r the handler on unseen signatures; the default runs all. */
const SIDES = process.env.SIDES ?? 'abrc';
const withNode = SIDES.includes('c');

const keys = Array.from({ length: SENDERS }, (_, i) => benchKeypair(i));

// ---- (c) the node ------------------------------------------------------------------------------------------
interface BenchNode {
  node: { proc: ChildProcess; stop(): Promise<void> };
  pid: number;
  loadgens: ChildProcess[];
  solana<T>(method: string, params?: unknown[]): Promise<T>;
}

/** A devnet whose genesis funds the wallets, and the load-generator processes (they fail loudly if absent). */
async function setupNode(): Promise<BenchNode> {
  if (!isFresh()) await buildBundle();
  const home = mkdtempSync(join(tmpdir(), 'trivium-svm-bench-'));
  const init = await runCli(['init', 'bench', '--home', home]);
  if (init.code !== 0) throw new Error(`init failed: ${init.stderr}`);
  const genesisPath = join(home, 'config', 'genesis.json');
  const genesis = JSON.parse(readFileSync(genesisPath, 'utf8'));
  for (const k of keys) genesis.app_state.bank.balances.push({ address: toBech32Address(k.face), coins: [{ denom: DENOM, amount: FUND_UTRV.toString() }] });
  writeFileSync(genesisPath, JSON.stringify(genesis));
  const svmPort = await freePort();
  const node = await launchNode(home, svmPort);
  svmPortOf = svmPort;
  const solana = async <T>(method: string, params: unknown[] = []): Promise<T> => {
    const res = await fetch(`http://127.0.0.1:${svmPort}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
    const body = (await res.json()) as { result?: T; error?: { message: string } };
    if (body.error) throw new Error(`${method}: ${body.error.message}`);
    return body.result as T;
  };
  const bal = await solana<{ value: number }>('getBalance', [encodeBase58(keys[0]!.pubkey)]);
  if (BigInt(bal.value) !== FUND_UTRV * 1000n) throw new Error(`wallet 0 not funded on the node: ${bal.value}`);
  const loadgens: ChildProcess[] = await Promise.all(
    Array.from({ length: LOADGENS }, () => {
      const c = fork(join(import.meta.dirname, 'svm-loadgen.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      return new Promise<ChildProcess>((res, rej) => {
        c.once('message', () => res(c));
        c.once('exit', (code) => rej(new Error(`load generator exited with ${code}`)));
      });
    }),
  );
  return { node, pid: node.proc.pid!, loadgens, solana };
}
let svmPortOf = 0;

/** `triviumd start` on every listening address a free port (as tests/helpers/node.ts does), with NODE_PROF's profile flags. */
async function launchNode(home: string, svmPort: number): Promise<BenchNode['node']> {
  const rpcPort = await freePort();
  const args = [...(process.env.NODE_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.NODE_PROF}`] : []), '--no-node-snapshot', join(repoRoot, 'cmd', 'triviumd.js'), 'start', '--home', home, '--quiet', '--block-time', BLOCK_TIME, '--rpc.laddr', `tcp://127.0.0.1:${rpcPort}`];
  for (const m of moduleClis) {
    for (const f of m.startFlags ?? []) {
      const name = /--([\w.-]+)/.exec(f.flags)?.[1];
      if (name && /address|laddr/.test(name) && name !== 'rpc.laddr') args.push(`--${name}`, name === 'svm-rpc.address' ? `127.0.0.1:${svmPort}` : name === 'svm-rpc.ws-address' ? 'off' : `127.0.0.1:${await freePort()}`);
    }
  }
  args.push(...(process.env.NODE_FLAGS?.split(' ').filter(Boolean) ?? []));
  const proc = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`triviumd exited during start:\n${out}`);
    const slot = await fetch(`http://127.0.0.1:${svmPort}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"jsonrpc":"2.0","id":1,"method":"getSlot"}' })
      .then(async (r) => ((await r.json()) as { result?: number }).result ?? 0)
      .catch(() => 0);
    if (slot >= 1) break;
    if (Date.now() > deadline) throw new Error(`triviumd did not come up within 60 s:\n${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    proc,
    stop: async () => {
      proc.kill('SIGTERM');
      await exited;
      rmSync(home, { recursive: true, force: true });
    },
  };
}
const bn = withNode ? await setupNode() : undefined;
// A failed run must not leave its node behind.
process.on('exit', () => bn?.node.proc.kill('SIGKILL'));
const nextMessage = <T>(c: ChildProcess): Promise<T> =>
  new Promise((res, rej) =>
    c.once('message', (m: { type: string; message?: string }) => (m.type === 'error' ? rej(new Error(`load generator: ${m.message}`)) : res(m as T))),
  );

interface NodeRound {
  rate: number;
  nodeCpuPct: number;
  genCpuPct: number;
  genSendCpuPct: number;
  retries: number;
  /** Accepted by sendTransaction per second (first send → last answer), and the wait from then to the last commit seen (s). */
  sendRate: number;
  tailSec: number;
}
let amountRound = 0;
async function nodeRound(n: number): Promise<NodeRound> {
  const { loadgens, pid: nodePid, solana } = bn!;
  const svmPort = svmPortOf;
  const { value } = await solana<{ value: { blockhash: string } }>('getLatestBlockhash');
  const blockhashHex = Buffer.from(decodeBase58(value.blockhash)).toString('hex');
  const perGen = Math.ceil(SENDERS / LOADGENS);
  const perSender = Math.max(1, Math.round(n / SENDERS));
  amountRound++;
  const readies = loadgens.map((c) => nextMessage(c));
  loadgens.forEach((c, g) => {
    const senders = Array.from({ length: perGen }, (_, i) => g * perGen + i).filter((i) => i < SENDERS);
    const msg: LoadgenRound = { type: 'round', port: svmPort, senders, perSender, amountBase: String(amountRound * 10_000_000), blockhashHex, connections: CONNECTIONS, inFlight: IN_FLIGHT, skipPreflight: SKIP_PREFLIGHT };
    c.send(msg);
  });
  await Promise.all(readies);
  const dones = loadgens.map((c) => nextMessage<LoadgenResult>(c));
  const cpu0 = processCpuSec(nodePid);
  const t0 = performance.now();
  for (const c of loadgens) c.send({ type: 'go' });
  const rs = await Promise.all(dones);
  const wall = (performance.now() - t0) / 1000;
  const nodeCpu = processCpuSec(nodePid) - cpu0;
  const sent = rs.reduce((a, r) => a + r.sent, 0);
  const committed = rs.reduce((a, r) => a + r.committed, 0);
  const failed = rs.reduce((a, r) => a + r.failed, 0);
  if (failed > 0 || committed !== sent) throw new Error(`node round: ${sent} sent, ${committed} committed, ${failed} failed; first: ${rs.map((r) => r.firstError).find(Boolean)}`);
  const t0s = Math.min(...rs.map((r) => r.tStart));
  const tSent = Math.max(...rs.map((r) => r.tSent));
  const span = (Math.max(...rs.map((r) => r.tCommitted)) - t0s) / 1000;
  return {
    sendRate: sent / ((tSent - t0s) / 1000),
    tailSec: span - (tSent - t0s) / 1000,
    rate: committed / span,
    nodeCpuPct: (nodeCpu / wall) * 100,
    genCpuPct: (rs.reduce((a, r) => a + r.cpuTotalSec, 0) / wall) * 100,
    genSendCpuPct: Math.max(...rs.map((r) => (r.cpuSendSec / ((r.tSent - r.tStart) / 1000)) * 100)),
    retries: rs.reduce((a, r) => a + r.retries, 0),
  };
}

// ---- (b) the in-process handler, (a) bare LiteSVM ---------------------------------------------------------
const CHAIN = 'bench';
const state = new SortedStore();
const auth = new AuthKeeper();
const bank = new BankKeeper(auth);
const keeper = new SvmKeeper(bank, moduleAddress('svm'));
const handler = solanaRawTxHandler(keeper);
const signatureWorker = new SolanaSignatureWorker();
const workerRates: number[] = [];
let height = 1;
const block = () => ({ height, timeMs: 1_790_000_000_000 + height * 1000, chainId: CHAIN, proposer: '' });
{
  const setup = new CacheStore(state);
  const ctx = new Context(setup, infiniteGasMeter(), block(), 'deliver');
  for (const k of keys) bank.mintCoins(ctx, k.face, [{ denom: DENOM, amount: FUND_UTRV.toString() }]);
  setup.write();
}
const bare = newNativeSvm();
bare.setSigverify(true);
bare.setBlockhashCheck(false);
bare.setTransactionHistory(0n);
for (const k of keys) bare.setAccount(k.pubkey, new Account(FUND_UTRV * 1000n, new Uint8Array(0), SYSTEM_PROGRAM_ID, false, 0n));

/** The same wire transactions for (a) and (b): signed with the in-process chain's current blockhash. */
function inprocTxs(n: number): Uint8Array[] {
  amountRound++;
  const bh = blockhashFor(CHAIN, height);
  const perSender = Math.max(1, Math.round(n / SENDERS));
  const out: Uint8Array[] = [];
  for (let s = 0; s < perSender; s++) {
    for (let j = 0; j < SENDERS; j++) out.push(signedTransfer(keys[j]!, keys[(j + 1) % SENDERS]!.pubkey, BigInt(amountRound * 10_000_000 + s * SENDERS + j), bh).wire);
  }
  return out;
}

/** Transfers per CPU-second of this process in each round, by side (on a shared machine the wall clock counts the time it was not running). */
const cpuRates = { bare: [] as number[], handler: [] as number[], replay: [] as number[] };
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

function bareRound(txs: Uint8Array[]): number {
  const c0 = cpuNow();
  const t0 = performance.now();
  for (const tx of txs) {
    const r = bare.sendLegacyTransaction(tx);
    if (typeof (r as { err?: unknown }).err === 'function') throw new Error(`bare transfer failed: ${String((r as { err: () => unknown }).err())}`);
  }
  const wall = (performance.now() - t0) / 1000;
  cpuRates.bare.push(txs.length / (cpuNow() - c0));
  return txs.length / wall;
}

/**
 * `preverify`: the signatures are first checked on the signature worker (x/svm/signature-worker.ts, the
 * runtime's own checks on a thread of their own), as the node's sendTransaction does before a transaction
 * reaches a block, and the clock starts after: the rate is FinalizeBlock's delivery, which then leaves the
 * runtime's check off (x/svm/signatures.ts); the worker's own rate is kept in `workerRates`. Without it,
 * delivery finds the signatures unseen (a replaying node) and the runtime checks them.
 */
async function handlerRound(txs: Uint8Array[], preverify: boolean): Promise<number> {
  const enveloped = txs.map((w) => envelopeSolanaTx(w));
  if (preverify) {
    const w0 = performance.now();
    const bad = await Promise.all(txs.map((w) => firstBadSignatureAsync(parseTransaction(w), signatureWorker)));
    if (bad.some((b) => b >= 0)) throw new Error('a bench signature did not verify');
    workerRates.push(txs.length / ((performance.now() - w0) / 1000));
  }
  const c0 = cpuNow();
  const t0 = performance.now();
  for (let i = 0; i < enveloped.length; i += BLOCK) {
    height++;
    const blockStore = new CacheStore(state);
    const idx = new Map<string, Uint8Array>();
    const info = block();
    keeper.pruneSignatures(new Context(blockStore, infiniteGasMeter(), info, 'deliver', idx));
    for (let j = i; j < Math.min(i + BLOCK, enveloped.length); j++) {
      const txStore = new CacheStore(blockStore);
      const ctx = new Context(txStore, infiniteGasMeter(), info, 'deliver', idx, { hash: '', index: j - i });
      const r = handler.deliverTx(ctx, enveloped[j]!) as { code: number; log: string };
      if (r.code !== 0) throw new Error(`handler transfer failed: ${r.log}`);
      txStore.write();
    }
    blockStore.write();
  }
  const wall = (performance.now() - t0) / 1000;
  (preverify ? cpuRates.handler : cpuRates.replay).push(enveloped.length / (cpuNow() - c0));
  return enveloped.length / wall;
}

// ---- rounds ----------------------------------------------------------------------------------------------
console.log(`svm transfers: ${ROUNDS} rounds after a warm-up; node ${NODE_TXS} txs/round (${LOADGENS} load generators × ${CONNECTIONS} sockets, ${IN_FLIGHT} in flight each, block time ${BLOCK_TIME}, ${SKIP_PREFLIGHT ? 'skipPreflight' : 'with preflight'}), in-process ${INPROC_TXS} txs/round, ${SENDERS} wallets`);
{
  const w = inprocTxs(INPROC_TXS * WARMUP);
  bareRound(w);
  await handlerRound(w, true);
  await handlerRound(inprocTxs(INPROC_TXS * WARMUP), false);
  if (bn) await nodeRound(NODE_TXS * WARMUP);
}
const bareRates: number[] = [];
const handlerRates: number[] = [];
const replayRates: number[] = [];
workerRates.length = 0; // the warm-up's
for (const xs of Object.values(cpuRates)) xs.length = 0;
const nodeRounds: NodeRound[] = [];
for (let r = 0; r < ROUNDS; r++) {
  const sides = [
    () => { if (SIDES.includes('a')) bareRates.push(bareRound(inprocTxs(INPROC_TXS))); },
    async () => { if (SIDES.includes('b')) handlerRates.push(await handlerRound(inprocTxs(INPROC_TXS), true)); },
    async () => { if (SIDES.includes('r')) replayRates.push(await handlerRound(inprocTxs(INPROC_TXS), false)); },
    async () => { if (bn) nodeRounds.push(await nodeRound(NODE_TXS)); },
  ];
  // rotate the order so no side always follows the same one
  for (let k = 0; k < sides.length; k++) await sides[(k + r) % sides.length]!();
  const n = nodeRounds.at(-1);
  const nodeText = n ? `, node ${n.rate.toFixed(0)}/s (node cpu ${n.nodeCpuPct.toFixed(0)} %, load generators ${n.genCpuPct.toFixed(0)} % in all, busiest while sending ${n.genSendCpuPct.toFixed(0)} %, mempool-full retries ${n.retries}; accepted ${n.sendRate.toFixed(0)}/s, last commit seen ${(n.tailSec * 1000).toFixed(0)} ms after the last answer)` : '';
  console.log(`  round ${r + 1}: bare ${bareRates.at(-1)?.toFixed(0)}/s, handler ${handlerRates.at(-1)?.toFixed(0)}/s, handler on unseen signatures ${replayRates.at(-1)?.toFixed(0)}/s${nodeText}`);
}
const sb = bareRates.length ? stats(bareRates) : undefined;
const paired = (xs: number[]) => { const r = stats(xs.map((x, i) => x / bareRates[i]!)); return `${r.median.toFixed(2)} (${r.min.toFixed(2)}–${r.max.toFixed(2)})`; };
if (sb) console.log(`(a) bare LiteSVM              ${fmtStats(sb, 'tx/s', 0)}  (min / median / max)`);
if (handlerRates.length) {
  const sh = stats(handlerRates);
  console.log(`(b) in-process x/svm handler  ${fmtStats(sh, 'tx/s', 0)}`);
  // Paired per round too: on a shared machine neighbouring measurements share its load.
  if (sb) console.log(`ratio of the medians: handler / bare ${(sh.median / sb.median).toFixed(2)} (goal ≥ 0.8); median of the per-round ratios ${paired(handlerRates)}`);
}
if (workerRates.length) console.log(`    its signatures checked first on the signature worker: ${fmtStats(stats(workerRates), 'tx/s', 0)} (one thread, the runtime's checks)`);
if (replayRates.length) {
  const sr = stats(replayRates);
  console.log(`(b') the handler, signatures unseen (a replay: the runtime checks them) ${fmtStats(sr, 'tx/s', 0)}`);
  if (sb) console.log(`ratio of the medians: handler on unseen signatures / bare ${(sr.median / sb.median).toFixed(2)}; median of the per-round ratios ${paired(replayRates)}`);
}
if (cpuRates.bare.length && (cpuRates.handler.length || cpuRates.replay.length)) {
  // The same sides on this process's CPU time: what each does per CPU-second, whatever else the machine runs.
  const cb = stats(cpuRates.bare);
  const line = (name: string, xs: number[]) => (xs.length ? `, ${name} ${fmtStats(stats(xs), 'tx/s', 0)} (÷ bare, per round: ${stats(xs.map((x, i) => x / cpuRates.bare[i]!)).median.toFixed(2)})` : '');
  console.log(`per CPU-second of the bench process: bare ${fmtStats(cb, 'tx/s', 0)}${line('handler', cpuRates.handler)}${line('handler on unseen signatures', cpuRates.replay)}`);
}
if (bn) {
  const sn = stats(nodeRounds.map((n) => n.rate));
  console.log(`(c) triviumd, sendTransaction ${fmtStats(sn, 'tx/s', 0)}`);
  if (sb) console.log(`ratio of the medians: node / bare ${(sn.median / sb.median).toFixed(2)} (goal ≥ 0.25); median of the per-round ratios ${paired(nodeRounds.map((n) => n.rate))}`);
  console.log(`cpu during the node rounds (median): node ${stats(nodeRounds.map((n) => n.nodeCpuPct)).median.toFixed(0)} % of a core, load generators ${stats(nodeRounds.map((n) => n.genCpuPct)).median.toFixed(0)} % in all; node RSS ${rssMiB(bn.pid).toFixed(0)} MiB`);
  // What the node does with the CPU it gets (on a shared machine it may not get a whole core).
  console.log(`committed transfers per node CPU-second (median of rounds): ${stats(nodeRounds.map((n) => n.rate / (n.nodeCpuPct / 100))).median.toFixed(0)}`);
  for (const c of bn.loadgens) c.send({ type: 'exit' });
  await bn.node.stop();
}
// The signature worker is unref'd, but a worker in its start-up or answering a batch still holds the process.
await signatureWorker.close();
