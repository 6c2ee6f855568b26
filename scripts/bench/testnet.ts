/**
 * Issue 14 figures, in one run:
 *  1. MsgSend tx/s through a 4-validator CometBFT network vs the embedded devnet, both at the same block time,
 *     rounds interleaved. Pre-signed txs from the 10 dev accounts (in sequence order per account, over raw
 *     keep-alive sockets), broadcast_tx_sync to node 0 / the devnet; counted committed with code 0.
 *  2. A validator stopped while the others make 100 blocks: time from its restart to the tip.
 *  3. Joining a running network: state sync (a snapshot) vs blocksync from genesis, time to the tip, interleaved.
 * Run: node --no-node-snapshot --import tsx scripts/bench/testnet.ts
 *   (env: ROUNDS=3 TXS_PER_ACCOUNT=300 BLOCK_TIME=1s CATCHUP_BLOCKS=100 JOIN_ROUNDS=2; PARTS=1: the throughput only)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import { QueryAccountRequest, QueryAccountResponse } from 'cosmjs-types/cosmos/auth/v1beta1/query';
import { addNode, cometRpc, downNetwork, readNetwork, startNetwork, stopNetwork, upNetwork, waitForHeight } from '../../testnet/network.ts';
import { dev, sendMsg, signTx } from '../../tests/helpers/cosmos.ts';
import { freePort, repoRoot } from '../../tests/helpers/node.ts';
import { freePortShift } from '../../tests/helpers/testnet.ts';
import { buildBundle, isFresh } from '../build.mjs';
import { processCpuSec, selfCpuSec } from './lib/proc.ts';
import { fmtStats, stats } from './lib/store.ts';
import { PipelinedConnection, postBytes } from './pipelined-client.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const PER_ACCOUNT = Number(process.env.TXS_PER_ACCOUNT ?? 300);
const BLOCK_TIME = process.env.BLOCK_TIME ?? '1s';
const CATCHUP_BLOCKS = Number(process.env.CATCHUP_BLOCKS ?? 100);
const JOIN_ROUNDS = Number(process.env.JOIN_ROUNDS ?? 2);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Rpc = (method: string, params?: object) => Promise<any>;
const rpcAt = (url: string): Rpc => (method, params = {}) => cometRpc({ rpc: url }, method, params, 30_000);

async function sequences(rpc: Rpc): Promise<Array<{ number: number; sequence: number }>> {
  return Promise.all(
    dev.map(async (d) => {
      const r = await rpc('abci_query', { path: '/cosmos.auth.v1beta1.Query/Account', data: Buffer.from(QueryAccountRequest.encode({ address: d.address }).finish()).toString('hex') });
      const a = BaseAccount.decode(QueryAccountResponse.decode(Buffer.from(r.response.value, 'base64')).account!.value);
      return { number: Number(a.accountNumber), sequence: Number(a.sequence) };
    }),
  );
}

/** Sends PER_ACCOUNT MsgSends from each dev account; tx/s from the first send to the block holding the last. */
async function load(url: string, chainId: string, pids: number[]): Promise<{ tps: number; blockMs: number; nodeCpu: number; clientCpu: number }> {
  const rpc = rpcAt(url);
  const accts = await sequences(rpc);
  const bodies = dev.map((d, i) =>
    Array.from({ length: PER_ACCOUNT }, (_, k) =>
      postBytes(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'broadcast_tx_sync', params: { tx: Buffer.from(signTx([sendMsg(d.address, dev[(i + 1) % dev.length]!.address, '1')], { privkey: d.privkey, accountNumber: accts[i]!.number, sequence: accts[i]!.sequence + k, gas: 80_000, chainId })).toString('base64') } })),
    ),
  );
  const port = Number(new URL(url).port);
  const conns = await Promise.all(dev.map(() => PipelinedConnection.open(port)));
  const h0 = Number((await rpc('status')).sync_info.latest_block_height);
  const [n0, c0] = [pids.reduce((s, p) => s + processCpuSec(p), 0), selfCpuSec()];
  const t0 = performance.now();
  // One connection per account: its txs arrive in sequence order. Up to 64 in flight each.
  await Promise.all(
    bodies.map(async (txs, i) => {
      const inflight: Array<Promise<Buffer>> = [];
      for (const b of txs) {
        inflight.push(conns[i]!.request(b));
        if (inflight.length >= 64) await checkOne(inflight.shift()!);
      }
      for (const p of inflight) await checkOne(p);
    }),
  );
  const total = dev.length * PER_ACCOUNT;
  let committed = 0;
  let h = h0;
  let lastTime = '';
  let firstTime = '';
  while (committed < total) {
    const top = Number((await rpc('status')).sync_info.latest_block_height);
    for (; h < top; h++) {
      // CometBFT reports a height as latest once its block is stored, a moment before its results are.
      const results = async (): Promise<any> => rpc('block_results', { height: String(h + 1) }).catch(async (e: Error) => (/could not find results/.test(e.message) ? (await sleep(20), results()) : Promise.reject(e)));
      const [b, r] = await Promise.all([rpc('block', { height: String(h + 1) }), results()]);
      for (const x of r.txs_results ?? []) if (x.code === 0) committed++;
      firstTime ||= b.block.header.time;
      lastTime = b.block.header.time;
    }
    if (performance.now() - t0 > 300_000) throw new Error(`${committed} of ${total} committed after 300 s`);
    if (committed < total) await sleep(50);
  }
  if (committed !== total) throw new Error(`${committed} committed, expected ${total}`);
  const elapsed = (performance.now() - t0) / 1000;
  const [n1, c1] = [pids.reduce((s, p) => s + processCpuSec(p), 0), selfCpuSec()];
  for (const c of conns) c.close();
  const blocks = h - h0;
  return { tps: total / elapsed, blockMs: ((Date.parse(lastTime) - Date.parse(firstTime)) / Math.max(1, blocks - 1)), nodeCpu: (n1 - n0) / elapsed, clientCpu: (c1 - c0) / elapsed };
}
async function checkOne(p: Promise<Buffer>): Promise<void> {
  const r = JSON.parse((await p).toString()) as { result?: { code: number; log?: string }; error?: unknown };
  if (r.result?.code !== 0) throw new Error(`broadcast refused: ${JSON.stringify(r)}`);
}

async function devnet(): Promise<{ url: string; proc: ChildProcess; home: string; chainId: string }> {
  const home = mkdtempSync(join(tmpdir(), 'trivium-bench-devnet-'));
  const rpcPort = await freePort();
  const proc = spawn(process.execPath, ['--no-node-snapshot', join(repoRoot, 'cmd/triviumd.js'), 'start', '--home', home, '--quiet', '--block-time', BLOCK_TIME, '--rpc.laddr', `tcp://127.0.0.1:${rpcPort}`,
    '--json-rpc.address', `127.0.0.1:${await freePort()}`, '--svm-rpc.address', `127.0.0.1:${await freePort()}`, '--svm-rpc.ws-address', `127.0.0.1:${await freePort()}`], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${rpcPort}`;
  for (;;) {
    try {
      if (Number((await rpcAt(url)('status')).sync_info.latest_block_height) >= 1) break;
    } catch {
      /* starting */
    }
    await sleep(50);
  }
  return { url, proc, home, chainId: 'trivium-devnet-1' };
}

if (!isFresh()) await buildBundle();
const out = join(mkdtempSync(join(tmpdir(), 'trivium-bench-testnet-')), 'net');

// ---- 1. throughput ----
console.log(`1. MsgSend: ${dev.length} accounts × ${PER_ACCOUNT} txs per round, block time ${BLOCK_TIME}, ${ROUNDS} rounds interleaved`);
const dn = await devnet();
let net = await upNetwork({ validators: 4, out, portShift: await freePortShift(6), blockTime: BLOCK_TIME });
const res = { devnet: [] as Awaited<ReturnType<typeof load>>[], testnet: [] as Awaited<ReturnType<typeof load>>[] };
const netPids = () => readNetwork(out).nodes.flatMap((n) => [n.app_pid!, n.cometbft_pid!]);
for (let r = 0; r < ROUNDS; r++) {
  const a = await load(dn.url, dn.chainId, [dn.proc.pid!]);
  res.devnet.push(a);
  const b = await load(net.nodes[0]!.rpc, net.chain_id, netPids());
  res.testnet.push(b);
  console.log(`  round ${r + 1}: devnet ${a.tps.toFixed(0)} tx/s (blocks ${a.blockMs.toFixed(0)} ms), 4 validators ${b.tps.toFixed(0)} tx/s (blocks ${b.blockMs.toFixed(0)} ms)`);
}
dn.proc.kill('SIGTERM');
await new Promise((r) => dn.proc.once('exit', r));
rmSync(dn.home, { recursive: true, force: true });
for (const [name, xs] of Object.entries(res)) {
  console.log(`  ${name.padEnd(8)} ${fmtStats(stats(xs.map((x) => x.tps)), 'tx/s', 0)}; block interval median ${stats(xs.map((x) => x.blockMs)).median.toFixed(0)} ms; node CPU ${(stats(xs.map((x) => x.nodeCpu)).median * 100).toFixed(0)} % of a core (all processes), load generator ${(stats(xs.map((x) => x.clientCpu)).median * 100).toFixed(0)} %`);
}
console.log(`  ratio 4 validators / devnet (medians): ×${(stats(res.testnet.map((x) => x.tps)).median / stats(res.devnet.map((x) => x.tps)).median).toFixed(2)}`);
await downNetwork(out);

// ---- 2. catch-up and 3. joins, on a 100 ms network that snapshots every 50 blocks (PARTS=1: skip them) ----
if (process.env.PARTS === '1') process.exit(0);
net = await upNetwork({ validators: 4, out, portShift: await freePortShift(4 + 2 * JOIN_ROUNDS), blockTime: '100ms', appFlags: ['--state-sync.snapshot-interval', '50'] });
const tipOf = async (i = 0) => Number((await cometRpc(readNetwork(out).nodes[i]!, 'status')).sync_info.latest_block_height);
const catchups: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  await stopNetwork(out, 3);
  const from = await tipOf();
  await waitForHeight(out, from + CATCHUP_BLOCKS, { indexes: [0], timeoutMs: 300_000 });
  const t = performance.now();
  await startNetwork(out, 3);
  const target = await tipOf();
  await waitForHeight(out, target, { indexes: [3], timeoutMs: 300_000 });
  catchups.push(performance.now() - t);
  console.log(`  catch-up round ${r + 1}: ${CATCHUP_BLOCKS} blocks behind, at the tip (${target}) in ${(catchups.at(-1)! / 1000).toFixed(1)} s`);
}
console.log(`2. a validator ${CATCHUP_BLOCKS} blocks behind (100 ms blocks), restart to the tip: ${fmtStats(stats(catchups.map((x) => x / 1000)), 's', 1)} (includes the app's and CometBFT's start-up)`);

const joins = { statesync: [] as number[], blocksync: [] as number[] };
for (let r = 0; r < JOIN_ROUNDS; r++) {
  for (const mode of ['statesync', 'blocksync'] as const) {
    await waitForHeight(out, (await tipOf()) + 60, { indexes: [0] }); // a fresh snapshot, and history to replay
    const t = performance.now();
    const n = await addNode(out, { stateSync: mode === 'statesync' });
    const target = await tipOf();
    await waitForHeight(out, target, { indexes: [n.index], timeoutMs: 600_000 });
    joins[mode].push(performance.now() - t);
    const st = await cometRpc(n, 'status');
    console.log(`  join round ${r + 1} ${mode}: at the tip (${target}) in ${(joins[mode].at(-1)! / 1000).toFixed(1)} s, earliest block held ${st.sync_info.earliest_block_height}`);
    await stopNetwork(out, n.index);
  }
}
console.log(`3. joining at height ≈ ${await tipOf()}: state sync ${fmtStats(stats(joins.statesync.map((x) => x / 1000)), 's', 1)}, blocksync from genesis ${fmtStats(stats(joins.blocksync.map((x) => x / 1000)), 's', 1)}`);
await downNetwork(out);
rmSync(join(out, '..'), { recursive: true, force: true });
