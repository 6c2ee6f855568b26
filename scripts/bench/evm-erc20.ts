/**
 * ERC20 `transfer` throughput to receipts: Trivium vs Hardhat 2 vs anvil, side by side in one run.
 * Each node is started here on its own port; OpenZeppelin's ERC20PresetFixedSupply is deployed and shared out
 * to the 10 dev accounts; then every account sends its pre-signed transfers (raw txs, signed before the clock
 * starts, so the client is not what is measured), the 10 accounts concurrently, each in nonce order. The clock
 * stops when every receipt is in. Each account sends its txs one request at a time in nonce order (Hardhat,
 * like Trivium, refuses a nonce gap while automining), SENDERS accounts at once (accounts beyond the 10 funded
 * dev accounts get ETH and tokens in the untimed setup).
 * A warm-up round of EVM_BENCH_WARMUP (2000) transfers runs first, untimed, on every node.
 * Usage: node --no-node-snapshot --import tsx scripts/bench/evm-erc20.ts [txs=4000] [trivium block time=100ms] [senders=40]
 */
import { Interface, keccak256 } from 'ethers';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type EvmPeer, deployToken, devWallets, feeFields, post, repoRoot, rpc, startAnvil, startHardhat, startTrivium } from './evm-peers.ts';

const TOTAL = Number(process.argv[2] ?? 4000);
const BLOCK_TIME = process.argv[3] ?? '100ms';
const SENDERS = Number(process.argv[4] ?? 40);
const WARMUP = Number(process.env.EVM_BENCH_WARMUP ?? 2000);
const wallets = devWallets(SENDERS);
const iface = new Interface(JSON.parse(readFileSync(path.resolve(repoRoot, '../shared/fixtures/evm/openzeppelin-contracts-4.9.6/build/ERC20PresetFixedSupply.json'), 'utf8')).abi);

/** Pre-sign `perSender` transfers for every wallet, from its current nonce. */
async function presign(peer: EvmPeer, token: string, perSender: number): Promise<string[][]> {
  const fee = await feeFields(peer);
  const signed: string[][] = [];
  for (const w of wallets) {
    const nonce = Number(BigInt(await rpc(peer.url, 'eth_getTransactionCount', [w.address, 'pending'])));
    const list: string[] = [];
    for (let i = 0; i < perSender; i++) {
      const to = '0x' + (0x1000 + ((nonce + i) % 4096)).toString(16).padStart(40, '0');
      list.push(await w.signTransaction({ ...fee, chainId: peer.chainId, nonce: nonce + i, gasLimit: 60_000n, to: token, data: iface.encodeFunctionData('transfer', [to, 1n]) }));
    }
    signed.push(list);
  }
  return signed;
}

/** Send every list (the accounts at once, each in nonce order); resolve when all receipts are in. */
async function blast(peer: EvmPeer, signed: string[][]): Promise<number> {
  const t0 = performance.now();
  const last = await Promise.all(
    signed.map(async (list) => {
      let hash = '';
      for (const raw of list) hash = await rpc<string>(peer.url, 'eth_sendRawTransaction', [raw]);
      return hash;
    }),
  );
  // Each sender's txs land in nonce order: its last receipt means all of its receipts.
  await Promise.all(
    last.map(async (h) => {
      for (;;) {
        const r = await rpc(peer.url, 'eth_getTransactionReceipt', [h]);
        if (r) return;
        if (performance.now() - t0 > 120_000) throw new Error(`${peer.name}: no receipt for ${h} after 120 s`);
        await new Promise((res) => setTimeout(res, 5));
      }
    }),
  );
  return (performance.now() - t0) / 1000;
}

async function run(peer: EvmPeer): Promise<{ txs: number; seconds: number; tps: number; blocks: number }> {
  const token = await deployToken(peer, wallets);
  const perSender = Math.ceil(TOTAL / wallets.length);
  // Warm-up round (untimed): JIT-compiled nodes get their steady state, as a long-running node has.
  await blast(peer, await presign(peer, token, Math.ceil(WARMUP / wallets.length)));
  const signed = await presign(peer, token, perSender);
  const startBlock = Number(BigInt(await rpc(peer.url, 'eth_blockNumber')));
  const seconds = await blast(peer, signed);
  const endBlock = Number(BigInt(await rpc(peer.url, 'eth_blockNumber')));
  // Every receipt, status 1.
  const hashes = signed.flat().map((raw) => keccak256(raw));
  for (let i = 0; i < hashes.length; i += 200) {
    const batch = hashes.slice(i, i + 200).map((h, j) => ({ jsonrpc: '2.0', id: j, method: 'eth_getTransactionReceipt', params: [h] }));
    const res = JSON.parse(await post(peer.url, JSON.stringify(batch))) as any[];
    for (const r of res) if (r.result?.status !== '0x1') throw new Error(`${peer.name}: a transfer has no successful receipt: ${JSON.stringify(r).slice(0, 300)}`);
  }
  const txs = perSender * wallets.length;
  return { txs, seconds, tps: txs / seconds, blocks: endBlock - startBlock };
}


const results: Array<{ name: string; tps: number; txs: number; seconds: number; blocks: number }> = [];
// EVM_BENCH_PEERS=trivium runs Trivium alone (for tuning).
const only = process.env.EVM_BENCH_PEERS?.split(',');
// anvil 1.7.1 in automine mode stops mining for good after ≈ 2,400 blocks under this load (its pool keeps the
// txs, no block comes): it runs with interval mining at Trivium's default bench block time instead.
const starts = [() => startTrivium(BLOCK_TIME), startHardhat, () => startAnvil(['--block-time', '0.1'])].filter((_, i) => !only || only.includes(['trivium', 'hardhat', 'anvil'][i]!));
for (const start of starts) {
  const peer = await start();
  try {
    const r = await run(peer);
    results.push({ name: peer.name, ...r });
    console.log(`${peer.name.padEnd(28)} ${r.txs} transfers in ${r.seconds.toFixed(2)} s = ${r.tps.toFixed(0)} tx/s (${r.blocks} blocks)`);
  } finally {
    await peer.stop();
  }
}
const trv = results[0]!.tps;
console.log('');
console.log(`ERC20 transfer, ${wallets.length} senders at once, each sending its pre-signed raw txs in nonce order`);
console.log(`| node | transfers | seconds | tx/s to receipts | Trivium ÷ node |`);
console.log(`|---|---|---|---|---|`);
for (const r of results) console.log(`| ${r.name} | ${r.txs} | ${r.seconds.toFixed(2)} | ${r.tps.toFixed(0)} | ${(trv / r.tps).toFixed(2)}× |`);
process.exit(0);
