/**
 * Single-tx latency, send → receipt: Trivium `--block-time 0` (a block as soon as a tx waits) vs the anvil
 * binary in automine (and Hardhat 2 automining), INTERLEAVED in rounds in one run.
 * One ERC20 transfer at a time from one sender (pre-signed natively, outside the clock): the clock starts
 * before eth_sendRawTransaction is written and stops when eth_getTransactionReceipt (polled back to back on
 * the same keep-alive socket, no sleep) returns the receipt, which must have status 0x1. Sequential: the
 * client is idle most of the time, so it is not the limit (its CPU is reported all the same).
 * Usage: node --no-node-snapshot --import tsx scripts/bench/evm-latency.ts [samples per round=50] [rounds=4]
 *   env EVM_BENCH_PEERS=trivium,anvil,hardhat[,trivium-base], POLL_MS (0), EVM_BENCH_BASE=checkout (the
 *   `trivium-base` side: that checkout's triviumd, for before/after; it may be this checkout, to compare flags),
 *   EVM_BENCH_PROFILE=dir, EVM_BENCH_NODE_FLAGS='--flag …' (node's own flags, `trivium` side only),
 *   START_ARGS='--flag …' (`triviumd start` flags, `trivium` side only)
 */
import { Interface } from 'ethers';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type EvmPeer, baseCheckout, startWithToken, devWallets, repoRoot, startAnvil, startHardhat, startTrivium } from './evm-peers.ts';
import { BENCH_CHAIN_ID, commonNonce, nodeCpu, nodeThreadsCpu, rotated, signRaw, stats } from './lib/evm-side.ts';
import { HttpLane, postBytes } from './lib/http-lane.ts';
import { selfCpuSec } from './lib/proc.ts';

const SAMPLES = Number(process.argv[2] ?? 50);
const ROUNDS = Number(process.argv[3] ?? 4);
/** Pause between receipt polls (0 = back to back: every poll also costs the node CPU it would spend on the block). */
const POLL_MS = Number(process.env.POLL_MS ?? 0);
const PEERS = (process.env.EVM_BENCH_PEERS ?? 'trivium,anvil,hardhat').split(',');
if (!PEERS.includes('trivium') || !PEERS.includes('anvil')) throw new Error('the figure is Trivium ÷ anvil: both must run (EVM_BENCH_PEERS)');
const words = (s: string | undefined): string[] => (s ?? '').split(' ').filter(Boolean);
const wallets = devWallets(2);
const sender = wallets[1]!;
const iface = new Interface(JSON.parse(readFileSync(path.resolve(repoRoot, '../shared/fixtures/evm/openzeppelin-contracts-4.9.6/build/ERC20PresetFixedSupply.json'), 'utf8')).abi);

const starters: Record<string, () => Promise<EvmPeer>> = {
  trivium: () => startTrivium('0', words(process.env.START_ARGS), undefined, words(process.env.EVM_BENCH_NODE_FLAGS)),
  'trivium-base': () => startTrivium('0', [], baseCheckout()),
  anvil: () => startAnvil(['--chain-id', String(BENCH_CHAIN_ID)]),
  hardhat: () => startHardhat({ chainId: Number(BENCH_CHAIN_ID) }),
};
const peers: EvmPeer[] = [];
try {
  const token = await startWithToken(PEERS, starters, wallets, peers);
  const lanes = await Promise.all(peers.map((p) => {
    const u = new URL(p.url);
    return HttpLane.connect(u.hostname, Number(u.port)).then((lane) => ({ lane, host: u.hostname, port: Number(u.port) }));
  }));

  /** One transfer, send → receipt, in ms. */
  const once = async (i: number, raw: string): Promise<number> => {
    const { lane, host, port } = lanes[i]!;
    const send = postBytes(host, port, JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_sendRawTransaction', params: [raw] }));
    const t0 = performance.now();
    const sent = JSON.parse(await lane.request(send));
    if (typeof sent.result !== 'string') throw new Error(`${peers[i]!.name}: ${JSON.stringify(sent).slice(0, 300)}`);
    sendMs[i]!.push(performance.now() - t0);
    const poll = postBytes(host, port, JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_getTransactionReceipt', params: [sent.result] }));
    for (;;) {
      const rec = JSON.parse(await lane.request(poll)).result;
      if (rec) {
        const ms = performance.now() - t0;
        if (rec.status !== '0x1') throw new Error(`${peers[i]!.name}: receipt status ${rec.status}`);
        return ms;
      }
      if (performance.now() - t0 > 30_000) throw new Error(`${peers[i]!.name}: no receipt after 30 s`);
      if (POLL_MS > 0) await new Promise((res) => setTimeout(res, POLL_MS));
    }
  };
  const samples = peers.map(() => [] as number[]);
  /** How long eth_sendRawTransaction itself took (the rest is waiting for the block and the receipt). */
  const sendMs = peers.map(() => [] as number[]);
  const medians = peers.map(() => [] as number[]);
  const cpu = peers.map(() => ({ node: 0, client: 0, wall: 0 }));
  /** The node's CPU seconds by thread name over the measured rounds (main, V8's workers, libuv's pool, LevelDB's). */
  const threads = peers.map(() => new Map<string, number>());
  for (let r = -1; r < ROUNDS; r++) {
    // Round -1 is the warm-up (untimed), so the first measured round meets JIT-compiled nodes.
    const nonce = await commonNonce(peers, sender.address);
    const raws = Array.from({ length: SAMPLES }, (_, k) => signRaw(sender, { nonce: nonce + k, gasLimit: 60_000n, to: token, data: iface.encodeFunctionData('transfer', ['0x' + (0x2000 + k).toString(16).padStart(40, '0'), 1n]) }));
    for (const p of rotated(peers, Math.max(r, 0))) {
      const i = peers.indexOf(p);
      const [n0, c0, t0, th0] = [nodeCpu(p), selfCpuSec(), performance.now(), nodeThreadsCpu(p)];
      const xs: number[] = [];
      for (const raw of raws) xs.push(await once(i, raw));
      if (r < 0) {
        sendMs[i]!.length = 0;
        continue;
      }
      cpu[i]!.node += nodeCpu(p) - n0;
      for (const [name, sec] of nodeThreadsCpu(p)) threads[i]!.set(name, (threads[i]!.get(name) ?? 0) + sec - (th0.get(name) ?? 0));
      cpu[i]!.client += selfCpuSec() - c0;
      cpu[i]!.wall += (performance.now() - t0) / 1000;
      samples[i]!.push(...xs);
      medians[i]!.push(stats(xs).median);
      console.log(`round ${r + 1} ${p.name.padEnd(28)} median ${stats(xs).median.toFixed(2)} ms (min ${stats(xs).min.toFixed(2)}, max ${stats(xs).max.toFixed(2)})`);
    }
  }
  for (const l of lanes) l.lane.close();
  const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)]!;
  console.log('');
  console.log(`single ERC20 transfer send → receipt, sequential, receipt polled ${POLL_MS ? `every ${POLL_MS} ms` : 'back to back'}, ${ROUNDS} interleaved rounds × ${SAMPLES} samples per side`);
  console.log('| side | ms min / median / p90 / max (all samples) | round medians min / max | of which eth_sendRawTransaction (median ms) | node CPU (cores) | node CPU ms per tx | client CPU (cores) | side ÷ anvil (median of round ratios) |');
  console.log('|---|---|---|---|---|---|---|---|');
  const anvil = PEERS.indexOf('anvil');
  peers.forEach((p, i) => {
    const s = stats(samples[i]!);
    const m = stats(medians[i]!);
    const ratio = stats(medians[i]!.map((x, k) => x / medians[anvil]![k]!));
    console.log(`| ${p.name} | ${s.min.toFixed(2)} / **${s.median.toFixed(2)}** / ${p90(samples[i]!).toFixed(2)} / ${s.max.toFixed(2)} | ${m.min.toFixed(2)} / ${m.max.toFixed(2)} | ${stats(sendMs[i]!).median.toFixed(2)} | ${(cpu[i]!.node / cpu[i]!.wall).toFixed(2)} | ${((cpu[i]!.node / samples[i]!.length) * 1000).toFixed(2)} | ${(cpu[i]!.client / cpu[i]!.wall).toFixed(2)} | ${i === anvil ? '—' : `${ratio.min.toFixed(2)} / **${ratio.median.toFixed(2)}** / ${ratio.max.toFixed(2)}`} |`);
  });
  console.log('');
  console.log('node CPU by thread, ms per tx (threads under 0.05 ms left out):');
  peers.forEach((p, i) => {
    const rows = [...threads[i]!].map(([name, sec]) => [name, (sec / samples[i]!.length) * 1000] as const).filter(([, ms]) => ms >= 0.05).sort((a, b) => b[1] - a[1]);
    console.log(`  ${p.name}: ${rows.map(([name, ms]) => `${name} ${ms.toFixed(2)}`).join(', ')}`);
  });
} finally {
  for (const p of peers) await p.stop();
}
process.exit(0);
