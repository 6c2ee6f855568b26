import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { describe, it } from 'node:test';
import { parseAddress, toBech32Address } from '../../core/types/address.ts';
import { GasMeter } from '../../core/types/gas.ts';
import { compileContract } from '../../x/wasm/cosmwasm/compile.ts';
import { WasmGasSettler } from '../../x/wasm/cosmwasm/gas.ts';
import { newInstance, type ContractStorage } from '../../x/wasm/cosmwasm/instance.ts';
import { fixturesDir } from '../helpers/node.ts';

// The CosmWasm instances run in one isolate (x/wasm/cosmwasm/wasm-isolate.ts), which adds up `usegas` and
// charges it at each crossing or when it reaches the meter's headroom. Checked here against the plain rule
// (a settler without headroom charges every `usegas` as it comes): the same gas, the same out-of-gas point
// and words at every limit; and the main heap no longer collects for the per-call memories.

const fixture = (name: string) => readFileSync(join(fixturesDir, 'cosmwasm', name));
const enc = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
const addr = (n: number) => toBech32Address(new Uint8Array(20).fill(n));
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** Contract storage over a Map, charging the SDK's KV gas to the meter (as the keeper's gas store does). */
function mapStorage(data: Map<string, Uint8Array>, meter: GasMeter): ContractStorage {
  return {
    get(k) {
      meter.consume(1000, 'ReadFlat');
      const v = data.get(hex(k));
      meter.consume(3 * (k.length + (v?.length ?? 0)), 'ReadPerByte');
      return v;
    },
    set(k, v) {
      meter.consume(2000 + 30 * (k.length + v.length), 'WriteFlat');
      data.set(hex(k), v);
    },
    remove(k) {
      meter.consume(1000, 'DeleteFlat');
      data.delete(hex(k));
    },
    *scan(start, end, order) {
      const keys = [...data.keys()].filter((k) => (!start || k >= hex(start)) && (!end || k < hex(end))).sort();
      if (order === 2) keys.reverse();
      for (const k of keys) yield [Buffer.from(k, 'hex'), data.get(k)!];
    },
  };
}

type Outcome = { out?: string; error?: string; gas: bigint; state: string };

function run(code: ReturnType<typeof compileContract>, entry: string, args: Uint8Array[], limit: bigint, batched: boolean, data = new Map<string, Uint8Array>()): Outcome {
  const meter = new GasMeter(limit);
  const gas = new WasmGasSettler((g, what) => meter.consume(g, what), batched ? () => meter.remaining : undefined);
  const inst = newInstance(code, {
    storage: mapStorage(data, meter),
    canonicalize: (h) => parseAddress(h),
    humanize: (c) => toBech32Address(c),
    queryChain: () => enc({ error: { unsupported_request: { kind: 'test' } } }),
    gas,
    readOnly: false,
    debug: () => {},
  });
  try {
    const out = new TextDecoder().decode(inst.callEntry(entry, args));
    return { out, gas: meter.consumed, state: [...data].map(([k, v]) => k + hex(v)).join() };
  } catch (e) {
    return { error: (e as Error).message, gas: meter.consumed, state: [...data].map(([k, v]) => k + hex(v)).join() };
  } finally {
    gas.finish();
    inst.release();
  }
}

const env = (contract: string) => enc({ block: { height: 5, time: '1700000000000000000', chain_id: 'trivium-test-1' }, transaction: null, contract: { address: contract } });
const info = (sender: string) => enc({ sender, funds: [] });

describe('Wasm isolate: usegas added up in the isolate charges exactly what charging each one does', () => {
  const cw20 = compileContract('cw20-isolate-test', fixture('cw20_base-1.0.1.wasm'));
  const init = enc({ name: 'Isolate Token', symbol: 'ISO', decimals: 6, initial_balances: [{ address: addr(1), amount: '1000' }], mint: null, marketing: null });
  const instantiate = [env(addr(9)), info(addr(1)), init];

  it('cw20 instantiate (storage writes between the Wasm): the same outcome, gas and state at every gas limit', () => {
    const full = run(cw20, 'instantiate', instantiate, 10_000_000n, false);
    assert.ok(full.out?.includes('"ok"'), full.out ?? full.error);
    assert.equal(run(cw20, 'instantiate', instantiate, 10_000_000n, true).gas, full.gas);
    // Limits across the whole call, and each side of the exact amount.
    const limits = [0n, 1n, full.gas - 1n, full.gas, full.gas + 1n];
    for (let k = 1; k < 40; k++) limits.push((full.gas * BigInt(k)) / 40n);
    let outOfGas = 0;
    for (const limit of limits) {
      const plain = run(cw20, 'instantiate', instantiate, limit, false);
      const batched = run(cw20, 'instantiate', instantiate, limit, true);
      assert.deepEqual(batched, plain, `gas limit ${limit}`);
      if (plain.error?.includes('out of gas')) outOfGas++;
    }
    assert.ok(outOfGas >= 40, `most limits run out of gas (${outOfGas})`);
    assert.match(run(cw20, 'instantiate', instantiate, full.gas - 1n, true).error!, /out of gas in location: [\w ]+; gasWanted: \d+, gasUsed: \d+/);
  });

  it("cyberpunk's cpu_loop: out of gas at the same operation for any limit", () => {
    const cyber = compileContract('cyberpunk-isolate-test', fixture('cyberpunk.wasm'));
    const data = new Map<string, Uint8Array>();
    assert.ok(run(cyber, 'instantiate', [env(addr(8)), info(addr(1)), enc({})], 10_000_000n, false, data).out?.includes('"ok"'));
    // Small limits: the reference side crosses into the host at every usegas (≈ 3 µs each).
    for (const limit of [1n, 97n, 501n, 1_234n]) {
      const args = [env(addr(8)), info(addr(1)), enc({ cpu_loop: {} })];
      const plain = run(cyber, 'execute', args, limit, false, new Map(data));
      const batched = run(cyber, 'execute', args, limit, true, new Map(data));
      assert.match(plain.error!, /out of gas in location: wasm execution/);
      assert.deepEqual(batched, plain, `gas limit ${limit}`);
      assert.ok(batched.gas > limit);
    }
  });

  it('a nested instance (opened while another waits in a host function) keeps its own gas and memory', () => {
    const outerData = new Map<string, Uint8Array>();
    assert.ok(run(cw20, 'instantiate', instantiate, 10_000_000n, true, outerData).out?.includes('"ok"'));
    const meter = new GasMeter(10_000_000n);
    const settler = new WasmGasSettler((g, what) => meter.consume(g, what), () => meter.remaining);
    let nested: Outcome | undefined;
    const inst = newInstance(cw20, {
      storage: mapStorage(outerData, meter),
      canonicalize: (h) => {
        // Inside the outer call's addr_validate: a whole second call on a fresh memory.
        nested ??= run(cw20, 'instantiate', instantiate, 10_000_000n, true);
        return parseAddress(h);
      },
      humanize: (c) => toBech32Address(c),
      queryChain: () => enc({ error: { unsupported_request: { kind: 'test' } } }),
      gas: settler,
      readOnly: false,
      debug: () => {},
    });
    const transfer = enc({ transfer: { recipient: addr(2), amount: '10' } });
    const out = new TextDecoder().decode(inst.callEntry('execute', [env(addr(9)), info(addr(1)), transfer]));
    inst.release();
    assert.ok(out.includes('"ok"'), out);
    assert.ok(nested?.out?.includes('"ok"'), nested?.out ?? nested?.error);
    assert.equal(nested!.gas, run(cw20, 'instantiate', instantiate, 10_000_000n, false).gas);
    // The outer call's gas is what the same transfer costs without a nested call in between.
    const alone = new Map<string, Uint8Array>();
    run(cw20, 'instantiate', instantiate, 10_000_000n, false, alone);
    assert.equal(meter.consumed, run(cw20, 'execute', [env(addr(9)), info(addr(1)), transfer], 10_000_000n, false, alone).gas);
  });

  it("the per-call memories are not the main heap's: 300 calls bring no Mark-Compact for external memory", async () => {
    const data = new Map<string, Uint8Array>();
    run(cw20, 'instantiate', instantiate, 10_000_000n, true, data);
    let majors = 0;
    const obs = new PerformanceObserver((l) => {
      for (const e of l.getEntries()) if ((e as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) majors++;
    });
    obs.observe({ entryTypes: ['gc'] });
    for (let i = 0; i < 300; i++) {
      const r = run(cw20, 'execute', [env(addr(9)), info(addr(1)), enc({ transfer: { recipient: addr(2), amount: '1' } })], 10_000_000n, true, data);
      assert.ok(r.out?.includes('"ok"'), r.error);
    }
    await new Promise((r) => setTimeout(r, 50));
    obs.disconnect();
    // On the main heap, 300 fresh 1.1 MiB memories (each call grows its memory, so none is reused) are
    // ≈ 330 MiB of external memory: V8 would collect ≈ every 64 MiB, 5 times or more.
    assert.ok(majors <= 2, `${majors} full collections of the main heap`);
  });
});
