/**
 * Issue 17: `status` latency while a block drains a full cross-VM queue (1,000 messages, max_queue_size) into a
 * JS contract, against the same probe on the idle node, interleaved in rounds. Per round: with
 * max_executions_per_block 0, 5 txs of 200 messages are queued (--block-time 0); then the tx setting it to 1,000
 * goes in, and its block's EndBlocker drains all 1,000 while one client sends `status` back to back and times each
 * answer. Every message is checked EXECUTED in that block. Reports min / median / p99 / max per side, and the drain block's duration.
 * Per round it also prints the node's CPU over the drain block and its RSS after it (issue 17: both grew round
 * after round). NODE_PROF=DIR starts the node with --cpu-prof into DIR and prints each drain's window on the
 * profile's clock (µs), for a per-round profile slice; NODE_HEAPSNAP=DIR has the node write a heap snapshot into DIR
 * after each round (SIGUSR2; NODE_HEAPSNAP_ROUNDS=4,12 only after those), to diff what a round leaves behind; NODE_ARGS adds node flags (e.g. --trace-gc) and
 * NODE_LOG=FILE writes the node's output there at the end; START_ARGS adds `triviumd start` flags (e.g. --cache-size 16).
 * Run: node --no-node-snapshot --import tsx scripts/bench/rpc-latency-drain.ts   (env: ROUNDS=3, SPIN=200, NODE_PROF)
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, repoRoot, startNode } from '../../tests/helpers/node.ts';
import { callMsg, deployJs, getMessage, messageIds, sendTx, setParams } from '../../tests/crossvm/helpers.ts';
import { processCpuSec, rssMiB, selfCpuSec } from './lib/proc.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const SPIN = Number(process.env.SPIN ?? 200); // host reads per message: a small, real contract call
const nodeArgs = [
  ...(process.env.NODE_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.NODE_PROF}`] : []),
  ...(process.env.NODE_HEAPSNAP ? ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${process.env.NODE_HEAPSNAP}`] : []),
  ...(process.env.NODE_ARGS?.split(' ').filter(Boolean) ?? []),
];
// The node's Prometheus metrics give its V8 heap per round (beside the RSS from /proc): what grows, the heap or not.
const metricsAddr = `127.0.0.1:${await freePort()}`;
const node = await startNode({ blockTime: '0', nodeArgs, extraArgs: ['--metrics', metricsAddr, ...(process.env.START_ARGS?.split(' ').filter(Boolean) ?? [])] });
const heapMiB = async () => {
  const text = await (await fetch(`http://${metricsAddr}/metrics`)).text();
  const v = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]) / 2 ** 20;
  return `heap ${v('nodejs_heap_size_used_bytes').toFixed(0)} / ${v('nodejs_heap_size_total_bytes').toFixed(0)} MiB`;
};
const nodePid = node.proc.pid!;
const micros = () => Number(process.hrtime.bigint() / 1000n);
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const fmt = (xs: number[]) => `${q(xs, 0).toFixed(1)} / ${q(xs, 0.5).toFixed(1)} / ${q(xs, 0.99).toFixed(1)} / ${q(xs, 1).toFixed(1)} ms (${xs.length} answers)`;
try {
  const recorder = await deployJs(node, join(repoRoot, 'tests/crossvm/contracts/recorder.js'));
  const height = async () => Number((await node.rpc('status')).sync_info.latest_block_height);
  const idle: number[] = [];
  const loaded: number[] = [];
  const blocks: number[] = [];
  const cpu0 = selfCpuSec();
  for (let round = 0; round < ROUNDS; round++) {
    // Idle: 300 probes on a node with nothing to do.
    for (let i = 0; i < 300; i++) {
      const t = performance.now();
      await node.rpc('status');
      idle.push(performance.now() - t);
    }
    // Loaded: the queue filled while nothing executes, then probes from the params tx until its block committed.
    await setParams(node, { max_executions_per_block: 0 });
    const results = await Promise.all([1, 2, 3, 4, 5].map((s) => sendTx(node, s, Array.from({ length: 200 }, () => callMsg(s, 'wasm', recorder, JSON.stringify({ spin: { n: SPIN } }), { gasLimit: 1_000_000 })), 40_000_000)));
    const ids = results.flatMap((r) => {
      if (r.code !== 0) throw new Error(`submission failed: ${r.log}`);
      return messageIds(r.events);
    });
    if (ids.length !== 1000) throw new Error(`${ids.length} messages queued`);
    await node.rpc('dev_mine', { blocks: 1 }); // every message PENDING
    const h0 = await height();
    const cpuBefore = processCpuSec(nodePid);
    const t0 = micros();
    const drain = setParams(node, { max_executions_per_block: 1000 });
    const lat: Array<[number, number, number]> = []; // sent, latency, height seen
    let drained = false;
    const slow: string[] = []; // with NODE_PROF: the slow answers on the profile's clock, to find what ran then
    while (!drained) {
      const t = performance.now();
      const h = Number((await node.rpc('status')).sync_info.latest_block_height);
      lat.push([t, performance.now() - t, h]);
      if (process.env.NODE_PROF && lat.at(-1)![1] > 15) slow.push(`${lat.at(-1)![1].toFixed(1)} ms answered at ${micros()} µs`);
      if (h >= h0 + 1) drained = true;
    }
    await drain;
    const t1 = micros();
    const drainCpu = processCpuSec(nodePid) - cpuBefore;
    for (const id of ids) {
      const m = (await getMessage(node, id))!;
      if (m.status !== 'EXECUTED' || Number(m.updated_height) !== h0 + 1) throw new Error(`message ${id}: ${m.status} at ${m.updated_height} (${m.error})`);
    }
    // The answers sent from the params tx until the first that saw its block (h0+1): the drain block executed then.
    const during = lat.filter(([, , h]) => h === h0);
    const first = lat.findIndex(([, , h]) => h === h0 + 1);
    loaded.push(...during.map(([, l]) => l), lat[first]![1]);
    const startMs = during[0]?.[0] ?? lat[first]![0];
    blocks.push(lat[first]![0] + lat[first]![1] - startMs);
    if (slow.length) console.log(`  slow answers: ${slow.join('; ')}`);
    if (process.env.NODE_LOG) console.log(`  drain window ${t0}-${t1} µs (monotonic)`);
    console.log(`round ${round + 1}: drain block ≈ ${blocks.at(-1)!.toFixed(0)} ms, ${during.length + 1} answers during it, max ${Math.max(...during.map(([, l]) => l), lat[first]![1]).toFixed(1)} ms; node CPU ${drainCpu.toFixed(2)} s, RSS after ${rssMiB(nodePid).toFixed(0)} MiB, ${await heapMiB()}${process.env.NODE_PROF ? `, window ${t0}-${t1} µs` : ''}`);
    const snapRounds = process.env.NODE_HEAPSNAP_ROUNDS?.split(',').map(Number);
    if (process.env.NODE_HEAPSNAP && (!snapRounds || snapRounds.includes(round + 1))) await heapSnapshot(process.env.NODE_HEAPSNAP);
  }
  console.log(`\nstatus latency, ${ROUNDS} rounds interleaved (min / median / p99 / max):`);
  console.log(`  idle node                            ${fmt(idle)}`);
  console.log(`  while a block drains 1,000 messages  ${fmt(loaded)}`);
  console.log(`  drain block duration (median)        ${q(blocks, 0.5).toFixed(0)} ms`);
  console.log(`  load generator CPU: ${(selfCpuSec() - cpu0).toFixed(1)} s over the run (one client, probes back to back)`);
} finally {
  await node.stop();
  if (process.env.NODE_LOG) writeFileSync(process.env.NODE_LOG, node.output());
}

/** Signals the node to write a heap snapshot and waits until the file is complete (its size stops changing). */
async function heapSnapshot(dir: string): Promise<void> {
  const before = new Set(readdirSync(dir));
  process.kill(nodePid, 'SIGUSR2');
  for (let last = -1; ; ) {
    await new Promise((r) => setTimeout(r, 1000));
    const f = readdirSync(dir).find((n) => !before.has(n) && n.endsWith('.heapsnapshot'));
    const size = f ? statSync(join(dir, f)).size : -1;
    if (f && size > 0 && size === last) return console.log(`  heap snapshot ${join(dir, f)}`);
    last = size;
  }
}
