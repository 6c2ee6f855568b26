/**
 * Where a `triviumd start` from the start-up snapshot spends its time up to the first answered eth_blockNumber
 * (issue 17), on one clock: the spawn, each step the node stamps (TRIVIUM_START_STEPS=1, cmd/triviumd/commands/
 * start-steps.ts: run = the start command entered, home = a fresh home created, node = the node built, open = the
 * database open and InitChain committed, serving = every server listening, ready = the banner printed) and the
 * first answer, all on the monotonic clock. The client polls every POLL ms (default 1: the start, not the poll
 * interval, is measured). Also the main thread's time on a CPU and its time runnable but waiting for one (a busy
 * machine's share of the wall time), from /proc/PID/schedstat at the answer. A fresh home each round, every server
 * of `start` on free ports, as node-startup.ts. Run: node --no-node-snapshot --import tsx scripts/bench/startup-steps.ts
 * (env: ROUNDS=7; POLL=1; BEFORE=<another checkout, built>: its bin/triviumd interleaved, totals only unless it
 * stamps steps too)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildBundle, isFresh } from '../build.mjs';
import { freePort } from '../../tests/helpers/node.ts';
import { post, repoRoot } from './evm-peers.ts';
import { mainThreadSchedMs, processCpuSec, selfCpuSec } from './lib/proc.ts';
import { fmtStats, stats } from './lib/store.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 7);
const POLL = Number(process.env.POLL ?? 1);
const BEFORE = process.env.BEFORE;
const nowUs = () => Number(process.hrtime.bigint() / 1000n);

interface Round {
  answerMs: number;
  steps: Map<string, number>;
  cpuMs: number;
  onCpuMs: number;
  waitingMs: number;
}

async function startOnce(root: string): Promise<Round> {
  const home = mkdtempSync(path.join(tmpdir(), 'trivium-steps-'));
  const eth = await freePort();
  const args = ['start', '--home', home, '--quiet', '--block-time', '100ms', '--rpc.laddr', `tcp://127.0.0.1:${await freePort()}`, '--json-rpc.address', `127.0.0.1:${eth}`];
  for (const f of ['grpc.address', 'api.address', 'dashboard.address', 'svm-rpc.address', 'svm-rpc.ws-address']) args.push(`--${f}`, `127.0.0.1:${await freePort()}`);
  const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_OPTIONS')), TRIVIUM_START_STEPS: '1' };
  const t0 = nowUs();
  const proc = spawn(path.join(root, 'bin/triviumd'), args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env });
  let err = '';
  proc.stderr!.on('data', (d) => (err += d));
  try {
    let answered = 0;
    while (!answered) {
      if (proc.exitCode !== null) throw new Error(`triviumd exited (${proc.exitCode}) before it answered:\n${err}`);
      try {
        if (JSON.parse(await post(`http://127.0.0.1:${eth}`, '{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber"}')).result) answered = nowUs();
      } catch {
        await new Promise((r) => setTimeout(r, POLL));
      }
    }
    const sched = mainThreadSchedMs(proc.pid!);
    const cpuMs = processCpuSec(proc.pid!) * 1000;
    if (!/--snapshot-blob/.test(readFileSync(`/proc/${proc.pid}/cmdline`, 'utf8'))) throw new Error(`${root}/bin/triviumd did not start from its snapshot (is its build fresh?)`);
    if (JSON.parse(await post(`http://127.0.0.1:${eth}`, '{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}')).result !== '0x40001') throw new Error('the node answered wrongly');
    const steps = new Map<string, number>();
    for (const m of err.matchAll(/^start-step (\S+) (\d+)$/gm)) if (!steps.has(m[1]!)) steps.set(m[1]!, (Number(m[2]) - t0) / 1000);
    return { answerMs: (answered - t0) / 1000, steps, cpuMs, onCpuMs: sched.onCpu, waitingMs: sched.waiting };
  } finally {
    const exited = new Promise((r) => proc.once('exit', r));
    if (proc.exitCode === null) proc.kill('SIGTERM');
    await exited;
    rmSync(home, { recursive: true, force: true });
  }
}

if (!isFresh()) await buildBundle();
const sides: Array<[string, string]> = [['this checkout', repoRoot], ...(BEFORE ? [['before', path.resolve(BEFORE)] as [string, string]] : [])];
const rounds = new Map<string, Round[]>(sides.map(([n]) => [n, []]));
const cpu0 = selfCpuSec();
for (let r = 0; r < ROUNDS; r++) {
  for (const [name, root] of sides) {
    const x = await startOnce(root);
    rounds.get(name)!.push(x);
    console.log(`round ${r + 1} ${name}: answer ${x.answerMs.toFixed(1)} ms (main thread on CPU ${x.onCpuMs.toFixed(1)}, waiting ${x.waitingMs.toFixed(1)}) ${[...x.steps].map(([k, v]) => `${k}@${v.toFixed(1)}`).join(' ')}`);
  }
}
console.log(`\n${ROUNDS} rounds interleaved (min / median / max), client poll ${POLL} ms:`);
for (const [name, rs] of rounds) {
  console.log(`  ${name}: first answer ${fmtStats(stats(rs.map((x) => x.answerMs)), 'ms', 1)}; node CPU ${fmtStats(stats(rs.map((x) => x.cpuMs)), 'ms', 0)}; main thread on CPU ${fmtStats(stats(rs.map((x) => x.onCpuMs)), 'ms', 1)}, runnable but waiting ${fmtStats(stats(rs.map((x) => x.waitingMs)), 'ms', 1)}; answer − waiting ${fmtStats(stats(rs.map((x) => x.answerMs - x.waitingMs)), 'ms', 1)}`);
  const names = [...new Set(rs.flatMap((x) => [...x.steps.keys()]))];
  let prev = 'spawn';
  for (const s of [...names, 'answer']) {
    const at = rs.map((x) => (s === 'answer' ? x.answerMs : x.steps.get(s))).filter((v): v is number => v !== undefined);
    const from = rs.map((x) => (prev === 'spawn' ? 0 : x.steps.get(prev))).filter((v): v is number => v !== undefined);
    if (at.length === rs.length && from.length === rs.length) console.log(`    ${`${prev} → ${s}`.padEnd(18)} ${fmtStats(stats(at.map((v, i) => v - from[i]!)), 'ms', 1)}   (at ${fmtStats(stats(at), 'ms', 1)})`);
    if (s !== 'answer' && at.length === rs.length) prev = s;
  }
}
console.log(`  this bench process (the load generator): ${((selfCpuSec() - cpu0) * 1000).toFixed(0)} ms CPU over the run`);
