// Throughput: pre-signed MsgSend txs from many accounts through broadcast_tx_sync, sustained for DURATION s,
// counted at commit. Then the node's resident set after TOTAL committed txs.
// The client sends pre-built request bytes over CONNECTIONS raw keep-alive sockets, CONCURRENCY requests in
// flight in all (one per account at a time, so each account's sequence arrives in order).
// Run: npx tsx scripts/bench/node-throughput.ts
//   (env: DURATION=30 ACCOUNTS=500 CONNECTIONS=8 CONCURRENCY=128 BLOCK_TIME=200ms TOTAL=100000; NODE_FLAGS for the node,
//    NODE_PROF=dir for a CPU profile, THREADS=1 for CPU per node thread)
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import http from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ripemd160, sha256 } from '@cosmjs/crypto';
import secp256k1 from 'secp256k1';
import { toBech32Address } from '../../core/types/address.ts';
import { freePort, repoRoot, runCli } from '../../tests/helpers/node.ts';
import { sendMsg, signTx } from '../../tests/helpers/cosmos.ts';
import { buildBundle, isFresh } from '../build.mjs';
import { PipelinedConnection, postBytes } from './pipelined-client.ts';

const DURATION = Number(process.env.DURATION ?? 30);
const ACCOUNTS = Number(process.env.ACCOUNTS ?? 500);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 8);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 128);
const BLOCK_TIME = process.env.BLOCK_TIME ?? '200ms';
const TOTAL = Number(process.env.TOTAL ?? 100_000);
const RATE_GUESS = 4000;

if (!isFresh()) await buildBundle();
const home = mkdtempSync(join(tmpdir(), 'trivium-tput-'));
await runCli(['init', 'bench', '--home', home]);
const accounts = Array.from({ length: ACCOUNTS }, (_, i) => {
  const privkey = new Uint8Array(createHash('sha256').update(`trivium-bench-${i}`).digest());
  return { privkey, address: toBech32Address(ripemd160(sha256(secp256k1.publicKeyCreate(privkey, true)))) };
});
// Fund the bench accounts at genesis (account numbers follow the 10 dev accounts).
const genesisPath = join(home, 'config', 'genesis.json');
const genesis = JSON.parse(readFileSync(genesisPath, 'utf8'));
for (const a of accounts) {
  genesis.app_state.auth.accounts.push({ address: a.address, account_number: '0', sequence: '0' });
  genesis.app_state.bank.balances.push({ address: a.address, coins: [{ denom: 'utrv', amount: '1000000000' }] });
}
writeFileSync(genesisPath, JSON.stringify(genesis));

const rpcPort = await freePort();
const proc = spawn(process.execPath, [...(process.env.NODE_PROF ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.NODE_PROF] : []), ...(process.env.NODE_FLAGS?.split(' ').filter(Boolean) ?? []), '--no-node-snapshot', join(repoRoot, 'cmd/triviumd.js'), 'start', '--home', home, '--quiet', '--block-time', BLOCK_TIME,
  '--rpc.laddr', `tcp://127.0.0.1:${rpcPort}`, '--json-rpc.address', `127.0.0.1:${await freePort()}`, '--svm-rpc.address', `127.0.0.1:${await freePort()}`], { stdio: 'ignore' });
const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
const post = (body: string): Promise<any> =>
  new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: rpcPort, method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString())));
    });
    req.on('error', reject);
    req.end(body);
  });
const rpc = (method: string, params: object = {}) => post(JSON.stringify({ jsonrpc: '2.0', id: 1, method, params })).then((r) => r.result);
for (;;) {
  try {
    if (Number((await rpc('status')).sync_info.latest_block_height) >= 1) break;
  } catch {
    /* starting */
  }
  await new Promise((r) => setTimeout(r, 50));
}
const accNum = new Map<string, number>();
for (const a of accounts) {
  const r = await runAccountNumber(a.address);
  accNum.set(a.address, r);
}
async function runAccountNumber(address: string): Promise<number> {
  const data = Buffer.concat([Buffer.from([0x0a, address.length]), Buffer.from(address)]).toString('hex');
  const r = await rpc('abci_query', { path: '/cosmos.auth.v1beta1.Query/Account', data });
  const { QueryAccountResponse } = await import('cosmjs-types/cosmos/auth/v1beta1/query');
  const { BaseAccount } = await import('cosmjs-types/cosmos/auth/v1beta1/auth');
  return Number(BaseAccount.decode(QueryAccountResponse.decode(Buffer.from(r.response.value, 'base64')).account!.value).accountNumber);
}

// Pre-sign enough for the run and for TOTAL.
const perAccount = Math.ceil(Math.max(TOTAL, DURATION * RATE_GUESS) / ACCOUNTS);
const t0 = performance.now();
const bodies: Buffer[][] = accounts.map((a, i) =>
  Array.from({ length: perAccount }, (_, s) =>
    postBytes(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'broadcast_tx_sync', params: { tx: Buffer.from(signTx([sendMsg(a.address, accounts[(i + 1) % ACCOUNTS]!.address, '1')], { privkey: a.privkey, accountNumber: accNum.get(a.address)!, sequence: s, gas: 80_000 })).toString('base64') } })),
  ),
);
const conns = await Promise.all(Array.from({ length: CONNECTIONS }, () => PipelinedConnection.open(rpcPort)));
console.log(`pre-signed ${ACCOUNTS * perAccount} txs in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

let rejected = 0;
let firstError = '';
async function send(until: () => boolean): Promise<number> {
  let sent = 0;
  const next = new Array(ACCOUNTS).fill(0);
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, w) => {
      const conn = conns[w % CONNECTIONS]!;
      const mine = accounts.map((_, i) => i).filter((i) => i % CONCURRENCY === w);
      for (;;) {
        let any = false;
        for (const i of mine) {
          if (until()) return;
          if (next[i] >= perAccount) continue;
          any = true;
          const r = JSON.parse((await conn.request(bodies[i]![next[i]++]!)).toString());
          sent++;
          if (r.result?.code !== 0) {
            rejected++;
            firstError ||= JSON.stringify(r.error ?? r.result);
          }
        }
        if (!any) return;
      }
    }),
  );
  return sent;
}

async function committedSince(h0: number, h1: number): Promise<{ txs: number; first: string; last: string }> {
  let txs = 0;
  let first = '';
  let last = '';
  for (let h = h0; h <= h1; h++) {
    const b = await rpc('block', { height: String(h) });
    txs += b.block.data.txs.length;
    if (!first) first = b.block.header.time;
    last = b.block.header.time;
  }
  return { txs, first, last };
}

// CPU seconds (user + system) of a process, to show which side of the benchmark is busy.
const nodeCpu = () => { const f = readFileSync(`/proc/${proc.pid}/stat`, 'utf8').split(') ')[1]!.split(' '); return (Number(f[11]) + Number(f[12])) / 100; };
const clientCpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
const hStart = Number((await rpc('status')).sync_info.latest_block_height);
const [n0, c0] = [nodeCpu(), clientCpu()];
const tStart = performance.now();
const sent = await send(() => performance.now() - tStart > DURATION * 1000);
const elapsed = (performance.now() - tStart) / 1000;
const [n1, c1] = [nodeCpu(), clientCpu()];
if (process.env.THREADS) {
  const { readdirSync } = await import('node:fs');
  for (const t of readdirSync(`/proc/${proc.pid}/task`)) {
    const st = readFileSync(`/proc/${proc.pid}/task/${t}/stat`, 'utf8');
    const name = st.slice(st.indexOf('(') + 1, st.lastIndexOf(')'));
    const f = st.split(') ')[1]!.split(' ');
    const cpu = (Number(f[11]) + Number(f[12])) / 100;
    if (cpu > 0.1) console.log(`  thread ${t} ${name}: ${cpu.toFixed(1)} s`);
  }
}
const hEnd = Number((await rpc('status')).sync_info.latest_block_height);
const window = await committedSince(hStart + 1, hEnd);
const blockSpan = (Date.parse(window.last) - Date.parse(window.first)) / 1000;
console.log(`sent ${sent} in ${elapsed.toFixed(1)} s (${rejected} rejected${firstError ? `, first: ${firstError.slice(0, 120)}` : ''})`);
console.log(`cpu over the window: node ${(n1 - n0).toFixed(1)} s (${((n1 - n0) / elapsed * 100).toFixed(0)} % of a core), client ${(c1 - c0).toFixed(1)} s (${((c1 - c0) / elapsed * 100).toFixed(0)} %)`);
console.log(`committed ${window.txs} txs in blocks ${hStart + 1}..${hEnd} over ${blockSpan.toFixed(1)} s of block time: ${(window.txs / elapsed).toFixed(0)} tx/s sustained (goal ≥ 2,000; CometBFT QA ≈ 400)`);

// Keep going to TOTAL committed txs, then read the resident set.
let total = window.txs;
let h = hEnd;
while (total < TOTAL) {
  const more = await send(() => false);
  if (more === 0) break;
  await new Promise((r) => setTimeout(r, 1500));
  const top = Number((await rpc('status')).sync_info.latest_block_height);
  total += (await committedSince(h + 1, top)).txs;
  h = top;
}
await new Promise((r) => setTimeout(r, 2000));
const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${proc.pid}/status`, 'utf8'))![1]) / 1024;
console.log(`resident set after ${total} committed txs: ${rss.toFixed(1)} MiB`);
proc.kill('SIGTERM');
await new Promise((r) => proc.once('exit', r));
agent.destroy();
for (const c of conns) c.close();
rmSync(home, { recursive: true, force: true });
