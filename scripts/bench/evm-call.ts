/**
 * eth_call throughput: ERC20 `balanceOf` with 50 calls in flight, Trivium vs anvil vs Hardhat 2, each node
 * started here on its own port, the same token (OpenZeppelin ERC20PresetFixedSupply) deployed on each.
 * Usage: node --no-node-snapshot --import tsx scripts/bench/evm-call.ts [calls=5000] [inFlight=50]
 */
import { Interface } from 'ethers';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type EvmPeer, deployToken, devWallets, post, repoRoot, startAnvil, startHardhat, startTrivium } from './evm-peers.ts';

const CALLS = Number(process.argv[2] ?? 5000);
const IN_FLIGHT = Number(process.argv[3] ?? 50);
const wallets = devWallets(10);
const iface = new Interface(JSON.parse(readFileSync(path.resolve(repoRoot, '../shared/fixtures/evm/openzeppelin-contracts-4.9.6/build/ERC20PresetFixedSupply.json'), 'utf8')).abi);

async function run(peer: EvmPeer): Promise<number> {
  const token = await deployToken(peer, wallets);
  const bodies = wallets.map((w) => JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_call', params: [{ to: token, data: iface.encodeFunctionData('balanceOf', [w.address]) }, 'latest'] }));
  const call = async (i: number) => {
    const r = JSON.parse(await post(peer.url, bodies[i % bodies.length]!));
    if (r.error || BigInt(r.result) === 0n) throw new Error(`${peer.name}: eth_call failed: ${JSON.stringify(r)}`);
  };
  for (let i = 0; i < 200; i++) await call(i); // warm-up
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < CALLS) await call(next++);
    }),
  );
  return CALLS / ((performance.now() - t0) / 1000);
}

const results: Array<{ name: string; rate: number }> = [];
const only = process.env.EVM_BENCH_PEERS?.split(',');
const starts = [() => startTrivium('1s'), startAnvil, startHardhat].filter((_, i) => !only || only.includes(['trivium', 'anvil', 'hardhat'][i]!));
for (const start of starts) {
  const peer = await start();
  try {
    const rate = await run(peer);
    results.push({ name: peer.name, rate });
    console.log(`${peer.name.padEnd(28)} ${rate.toFixed(0)} eth_call/s`);
  } finally {
    await peer.stop();
  }
}
const trv = results[0]!.rate;
console.log('');
console.log(`eth_call balanceOf, ${CALLS} calls, ${IN_FLIGHT} in flight`);
console.log('| node | eth_call/s | Trivium ÷ node |');
console.log('|---|---|---|');
for (const r of results) console.log(`| ${r.name} | ${r.rate.toFixed(0)} | ${(trv / r.rate).toFixed(2)}× |`);
process.exit(0);
