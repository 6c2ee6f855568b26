/**
 * Issue 18: cw20-base 1.0.1 (the real cw-plus build) `transfer`s per second, three ways, interleaved in rounds:
 *  - module: MsgExecuteContract's handler → the keeper → the Wasm runtime (x/wasm/cosmwasm: instrumented
 *    bytecode, integer gas, the node's store through a branch committed per call, wasmd's KV gas, events);
 *  - bare:   @oraichain/cosmwasm-vm-js used as its README shows (VMInstance, metered Environment, its
 *    in-memory BasicKVIterStorage), a fresh instance per call as the node makes one — the same calls;
 *  - js:     the same logic as a JavaScript contract (tests/wasm/contracts/cw20.js) through the same handler.
 * Every result is checked (ok, balances at the end). The load generator is this process: its CPU is reported.
 *
 * Run: node --no-node-snapshot --import tsx scripts/bench/wasm-cw20.ts [calls per round] [rounds]
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MsgExecuteContract } from 'cosmjs-types/cosmwasm/wasm/v1/tx';
import { BasicBackendApi, BasicKVIterStorage, BasicQuerier, Environment, VMInstance } from '@oraichain/cosmwasm-vm-js';
import { Chain, addr, enc } from '../../tests/wasm/harness.ts';
import { fmtSpread, spread } from './lib/stats.ts';
import { selfCpuSec } from './lib/proc.ts';

const N = Number(process.argv[2] ?? 1000);
const ROUNDS = Number(process.argv[3] ?? 5);
const root = resolve(fileURLToPath(import.meta.url), '../../..');
const wasm = readFileSync(join(root, '../shared/fixtures/cosmwasm/cw20_base-1.0.1.wasm'));
const jsSrc = readFileSync(join(root, 'tests/wasm/contracts/cw20.js'), 'utf8');
const alice = addr(1);
const bob = addr(2);
const init = { name: 'Bench Token', symbol: 'BEN', decimals: 6, initial_balances: [{ address: alice, amount: '1000000000' }], mint: null, marketing: null };
const transfer = enc({ transfer: { recipient: bob, amount: '1' } });

// module side (Wasm runtime) and js side share the handler path
async function moduleSide(codeBytes: Uint8Array | string) {
  const chain = new Chain();
  const codeId = (await chain.ok((ctx) => chain.keeper.storeCode(ctx, alice, typeof codeBytes === 'string' ? new TextEncoder().encode(codeBytes) : codeBytes), 100_000_000n)).codeId;
  const token = await chain.instantiate(codeId, typeof codeBytes === 'string' ? { name: 'Bench Token', symbol: 'BEN', decimals: 6, initial_balances: [{ address: alice, amount: '1000000000' }] } : init);
  const def = chain.wasm.msgs!.find((d) => d.typeUrl === '/cosmwasm.wasm.v1.MsgExecuteContract')!;
  const bytes = MsgExecuteContract.encode({ sender: alice, contract: token, msg: transfer, funds: [] }).finish();
  let gas = 0n;
  return {
    async run(n: number) {
      for (let i = 0; i < n; i++) {
        const { ctx, store } = chain.context(1_000_000n);
        const msg = def.codec.decode(bytes);
        def.validateBasic!(msg);
        await def.handle(ctx, msg);
        store.write();
        gas = ctx.gasMeter.consumed;
      }
    },
    balance: () => (chain.query(token, { balance: { address: bob } }) as { balance: string }).balance,
    gas: () => gas,
  };
}

// bare library side
async function bareSide(reuse = false) {
  const api = new BasicBackendApi('trivium');
  const storage = new BasicKVIterStorage();
  const querier = new BasicQuerier();
  const env = { block: { height: 1, time: '1700000000000000000', chain_id: 'bench' }, contract: { address: addr(200) } };
  // With the checksum given, build() takes the metered module from the library's cache (without it, it
  // hashes the 316 KB binary with a pure-JS sha256 on every call).
  const checksum = createHash('sha256').update(wasm).digest('hex');
  const fresh = async () => {
    const vm = new VMInstance({ backend_api: api, storage, querier }, new Environment(api, 1_000_000_000_000_000));
    await vm.build(wasm, checksum);
    return vm;
  };
  const r = (await fresh()).instantiate(env, { sender: alice, funds: [] }, init) as { ok?: unknown; error?: string };
  if (!r.ok) throw new Error(`bare instantiate: ${r.error}`);
  const msg = { transfer: { recipient: bob, amount: '1' } };
  const kept = reuse ? await fresh() : undefined;
  return {
    async run(n: number) {
      for (let i = 0; i < n; i++) {
        const vm = kept ?? (await fresh());
        const res = vm.execute(env, { sender: alice, funds: [] }, msg) as { ok?: unknown; error?: string };
        if (!res.ok) throw new Error(`bare execute: ${res.error}`);
      }
    },
    balance: async () => {
      const vm = await fresh();
      const q = vm.query(env, { balance: { address: bob } }) as { ok: string };
      return JSON.parse(Buffer.from(q.ok, 'base64').toString()).balance as string;
    },
  };
}

const sides = { bare: await bareSide(), module: await moduleSide(new Uint8Array(wasm)), js: await moduleSide(jsSrc), bareReused: await bareSide(true) };
const rates: Record<keyof typeof sides, number[]> = { module: [], bare: [], js: [], bareReused: [] };
for (const s of Object.values(sides)) await s.run(Math.min(200, N)); // warm-up (V8 tiers up the Wasm code)
const cpu0 = selfCpuSec();
const t0 = Date.now();
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, s] of Object.entries(sides) as Array<[keyof typeof sides, (typeof sides)[keyof typeof sides]]>) {
    const t = process.hrtime.bigint();
    await s.run(N);
    rates[name].push(N / (Number(process.hrtime.bigint() - t) / 1e9));
  }
}
const wall = (Date.now() - t0) / 1000;
const cpu = selfCpuSec() - cpu0;
const expected = String(Math.min(200, N) + ROUNDS * N);
const balances = { module: sides.module.balance(), bare: await sides.bare.balance(), js: sides.js.balance() };
// bareReused shares nothing with bare but the code: its own storage, so bob's balance there is its own count.
for (const [k, v] of Object.entries(balances)) if (v !== expected) throw new Error(`${k}: bob has ${v}, expected ${expected}`);

console.log(`cw20 transfers/s, ${ROUNDS} rounds of ${N} (min / median / max); every call checked, bob's balance ${expected} on each side`);
console.log(`  module (Wasm runtime, keeper, store branch):  ${fmtSpread(rates.module)}   gas per transfer ${sides.module.gas()}`);
console.log(`  bare @oraichain/cosmwasm-vm-js (metered):      ${fmtSpread(rates.bare)}`);
console.log(`  JS contract cw20.js (XChain VM, same handler): ${fmtSpread(rates.js)}   gas per transfer ${sides.js.gas()}`);
console.log(`  bare, one instance reused for every call:      ${fmtSpread(rates.bareReused)}   (not what a chain may do: memory and globals carry over)`);
const m = spread(rates.module).median;
console.log(`  module / bare: ${(m / spread(rates.bare).median).toFixed(2)} (goal ≥ 0.8); module / JS: ${(m / spread(rates.js).median).toFixed(2)}`);
console.log(`  load generator = this process: ${cpu.toFixed(1)} s CPU over ${wall.toFixed(1)} s wall (${((cpu / wall) * 100).toFixed(0)}% of one core)`);
process.exit(0);
