import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { parseAddress } from '../../core/types/address.ts';
import wabt from 'wabt';
import { assembleWat } from '../helpers/wat.ts';
import { Chain, addr } from './harness.ts';

// The Wasm VM's limits as cosmwasm-vm 2.x's check_wasm and runtime set them: each static limit refuses, at
// store, a small module built here that V8 would compile and run (with check_wasm's words, after wasmd's
// "Error during static Wasm validation: "), the same module within the limit stores; at run time the
// memory stops at 512 pages and recursion meets a stack budget at a depth that does not depend on V8's JIT.

const w = await wabt();
const FEATURES = { reference_types: true, multi_value: true, bulk_memory: true, simd: true };
function wasm(src: string): Uint8Array {
  const m = w.parseWat('t.wat', src, FEATURES);
  try {
    return new Uint8Array(m.toBinary({}).buffer);
  } finally {
    m.destroy();
  }
}
/** A minimal contract with `extra` added inside the module (imports first, as the text format wants). */
const contract = (extra: string, memory = '(memory 1)', imports = '') =>
  wasm(`(module ${imports} ${memory}
    (func (export "interface_version_8"))
    (func (export "allocate") (param i32) (result i32) (i32.const 0))
    (func (export "deallocate") (param i32))
    (func (export "execute") (param i32 i32 i32) (result i32) (i32.const 0))
    ${extra})`);
const repeat = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('\n');
const params = (n: number) => `(param ${Array(n).fill('i32').join(' ')})`;

describe('Wasm VM limits: check_wasm at store, with its words', () => {
  const chain = new Chain();
  const store = (b: Uint8Array) => chain.tx((ctx) => chain.keeper.storeCode(ctx, addr(1), b), 100_000_000n);
  async function refused(b: Uint8Array, message: string | RegExp) {
    const before = chain.snapshot('wasm/');
    const r = await store(b);
    assert.equal(r.ok, false, 'refused');
    if (r.ok) return;
    assert.equal(r.error.codespace, 'wasm');
    assert.equal(r.error.code, 2);
    if (typeof message === 'string') assert.equal(r.error.message, `${message}: create wasm contract failed`);
    else assert.match(r.error.message, message);
    assert.equal(chain.snapshot('wasm/'), before, 'no code stored');
  }
  async function stores(b: Uint8Array) {
    const r = await store(b);
    assert.equal(r.ok, true, r.ok ? '' : r.error.message);
  }
  const SV = 'Error during static Wasm validation: ';

  it('tables: at most one, bounded, at most 2,500 elements', async () => {
    await refused(contract('(table 1 1 funcref) (table 1 1 funcref)'), `${SV}Wasm contract must not have more than 1 table section`);
    await refused(contract('(table 10 funcref)'), `${SV}Wasm contract must not have unbound table section`);
    await refused(contract('(table 10 2501 funcref)'), `${SV}Wasm contract's first table section has a too large max limit`);
    await stores(contract('(table 10 2500 funcref)'));
  });

  it('memory: exactly one, its minimum at most 512 pages, its maximum left to the host', async () => {
    await refused(contract('', ''), `${SV}Wasm contract must contain exactly one memory`);
    await refused(contract('', '(memory 513)'), `${SV}Wasm contract memory's minimum must not exceed 512 pages.`);
    await refused(contract('', '(memory 1 16)'), `${SV}Wasm contract memory's maximum must be unset. The host will set it for you.`);
    await stores(contract('', '(memory 512)'));
  });

  it('imports: at most 100, only the host functions, only as functions', async () => {
    await refused(contract('', undefined, repeat(101, () => '(import "env" "debug" (func (param i32)))')), `${SV}Import count exceeds limit. Imports: 101. Limit: 100.`);
    await stores(contract('', undefined, repeat(100, () => '(import "env" "debug" (func (param i32)))')));
    await refused(contract('', undefined, '(import "env" "sleep" (func))'), /^Error during static Wasm validation: Wasm contract requires unsupported import: "env.sleep". Required imports: \{"env.sleep"\}. Available imports: \["env.abort", "env.db_read", /);
    await refused(contract('', undefined, '(import "env" "db_read" (global i32))'), `${SV}Wasm contract requires non-function import: "env.db_read". Right now, all supported imports are functions.`);
  });

  it('functions: at most 20,000, 100 parameters each, 10,000 in all, one result', async () => {
    await refused(contract(repeat(20_001 - 4, () => '(func)')), `${SV}Wasm contract contains more than 20000 functions`);
    await refused(contract(`(func ${params(101)})`), `${SV}Wasm contract contains function with more than 100 parameters`);
    await stores(contract(`(func ${params(100)})`));
    await refused(contract(repeat(101, () => `(func ${params(100)})`)), `${SV}Wasm contract contains more than 10000 function parameters in total`);
    await refused(contract('(func (result i32 i32) (i32.const 1) (i32.const 2))'), `${SV}Wasm contract contains function with more than 1 results`);
  });

  it('operators: proposals wasmvm leaves off fail validation; reference-type operators fail compilation (Gatekeeper)', async () => {
    await refused(
      contract('(func (memory.copy (i32.const 0) (i32.const 1) (i32.const 1)))'),
      /^Error during static Wasm validation: Wasm bytecode could not be deserialized. Deserialization error: "bulk memory support is not enabled \(at offset 0x[0-9a-f]+\)"/,
    );
    await refused(contract('(func (drop (i32x4.splat (i32.const 1))))'), /Deserialization error: "SIMD support is not enabled/);
    await refused(
      contract('(table 1 1 funcref) (elem declare func 0) (func (drop (ref.func 0)))'),
      /^Error compiling Wasm: Could not compile: Middleware error: Gatekeeper: Reference type operation detected: RefFunc. Reference types are not supported./,
    );
    // A float-to-int conversion of either kind is fine (floats: cosmwasm-floats.test.ts).
    await stores(contract('(func (drop (i32.trunc_sat_f32_s (f32.const 1))) (drop (i64.trunc_f64_u (f64.const 2))))'));
  });
});

describe('Wasm VM limits at run time (limits.wat)', () => {
  const chain = new Chain();
  let c: string;
  before(async () => {
    const b = await assembleWat('limits.wat');
    const { codeId } = await chain.ok((ctx) => chain.keeper.storeCode(ctx, addr(1), b));
    c = await chain.instantiate(codeId, {});
  });
  const exec = (msg: unknown) => chain.execute(c, msg, { gas: 100_000_000n });

  it('memory.grow fails past 512 pages (32 MiB, wasmvm’s instance memory limit)', async () => {
    const r = await exec({ g: 0 });
    assert.equal(r.ok, true, r.ok ? '' : r.error.message);
    const { ctx } = chain.context();
    const pages = Buffer.from(chain.keeper.wasmRawState(ctx, parseAddress(c), Buffer.from('g'))!).readUInt32LE(0);
    assert.equal(pages, 512);
  });

  it('recursion meets the stack budget at the same depth cold and warm, below where V8 would stop', async () => {
    // Small frames: V8 alone runs ≈ 16,000 deep cold and ≈ 25,000 warm; the budget stops them near 7,280.
    // 100-local frames: V8 alone ≈ 1,160 cold; the budget stops them near 600.
    const outcomes: string[] = [];
    for (let round = 0; round < 3; round++) {
      for (const msg of [{ r: 7000 }, { r: 7400 }, { h: 550 }, { h: 620 }]) {
        const r = await exec(msg);
        outcomes.push(`${JSON.stringify(msg)} ${r.ok ? 'ok' : r.error.message} ${r.gasUsed}`);
      }
      for (let i = 0; i < 300; i++) await exec({ r: 50 }); // warm the code up between rounds
    }
    const [first, ...rest] = [outcomes.slice(0, 4), outcomes.slice(4, 8), outcomes.slice(8)];
    for (const o of rest) assert.deepEqual(o, first);
    assert.match(first![0]!, /^\{"r":7000\} ok /);
    assert.match(first![1]!, /^\{"r":7400\} Error calling the VM: Error executing Wasm: Wasmer runtime error: RuntimeError: call stack exhausted/);
    assert.match(first![2]!, /^\{"h":550\} ok /);
    assert.match(first![3]!, /^\{"h":620\} .*RuntimeError: call stack exhausted/);
  });

  it("the budget is one per call stack: a query into a contract continues its caller's count", async () => {
    // 4,000 frames, then a query into itself that recurses again: alone each fits (≈ 320 KiB, ≈ 290 KiB),
    // together they do not, and the nested query fails (its error is the answer the contract stores).
    const asks = async (outer: number, inner: number) => {
      const x = { wasm: { smart: { contract_addr: c, msg: Buffer.from(JSON.stringify({ r: inner })).toString('base64') } } };
      const r = await exec({ q: outer, x });
      assert.equal(r.ok, true, r.ok ? '' : r.error.message);
      const { ctx } = chain.context();
      return JSON.parse(Buffer.from(chain.keeper.wasmRawState(ctx, parseAddress(c), Buffer.from('q'))!).toString());
    };
    assert.deepEqual(await asks(4000, 1000), { ok: { ok: 'e30=' } });
    assert.deepEqual(await asks(100, 4000), { ok: { ok: 'e30=' } });
    const both = await asks(4000, 4000);
    assert.match(both.ok.error, /RuntimeError: call stack exhausted/);
  });
});
