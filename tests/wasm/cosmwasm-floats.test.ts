import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { parseAddress } from '../../core/types/address.ts';
import wabt from 'wabt';
import { CompiledCodeCache, instrument } from '../../x/wasm/cosmwasm/compile.ts';
import { fixturesDir } from '../helpers/node.ts';
import { assembleWat } from '../helpers/wat.ts';
import { Chain, addr } from './harness.ts';

// Floats as cosmwasm-vm 2.x runs them: floaty_2.0.wasm (every Wasm float instruction, CosmWasm's own fixture)
// stores and runs; each instruction's results on seeded inputs equal V8's native execution of the
// uninstrumented contract, except that NaN results of the NaN-producing operations are the canonical NaN
// and traps read as wasmer words them; a second chain with a cold compile cache gives the same bytes and
// gas. limits.wat's execute stores float results whose NaN bits x86 would choose otherwise.

const FLOATY = new Uint8Array(readFileSync(join(fixturesDir, 'cosmwasm', 'floaty_2.0.wasm')));
const SEEDS = 8;
/** Operations after which cosmwasm-vm (wasmer's canonicalize_nans) canonicalizes a NaN. */
const NAN_PRODUCING = /^f(32|64)\.(add|sub|mul|div|sqrt|min|max|ceil|floor|trunc|nearest|promote_f32|demote_f64)$/;
const CANONICAL = { f32: 0x7fc00000n, f64: 0x7ff8000000000000n };
const isNaN = (w: 'f32' | 'f64', bits: bigint) =>
  w === 'f32' ? (bits & 0x7f800000n) === 0x7f800000n && (bits & 0x7fffffn) !== 0n : (bits & 0x7ff0000000000000n) === 0x7ff0000000000000n && (bits & 0xfffffffffffffn) !== 0n;

/** floaty itself on V8, uninstrumented: allocate, a query with an Env, the ContractResult's bytes — or the trap. */
function nativeFloaty() {
  const fail = () => {
    throw new Error('floaty called a host function');
  };
  const imports = Object.fromEntries(WebAssembly.Module.imports(new WebAssembly.Module(FLOATY)).map((i) => [i.name, fail]));
  const inst = new WebAssembly.Instance(new WebAssembly.Module(FLOATY), { env: imports });
  const ex = inst.exports as { memory: WebAssembly.Memory; allocate(n: number): number; query(e: number, m: number): number };
  const put = (s: string) => {
    const b = Buffer.from(s);
    const r = ex.allocate(b.length);
    const v = new DataView(ex.memory.buffer);
    new Uint8Array(ex.memory.buffer, v.getUint32(r, true), b.length).set(b);
    v.setUint32(r + 8, b.length, true);
    return r;
  };
  const env = JSON.stringify({ block: { height: 1, time: '0', chain_id: 'native' }, transaction: null, contract: { address: 'native' } });
  return (msg: string): string => {
    let r: number;
    try {
      r = ex.query(put(env), put(msg)); // the contract takes (frees) both regions
    } catch (e) {
      return `trap: ${(e as Error).message}`;
    }
    const v = new DataView(ex.memory.buffer);
    const out = JSON.parse(Buffer.from(new Uint8Array(ex.memory.buffer, v.getUint32(r, true), v.getUint32(r + 8, true))).toString()) as { ok: string };
    return Buffer.from(out.ok, 'base64').toString();
  };
}

async function floatyOn(chain: Chain): Promise<(msg: string) => { out: string; gas: bigint }> {
  const { codeId } = await chain.ok((ctx) => chain.keeper.storeCode(ctx, addr(1), FLOATY), 100_000_000n);
  const c = await chain.instantiate(codeId, {});
  return (msg) => {
    const { ctx } = chain.context(0n, 'query');
    try {
      const r = chain.keeper.querySmart(ctx, c, Buffer.from(msg), 10_000_000n);
      return { out: Buffer.from(r.data).toString(), gas: r.gasUsed };
    } catch (e) {
      return { out: `error: ${(e as Error).message}`, gas: -1n };
    }
  };
}

describe('Wasm runtime: floats (floaty 2.0), as cosmwasm-vm 2.x runs them', () => {
  const chain = new Chain();
  let run: (msg: string) => { out: string; gas: bigint };
  let instructions: string[];
  const rows: Array<{ instr: string; seed: number; args: string; out: string; gas: bigint }> = [];

  before(async () => {
    run = await floatyOn(chain);
    instructions = JSON.parse(run('{"instructions":{}}').out);
    for (const instr of instructions) {
      for (let seed = 0; seed < SEEDS; seed++) {
        const args = run(`{"random_args_for":{"instruction":"${instr}","seed":${seed}}}`).out;
        rows.push({ instr, seed, args, ...run(`{"run":{"instruction":"${instr}","args":${args}}}`) });
      }
    }
  });

  it('floaty stores and lists the 70 instructions, the saturating conversions among them', () => {
    assert.equal(instructions.length, 70);
    assert.ok(instructions.includes('i64.trunc_sat_f64_u') && instructions.includes('f32.demote_f64'));
  });

  it("every instruction's result equals V8's own run of the uninstrumented contract, NaNs canonical, traps in wasmer's words", () => {
    const native = nativeFloaty();
    let canonicalized = 0;
    let traps = 0;
    for (const { instr, args, out } of rows) {
      const want = native(`{"run":{"instruction":"${instr}","args":${args}}}`);
      if (want.startsWith('trap: ')) {
        // V8 has one message for both; wasmer says which (singlepass: NaN → BadConversionToInteger).
        const [, w, bits] = /"(f32|f64)":(\d+)/.exec(args)!;
        const why = isNaN(w as 'f32', BigInt(bits!)) ? 'invalid conversion to integer' : 'integer overflow';
        assert.match(out, new RegExp(`Error executing Wasm: Wasmer runtime error: RuntimeError: ${why}`), `${instr} ${args}`);
        traps++;
        continue;
      }
      const [, kind, digits] = /^\{"(u32|u64|f32|f64)":(\d+)\}$/.exec(want)!;
      const w = kind === 'u32' || kind === 'f32' ? 'f32' : 'f64';
      if (NAN_PRODUCING.test(instr) && isNaN(w, BigInt(digits!))) {
        assert.equal(out, `{"${kind}":${CANONICAL[w]}}`, `${instr} ${args}: a NaN result is the canonical NaN`);
        if (BigInt(digits!) !== CANONICAL[w]) canonicalized++;
      } else {
        assert.equal(out, want, `${instr} ${args}`);
      }
    }
    // The test can fail: V8 alone gives NaNs with other bits, and traps.
    assert.ok(canonicalized > 20, `${canonicalized} results canonicalized`);
    assert.ok(traps > 20, `${traps} traps`);
  });

  it('a second chain with a cold compile cache gives the same bytes and the same gas for every call', async () => {
    const other = new Chain();
    (other.keeper as unknown as { compiled: CompiledCodeCache }).compiled = new CompiledCodeCache();
    const run2 = await floatyOn(other);
    // The same calls in the same order (the tx index in env is part of what the contract parses, and costs gas).
    run2('{"instructions":{}}');
    for (const r of rows) {
      const args = run2(`{"random_args_for":{"instruction":"${r.instr}","seed":${r.seed}}}`).out;
      assert.equal(args, r.args);
      assert.deepEqual(run2(`{"run":{"instruction":"${r.instr}","args":${args}}}`), { out: r.out, gas: r.gas }, r.instr);
    }
    assert.ok(rows.some((r) => r.gas > 0n));
  });
});

describe('Wasm runtime: float results in contract state (limits.wat)', () => {
  const chain = new Chain();
  let c: string;
  before(async () => {
    const wasm = await assembleWat('limits.wat');
    const { codeId } = await chain.ok((ctx) => chain.keeper.storeCode(ctx, addr(1), wasm));
    c = await chain.instantiate(codeId, {});
  });

  it('stores canonical NaNs where the hardware picks other bits, and saturated conversions; the same gas twice', async () => {
    const first = await chain.execute(c, { f: 0 });
    assert.equal(first.ok, true, first.ok ? '' : first.error.message);
    const { ctx } = chain.context();
    const bytes = Buffer.from(chain.keeper.wasmRawState(ctx, parseAddress(c), Buffer.from('f'))!);
    const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    assert.equal(v.getBigUint64(0, true), CANONICAL.f64, 'f64 0/0 (x86: 0xfff8…)');
    assert.equal(BigInt(v.getUint32(8, true)), CANONICAL.f32, 'f32 sqrt(-1) (x86: 0xffc00000)');
    assert.equal(v.getBigUint64(12, true), CANONICAL.f64, 'f64 NaN(payload 4) + 1 (x86 keeps the payload)');
    assert.equal(BigInt(v.getUint32(20, true)), CANONICAL.f32, 'f32 demote of a negative NaN');
    assert.equal(v.getFloat64(24, true), 3.375);
    assert.equal(v.getInt32(32, true), 2147483647, 'i32.trunc_sat_f64_s(1e30)');
    assert.equal(v.getBigUint64(36, true), 0n, 'i64.trunc_sat_f32_u(-5)');
    assert.equal(v.getInt32(44, true), 0, 'i32.trunc_sat_f32_s(NaN)');
    const second = await chain.execute(c, { f: 0 });
    assert.equal(second.gasUsed, first.gasUsed);
  });

  it("trapping conversions fail in wasmer's words and change nothing", async () => {
    const before = chain.snapshot('wasm/');
    const nan = await chain.execute(c, { t: 0 });
    assert.equal(nan.ok, false);
    if (!nan.ok) assert.match(nan.error.message, /Error executing Wasm: Wasmer runtime error: RuntimeError: invalid conversion to integer/);
    const big = await chain.execute(c, { o: 0 });
    if (!big.ok) assert.match(big.error.message, /RuntimeError: integer overflow/);
    assert.equal(big.ok, false);
    assert.equal(chain.snapshot('wasm/'), before);
  });
});

describe('Wasm runtime: a float-to-int conversion is charged as the one operator it is', () => {
  it('each of the 16 conversions costs one operator, as in cosmwasm-vm (its helper function is not metered)', async () => {
    const w = await wabt();
    /** Gas of calling `f` of the instrumented module with this body. */
    const gasOf = (result: string, body: string) => {
      const m = w.parseWat('t.wat', `(module (memory 1) (func (export "f") (result ${result}) ${body}))`, {});
      const bytes = new Uint8Array(m.toBinary({}).buffer);
      m.destroy();
      let gas = 0;
      const inst = new WebAssembly.Instance(new WebAssembly.Module(instrument(bytes).bytes as Uint8Array<ArrayBuffer>), {
        metering: { usegas: (n: number) => void (gas += n) },
        env: { memory: new WebAssembly.Memory({ initial: 1, maximum: 512 }) },
      });
      (inst.exports.f as () => unknown)();
      return gas;
    };
    let n = 0;
    for (const to of ['i32', 'i64']) {
      for (const from of ['f32', 'f64']) {
        const threeOps = gasOf(to, `(drop (${from}.const 1.5)) (${to}.const 7)`);
        for (const op of ['trunc', 'trunc_sat']) {
          for (const sign of ['s', 'u']) {
            assert.equal(gasOf(to, `(${to}.${op}_${from}_${sign} (${from}.const 1.5))`), threeOps - 1, `${to}.${op}_${from}_${sign}`);
            n++;
          }
        }
      }
    }
    assert.equal(n, 16);
  });
});
