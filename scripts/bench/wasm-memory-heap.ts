/**
 * Issue 18 (wasmgc), the micro-benchmark behind x/wasm/cosmwasm/wasm-isolate.ts: per iteration a fresh
 * `WebAssembly.Memory` of 17 pages (max 512, as cw20-base's), an instance of a small module importing it, and a
 * call that grows it one page (what a cw20 call does, so no memory could be pooled) — on the main heap beside
 * ≈ 145 MiB of live objects (a node's caches and more), against the same inside an isolated-vm isolate, driven by
 * one host → isolate call per iteration. A third side adds CALLBACKS synchronous isolate → host callbacks per
 * iteration with 40 bytes each way (what a host function such as db_read costs a contract in the isolate).
 * Sides interleaved per round; every call's answer is checked; CPU is the whole process's (the collector's
 * helper threads too), per iteration.
 *
 * Run: node --no-node-snapshot --import tsx scripts/bench/wasm-memory-heap.ts [iterations per round] [rounds] [callbacks]
 */
import { createRequire } from 'node:module';
import type ivm from 'isolated-vm';
import { fmtSpread } from './lib/stats.ts';

const N = Number(process.argv[2] ?? 2000);
const ROUNDS = Number(process.argv[3] ?? 5);
const CALLBACKS = Number(process.argv[4] ?? 9);
const lib = createRequire(import.meta.url)('isolated-vm') as typeof ivm;

// (module (import "env" "memory" (memory 17 512)) (import "env" "cb" (func (param i32) (result i32)))
//   (func (export "run") (param i32) (result i32) (drop (memory.grow (i32.const 1))) (call 0 (local.get 0))))
const bytes = new Uint8Array([
  0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 6, 1, 0x60, 1, 0x7f, 1, 0x7f, 2, 0x1a, 2, 3, 0x65, 0x6e, 0x76, 6, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 2, 1, 0x11, 0x80, 4, 3, 0x65,
  0x6e, 0x76, 2, 0x63, 0x62, 0, 0, 3, 2, 1, 0, 7, 7, 1, 3, 0x72, 0x75, 0x6e, 0, 1, 0x0a, 0x0d, 1, 0x0b, 0, 0x41, 1, 0x40, 0, 0x1a, 0x20, 0, 0x10, 0, 0x0b,
]);

const live: Array<{ a: number; b: string; c: number[]; d: Uint8Array }> = [];
for (let i = 0; i < 400_000; i++) live.push({ a: i, b: `entry-${i}`, c: [i, i + 1], d: new Uint8Array(16) });

const mod = new WebAssembly.Module(bytes);
function mainSide(): number {
  let sum = 0;
  for (let i = 0; i < N; i++) {
    const memory = new WebAssembly.Memory({ initial: 17, maximum: 512 });
    const inst = new WebAssembly.Instance(mod, { env: { memory, cb: (x: number) => x + 1 } });
    sum += (inst.exports.run as (x: number) => number)(i);
    if (memory.buffer.byteLength !== 18 * 65536) throw new Error('memory did not grow');
  }
  return sum;
}

const isolate = new lib.Isolate({ memoryLimit: 256 });
const context = isolate.createContextSync();
const host = new lib.Reference((b: Uint8Array) => new lib.ExternalCopy(new Uint8Array(40).fill(b.length)).copyInto({ release: true }));
context.global.setSync('host', host);
context.global.setSync('wasmBytes', new lib.ExternalCopy(bytes).copyInto({ release: true }));
const iter = isolate
  .compileScriptSync(
    `const mod = new WebAssembly.Module(wasmBytes);
    (function (i, callbacks) {
      const memory = new WebAssembly.Memory({ initial: 17, maximum: 512 });
      const inst = new WebAssembly.Instance(mod, { env: { memory, cb: (x) => x + 1 } });
      let r = inst.exports.run(i);
      for (let k = 0; k < callbacks; k++) r += host.applySync(undefined, [new Uint8Array(40)], { arguments: { copy: true } })[0] - 40;
      if (memory.buffer.byteLength !== 18 * 65536) throw new Error('memory did not grow');
      return r;
    })`,
  )
  .runSync(context, { reference: true }) as ivm.Reference<(i: number, cb: number) => number>;
const isolateSide = (callbacks: number) => (): number => {
  let sum = 0;
  for (let i = 0; i < N; i++) sum += iter.applySync(undefined, [i, callbacks]) as number;
  return sum;
};

const expected = (N * (N - 1)) / 2 + N; // run(i) = cb(i) = i + 1
const sides = [
  { name: 'main heap', run: mainSide },
  { name: 'isolate', run: isolateSide(0) },
  { name: `isolate + ${CALLBACKS} callbacks`, run: isolateSide(CALLBACKS) },
];
const wall: Record<string, number[]> = {};
const cpu: Record<string, number[]> = {};
for (let r = 0; r < ROUNDS; r++) {
  for (const s of r % 2 ? [...sides].reverse() : sides) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const sum = s.run();
    const us = Number(process.hrtime.bigint() - t0) / 1e3 / N;
    const c = process.cpuUsage(c0);
    if (sum !== expected) throw new Error(`${s.name}: ${sum} != ${expected}`);
    (wall[s.name] ??= []).push(us);
    (cpu[s.name] ??= []).push((c.user + c.system) / N);
  }
}
console.log(`fresh 17-page memory + instance + a call that grows it; ${ROUNDS} rounds of ${N}, ${live.length} live objects on the main heap (min / median / max)`);
for (const s of sides) console.log(`  ${s.name.padEnd(26)} ${fmtSpread(wall[s.name]!, 1).padEnd(24)} µs wall, CPU ${fmtSpread(cpu[s.name]!, 1)} µs`);
const perCallback = (wall[sides[2]!.name]!.sort((a, b) => a - b)[ROUNDS >> 1]! - wall[sides[1]!.name]!.sort((a, b) => a - b)[ROUNDS >> 1]!) / CALLBACKS;
console.log(`  one isolate → host callback (40 bytes each way), from the medians: ${perCallback.toFixed(1)} µs`);
