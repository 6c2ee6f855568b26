/**
 * The per-block compile cache: a hot contract called 50 times in one block (one compile, 49 cache hits)
 * against 50 cold compiles (the cache cleared before every call, as if each call were in a new block).
 * For the cw20-like token and for a large generated contract (~200 functions).
 *
 * Run: node --no-node-snapshot --import tsx scripts/bench/wasm-compile-cache.ts [rounds]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Runtime, addr } from '../../tests/wasm/harness.ts';

const ROUNDS = Number(process.argv[2] ?? 20);
const root = resolve(fileURLToPath(import.meta.url), '../../..');
const cw20 = readFileSync(join(root, 'tests/wasm/contracts/cw20.js'), 'utf8');
const big =
  Array.from({ length: 200 }, (_, i) => `function f${i}(x) { let s = x; for (let j = 0; j < 3; j++) { s = (s * 31 + ${i}) % 1000003; } return s; }`).join('\n') +
  '\nmodule.exports = { instantiate() { return null; }, execute(m) { return f' + 199 + '(m.x); } };';

function measure(name: string, source: string, init: unknown, msg: () => unknown) {
  const rt = new Runtime(source);
  rt.ok('instantiate', init);
  let unique = 0;
  const block = (cold: boolean) => {
    const t = process.hrtime.bigint();
    for (let i = 0; i < 50; i++) {
      // Cold: the block cache is empty and the source is new to V8 too (a unique trailing comment defeats
      // V8's own in-isolate compilation cache), so every call parses and compiles the contract.
      const over = cold ? { codeHash: `cold-${unique}`, meteredSource: (() => { const src = `${rt.metered}\n// ${unique++}`; return () => src; })() } : {};
      if (cold) rt.vm.endBlock();
      const r = rt.vm.call(rt.request('execute', msg(), 10_000_000, over));
      if (!r.ok) throw new Error(r.error.message);
      for (const [k, v] of r.state.entries) v === null ? rt.store.delete(k) : rt.store.set(k, v);
    }
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  block(true);
  block(false);
  const hot: number[] = [];
  const cold: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    rt.vm.endBlock();
    hot.push(block(false));
    cold.push(block(true));
  }
  const med = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1]!;
  const h = med(hot);
  const c = med(cold);
  console.log(
    `${name.padEnd(26)} ${(source.length / 1024).toFixed(1).padStart(5)} KiB | 50 calls in one block: ${h.toFixed(2).padStart(6)} ms (${((h / 50) * 1000).toFixed(0)} µs/call) | 50 cold compiles: ${c.toFixed(2).padStart(6)} ms (${((c / 50) * 1000).toFixed(0)} µs/call) | ${(c / h).toFixed(1)}×`,
  );
  rt.dispose();
}

let n = 0;
measure('cw20-like token transfer', cw20, { name: 'Bench', symbol: 'BNC', decimals: 0, initial_balances: [{ address: addr(9), amount: '1000000000' }] }, () => ({ transfer: { recipient: addr(2 + (n++ % 50)), amount: '1' } }));
measure('generated, 200 functions', big, {}, () => ({ x: 7 }));
