/**
 * A CPU profile of one `triviumd start` from the build's start-up snapshot on a fresh home, to its first answered
 * eth_blockNumber (issue 17): node runs as bin/triviumd runs it (`--snapshot-blob`), plus --cpu-prof. Prints the
 * profile's path and the cpuprofile-top.ts command for the samples up to the answer (the profile's clock is the
 * monotonic clock, as process.hrtime here). Run: node --no-node-snapshot --import tsx scripts/bench/startup-profile.ts
 * (env: PROFILE_DIR, default a new temp dir; INTERVAL_US=100, the sampling interval)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildBundle, bundlePath, isFresh } from '../build.mjs';
import { freePort } from '../../tests/helpers/node.ts';
import { post, repoRoot } from './evm-peers.ts';
import { processCpuSec } from './lib/proc.ts';

if (!isFresh()) await buildBundle();
const blob = path.join(path.dirname(bundlePath()), 'triviumd.blob');
if (!existsSync(blob)) throw new Error(`no start-up snapshot in this build (${blob})`);
const home = mkdtempSync(path.join(tmpdir(), 'trivium-startprof-'));
const dir = process.env.PROFILE_DIR ?? mkdtempSync(path.join(tmpdir(), 'trivium-startprof-out-'));
const eth = await freePort();
const addrs: string[] = [];
for (const f of ['rpc.laddr', 'grpc.address', 'api.address', 'dashboard.address', 'svm-rpc.address', 'svm-rpc.ws-address']) addrs.push(`--${f}`, `${f === 'rpc.laddr' ? 'tcp://' : ''}127.0.0.1:${await freePort()}`);
const args = ['--snapshot-blob', blob, '--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-interval=${process.env.INTERVAL_US ?? 100}`, path.join(repoRoot, 'cmd/triviumd.js'), 'start', '--home', home, '--quiet', '--block-time', '100ms', '--json-rpc.address', `127.0.0.1:${eth}`, ...addrs];
const t0 = performance.now();
const proc = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
let answeredUs = 0;
while (!answeredUs) {
  if (proc.exitCode !== null) throw new Error(`triviumd exited (${proc.exitCode}) before it answered`);
  try {
    if (JSON.parse(await post(`http://127.0.0.1:${eth}`, '{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber"}')).result) answeredUs = Number(process.hrtime.bigint() / 1000n);
  } catch {
    await new Promise((r) => setTimeout(r, 2));
  }
}
const ms = performance.now() - t0;
const cpu = processCpuSec(proc.pid!) * 1000;
proc.kill('SIGINT'); // the profile is written on a clean exit
await new Promise((r) => proc.once('exit', r));
rmSync(home, { recursive: true, force: true });
const file = path.join(dir, readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))!);
const start = (JSON.parse(readFileSync(file, 'utf8')) as { startTime: number }).startTime;
console.log(`first answer after ${ms.toFixed(0)} ms, node CPU ${cpu.toFixed(0)} ms; the profile covers the last ${((answeredUs - start) / 1000).toFixed(0)} ms of it`);
console.log(`node --import tsx scripts/bench/cpuprofile-top.ts ${file} 40 --to=${answeredUs}`);
