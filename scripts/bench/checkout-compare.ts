// Two checkouts of Trivium side by side, interleaved round by round: start-up to the first committed block,
// `triviumd keys list`, and sustained MsgSend throughput (scripts/bench/node-throughput.ts of each checkout).
// For a change that must not cost speed (a restructuring): run it against a checkout of the commit before.
// Run: BASE=/path/to/other/checkout npx tsx scripts/bench/checkout-compare.ts
//   (env: ROUNDS=5, KEYS_RUNS=5 per round, TPUT=1 to include throughput, DURATION=10 s per throughput run,
//    BLOCK_TIME=1s for the throughput runs)
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, repoRoot } from '../../tests/helpers/node.ts';

const BASE = process.env.BASE ? resolve(process.env.BASE) : undefined;
if (!BASE) throw new Error('set BASE to the checkout to compare with (its node_modules installed or linked)');
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const KEYS_RUNS = Number(process.env.KEYS_RUNS ?? 5);
const TPUT = process.env.TPUT === '1';
const DURATION = process.env.DURATION ?? '10';
// At 1 s blocks the block gas limit caps MsgSend near 750 tx/s; 200ms shows the node's CPU limit instead.
const BLOCK_TIME = process.env.BLOCK_TIME ?? '1s';
const sides = [
  { name: 'base', root: BASE },
  { name: 'this', root: repoRoot },
] as const;

const run = (cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<string> =>
  new Promise((res, rej) =>
    execFile(cmd, args, { cwd, env: { ...process.env, ...env }, maxBuffer: 64 << 20 }, (e, out, err) => (e ? rej(new Error(`${cmd} ${args.join(' ')}: ${err || e.message}`)) : res(out))),
  );
const cli = (root: string, args: string[]) => run(process.execPath, ['--no-node-snapshot', join(root, 'cmd/triviumd.js'), ...args], root);

async function startup(root: string): Promise<{ ms: number; rssMiB: number }> {
  const home = mkdtempSync(join(tmpdir(), 'trivium-cmp-'));
  const rpc = await freePort();
  const args = ['--no-node-snapshot', join(root, 'cmd/triviumd.js'), 'start', '--home', home, '--quiet', '--rpc.laddr', `tcp://127.0.0.1:${rpc}`,
    '--json-rpc.address', `127.0.0.1:${await freePort()}`, '--svm-rpc.address', `127.0.0.1:${await freePort()}`, '--svm-rpc.ws-address', `127.0.0.1:${await freePort()}`];
  const t0 = performance.now();
  const proc = spawn(process.execPath, args, { stdio: 'ignore' });
  try {
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`${root}: triviumd exited with ${proc.exitCode}`);
      try {
        const r = await fetch(`http://127.0.0.1:${rpc}`, { method: 'POST', body: '{"jsonrpc":"2.0","id":1,"method":"status"}' });
        const j = (await r.json()) as { result: { sync_info: { latest_block_height: string } } };
        if (Number(j.result.sync_info.latest_block_height) >= 1) break;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    const ms = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 2000));
    const rssMiB = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${proc.pid}/status`, 'utf8'))![1]) / 1024;
    return { ms, rssMiB };
  } finally {
    proc.kill('SIGTERM');
    await new Promise((r) => (proc.exitCode !== null ? r(undefined) : proc.once('exit', r)));
    rmSync(home, { recursive: true, force: true });
  }
}

async function keysList(root: string, home: string): Promise<number> {
  const t0 = performance.now();
  const out = await cli(root, ['keys', 'list', '--home', home, '-o', 'json']);
  const ms = performance.now() - t0;
  const keys = JSON.parse(out) as Array<{ name: string }>;
  if (keys.length !== 10 || keys[0]!.name !== 'dev0') throw new Error(`${root}: keys list answered ${out.slice(0, 200)}`);
  return ms;
}

async function throughput(root: string): Promise<{ txs: number; nodeCpu: number; clientCpu: number }> {
  const out = await run(process.execPath, ['--import', 'tsx', join(root, 'scripts/bench/node-throughput.ts')], root, { DURATION, TOTAL: '0', BLOCK_TIME });
  const m = /committed (\d+) txs .*?: (\d+) tx\/s sustained/.exec(out);
  const cpu = /cpu over the window: node [\d.]+ s \((\d+) % of a core\), client [\d.]+ s \((\d+) %\)/.exec(out);
  const rejected = /sent \d+ in [\d.]+ s \((\d+) rejected/.exec(out);
  if (!m || !cpu || !rejected) throw new Error(`${root}: unexpected throughput output:\n${out}`);
  if (Number(rejected[1]) !== 0) throw new Error(`${root}: ${rejected[1]} txs rejected:\n${out}`);
  return { txs: Number(m[2]), nodeCpu: Number(cpu[1]), clientCpu: Number(cpu[2]) };
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0]!, median: s[Math.floor(s.length / 2)]!, max: s[s.length - 1]! };
};
const fmt = (xs: number[], unit: string, digits = 0) => {
  const { min, median, max } = stats(xs);
  return `median ${median.toFixed(digits)} ${unit} (min ${min.toFixed(digits)}, max ${max.toFixed(digits)})`;
};

// Homes for keys list, one per side (its own keyring format), made once.
const keyHomes: Record<string, string> = {};
for (const s of sides) {
  keyHomes[s.name] = mkdtempSync(join(tmpdir(), `trivium-cmp-keys-${s.name}-`));
  await cli(s.root, ['init', 'cmp', '--home', keyHomes[s.name]!]);
}
const res: Record<string, { start: number[]; rss: number[]; keys: number[]; tput: number[]; nodeCpu: number[]; clientCpu: number[] }> = {};
for (const s of sides) res[s.name] = { start: [], rss: [], keys: [], tput: [], nodeCpu: [], clientCpu: [] };
for (let round = 0; round < ROUNDS; round++) {
  // Alternate which side goes first, so neither always runs on a warmer machine.
  for (const s of round % 2 ? [...sides].reverse() : sides) {
    const r = res[s.name]!;
    const st = await startup(s.root);
    r.start.push(st.ms);
    r.rss.push(st.rssMiB);
    for (let i = 0; i < KEYS_RUNS; i++) r.keys.push(await keysList(s.root, keyHomes[s.name]!));
    if (TPUT) {
      const t = await throughput(s.root);
      r.tput.push(t.txs);
      r.nodeCpu.push(t.nodeCpu);
      r.clientCpu.push(t.clientCpu);
    }
  }
  process.stderr.write(`round ${round + 1}/${ROUNDS} done\n`);
}
for (const h of Object.values(keyHomes)) rmSync(h, { recursive: true, force: true });

const ratio = (k: 'start' | 'keys' | 'tput' | 'rss') => (stats(res.this![k]).median / stats(res.base![k]).median).toFixed(3);
console.log(`${ROUNDS} interleaved rounds; base = ${BASE}, this = ${repoRoot}`);
for (const s of sides) {
  const r = res[s.name]!;
  console.log(`[${s.name}] start-up to first block: ${fmt(r.start, 'ms')}; idle RSS ${fmt(r.rss, 'MiB', 1)}`);
  console.log(`[${s.name}] keys list (${KEYS_RUNS}/round): ${fmt(r.keys, 'ms')}`);
  if (TPUT) console.log(`[${s.name}] MsgSend at ${BLOCK_TIME} blocks: ${fmt(r.tput, 'tx/s')}; node CPU ${fmt(r.nodeCpu, '%')}, load generator CPU ${fmt(r.clientCpu, '%')}${stats(r.clientCpu).median > 90 ? ' — the load generator was the limit' : ''}`);
}
console.log(`this/base medians: start-up ${ratio('start')}, idle RSS ${ratio('rss')}, keys list ${ratio('keys')}${TPUT ? `, MsgSend throughput ${ratio('tput')}` : ''}`);
