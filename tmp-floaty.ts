import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Chain, addr } from './tests/wasm/harness.ts';
const chain = new Chain();
const r = await chain.tx((ctx) => chain.keeper.storeCode(ctx, addr(1), new Uint8Array(readFileSync('/work/shared/fixtures/cosmwasm/floaty_2.0.wasm'))), 100_000_000n);
if (!r.ok) throw r.error;
const c = await chain.instantiate(r.value.codeId, {});
const instrs = chain.query(c, { instructions: {} }) as string[];
console.log(instrs.length);
const h = createHash('sha256');
const t = Date.now();
const debugName = (v: Record<string, number>) => { const [k, x] = Object.entries(v)[0]!; return `${k[0]!.toUpperCase()}${k.slice(1)}(${x})`; };
const msgs = new Set<string>();
for (const instr of instrs) for (let seed = 0; seed < 150; seed++) {
  const args = chain.query(c, { random_args_for: { instruction: instr, seed } });
  let result: string;
  try { result = debugName(chain.query(c, { run: { instruction: instr, args } }) as any); }
  catch (e) { const m = (e as Error).message; const i = m.indexOf('Wasmer runtime error'); result = m.slice(i).replace(/: query wasm contract failed$/, ''); msgs.add(m); }
  h.update(`${instr}${seed}${result}`);
}
console.log(h.digest('hex'), Date.now() - t, 'ms', [...msgs].slice(0, 5));
