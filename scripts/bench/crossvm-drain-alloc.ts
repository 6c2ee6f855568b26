/**
 * Issue 17: what a cross-VM drain allocates on the node's heap (what its GC pauses pay for). In-process, the real
 * modules over a SortedStore (as crossvm-drain.ts): per round, 1,000 messages calling tests/crossvm/contracts/
 * recorder.js `{"spin":{"n":SPIN}}` (SPIN host reads, no writes: rpc-latency-drain.ts's drain) are submitted in one
 * block and drained by the next block's EndBlockers; every message is checked EXECUTED. The last round runs under
 * V8's sampling heap profiler with collected objects included, so it counts every allocation, not what survives:
 * bytes allocated per drained message and the top allocation sites (self, by function).
 * Run: node --no-node-snapshot --import tsx scripts/bench/crossvm-drain-alloc.ts   (env: ROUNDS=3, SPIN=200, TOP=12)
 */
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Wallet, getBytes } from 'ethers';
import { toBech32Address } from '../../core/types/address.ts';
import { moduleChain } from './lib/module-chain.ts';
import type { CrossVMModule } from '../../x/crossvm/module.ts';
import { StoreKeys } from '../../x/crossvm/types/index.ts';
import type { WasmModule } from '../../x/wasm/module.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const SPIN = Number(process.env.SPIN ?? 200);
const TOP = Number(process.env.TOP ?? 12);
const N = 1000;

const chain = await moduleChain();
const { keepers, byName } = chain;
const blockCtx = () => chain.blockCtx();
const crossvm = byName<CrossVMModule>('crossvm');
const wasm = byName<WasmModule>('wasm');
const sender = getBytes(new Wallet('0x' + '42'.repeat(32)).address);
chain.height = 1;
let contract: string;
{
  const { ctx, commit } = blockCtx();
  keepers.bank.mintCoins(ctx, sender, [{ denom: 'utrv', amount: (10n ** 15n).toString() }]);
  const { codeId } = wasm.keeper.storeCode(ctx, toBech32Address(sender), readFileSync(path.join(repoRoot, 'tests/crossvm/contracts/recorder.js')));
  contract = (await wasm.keeper.instantiate(ctx, { sender: toBech32Address(sender), admin: '', codeId, label: 'recorder', msg: Buffer.from('{}'), funds: [] })).address;
  commit();
}

interface ProfileNode {
  callFrame: { functionName: string; url: string };
  selfSize: number;
  children: ProfileNode[];
}
const session = new Session();
session.connect();
const short = (u: string) => u.replace(/^.*?\/(wt-[^/]+|main)\//, '').replace(/^.*node_modules\//, '');
for (let round = 1; round <= ROUNDS; round++) {
  chain.height++;
  const first = BigInt(JSON.parse(Buffer.from(blockCtx().ctx.rawStore.get(StoreKeys.nextId) ?? Buffer.from('"1"')).toString()));
  {
    const { ctx, commit } = blockCtx();
    const payload = Buffer.from(JSON.stringify({ spin: { n: SPIN } }));
    for (let i = 0; i < N; i++) crossvm.keeper.submit(ctx, { sender, sourceVm: 'evm', targetVm: 'wasm', targetContract: contract, payload, accounts: [], funds: [], gasLimit: 1_000_000n, callback: false });
    commit();
  }
  chain.height++;
  const { ctx, commit } = blockCtx();
  const profiled = round === ROUNDS;
  if (profiled) await session.post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as never);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await wasm.endBlock!(ctx);
  await crossvm.endBlock!(ctx);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const profile = profiled ? ((await session.post('HeapProfiler.stopSampling')) as unknown as { profile: { head: ProfileNode } }).profile : undefined;
  commit();
  const q = blockCtx().ctx;
  for (let id = first; id < first + BigInt(N); id++) {
    const m = crossvm.keeper.getMessage(q, id);
    if (m?.status !== 'EXECUTED') throw new Error(`message ${id}: ${m?.status} ${m?.error}`);
  }
  console.log(`round ${round}: drain ${ms.toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU`);
  if (profile) {
    const self = new Map<string, number>();
    let total = 0;
    const walk = (n: ProfileNode) => {
      total += n.selfSize;
      if (n.selfSize) {
        const k = `${n.callFrame.functionName || '(anonymous)'} ${short(n.callFrame.url)}`;
        self.set(k, (self.get(k) ?? 0) + n.selfSize);
      }
      for (const c of n.children) walk(c);
    };
    walk(profile.head);
    console.log(`\nallocated during the drain: ${(total / 2 ** 20).toFixed(1)} MiB, ${((total / N) / 1024).toFixed(1)} KiB per message (${SPIN} host reads each); top sites (self):`);
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${(v / 2 ** 20).toFixed(2).padStart(7)} MiB  ${k}`);
  }
}
session.disconnect();
