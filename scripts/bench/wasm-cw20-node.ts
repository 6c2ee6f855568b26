/**
 * Issue 18: cw20-base 1.0.1 transfers/s through a running node (signed MsgExecuteContract txs, CometBFT-RPC
 * broadcast_tx_sync, the ante handler, blocks, commits) against the bare @oraichain/cosmwasm-vm-js doing the
 * same transfers (a fresh metered instance per call, in this process), interleaved in rounds.
 * The node's rate: its code-0 txs of a round over the wall time from the first broadcast to the moment the block
 * holding the last of them is seen committed (polled every 5 ms: a little slower than the truth, never faster;
 * header times would leave out the last block's execution). Every broadcast answer and every tx result is checked. The load generator is
 * this process (it also runs the bare side, between the node's rounds): its CPU is reported.
 *
 * Node CPU per tx is read from /proc around each node round (broadcasts through the last commit).
 * NODE_PROF=dir writes a V8 CPU profile of the node process there (read it with scripts/bench/cpuprofile-top.ts);
 * NODE_ARGS='--flag …' adds options to the node's `node` command (a V8 or GC setting to compare).
 *
 * SENDERS=n (default 40) sends from n accounts, one tx in flight each: the 10 dev accounts, then bench accounts
 * (keys from a fixed seed) funded at set-up, so the node's side is not bound by the load's concurrency.
 *
 * Run: node --no-node-snapshot --import tsx scripts/bench/wasm-cw20-node.ts [txs per account per round] [rounds]
 */
import { createHash } from 'node:crypto';
import { ripemd160, sha256 } from '@cosmjs/crypto';
import secp256k1 from 'secp256k1';
import { toBech32Address } from '../../core/types/address.ts';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BasicBackendApi, BasicKVIterStorage, BasicQuerier, Environment, VMInstance } from '@oraichain/cosmwasm-vm-js';
import { Registry } from '@cosmjs/proto-signing';
import { defaultRegistryTypes } from '@cosmjs/stargate';
import { MsgExecuteContract, MsgInstantiateContract, MsgStoreCode } from 'cosmjs-types/cosmwasm/wasm/v1/tx';
import { dev, signTx } from '../../tests/helpers/cosmos.ts';
import { startNode } from '../../tests/helpers/node.ts';
import { blockOutcome, height } from './lib/comet-rpc.ts';
import { HttpLane, postBytes } from './lib/http-lane.ts';
import { mainThreadCpuSec, processCpuSec, selfCpuSec } from './lib/proc.ts';
import { fmtSpread, spread } from './lib/stats.ts';

const PER = Number(process.argv[2] ?? 30);
const ROUNDS = Number(process.argv[3] ?? 3);
const root = resolve(fileURLToPath(import.meta.url), '../../..');
const wasm = readFileSync(join(root, '../shared/fixtures/cosmwasm/cw20_base-1.0.1.wasm'));
const registry = new Registry([...defaultRegistryTypes, ['/cosmwasm.wasm.v1.MsgStoreCode', MsgStoreCode], ['/cosmwasm.wasm.v1.MsgInstantiateContract', MsgInstantiateContract], ['/cosmwasm.wasm.v1.MsgExecuteContract', MsgExecuteContract]]);
const SENDERS = Number(process.env.SENDERS ?? 40);
const extra = Array.from({ length: Math.max(0, SENDERS - 10) }, (_, i) => {
  const privkey = createHash('sha256').update(`wasm-cw20-node sender ${i}`).digest();
  return { address: toBech32Address(ripemd160(sha256(secp256k1.publicKeyCreate(privkey, true)))), privkey: new Uint8Array(privkey) };
});
const accounts = [...dev.slice(0, Math.min(10, SENDERS)), ...extra];
const sink = dev[9]!.address;

const nodeArgs = [...(process.env.NODE_ARGS?.split(' ').filter(Boolean) ?? []), ...(process.env.NODE_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.NODE_PROF}`] : [])];
const node = await startNode({ blockTime: '200ms', nodeArgs });
const port = Number(node.ports['rpc.laddr']!.split(':')[1]);
const seqs = new Map<number, bigint>();
const accNums = new Map<number, bigint>();
async function account(i: number) {
  const r = await node.rpc('abci_query', { path: '/cosmos.auth.v1beta1.Query/Account', data: Buffer.concat([Buffer.from([0x0a, accounts[i]!.address.length]), Buffer.from(accounts[i]!.address)]).toString('hex') });
  const { QueryAccountResponse } = await import('cosmjs-types/cosmos/auth/v1beta1/query');
  const { BaseAccount } = await import('cosmjs-types/cosmos/auth/v1beta1/auth');
  const acc = BaseAccount.decode(QueryAccountResponse.decode(Buffer.from(r.response.value, 'base64')).account!.value);
  accNums.set(i, acc.accountNumber);
  seqs.set(i, acc.sequence);
}
const sign = (i: number, msgs: Array<{ typeUrl: string; value: unknown }>, gas: number) => {
  const seq = seqs.get(i)!;
  seqs.set(i, seq + 1n);
  return signTx(msgs, { privkey: accounts[i]!.privkey, accountNumber: accNums.get(i)!, sequence: seq, gas, registry, chainId: node.chainId });
};
async function commit(tx: Uint8Array) {
  const r = await node.rpc('broadcast_tx_commit', { tx: Buffer.from(tx).toString('base64') });
  if (r.check_tx.code || r.tx_result.code) throw new Error(`setup tx failed: ${r.check_tx.log || r.tx_result.log}`);
  return r.tx_result.events as Array<{ type: string; attributes: Array<{ key: string; value: string }> }>;
}
const attr = (ev: Awaited<ReturnType<typeof commit>>, type: string, key: string) => ev.find((e) => e.type === type)!.attributes.find((a) => a.key === key)!.value;

await account(0);
// The bench accounts get fees from dev0 (one tx) before their account numbers can be read.
if (extra.length) await commit(sign(0, extra.map((a) => ({ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: dev[0]!.address, toAddress: a.address, amount: [{ denom: 'utrv', amount: '100000000' }] } })), 200_000 + 20_000 * extra.length));
for (let i = 1; i < accounts.length; i++) await account(i);
const stored = await commit(sign(0, [{ typeUrl: '/cosmwasm.wasm.v1.MsgStoreCode', value: { sender: accounts[0]!.address, wasmByteCode: wasm } }], 10_000_000));
const codeId = BigInt(attr(stored, 'store_code', 'code_id'));
const init = { name: 'Bench Token', symbol: 'BEN', decimals: 6, initial_balances: accounts.map((a) => ({ address: a.address, amount: '1000000000' })), mint: null, marketing: null };
const inst = await commit(sign(0, [{ typeUrl: '/cosmwasm.wasm.v1.MsgInstantiateContract', value: { sender: accounts[0]!.address, admin: '', codeId, label: 'bench', msg: Buffer.from(JSON.stringify(init)), funds: [] } }], 2_000_000));
const token = attr(inst, 'instantiate', '_contract_address');
const transferMsg = (i: number) => ({ typeUrl: '/cosmwasm.wasm.v1.MsgExecuteContract', value: { sender: accounts[i]!.address, contract: token, msg: Buffer.from(JSON.stringify({ transfer: { recipient: sink, amount: '1' } })), funds: [] } });

const cpuPerTxUs: number[] = [];
const mainCpuPerTxUs: number[] = [];
const genCpuCores: number[] = [];
async function nodeRound(): Promise<number> {
  // Signed and framed before the round, sent over one keep-alive socket per sender: the load generator's CPU in
  // the round is the sending itself (reported), not a client library's.
  const reqs = accounts.map((_, i) => Array.from({ length: PER }, () => postBytes('127.0.0.1', port, JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'broadcast_tx_sync', params: { tx: Buffer.from(sign(i, [transferMsg(i)], 120_000)).toString('base64') } }))));
  const lanes = await Promise.all(accounts.map(() => HttpLane.connect('127.0.0.1', port)));
  const h0 = await height(port);
  const cpuStart = processCpuSec(node.proc.pid!);
  const mainStart = mainThreadCpuSec(node.proc.pid!);
  const genStart = selfCpuSec();
  const wallStart = performance.now();
  // Each account's txs in sequence order; the accounts concurrently.
  await Promise.all(
    reqs.map(async (list, i) => {
      for (const req of list) {
        const r = JSON.parse(await lanes[i]!.request(req));
        if (r.error || r.result.code) throw new Error(`broadcast: ${r.error ? r.error.message : r.result.log}`);
      }
    }),
  );
  genCpuCores.push((selfCpuSec() - genStart) / ((performance.now() - wallStart) / 1000));
  for (const l of lanes) l.close();
  const total = PER * accounts.length;
  let seen = 0;
  let h = h0;
  let wallEnd = 0;
  while (seen < total) {
    if ((await height(port)) <= h) {
      await new Promise((r) => setTimeout(r, 5));
      continue;
    }
    h++;
    const b = await blockOutcome(port, h);
    if (b.failed) throw new Error(`block ${h}: ${b.firstFailure}`);
    seen += b.ok;
    wallEnd = performance.now();
  }
  cpuPerTxUs.push(((processCpuSec(node.proc.pid!) - cpuStart) / total) * 1e6);
  mainCpuPerTxUs.push(((mainThreadCpuSec(node.proc.pid!) - mainStart) / total) * 1e6);
  return total / ((wallEnd - wallStart) / 1000);
}

// The bare library: the same transfers, a fresh metered instance per call.
const api = new BasicBackendApi('trivium');
const storage = new BasicKVIterStorage();
const env = { block: { height: 1, time: '1700000000000000000', chain_id: 'bench' }, contract: { address: token } };
const checksum = createHash('sha256').update(wasm).digest('hex');
const fresh = async () => {
  const vm = new VMInstance({ backend_api: api, storage, querier: new BasicQuerier() }, new Environment(api, 1e18));
  await vm.build(wasm, checksum);
  return vm;
};
const r0 = (await fresh()).instantiate(env, { sender: accounts[0]!.address, funds: [] }, init) as { ok?: unknown; error?: string };
if (!r0.ok) throw new Error(`bare instantiate: ${r0.error}`);
async function bareRound(): Promise<number> {
  const n = PER * accounts.length;
  const t = process.hrtime.bigint();
  for (let k = 0; k < n; k++) {
    const i = k % accounts.length;
    const r = (await fresh()).execute(env, { sender: accounts[i]!.address, funds: [] }, { transfer: { recipient: sink, amount: '1' } }) as { ok?: unknown; error?: string };
    if (!r.ok) throw new Error(`bare execute: ${r.error}`);
  }
  return n / (Number(process.hrtime.bigint() - t) / 1e9);
}

const rates = { node: [] as number[], bare: [] as number[] };
const cpu0 = selfCpuSec();
const nodeCpu0 = processCpuSec(node.proc.pid!);
const t0 = Date.now();
try {
  for (let r = 0; r < ROUNDS; r++) {
    rates.node.push(await nodeRound());
    rates.bare.push(await bareRound());
  }
} finally {
  const wall = (Date.now() - t0) / 1000;
  const cpu = selfCpuSec() - cpu0;
  const nodeCpu = processCpuSec(node.proc.pid!) - nodeCpu0;
  await node.stop();
  console.log(`cw20 transfers/s, ${ROUNDS} rounds of ${PER * accounts.length} (${accounts.length} accounts), min / median / max; every result checked`);
  // A failed round's error is what propagates: print only the rounds that completed.
  if (rates.node.length) console.log(`  node (signed txs, ante, blocks of 200 ms):  ${fmtSpread(rates.node)}`);
  if (rates.bare.length) console.log(`  bare @oraichain/cosmwasm-vm-js:             ${fmtSpread(rates.bare)}`);
  if (cpuPerTxUs.length) console.log(`  node CPU per tx, µs (broadcast through commit, per round): process ${fmtSpread(cpuPerTxUs)}; its main thread ${fmtSpread(mainCpuPerTxUs)}`);
  if (genCpuCores.length) console.log(`  load generator CPU while it sends (cores, per round): ${[Math.min(...genCpuCores), spread(genCpuCores).median, Math.max(...genCpuCores)].map((c) => c.toFixed(2)).join(' / ')}`);
  if (rates.node.length && rates.bare.length) console.log(`  node / bare: ${(spread(rates.node).median / spread(rates.bare).median).toFixed(2)} (goal ≥ 0.8)`);
  console.log(`  CPU over ${wall.toFixed(1)} s: node ${nodeCpu.toFixed(1)} s; this process (load generator + bare side) ${cpu.toFixed(1)} s; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}
process.exit(0);
