/**
 * The x/crossvm EndBlocker draining a full queue (1,000 messages, max_queue_size) into one trivial target per
 * VM, against the same executor called 1,000 times directly with the same payloads:
 *   wasm  tests/wasm/contracts/counter.js, {"increment":{}}
 *   evm   a Solidity counter whose inc() writes one slot
 *   svm   ../shared/fixtures/solana/counter.so, instruction 00 on a counter account
 * In-process: the real modules (app/modules.ts) over a SortedStore, block contexts over a CacheStore as
 * FinalizeBlock builds them. Per round and VM, the two sides interleaved (their order alternating):
 *   drain:  block h submits 1,000 messages through keeper.submit (untimed); block h+1 runs the other
 *           modules' BeginBlockers, then — timed together — x/crossvm's BeginBlocker (markPending), x/wasm's
 *           EndBlocker (it clears the compile cache, as in the app) and x/crossvm's EndBlocker; every
 *           message's final state is checked (EXECUTED, in id order) and the counter must have moved 1,000;
 *   direct: a block that calls executor.call 1,000 times (same cache clear first), each result checked.
 * One warm-up round, then ROUNDS measured rounds: min / median / max of each side, and the median of the
 * per-round ratios direct time / drain time (the drain's throughput as a share of direct; goal ≥ 0.8). The same
 * ratio from the process's CPU time over each timed part is printed beside it: on shared cores the wall-clock
 * ratio swings with the scheduler (0.3–1.8 per round at load 7–8), the CPU one much less. Last, what the drain
 * spends per message beyond the executor call (medians' difference ÷ 1,000). Both sides start after the other's
 * deferred native finalizers ran and from a collected heap, and end with one event-loop turn that runs their own (see
 * `turn` and `settle` below); the collector's pauses inside each timed part are printed too.
 *
 * DIRECT_BUFFER=n (a diagnosis): the direct side's block buffer first holds n more keys (400-byte values and
 * deletes, half each, as the drain's final records and queue deletes), taken out again before it commits — how
 * much of the gap is the executors reading through a larger write buffer.
 *
 *   node --no-node-snapshot --import tsx scripts/bench/crossvm-drain.ts [rounds=7] [vm…]   (vm: wasm evm svm none)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PerformanceObserver } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Wallet, getBytes, hexlify } from 'ethers';
import { toBech32Address } from '../../core/types/address.ts';
import { moduleChain } from './lib/module-chain.ts';
import type { CrossVMModule } from '../../x/crossvm/module.ts';
import type { ExecRequest } from '../../x/crossvm/executors.ts';
import { type AccountMeta, StoreKeys, type VmName } from '../../x/crossvm/types/index.ts';
import { decodeEthTx } from '../../x/evm/tx/decode.ts';
import { svmFace } from '../../x/svm/types/address.ts';
import { encodeBase58 } from '../../x/svm/types/base58.ts';
import type { SvmModule } from '../../x/svm/module.ts';
import { SYSTEM_PROGRAM_ID } from '../../x/svm/types/index.ts';
import type { WasmModule } from '../../x/wasm/module.ts';
import { compileSolidity } from '../../tests/evm/helpers.ts';
import { stats } from './lib/store.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const N = 1_000;
const args = process.argv.slice(2);
const ROUNDS = Number(args.find((a) => /^\d+$/.test(a)) ?? 7);
const only = args.filter((a) => !/^\d+$/.test(a));
const DIRECT_BUFFER = Number(process.env.DIRECT_BUFFER ?? 0);
const VMS = (only.length ? only : ['wasm', 'evm', 'svm', 'none']) as Array<VmName | 'none'>;

// ---- the chain: every module, genesis at height 0 -----------------------------------------------------------
const chain = await moduleChain();
const { keepers, modules, byName } = chain;
const blockCtx = () => chain.blockCtx();
const crossvm = byName<CrossVMModule>('crossvm');
const wasm = byName<WasmModule>('wasm');
const svm = byName<SvmModule>('svm');
const keeper = crossvm.keeper;

const sender = new Wallet('0x' + '42'.repeat(32));
const senderAddr = getBytes(sender.address);
chain.height = 1;
{
  const { ctx, commit } = blockCtx();
  keepers.bank.mintCoins(ctx, senderAddr, [{ denom: 'utrv', amount: (10n ** 15n).toString() }]);
  commit();
}

// ---- one trivial target per VM ------------------------------------------------------------------------------
interface Target {
  contract: string;
  payload: Uint8Array;
  accounts: AccountMeta[];
  gasLimit: bigint;
  /** Reads the counter (to check that every message really ran). */
  count(): Promise<bigint>;
}

async function wasmTarget(): Promise<Target> {
  const { ctx, commit } = blockCtx();
  const src = readFileSync(path.join(repoRoot, 'tests/wasm/contracts/counter.js'));
  const { codeId } = wasm.keeper.storeCode(ctx, toBech32Address(senderAddr), src);
  const { address } = await wasm.keeper.instantiate(ctx, { sender: toBech32Address(senderAddr), admin: '', codeId, label: 'counter', msg: Buffer.from('{}'), funds: [] });
  commit();
  return {
    contract: address,
    payload: Buffer.from('{"increment":{}}'),
    accounts: [],
    gasLimit: 200_000n,
    count: async () => BigInt(JSON.parse(Buffer.from(wasm.keeper.queryContract(blockCtx().ctx, address, '{"get_count":{}}', 10_000_000n)).toString()).count),
  };
}

async function evmTarget(): Promise<Target> {
  const { Counter } = await compileSolidity({
    'Counter.sol': 'pragma solidity ^0.8.20; contract Counter { uint256 public n; function inc() external { n += 1; } }',
  });
  const raw = await sender.signTransaction({ chainId: 262145n, nonce: 0, gasLimit: 1_000_000n, maxFeePerGas: 10n ** 9n, maxPriorityFeePerGas: 0n, type: 2, data: Counter!.bytecode });
  const e = decodeEthTx(getBytes(raw));
  const { ctx, commit } = blockCtx();
  const r = await keepers.evm.executor.applyTransaction(ctx, e.tx, e.sender);
  if (r.status !== 1) throw new Error(`deploy failed: ${r.vmError}`);
  commit();
  const address = r.contractAddress!;
  const inc = getBytes('0x371303c0'); // inc()
  return {
    contract: hexlify(address),
    payload: inc,
    accounts: [],
    gasLimit: 100_000n,
    count: async () => BigInt(hexlify(keepers.evm.getStorage(blockCtx().ctx, address, new Uint8Array(32)))),
  };
}

async function svmTarget(): Promise<Target> {
  const { ctx, commit } = blockCtx();
  const elf = new Uint8Array(readFileSync(path.resolve(repoRoot, '../shared/fixtures/solana/counter.so')));
  const { programId } = svm.keeper.deploy(ctx, senderAddr, elf);
  // The counter account: System CreateAccountWithSeed from the sender's SVM face, owned by the program.
  const base = svmFace(senderAddr);
  const counter = new Uint8Array(createHash('sha256').update(base).update('bench').update(programId).digest());
  const b = Buffer.alloc(4 + 32 + 8 + 5 + 8 + 8 + 32);
  let o = b.writeUInt32LE(3, 0);
  o += Buffer.from(base).copy(b, o);
  o = b.writeBigUInt64LE(5n, o);
  o += Buffer.from('bench').copy(b, o);
  o = b.writeBigUInt64LE(svm.keeper.minimumBalanceForRentExemption(4), o);
  o = b.writeBigUInt64LE(4n, o);
  Buffer.from(programId).copy(b, o);
  const r = svm.keeper.executeInstruction(ctx, {
    caller: senderAddr,
    programId: SYSTEM_PROGRAM_ID,
    data: new Uint8Array(b),
    accounts: [
      { pubkey: base, isSigner: true, isWritable: true },
      { pubkey: counter, isSigner: false, isWritable: true },
    ],
    gasLimit: 10_000_000n,
  });
  if (!r.success) throw new Error(r.error);
  commit();
  return {
    contract: encodeBase58(programId),
    payload: Buffer.from('00', 'latin1'), // hex-encoded instruction data, as MsgCrossVMCall carries it
    accounts: [{ pubkey: encodeBase58(counter), is_signer: false, is_writable: true }],
    gasLimit: 400_000n,
    count: async () => {
      const acct = svm.keeper.getAccount(blockCtx().ctx, counter);
      return BigInt(Buffer.from(acct!.data).readUInt32LE(0));
    },
  };
}

// ---- the measurement ---------------------------------------------------------------------------------------

/**
 * One turn of the event loop. Native engines' objects (LiteSVM's, the revm addon's buffers) are finalized from
 * the loop after a collection, so work a side leaves behind runs at the next turn: the drain turns the loop
 * every 8 ms (breathe), a loop of direct calls never does. Each side therefore starts after its predecessor's
 * leftovers are run (untimed) and ends its timed part with one turn, paying for its own.
 */
const turn = () => new Promise<void>((r) => setImmediate(r));
/**
 * The collector's debt: a side leaves its young garbage to whichever side runs next, and the drain allocates more
 * than the direct loop (records, events), so without this the direct side following a drain paid for part of it.
 * Each side therefore starts from a collected heap (untimed) and pays only for what it allocates itself.
 */
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as (o?: { type?: 'major' | 'minor'; execution?: 'sync' }) => void;
setFlagsFromString('--no-expose-gc'); // the JS contracts' isolates (isolated-vm) are made without it
const settle = async () => {
  await turn();
  await turn();
  collect({ type: 'major', execution: 'sync' });
  await turn();
};

/** The collector's pauses (start, ms) as `gc` performance entries report them: each side's share is printed. */
const pauses: Array<[number, number]> = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) pauses.push([e.startTime, e.duration]);
}).observe({ entryTypes: ['gc'] });
/** Pause ms that started inside [from, to] (the entries arrive a loop turn later: read them after the round). */
const pausedIn = (from: number, to: number) => pauses.reduce((sum, [at, ms]) => (at >= from && at <= to ? sum + ms : sum), 0);

/** CPU ms (user + system, every thread of the process: GC helpers too) since `from`. */
const cpuMs = (from: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1000;
};

async function drain(vm: VmName, t: Target): Promise<{ markPending: number; endBlock: number; total: number; cpu: number; window: [number, number] }> {
  chain.height++;
  const firstId = nextId();
  const before = await t.count();
  {
    const { ctx, commit } = blockCtx();
    for (let i = 0; i < N; i++) {
      keeper.submit(ctx, { sender: senderAddr, sourceVm: 'evm', targetVm: vm, targetContract: t.contract, payload: t.payload, accounts: t.accounts, funds: [], gasLimit: t.gasLimit, callback: false });
    }
    commit();
  }
  if (keeper.queueCount(blockCtx().ctx) !== N) throw new Error('the queue is not full');
  chain.height++;
  const { ctx, commit } = blockCtx();
  for (const m of modules) if (m.beginBlock && m !== crossvm) await m.beginBlock(ctx);
  await settle();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await crossvm.beginBlock?.(ctx); // markPending (none since the PENDING status is derived from the height)
  const t1 = performance.now();
  await wasm.endBlock!(ctx); // runs before x/crossvm's in the app's module order
  const t2 = performance.now();
  await crossvm.endBlock!(ctx);
  await turn();
  const t3 = performance.now();
  const cpu = cpuMs(c0);
  commit();
  const q = blockCtx().ctx;
  if (keeper.queueCount(q) !== 0) throw new Error(`${vm}: the EndBlocker left messages queued`);
  if (nextId() !== firstId + BigInt(N)) throw new Error(`${vm}: ${nextId() - firstId} messages submitted, expected ${N}`);
  for (let id = firstId; id < firstId + BigInt(N); id++) {
    const m = keeper.getMessage(q, id);
    if (m?.status !== 'EXECUTED' || m.updated_height !== String(chain.height)) throw new Error(`${vm}: message ${id} is ${m?.status} at ${m?.updated_height}: ${m?.error}`);
  }
  const moved = (await t.count()) - before;
  if (moved !== BigInt(N)) throw new Error(`${vm}: the drain moved the counter ${moved}, expected ${N}`);
  // The CPU figure spans wasm's EndBlocker too (t1 → t2: a compile-cache clear, well under a millisecond).
  return { markPending: t1 - t0, endBlock: t3 - t2, total: t1 - t0 + (t3 - t2), cpu, window: [t0, t3] };
}
const nextId = () => {
  const v = blockCtx().ctx.rawStore.get(StoreKeys.nextId);
  return v ? BigInt(JSON.parse(Buffer.from(v).toString())) : 1n;
};

async function direct(vm: VmName, t: Target): Promise<{ wall: number; cpu: number; window: [number, number] }> {
  chain.height++;
  const exec = keeper.executor(vm);
  const req: ExecRequest = { caller: senderAddr, target: t.contract, payload: t.payload, accounts: t.accounts, funds: [], gasLimit: t.gasLimit };
  const { ctx, commit } = blockCtx();
  await wasm.endBlock!(ctx); // the same compile-cache state as the drain starts from
  const filler = Array.from({ length: DIRECT_BUFFER }, (_, i) => `bench/buffer/${String(i).padStart(20, '0')}`);
  filler.forEach((k, i) => (i % 2 ? ctx.rawStore.delete(k) : ctx.rawStore.set(k, new Uint8Array(400))));
  await settle();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < N; i++) {
    const r = await exec.call(ctx, req);
    if (!r.success) throw new Error(`${vm}: direct call failed: ${r.error}`);
  }
  await turn();
  const took = performance.now() - t0;
  const cpu = cpuMs(c0);
  for (const k of filler) ctx.rawStore.delete(k); // never committed: deletes of keys the state does not hold
  commit();
  return { wall: took, cpu, window: [t0, t0 + took] };
}

/**
 * `none`: the wasm queue with an executor that does nothing, so the drain measures x/crossvm's own work per
 * message (queue walk, record updates, events, gas settlement) and "direct" the empty loop.
 */
let restore = () => {};
async function noneTarget(): Promise<Target> {
  const t = await wasmTarget();
  let calls = 0n;
  const real = keeper.executor('wasm');
  restore = () => keeper.registerExecutor(real);
  keeper.registerExecutor({ vm: 'wasm', validate: () => {}, checkTarget: () => {}, call: async () => (calls++, { success: true, result: new Uint8Array(), gasUsed: 1n, error: '' }) });
  return { ...t, count: async () => calls };
}

const makers: Record<VmName | 'none', () => Promise<Target>> = { wasm: wasmTarget, evm: evmTarget, svm: svmTarget, none: noneTarget };
const fmt = (xs: number[]) => { const x = stats(xs); return `${x.min.toFixed(1)} / ${x.median.toFixed(1)} / ${x.max.toFixed(1)}`; };
console.log(`x/crossvm draining ${N} queued messages (markPending + EndBlocker) vs ${N} direct executor calls; 1 warm-up + ${ROUNDS} rounds, the sides interleaved; ms as min / median / max`);
for (const name of VMS) {
  const t = await makers[name]();
  const vm: VmName = name === 'none' ? 'wasm' : name;
  const before = await t.count();
  const res = { mark: [] as number[], end: [] as number[], drain: [] as number[], direct: [] as number[], ratio: [] as number[], cpuRatio: [] as number[], drainCpu: [] as number[], directCpu: [] as number[], drainGc: [] as number[], directGc: [] as number[] };
  for (let r = 0; r <= ROUNDS; r++) {
    let d: Awaited<ReturnType<typeof drain>>;
    let x: Awaited<ReturnType<typeof direct>>;
    if (r % 2 === 0) {
      d = await drain(vm, t);
      x = await direct(vm, t);
    } else {
      x = await direct(vm, t);
      d = await drain(vm, t);
    }
    if (r === 0) continue; // warm-up
    res.mark.push(d.markPending);
    res.end.push(d.endBlock);
    res.drain.push(d.total);
    res.direct.push(x.wall);
    res.ratio.push(x.wall / d.total);
    res.drainCpu.push(d.cpu);
    res.directCpu.push(x.cpu);
    res.cpuRatio.push(x.cpu / d.cpu);
    await turn(); // the round's gc entries
    res.drainGc.push(pausedIn(...d.window));
    res.directGc.push(pausedIn(...x.window));
  }
  const ran = (await t.count()) - before;
  if (ran !== BigInt(2 * N * (ROUNDS + 1))) throw new Error(`${vm}: the counter moved ${ran}, expected ${2 * N * (ROUNDS + 1)}`);
  const ratio = stats(res.ratio);
  const cpuRatio = stats(res.cpuRatio);
  console.log(
    `${name.padEnd(4)}  drain ${fmt(res.drain)} ms (markPending ${fmt(res.mark)}, EndBlocker ${fmt(res.end)})` +
      `  |  direct ${fmt(res.direct)} ms` +
      `  |  median ${Math.round((N * 1000) / stats(res.drain).median)} msg/s vs ${Math.round((N * 1000) / stats(res.direct).median)} calls/s` +
      `  |  drain/direct median ${ratio.median.toFixed(2)} (${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)}) ${ratio.median >= 0.8 ? '(goal >= 0.8 met)' : '(goal >= 0.8 MISSED)'}` +
      `  |  CPU ms drain ${fmt(res.drainCpu)} vs direct ${fmt(res.directCpu)}, ratio median ${cpuRatio.median.toFixed(2)} (${cpuRatio.min.toFixed(2)}–${cpuRatio.max.toFixed(2)})` +
      // What the drain spends per message beyond the executor call itself (the medians' difference, CPU and wall).
      `  |  collector pauses inside: drain ${fmt(res.drainGc)} vs direct ${fmt(res.directGc)} ms` +
      `  |  beyond the call per message: ${((1000 * (stats(res.drainCpu).median - stats(res.directCpu).median)) / N).toFixed(1)} µs CPU, ${((1000 * (stats(res.drain).median - stats(res.direct).median)) / N).toFixed(1)} µs wall`,
  );
  restore();
}
