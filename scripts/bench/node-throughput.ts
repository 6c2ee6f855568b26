// MsgSend throughput, Trivium's devnet against a Cosmos SDK v0.50 `simd` chain on the same machine.
// Both at their default settings with the same block time (Trivium's default, given to simd as timeout_commit),
// the same number of funded sender accounts, fed pre-signed MsgSend txs through CometBFT-RPC broadcast_tx_sync
// by LOADGENS load-generator processes. The sides run INTERLEAVED in rounds (the order alternating), each
// round on a fresh home. Every broadcast answer is checked, every committed tx's result code is checked, and
// after the window the mempool is drained and the committed code-0 txs must equal the accepted broadcasts.
// The rate is the code-0 txs of the blocks after the first one in the window over those blocks' header time.
// Run: npx tsx scripts/bench/node-throughput.ts
//   env: ROUNDS=3 DURATION=20 ACCOUNTS=500 LOADGENS=2 WORKERS=192 CONNECTIONS=8 SIDES=trivium,simd
//        TRIVIUM_GAS=80000 SIMD_GAS=100000 RATE_GUESS=6000 (txs/s to pre-sign for)
//        NODE_PROF=dir (a CPU profile of each Trivium node), NODE_FLAGS (extra node flags for Trivium)
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_BLOCK_TIME } from '../../cmd/triviumd/commands/start.ts';
import { buildBundle, isFresh } from '../build.mjs';
import { accountNumber, blockOutcome, closeRpc, height, rpc, waitHeight, type BlockOutcome } from './lib/comet-rpc.ts';
import { addressOf, benchKey } from './lib/cosmos-send.ts';
import type { LoadgenResult, LoadgenSetup } from './lib/msgsend-loadgen.ts';
import { processCpuSec, rssMiB } from './lib/proc.ts';
import { initSimd, requireSimd, startSimd } from './lib/simd.ts';
import { fmtSpread, spread } from './lib/stats.ts';
import { initTrivium, startTrivium } from './lib/trivium-node.ts';

const env = (k: string, d: number) => Number(process.env[k] ?? d);
const ROUNDS = env('ROUNDS', 3);
const DURATION = env('DURATION', 20);
const ACCOUNTS = env('ACCOUNTS', 500);
const LOADGENS = env('LOADGENS', 2);
const WORKERS = env('WORKERS', 192);
const CONNECTIONS = env('CONNECTIONS', 8);
const RATE_GUESS = env('RATE_GUESS', 6000);
const SIDES = (process.env.SIDES ?? 'trivium,simd').split(',') as Side[];
type Side = 'trivium' | 'simd';

if (SIDES.includes('simd')) requireSimd();
if (!isFresh()) await buildBundle();

const keys = Array.from({ length: ACCOUNTS }, (_, i) => benchKey(i));
const perAccount = Math.ceil((RATE_GUESS * DURATION * 1.2) / ACCOUNTS);

interface SideResult {
  side: Side;
  txPerSec: number;
  windowTxs: number;
  blocks: number;
  avgTxsPerBlock: number;
  nodeCpuPct: number;
  /** Node CPU (all its threads) over the window per accepted tx: the cost per tx, whatever else runs on the machine. */
  nodeCpuMsPerTx: number;
  loadgenCpuPct: number[];
  sent: number;
  accepted: number;
  fullRetries: number;
  rssMiB: number;
}

const LOADGEN = fileURLToPath(new URL('./lib/msgsend-loadgen.ts', import.meta.url));

function waitMsg<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMsg = (m: { type: string }) => {
      if (m.type !== type) return;
      child.off('message', onMsg);
      child.off('exit', onExit);
      resolve(m as T);
    };
    const onExit = (code: number) => reject(new Error(`load generator exited with ${code} before "${type}"`));
    child.on('message', onMsg);
    child.once('exit', onExit);
  });
}

async function runSide(side: Side, round: number): Promise<SideResult> {
  const home = mkdtempSync(join(tmpdir(), `tput-${side}-`));
  const prefix = side === 'trivium' ? 'trivium' : 'cosmos';
  const denom = side === 'trivium' ? 'utrv' : 'stake';
  const gas = side === 'trivium' ? env('TRIVIUM_GAS', 80_000) : env('SIMD_GAS', 100_000);
  const addresses = keys.map((k) => addressOf(k, prefix));
  let chainId: string;
  let node;
  if (side === 'trivium') {
    chainId = await initTrivium(home, addresses);
    node = await startTrivium(home, { profDir: process.env.NODE_PROF, nodeFlags: process.env.NODE_FLAGS?.split(' ').filter(Boolean) });
  } else {
    chainId = `bench-simd-${round}`;
    await initSimd(home, chainId, addresses, DEFAULT_BLOCK_TIME);
    node = await startSimd(home);
  }
  const gens: ChildProcess[] = [];
  try {
    const port = node.rpcPort;
    await waitHeight(port, 2, 60_000, () => !node.exited());
    const numbers: number[] = [];
    for (let i = 0; i < ACCOUNTS; i += 25) numbers.push(...(await Promise.all(addresses.slice(i, i + 25).map((a) => accountNumber(port, a)))));

    for (let g = 0; g < LOADGENS; g++) gens.push(fork(LOADGEN, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
    const ready = gens.map((c) => waitMsg<{ signSec: number; txs: number }>(c, 'ready'));
    gens.forEach((c, g) => {
      const mine = addresses.map((_, i) => i).filter((i) => i % LOADGENS === g);
      const setup: LoadgenSetup = {
        port,
        chainId,
        denom,
        gas,
        fee: String(Math.ceil(gas / 1000)),
        perAccount,
        workers: Math.ceil(WORKERS / LOADGENS),
        connections: Math.ceil(CONNECTIONS / LOADGENS),
        accounts: mine.map((i) => ({ privkeyHex: Buffer.from(keys[i]!).toString('hex'), address: addresses[i]!, to: addresses[(i + 1) % ACCOUNTS]!, accountNumber: numbers[i]! })),
      };
      c.send({ type: 'setup', setup });
    });
    const r0 = await Promise.all(ready);
    const signed = r0.reduce((s, r) => s + r.txs, 0);

    const h0 = await height(port);
    const cpu0 = processCpuSec(node.proc.pid!);
    const t0 = performance.now();
    const done = gens.map((c) => waitMsg<{ result: LoadgenResult }>(c, 'done'));
    for (const c of gens) c.send({ type: 'go', durationMs: DURATION * 1000 });
    const results = (await Promise.all(done)).map((d) => d.result);
    const elapsed = (performance.now() - t0) / 1000;
    const nodeCpu = processCpuSec(node.proc.pid!) - cpu0;
    const h1 = await height(port);
    const rss = rssMiB(node.proc.pid!);

    // Drain: everything accepted must reach a block with code 0.
    const tDrain = Date.now();
    while (Number((await rpc(port, 'num_unconfirmed_txs')).n_txs) > 0) {
      if (Date.now() - tDrain > 60_000) throw new Error(`${side}: mempool not drained after 60 s`);
      await new Promise((r) => setTimeout(r, 200));
    }
    // The block that emptied the mempool may still be committing: read up to the one after it.
    const hFinal = await waitHeight(port, (await height(port)) + 1, 30_000);
    const outcomes: BlockOutcome[] = [];
    for (let h = h0 + 1; h <= hFinal; h++) outcomes.push(await blockOutcome(port, h));
    const accepted = results.reduce((s, r) => s + r.accepted, 0);
    const rejected = results.reduce((s, r) => s + r.rejected, 0);
    const committedOk = outcomes.reduce((s, o) => s + o.ok, 0);
    const failed = outcomes.filter((o) => o.failed > 0);
    if (rejected > 0) throw new Error(`${side}: ${rejected} broadcasts rejected; first: ${results.find((r) => r.firstError)?.firstError}`);
    if (failed.length > 0) throw new Error(`${side}: ${failed.reduce((s, o) => s + o.failed, 0)} committed txs failed; first: ${failed[0]!.firstFailure}`);
    if (committedOk !== accepted) throw new Error(`${side}: ${accepted} broadcasts accepted but ${committedOk} txs committed with code 0`);
    const exhausted = results.reduce((s, r) => s + r.exhausted, 0);
    if (exhausted > 0) process.stderr.write(`  ${side}: ${exhausted} accounts ran out of pre-signed txs (raise RATE_GUESS)\n`);

    // The rate: blocks h0+2..h1 (the first block of the window began before the load) over their time span.
    const win = outcomes.filter((o) => o.height >= h0 + 2 && o.height <= h1);
    const first = outcomes.find((o) => o.height === h0 + 1)!;
    if (win.length < 3) throw new Error(`${side}: only ${win.length} blocks in the window; raise DURATION`);
    const span = (win[win.length - 1]!.timeMs - first.timeMs) / 1000;
    const windowTxs = win.reduce((s, o) => s + o.ok, 0);
    const r: SideResult = {
      side,
      txPerSec: windowTxs / span,
      windowTxs,
      blocks: win.length,
      avgTxsPerBlock: windowTxs / win.length,
      nodeCpuPct: (nodeCpu / elapsed) * 100,
      nodeCpuMsPerTx: (nodeCpu * 1000) / accepted,
      loadgenCpuPct: results.map((x) => (x.cpuSec / x.elapsedSec) * 100),
      sent: results.reduce((s, x) => s + x.sent, 0),
      accepted,
      fullRetries: results.reduce((s, x) => s + x.fullRetries, 0),
      rssMiB: rss,
    };
    console.log(
      `  round ${round} ${side.padEnd(7)} ${r.txPerSec.toFixed(0).padStart(5)} tx/s  (${windowTxs} txs in ${win.length} blocks over ${span.toFixed(1)} s, ${r.avgTxsPerBlock.toFixed(0)}/block; ` +
        `accepted ${accepted}, ${r.fullRetries} mempool-full retries; node cpu ${r.nodeCpuPct.toFixed(0)} % (${r.nodeCpuMsPerTx.toFixed(2)} ms/tx), load gens ${r.loadgenCpuPct.map((x) => x.toFixed(0) + ' %').join(' + ')}; rss ${rss.toFixed(0)} MiB; ${signed} pre-signed)`,
    );
    return r;
  } finally {
    for (const c of gens) if (c.connected) c.send({ type: 'exit' });
    await node.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

console.log(`MsgSend via broadcast_tx_sync, default settings (block time ${DEFAULT_BLOCK_TIME} both), ${ACCOUNTS} accounts, ${LOADGENS} load generators × ${Math.ceil(WORKERS / LOADGENS)} in flight, ${ROUNDS} rounds × ${DURATION} s`);
const bySide = new Map<Side, SideResult[]>(SIDES.map((s) => [s, []]));
for (let round = 1; round <= ROUNDS; round++) {
  const order = round % 2 ? SIDES : [...SIDES].reverse();
  for (const side of order) bySide.get(side)!.push(await runSide(side, round));
}
closeRpc();

console.log('\nside      tx/s min / median / max   node cpu % (median)   node cpu ms/tx (median)   load gen cpu % (median, each)');
for (const [side, rs] of bySide) {
  const med = (f: (r: SideResult) => number, d = 0) => spread(rs.map(f)).median.toFixed(d);
  console.log(`${side.padEnd(9)} ${fmtSpread(rs.map((r) => r.txPerSec)).padEnd(25)} ${med((r) => r.nodeCpuPct).padEnd(21)} ${med((r) => r.nodeCpuMsPerTx, 2).padEnd(25)} ${spread(rs.flatMap((r) => r.loadgenCpuPct)).median.toFixed(0)}`);
}
const t = bySide.get('trivium');
const s = bySide.get('simd');
if (t?.length && s?.length) {
  const perRound = t.map((r, i) => r.txPerSec / s[i]!.txPerSec);
  console.log(`ratio trivium / simd: median ${(spread(t.map((r) => r.txPerSec)).median / spread(s.map((r) => r.txPerSec)).median).toFixed(2)}×; per round min / median / max ${fmtSpread(perRound, 2)}  (goal ≥ 2,000 tx/s and ≥ 1.0×)`);
}
