/**
 * eth_call throughput, node to node: ERC20 `balanceOf` on Trivium vs the anvil binary (and Hardhat 2),
 * INTERLEAVED in rounds in one run, the load generator not the limit.
 * All sides run at once (1 s blocks each: anvil `--block-time 1`, Hardhat interval mining), the same token
 * deployed on each. The requests are pre-built bytes (10 holders' balanceOf calldata, `latest`), sent by
 * LANES keep-alive sockets (one call in flight each) spread over WORKERS load-generator processes; every
 * answer's result must equal the holder's balance read in the setup. Each round runs CALLS calls on every
 * side in a rotated order.
 * Reported per side: calls/s min / median / max, the node's CPU and the load generators' (all / busiest
 * worker), and Trivium ÷ side per round.
 * Usage: node --no-node-snapshot --import tsx scripts/bench/evm-call.ts [calls per round=6000] [rounds=3]
 *   env LANES (48), WORKERS (3), EVM_BENCH_PEERS=trivium,anvil,hardhat[,trivium-ethereumjs], EVM_BENCH_PROFILE=dir,
 *   EVM_BENCH_ENGINE=revm|ethereumjs (the `trivium` side's --evm.engine),
 *   EVM_BENCH_BASE=checkout (the `trivium-base` side: that checkout's triviumd, for before/after)
 */
import { Interface } from 'ethers';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type EvmPeer, baseCheckout, startWithToken, devWallets, repoRoot, rpc, startAnvil, startHardhat, startTrivium } from './evm-peers.ts';
import { BENCH_CHAIN_ID, fmt, idleCores, nodeCpu, rotated, stats } from './lib/evm-side.ts';
import { LoadPool } from './lib/load.ts';

const CALLS = Number(process.argv[2] ?? 6000);
const ROUNDS = Number(process.argv[3] ?? 3);
const LANES = Number(process.env.LANES ?? 48);
const WORKERS = Number(process.env.WORKERS ?? 3);
const PEERS = (process.env.EVM_BENCH_PEERS ?? 'trivium,anvil,hardhat').split(',');
if (!PEERS.includes('trivium') || !PEERS.includes('anvil')) throw new Error('the figure is Trivium ÷ anvil: both must run (EVM_BENCH_PEERS)');
const wallets = devWallets(10);
const iface = new Interface(JSON.parse(readFileSync(path.resolve(repoRoot, '../shared/fixtures/evm/openzeppelin-contracts-4.9.6/build/ERC20PresetFixedSupply.json'), 'utf8')).abi);

const starters: Record<string, () => Promise<EvmPeer>> = {
  trivium: () => startTrivium('1s'),
  'trivium-ethereumjs': () => startTrivium('1s', ['--evm.engine', 'ethereumjs']),
  // Another checkout's triviumd as a side of its own (a before/after comparison): EVM_BENCH_BASE=/path/to/checkout.
  'trivium-base': () => startTrivium('1s', [], baseCheckout()),
  anvil: () => startAnvil(['--block-time', '1', '--chain-id', String(BENCH_CHAIN_ID)]),
  hardhat: () => startHardhat({ chainId: Number(BENCH_CHAIN_ID), intervalMs: 1000 }),
};
const peers: EvmPeer[] = [];
const pool = new LoadPool(WORKERS);
try {
  const token = await startWithToken(PEERS, starters, wallets, peers);
  const calls = wallets.map((w) => ({ to: token, data: iface.encodeFunctionData('balanceOf', [w.address]) }));
  // The expected answers, which every side must agree on (they ran the same setup txs).
  const expect = await Promise.all(calls.map(async (c) => {
    const rs = await Promise.all(peers.map((p) => rpc<string>(p.url, 'eth_call', [c, 'latest'])));
    if (rs.some((r) => r !== rs[0]) || BigInt(rs[0]!) === 0n) throw new Error(`balanceOf answers differ or are zero: ${rs.join(', ')}`);
    return rs[0]!;
  }));
  const job = (p: EvmPeer, perLane: number) => {
    const u = new URL(p.url);
    const lanes = Array.from({ length: LANES }, (_, i) => ({ body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_call', params: [calls[i % calls.length], 'latest'] }), expect: expect[i % calls.length]!, count: perLane }));
    return pool.run({ kind: 'calls', host: u.hostname, port: Number(u.port), lanes });
  };
  for (const p of peers) await job(p, Math.ceil(1000 / LANES)); // warm-up (JIT), untimed
  const idle = await idleCores(peers);

  const perLane = Math.ceil(CALLS / LANES);
  const rows = peers.map(() => ({ rate: [] as number[], nodeCores: [] as number[], cpuPerOp: [] as number[], genCores: [] as number[], genMax: [] as number[] }));
  const ratios = peers.map(() => [] as number[]);
  for (let r = 0; r < ROUNDS; r++) {
    const rate = new Map<EvmPeer, number>();
    for (const p of rotated(peers, r)) {
      const c0 = nodeCpu(p);
      const res = await job(p, perLane);
      const row = rows[peers.indexOf(p)]!;
      const cores = (nodeCpu(p) - c0) / res.seconds;
      row.rate.push(res.requests / res.seconds);
      row.nodeCores.push(cores);
      row.cpuPerOp.push(((nodeCpu(p) - c0) / res.requests) * 1e6);
      row.genCores.push(res.genCpuSec / res.seconds);
      row.genMax.push(res.genMaxCore);
      rate.set(p, res.requests / res.seconds);
      console.log(`round ${r + 1} ${p.name.padEnd(30)} ${res.requests} calls ${res.seconds.toFixed(2)} s = ${(res.requests / res.seconds).toFixed(0)} /s; node ${cores.toFixed(2)} cores, load gen ${(res.genCpuSec / res.seconds).toFixed(2)} cores (busiest worker ${res.genMaxCore.toFixed(2)})`);
    }
    peers.forEach((p, i) => ratios[i]!.push(rate.get(peers[0]!)! / rate.get(p)!));
  }
  console.log('');
  console.log(`eth_call balanceOf, ${ROUNDS} interleaved rounds of ${perLane * LANES} calls, ${LANES} keep-alive sockets (one call in flight each) over ${WORKERS} load-generator processes, every result checked`);
  console.log('| side | eth_call/s min / median / max | node CPU (cores, median) | node CPU µs per call min / median / max | idle CPU (cores) | load gen CPU (cores, all / busiest worker) | Trivium ÷ side min / median / max |');
  console.log('|---|---|---|---|---|---|---|');
  peers.forEach((p, i) => {
    const row = rows[i]!;
    console.log(`| ${p.name} | ${fmt(stats(row.rate))} | ${stats(row.nodeCores).median.toFixed(2)} | ${fmt(stats(row.cpuPerOp))} | ${idle[i]!.toFixed(2)} | ${stats(row.genCores).median.toFixed(2)} / ${stats(row.genMax).median.toFixed(2)} | ${i === 0 ? '—' : fmt(stats(ratios[i]!), 2)} |`);
  });
} finally {
  pool.close();
  for (const p of peers) await p.stop();
}
process.exit(0);
