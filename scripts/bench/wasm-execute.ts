/**
 * x/wasm execute throughput: the counter contract's `increment` (one state read, one write) through the
 * module's MsgExecuteContract handler — message decode, bank (no funds), the keeper, the XChainVM call
 * with its isolate round trips, state applied, events — each call in its own store branch, committed.
 *
 * Compared with:
 *  - the same VM call with the unmetered source (the metering overhead), and
 *  - a bare isolated-vm call of the same unmetered function, state through two host callbacks, no
 *    sandbox, no gas, no module (the limit).
 *
 * Run: node --no-node-snapshot --import tsx scripts/bench/wasm-execute.ts [calls]
 */
import ivm from 'isolated-vm';
import { MsgExecuteContract } from 'cosmjs-types/cosmwasm/wasm/v1/tx';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Chain, addr, enc } from '../../tests/wasm/harness.ts';
import { Runtime } from '../../tests/wasm/harness.ts';

const N = Number(process.argv[2] ?? 20_000);
const root = resolve(fileURLToPath(import.meta.url), '../../..');
const counterSrc = readFileSync(join(root, 'tests/wasm/contracts/counter.js'), 'utf8');

/** Calls per second: the best of three timed runs after a warm-up (the machine is shared; best-of is steadiest). */
async function rate(label: string, n: number, fn: () => void | Promise<void>): Promise<number> {
  for (let i = 0; i < Math.min(500, n / 10); i++) await fn();
  let best = 0;
  for (let round = 0; round < 3; round++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < n; i++) await fn();
    best = Math.max(best, n / (Number(process.hrtime.bigint() - t) / 1e9));
  }
  console.log(`${label.padEnd(58)} ${best.toFixed(0).padStart(8)} calls/s  ${(1e6 / best).toFixed(1).padStart(7)} µs/call`);
  return best;
}

// 1. Through the module.
const chain = new Chain();
const codeId = await chain.store(counterSrc);
const counter = await chain.instantiate(codeId, { count: 0 });
const execDef = chain.wasm.msgs!.find((d) => d.typeUrl === '/cosmwasm.wasm.v1.MsgExecuteContract')!;
const msgBytes = MsgExecuteContract.encode({ sender: addr(1), contract: counter, msg: enc({ increment: {} }), funds: [] }).finish();
const viaModule = await rate('module: MsgExecuteContract → keeper → XChainVM (metered)', N, async () => {
  const { ctx, store } = chain.context(1_000_000n);
  const msg = execDef.codec.decode(msgBytes);
  execDef.validateBasic!(msg);
  await execDef.handle(ctx, msg);
  store.write();
});
const count = (chain.query(counter, { get_count: {} }) as { count: number }).count;

// 2. The VM alone, metered and unmetered (the same source without __gas calls).
const rt = new Runtime(counterSrc);
rt.store.set('count', '0');
const metered = await rate('XChainVM call, metered', N, () => {
  rt.run('execute', { increment: {} });
});
const plain = new Runtime(counterSrc, 2);
const unmeteredReq = () => plain.request('execute', { increment: {} }, 1_000_000, { meteredSource: () => counterSrc });
plain.store.set('count', '0');
const unmetered = await rate('XChainVM call, unmetered source (no __gas)', N, () => {
  const r = plain.vm.call(unmeteredReq());
  if (r.ok) for (const [k, v] of r.state.entries) if (v !== null) plain.store.set(k, v);
});

// A compute-heavy call shows the metering overhead where it is largest: a tight loop.
const LOOP = 'module.exports = { execute(m) { let s = 0; for (let i = 0; i < m.n; i++) { s = (s + i * 7) % 1000003; } return s; } };';
const loopM = new Runtime(LOOP, 3);
const loopU = new Runtime(LOOP, 4);
const loopMetered = await rate('XChainVM tight loop (10k iterations), metered', Math.ceil(N / 20), () => {
  loopM.run('execute', { n: 10_000 }, 10_000_000);
});
const loopUnmetered = await rate('XChainVM tight loop (10k iterations), unmetered', Math.ceil(N / 20), () => {
  loopU.vm.call(loopU.request('execute', { n: 10_000 }, 10_000_000, { meteredSource: () => LOOP }));
});

// 3. Bare isolated-vm: the same unmetered function, state via host references, nothing else.
const iso = new ivm.Isolate({ memoryLimit: 128 });
const context = iso.createContextSync();
const store = new Map<string, string>([['count', '0']]);
context.global.setSync('__get', new ivm.Reference((k: string) => store.get(k) ?? null));
context.global.setSync('__set', new ivm.Reference((k: string, v: string) => void store.set(k, v)));
const bareRun = iso
  .compileScriptSync(
    `(function () {
      const xchain = {
        state: { get: (k) => __get.applySync(undefined, [k]), set: (k, v) => __set.applySync(undefined, [k, v]) },
        emit: { attribute() {} }, require() {}, revert(r) { throw new Error(r); }, context: {},
      };
      const module = { exports: {} };
      (function (module, exports, xchain) { ${counterSrc} })(module, module.exports, xchain);
      return (msg) => JSON.stringify(module.exports.execute(JSON.parse(msg)));
    })()`,
  )
  .runSync(context, { reference: true }) as ivm.Reference<(m: string) => string>;
const bare = await rate('bare isolated-vm call, same function, unmetered', N, () => {
  bareRun.applySync(undefined, ['{"increment":{}}']);
});

console.log();
console.log(`module throughput ${viaModule.toFixed(0)} calls/s (goal ≥ 5,000): ${viaModule >= 5000 ? 'met' : 'NOT met'}; counter reached ${count}`);
console.log(`module / bare isolated-vm call: ${((viaModule / bare) * 100).toFixed(1)}% (bare is ${(bare / viaModule).toFixed(1)}× faster)`);
console.log(`metering overhead, counter (one read, one write): ${((unmetered / metered - 1) * 100).toFixed(1)}%`);
console.log(`metering overhead, tight loop: ${((loopUnmetered / loopMetered - 1) * 100).toFixed(1)}%`);
const g = rt.run('execute', { increment: {} });
console.log(`gas of one counter increment: ${g.ok ? g.gasUsed : '?'} contract units = ${g.ok ? g.gasUsed * 10 : '?'} Cosmos gas`);

iso.dispose();
for (const r of [rt, plain, loopM, loopU]) r.dispose();
chain.keeper.vm.dispose();
