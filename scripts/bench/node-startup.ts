// Start-up: `triviumd start` on a fresh home until the first committed block is visible over RPC, and the
// resident set of the idle node a few seconds later. Median of 5 runs. Run: npx tsx scripts/bench/node-startup.ts
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, repoRoot } from '../../tests/helpers/node.ts';
import { buildBundle, isFresh } from '../build.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rssMiB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

if (!isFresh()) await buildBundle();
const startups: number[] = [];
const rss: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const home = mkdtempSync(join(tmpdir(), 'trivium-bench-'));
  const rpc = await freePort();
  const args = ['--no-node-snapshot', join(repoRoot, 'cmd/triviumd.js'), 'start', '--home', home, '--rpc.laddr', `tcp://127.0.0.1:${rpc}`, '--quiet',
    '--json-rpc.address', `127.0.0.1:${await freePort()}`, '--svm-rpc.address', `127.0.0.1:${await freePort()}`];
  const t0 = performance.now();
  const proc = spawn(process.execPath, args, { stdio: 'ignore' });
  for (;;) {
    try {
      const r = await fetch(`http://127.0.0.1:${rpc}`, { method: 'POST', body: '{"jsonrpc":"2.0","id":1,"method":"status"}' });
      const j = (await r.json()) as any;
      if (Number(j.result.sync_info.latest_block_height) >= 1) break;
    } catch {
      /* not up */
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  startups.push(performance.now() - t0);
  await new Promise((r) => setTimeout(r, 3000));
  rss.push(rssMiB(proc.pid!));
  proc.kill('SIGTERM');
  await new Promise((r) => proc.once('exit', r));
  rmSync(home, { recursive: true, force: true });
}
console.log(`start-up to first committed block (fresh home, median of ${RUNS}): ${median(startups).toFixed(0)} ms   [${startups.map((x) => x.toFixed(0)).join(', ')}]`);
console.log(`idle resident set (3 s after start, median): ${median(rss).toFixed(1)} MiB   [${rss.map((x) => x.toFixed(1)).join(', ')}]`);
console.log('goal: ≤ 1000 ms (anvil ≈ 230 ms, Hardhat ≈ 1,600 ms); idle RSS goal ≤ 120 MiB (anvil 62, Hardhat 98)');
