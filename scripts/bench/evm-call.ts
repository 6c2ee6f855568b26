/**
 * eth_call throughput: ERC20 `balanceOf` with 50 calls in flight, Trivium vs anvil vs Hardhat 2, each node
 * started here on its own port, the same token (OpenZeppelin ERC20PresetFixedSupply) deployed on each.
 * Two clients, both in this one process:
 *   ethers   `contract.balanceOf(addr)` through ethers v6's JsonRpcProvider (its default JSON-RPC batching; its
 *            250 ms cache of identical requests switched off, so every call reaches the node) — the harness of
 *            the reference figures in ../shared/design/dependencies.md
 *   raw      hand-made JSON-RPC bodies over keep-alive HTTP, one call per request — what the node itself can do
 * Usage: node --no-node-snapshot --import tsx scripts/bench/evm-call.ts [calls=5000] [inFlight=50]
 */
import { Contract, Interface, JsonRpcProvider } from 'ethers';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type EvmPeer, deployToken, devWallets, post, repoRoot, startAnvil, startHardhat, startTrivium } from './evm-peers.ts';

const CALLS = Number(process.argv[2] ?? 5000);
const IN_FLIGHT = Number(process.argv[3] ?? 50);
const wallets = devWallets(10);
const iface = new Interface(JSON.parse(readFileSync(path.resolve(repoRoot, '../shared/fixtures/evm/openzeppelin-contracts-4.9.6/build/ERC20PresetFixedSupply.json'), 'utf8')).abi);

async function run(peer: EvmPeer): Promise<{ raw: number; ethers: number }> {
  const token = await deployToken(peer, wallets);
  return { ethers: await viaEthers(peer, token), raw: await viaRaw(peer, token) };
}

async function viaEthers(peer: EvmPeer, token: string): Promise<number> {
  const provider = new JsonRpcProvider(peer.url, peer.chainId, { staticNetwork: true, cacheTimeout: -1 });
  const c = new Contract(token, iface, provider);
  const balanceOf = c.getFunction('balanceOf');
  const call = async (i: number) => {
    if ((await balanceOf(wallets[i % wallets.length]!.address)) === 0n) throw new Error(`${peer.name}: zero balance`);
  };
  for (let i = 0; i < 200; i++) await call(i);
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < CALLS) await call(next++);
    }),
  );
  const rate = CALLS / ((performance.now() - t0) / 1000);
  provider.destroy();
  return rate;
}

async function viaRaw(peer: EvmPeer, token: string): Promise<number> {
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

const results: Array<{ name: string; raw: number; ethers: number }> = [];
const only = process.env.EVM_BENCH_PEERS?.split(',');
const starts = [() => startTrivium('1s'), startAnvil, startHardhat].filter((_, i) => !only || only.includes(['trivium', 'anvil', 'hardhat'][i]!));
for (const start of starts) {
  const peer = await start();
  try {
    const r = await run(peer);
    results.push({ name: peer.name, ...r });
    console.log(`${peer.name.padEnd(28)} ethers ${r.ethers.toFixed(0)} eth_call/s, raw HTTP ${r.raw.toFixed(0)} eth_call/s`);
  } finally {
    await peer.stop();
  }
}
const trv = results[0]!;
console.log('');
console.log(`eth_call balanceOf, ${CALLS} calls, ${IN_FLIGHT} in flight`);
console.log('| node | ethers v6 client: eth_call/s | Trivium ÷ node | raw HTTP client: eth_call/s | Trivium ÷ node |');
console.log('|---|---|---|---|---|');
for (const r of results) console.log(`| ${r.name} | ${r.ethers.toFixed(0)} | ${(trv.ethers / r.ethers).toFixed(2)}× | ${r.raw.toFixed(0)} | ${(trv.raw / r.raw).toFixed(2)}× |`);
process.exit(0);
