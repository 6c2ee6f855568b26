/**
 * ERC20 `transfer` throughput to receipts: Trivium vs the anvil binary (and Hardhat 2), INTERLEAVED in rounds
 * in one run, every side with the same block time (interval mining).
 * All sides run at once, each on its own port, with Trivium's chain id, so one set of pre-signed raw txs
 * serves every side. OpenZeppelin's ERC20PresetFixedSupply is deployed on each (same address) and shared out
 * to SENDERS accounts. Each round signs TXS transfers (natively, outside the clock), then runs them on every
 * side in a rotated order: the senders' lanes are dealt over WORKERS load-generator processes (keep-alive
 * sockets, one request in flight per sender, nonce order); the clock stops when every sender's last receipt
 * is in. Afterwards every receipt is read and must have status 0x1.
 * Reported per side: tx/s min / median / max over the rounds, the node's CPU (cores) and the load
 * generators' (sum, and the busiest worker), and Trivium ÷ side per round (min / median / max).
 * Usage: node --no-node-snapshot --import tsx scripts/bench/evm-erc20.ts [txs per round=2000] [rounds=3] [block time=100ms]
 *   env SENDERS (40), WORKERS (3), EVM_BENCH_PEERS=trivium,anvil,hardhat[,trivium-ethereumjs], EVM_BENCH_WARMUP (2000),
 *   EVM_BENCH_PROFILE=dir, EVM_BENCH_ENGINE=revm|ethereumjs (the `trivium` side's --evm.engine),
 *   EVM_BENCH_BASE=checkout (the `trivium-base` side: that checkout's triviumd, for before/after),
 *   EVM_BENCH_NODE_FLAGS='--flag …' (node's own flags for the `trivium` side, e.g. V8's heap sizes),
 *   EVM_BENCH_THREADS=1 (each Trivium side's CPU per tx by thread, per round)
 */
import { Interface, keccak256 } from 'ethers';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type EvmPeer, baseCheckout, startWithToken, devWallets, post, repoRoot, startAnvil, startHardhat, startTrivium } from './evm-peers.ts';
import { BENCH_CHAIN_ID, commonNonce, fmt, idleCores, nodeCpu, nodeMainThreadCpu, nodeThreadsCpu, rotated, signRaw, stats } from './lib/evm-side.ts';
import { LoadPool } from './lib/load.ts';

const TXS = Number(process.argv[2] ?? 2000);
const ROUNDS = Number(process.argv[3] ?? 3);
const BLOCK_TIME = process.argv[4] ?? '100ms';
const SENDERS = Number(process.env.SENDERS ?? 40);
const WORKERS = Number(process.env.WORKERS ?? 3);
const WARMUP = Number(process.env.EVM_BENCH_WARMUP ?? 2000);
const PEERS = (process.env.EVM_BENCH_PEERS ?? 'trivium,anvil,hardhat').split(',');
const blockMs = /^(\d+)ms$/.exec(BLOCK_TIME) ? Number(/^(\d+)/.exec(BLOCK_TIME)![1]) : Number(BLOCK_TIME.replace(/s$/, '')) * 1000;
if (!PEERS.includes('trivium') || !PEERS.includes('anvil')) throw new Error('the figure is Trivium ÷ anvil: both must run (EVM_BENCH_PEERS)');

const wallets = devWallets(SENDERS);
const iface = new Interface(JSON.parse(readFileSync(path.resolve(repoRoot, '../shared/fixtures/evm/openzeppelin-contracts-4.9.6/build/ERC20PresetFixedSupply.json'), 'utf8')).abi);

const starters: Record<string, () => Promise<EvmPeer>> = {
  trivium: () => startTrivium(BLOCK_TIME, [], undefined, (process.env.EVM_BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean)),
  // The other engine as a side of its own (EVM_BENCH_ENGINE=revm EVM_BENCH_PEERS=trivium,anvil,trivium-ethereumjs).
  'trivium-ethereumjs': () => startTrivium(BLOCK_TIME, ['--evm.engine', 'ethereumjs']),
  // Another checkout's triviumd as a side of its own (a before/after comparison): EVM_BENCH_BASE=/path/to/checkout.
  'trivium-base': () => startTrivium(BLOCK_TIME, [], baseCheckout()),
  anvil: () => startAnvil(['--block-time', String(blockMs / 1000), '--chain-id', String(BENCH_CHAIN_ID)]),
  hardhat: () => startHardhat({ chainId: Number(BENCH_CHAIN_ID), intervalMs: blockMs }),
};
const peers: EvmPeer[] = [];
const pool = new LoadPool(WORKERS);
try {
  const token = await startWithToken(PEERS, starters, wallets, peers);

  /** `perSender` transfers for every sender from its (common) pending nonce. */
  const sign = async (perSender: number): Promise<string[][]> => {
    const lanes: string[][] = [];
    for (const w of wallets) {
      const nonce = await commonNonce(peers, w.address);
      lanes.push(Array.from({ length: perSender }, (_, i) => {
        const to = '0x' + (0x1000 + ((nonce + i) % 4096)).toString(16).padStart(40, '0');
        return signRaw(w, { nonce: nonce + i, gasLimit: 60_000n, to: token, data: iface.encodeFunctionData('transfer', [to, 1n]) });
      }));
    }
    return lanes;
  };
  const run = (p: EvmPeer, lanes: string[][]) => {
    const u = new URL(p.url);
    return pool.run({ kind: 'txs', host: u.hostname, port: Number(u.port), lanes });
  };
  const checkReceipts = async (p: EvmPeer, lanes: string[][]) => {
    const hashes = lanes.flat().map((raw) => keccak256(raw));
    for (let i = 0; i < hashes.length; i += 200) {
      const batch = hashes.slice(i, i + 200).map((h, j) => ({ jsonrpc: '2.0', id: j, method: 'eth_getTransactionReceipt', params: [h] }));
      const res = JSON.parse(await post(p.url, JSON.stringify(batch))) as any[];
      for (const r of res) if (r.result?.status !== '0x1') throw new Error(`${p.name}: a transfer has no successful receipt: ${JSON.stringify(r).slice(0, 300)}`);
    }
  };

  // Warm-up (untimed): JIT-compiled sides reach their steady state, as a long-running node has.
  const warm = await sign(Math.ceil(WARMUP / SENDERS));
  for (const p of peers) await run(p, warm);
  const idle = await idleCores(peers);

  const perSender = Math.ceil(TXS / SENDERS);
  const rows = peers.map(() => ({ tps: [] as number[], nodeCores: [] as number[], cpuPerOp: [] as number[], mainPerOp: [] as number[], genCores: [] as number[], genMax: [] as number[] }));
  const ratios = peers.map(() => [] as number[]);
  for (let r = 0; r < ROUNDS; r++) {
    const lanes = await sign(perSender);
    const tpsThisRound = new Map<EvmPeer, number>();
    for (const p of rotated(peers, r)) {
      const [c0, m0] = [nodeCpu(p), nodeMainThreadCpu(p)];
      const t0 = process.env.EVM_BENCH_THREADS && p.name.startsWith('Trivium') ? nodeThreadsCpu(p) : undefined;
      const res = await run(p, lanes);
      if (t0) {
        const per = [...nodeThreadsCpu(p)].map(([k, v]) => [k, ((v - (t0.get(k) ?? 0)) / res.requests) * 1e6] as const).filter(([, v]) => v >= 1).sort((a, b) => b[1] - a[1]);
        console.log(`  ${p.name}: CPU µs per tx by thread: ${per.map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
      }
      const cores = (nodeCpu(p) - c0) / res.seconds;
      const mainPerOp = ((nodeMainThreadCpu(p) - m0) / res.requests) * 1e6;
      await checkReceipts(p, lanes);
      const row = rows[peers.indexOf(p)]!;
      const tps = res.requests / res.seconds;
      row.tps.push(tps);
      row.nodeCores.push(cores);
      row.cpuPerOp.push(((nodeCpu(p) - c0) / res.requests) * 1e6);
      row.mainPerOp.push(mainPerOp);
      row.genCores.push(res.genCpuSec / res.seconds);
      row.genMax.push(res.genMaxCore);
      tpsThisRound.set(p, tps);
      console.log(`round ${r + 1} ${p.name.padEnd(30)} ${res.requests} transfers ${res.seconds.toFixed(2)} s = ${tps.toFixed(0)} tx/s; node ${cores.toFixed(2)} cores, load gen ${(res.genCpuSec / res.seconds).toFixed(2)} cores (busiest worker ${res.genMaxCore.toFixed(2)})`);
    }
    peers.forEach((p, i) => ratios[i]!.push(tpsThisRound.get(peers[0]!)! / tpsThisRound.get(p)!));
  }

  console.log('');
  console.log(`ERC20 transfer to receipts, ${ROUNDS} interleaved rounds of ${perSender * SENDERS} pre-signed raw txs, ${SENDERS} senders (one in flight each, nonce order) over ${WORKERS} load-generator processes, ${BLOCK_TIME} blocks on every side`);
  console.log('| side | tx/s min / median / max | node CPU (cores, median) | node CPU µs per tx min / median / max | of it the main thread, µs per tx | idle CPU (cores) | load gen CPU (cores, all / busiest worker) | Trivium ÷ side min / median / max |');
  console.log('|---|---|---|---|---|---|---|---|');
  peers.forEach((p, i) => {
    const row = rows[i]!;
    console.log(`| ${p.name} | ${fmt(stats(row.tps))} | ${stats(row.nodeCores).median.toFixed(2)} | ${fmt(stats(row.cpuPerOp))} | ${fmt(stats(row.mainPerOp))} | ${idle[i]!.toFixed(2)} | ${stats(row.genCores).median.toFixed(2)} / ${stats(row.genMax).median.toFixed(2)} | ${i === 0 ? '—' : fmt(stats(ratios[i]!), 2)} |`);
  });
} finally {
  pool.close();
  for (const p of peers) await p.stop();
}
process.exit(0);
