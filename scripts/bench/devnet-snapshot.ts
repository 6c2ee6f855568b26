/**
 * Issue 15's figure: evm_snapshot and evm_revert with 10,000 funded accounts and 1,000 contracts in state, on a
 * Trivium devnet and on anvil (the binary of @foundry-rs/anvil) side by side in one run. Both get the same
 * pre-signed txs (anvil started with Trivium's EVM chain id); then rounds interleave the two: snapshot, one
 * transfer mined (so the revert has a block to undo), revert; then the same with ten blocks to undo — each call timed from the client, every result
 * checked (the id reverts to true, the height and the recipient's balance are back).
 *
 *   node --no-node-snapshot --import tsx scripts/bench/devnet-snapshot.ts [rounds=20] [accounts=10000] [contracts=1000]
 */
import { type HDNodeWallet, Wallet } from 'ethers';
import { devWallets, type EvmPeer, rpc, startAnvil, startTrivium } from './evm-peers.ts';
import { fmtSpread } from './lib/stats.ts';

const ROUNDS = Number(process.argv[2] ?? 20);
const ACCOUNTS = Number(process.argv[3] ?? 10_000);
const CONTRACTS = Number(process.argv[4] ?? 1_000);
const CHAIN_ID = 262145n;
const FEE = { type: 2 as const, maxFeePerGas: 100n * 10n ** 9n, maxPriorityFeePerGas: 10n ** 9n };
/** PUSH1 1 PUSH1 0 RETURN: a contract whose code is one STOP byte. */
const INITCODE = '0x60016000f3';
/** Txs per wallet per JSON-RPC batch: 10 wallets × 100 = Trivium's batch limit of 1,000 requests. */
const BATCH = 100;
/** Blocks the deeper revert of each round undoes (one transfer each). */
const DEPTH = 10;

async function batch(url: string, calls: Array<[string, unknown[]]>): Promise<unknown[]> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(calls.map(([method, params], id) => ({ jsonrpc: '2.0', id, method, params }))) });
  const out = (await res.json()) as Array<{ id: number; result?: unknown; error?: { message: string } }>;
  if (!Array.isArray(out)) throw new Error(`batch refused: ${JSON.stringify(out).slice(0, 200)}`);
  return out.sort((a, b) => a.id - b.id).map((r) => {
    if (r.error) throw new Error(r.error.message);
    return r.result;
  });
}

/** The setup txs, signed once: per dev wallet a run of nonces, transfers to fresh addresses and deploys. */
async function signSetup(): Promise<string[][]> {
  const wallets = devWallets(10);
  const perWallet = wallets.map(() => [] as string[]);
  const nonces = wallets.map(() => 0);
  for (let i = 0; i < ACCOUNTS + CONTRACTS; i++) {
    const w = i % wallets.length;
    const tx = i < ACCOUNTS
      ? { ...FEE, chainId: CHAIN_ID, nonce: nonces[w]!++, gasLimit: 21_000n, to: Wallet.createRandom().address, value: 1n }
      : { ...FEE, chainId: CHAIN_ID, nonce: nonces[w]!++, gasLimit: 100_000n, data: INITCODE };
    perWallet[w]!.push(await wallets[w]!.signTransaction(tx));
  }
  return perWallet;
}

/** Sends the setup txs in batches (each wallet's in nonce order) and waits until every nonce landed. */
async function populate(peer: EvmPeer, perWallet: string[][]): Promise<void> {
  const wallets = devWallets(10);
  const t0 = performance.now();
  for (let off = 0; off < perWallet[0]!.length; off += BATCH) {
    const calls: Array<[string, unknown[]]> = [];
    for (const txs of perWallet) for (const raw of txs.slice(off, off + BATCH)) calls.push(['eth_sendRawTransaction', [raw]]);
    await batch(peer.url, calls);
    // Wait for this round to be mined before the next (the mempool stays small on both sides).
    for (const [w, txs] of perWallet.entries()) {
      const want = Math.min(off + BATCH, txs.length);
      while (Number(BigInt(await rpc(peer.url, 'eth_getTransactionCount', [wallets[w]!.address, 'latest']))) < want) await new Promise((r) => setTimeout(r, 20));
    }
  }
  console.log(`${peer.name}: ${ACCOUNTS} accounts + ${CONTRACTS} contracts in ${((performance.now() - t0) / 1000).toFixed(1)} s, height ${Number(BigInt(await rpc(peer.url, 'eth_blockNumber')))}`);
}

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const v = await f();
  return [v, performance.now() - t0];
}

/** One round: snapshot, `blocks` transfers mined one by one, revert; checked. */
async function round(peer: EvmPeer, sender: HDNodeWallet, nonce: number, to: string, value: bigint, blocks = 1): Promise<{ snap: number; revert: number }> {
  const h0 = await rpc(peer.url, 'eth_blockNumber');
  const [id, snap] = await timed(() => rpc<string>(peer.url, 'evm_snapshot'));
  for (let b = 0; b < blocks; b++) {
    const raw = await sender.signTransaction({ ...FEE, chainId: CHAIN_ID, nonce: nonce + b, gasLimit: 21_000n, to, value });
    const hash = await rpc<string>(peer.url, 'eth_sendRawTransaction', [raw]);
    while (!(await rpc(peer.url, 'eth_getTransactionReceipt', [hash]))) await new Promise((r) => setTimeout(r, 5));
  }
  if (BigInt(await rpc(peer.url, 'eth_getBalance', [to, 'latest'])) !== value * BigInt(blocks)) throw new Error(`${peer.name}: the transfers did not land`);
  if (Number(BigInt(await rpc(peer.url, 'eth_blockNumber'))) < Number(BigInt(h0)) + blocks) throw new Error(`${peer.name}: fewer than ${blocks} blocks`);
  const [ok, revert] = await timed(() => rpc<boolean>(peer.url, 'evm_revert', [id]));
  if (ok !== true) throw new Error(`${peer.name}: evm_revert(${id}) answered ${ok}`);
  if ((await rpc(peer.url, 'eth_blockNumber')) !== h0) throw new Error(`${peer.name}: height not restored`);
  if (BigInt(await rpc(peer.url, 'eth_getBalance', [to, 'latest'])) !== 0n) throw new Error(`${peer.name}: balance not restored`);
  if ((await rpc(peer.url, 'evm_revert', [id])) !== false) throw new Error(`${peer.name}: a used id reverted again`);
  return { snap, revert };
}

const peers: EvmPeer[] = [];
try {
  console.log(`signing ${ACCOUNTS + CONTRACTS} setup txs…`);
  const setup = await signSetup();
  peers.push(await startTrivium('0'), await startAnvil(['--chain-id', String(CHAIN_ID)]));
  for (const p of peers) await populate(p, setup);
  const to = Wallet.createRandom().address;
  const results = peers.map(() => ({ snap: [] as number[], revert: [] as number[], deep: [] as number[] }));
  // A fresh sender per round, funded before the first snapshot (so every revert keeps it): anvil's pool remembers
  // a reverted tx's sender and nonce ("replacement transaction underpriced" for the same nonce again).
  const senders = Array.from({ length: 2 * ROUNDS }, () => Wallet.createRandom() as unknown as HDNodeWallet);
  for (const p of peers) for (const s of senders) await rpc(p.url, 'anvil_setBalance', [s.address, '0x56bc75e2d63100000']);
  for (let r = 0; r < ROUNDS; r++) {
    // Interleaved: alternate which side goes first, so neither always runs on a warmer machine.
    const order = r % 2 === 0 ? [0, 1] : [1, 0];
    for (const i of order) {
      // A new amount each round: anvil refuses a tx hash it has seen before, even one a revert undid.
      const x = await round(peers[i]!, senders[r]!, 0, to, 1000n + BigInt(r));
      results[i]!.snap.push(x.snap);
      results[i]!.revert.push(x.revert);
      const deep = await round(peers[i]!, senders[ROUNDS + r]!, 0, to, 1000n + BigInt(r), DEPTH);
      results[i]!.deep.push(deep.revert);
    }
  }
  console.log(`\n${ROUNDS} rounds, ${ACCOUNTS} accounts + ${CONTRACTS} contracts in state; ms from the client, min / median / max`);
  console.log(`| node | evm_snapshot | evm_revert (one block back) | evm_revert (${DEPTH} blocks back) |`);
  console.log('| --- | --- | --- | --- |');
  for (const [i, p] of peers.entries()) console.log(`| ${p.name} | ${fmtSpread(results[i]!.snap, 2)} | ${fmtSpread(results[i]!.revert, 2)} | ${fmtSpread(results[i]!.deep, 2)} |`);
} finally {
  for (const p of peers) await p.stop();
}
