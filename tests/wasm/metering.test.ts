import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { DEFAULT_GAS_SCHEDULE, validateGasSchedule } from '../../x/wasm/runtime/gas.ts';
import { meterSource } from '../../x/wasm/runtime/metering.ts';
import { Runtime, addr, contractSource } from './harness.ts';

const LOOPS = `
module.exports = {
  execute(m) {
    const n = m.n;
    let i = 0;
    if (m.kind === 'for') { for (let j = 0; j < n; j++) {} }
    if (m.kind === 'while') { while (i < n) i++; }
    if (m.kind === 'do') { do { i++; } while (i < n); }
    if (m.kind === 'forof') { for (const x of m.items) {} }
    if (m.kind === 'forin') { for (const k in m.obj) {} }
    if (m.kind === 'calls') { const f = () => 0; for (const x of m.items) f(); }
    if (m.kind === 'ternary') { for (const x of m.items) x ? 1 : 2; }
    // '|' chains: '+' is a __gas.add call (bigint metering), so it never nests as a binary tree.
    if (m.kind === 'chain9') { const a = 1; return a | a | a | a | a | a | a | a | a; }
    if (m.kind === 'chain11') { const a = 1; return a | a | a | a | a | a | a | a | a | a | a; }
    if (m.kind === 'optional') { const o = null; return o?.f(1)?.g(2) === undefined; }
    return null;
  },
};`;

const units = (rt: Runtime, msg: unknown) => {
  const r = rt.run('execute', msg);
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  return r.gasUsed;
};
const perIteration = (rt: Runtime, kind: string, make: (n: number) => object) => (units(rt, { kind, ...make(20) }) - units(rt, { kind, ...make(10) })) / 10;

describe('AST metering', () => {
  const rt = new Runtime(LOOPS);
  after(() => rt.dispose());

  it('charges exactly: call base, the module body, function entry', () => {
    const tiny = new Runtime('module.exports = { execute() { return 1; } };');
    try {
      const r = tiny.run('execute', {});
      assert.ok(r.ok);
      assert.equal(r.result, '1');
      // callBase + the module body + execute's entry + the return value '1' (1 unit per started 64 chars of
      // JSON, 1 per started 64 accounted bytes: sandbox.ts BUILTIN_GAS)
      assert.equal(r.gasUsed, DEFAULT_GAS_SCHEDULE.callBase + 2 + 2);
    } finally {
      tiny.dispose();
    }
  });

  it('costs a for iteration 2 (body + update), a for-of iteration 2 (body + the iterator step), a while, do-while, for-in iteration 1', () => {
    assert.equal(perIteration(rt, 'for', (n) => ({ n })), 2);
    assert.equal(perIteration(rt, 'while', (n) => ({ n })), 1);
    assert.equal(perIteration(rt, 'do', (n) => ({ n })), 1);
    assert.equal(perIteration(rt, 'forof', (n) => ({ items: Array(n).fill(0) })), 2);
    assert.equal(perIteration(rt, 'forin', (n) => ({ obj: Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i])) })), 1);
  });

  it('charges every call (call + entry), every ternary, deep binary chains and optional chains up front', () => {
    assert.equal(perIteration(rt, 'calls', (n) => ({ items: Array(n).fill(0) })), 4);
    assert.equal(perIteration(rt, 'ternary', (n) => ({ items: Array(n).fill(0) })), 3);
    assert.equal(units(rt, { kind: 'chain11' }) - units(rt, { kind: 'chain9' }), 1);
    const src = meterSource('const o = null; o?.f(1)?.g(2);');
    assert.match(src, /__gas\(2\), o\?\.f\(1\)\?\.g\(2\)/);
    assert.equal(rt.ok('execute', { kind: 'optional' }), true);
  });

  it('injects at every point the XChain document names', () => {
    const out = meterSource(`
      function f(a) { if (a) { g(); } else { h(); } switch (a) { case 1: k(); break; case 2: default: } }
      try { f(1) } catch { f(2) } finally { f(3) }
      for (let i = 0; i < 3; i++) ;
      const t = a ? 1 : 2;
      new Foo(); tag\`x\`;`);
    assert.match(out, /function f\(a\) \{\n\s+__gas\.e\(\);\n\s+try \{/);
    assert.match(out, /finally \{\n\s+__gas\.x\(\);/);
    assert.match(out, /if \(a\) \{\n\s+__gas\(1\);/);
    assert.match(out, /else \{\n\s+__gas\(1\);/);
    assert.match(out, /case 1:\n\s+__gas\(1\);/);
    assert.doesNotMatch(out, /case 2:\n\s+__gas/);
    assert.match(out, /catch \(__gas_e\) \{\n\s+__gas\.c\(__gas_e\);/);
    assert.match(out, /for \(let i = 0; i < 3; \(__gas\(1\), i\+\+\)\) \{\n\s+__gas\(1\);/);
    assert.match(out, /\(__gas\(1\), a\) \? 1 : 2/);
    assert.match(out, /\(__gas\(1\), new Foo\(\)\)/);
    assert.match(out, /\(__gas\(1\), tag`x`\)/);
  });

  it('costs the same gas for the same contract and input: repeated, across VMs, cache hits and misses', () => {
    const token = contractSource('cw20.js');
    const a = new Runtime(token);
    const b = new Runtime(token, 1, { maxBlockCacheSize: 0 });
    try {
      const init = { name: 'Token', symbol: 'TKN', decimals: 6, initial_balances: [{ address: addr(9), amount: '1000' }] };
      assert.equal(a.run('instantiate', init).gasUsed, b.run('instantiate', init).gasUsed);
      const msg = { transfer: { recipient: addr(2), amount: '1' } };
      const seen = new Set<number>();
      for (let i = 0; i < 3; i++) {
        for (const rt of [a, b]) {
          const r = rt.run('execute', msg);
          assert.ok(r.ok, r.ok ? '' : r.error.message);
          seen.add(r.gasUsed);
        }
        a.vm.endBlock();
      }
      // Balances grow by one digit at most here, so every transfer costs the same.
      assert.equal(seen.size, 1, [...seen].join(','));
      assert.equal(a.vm.stats.cacheHits + a.vm.stats.cacheMisses, a.vm.stats.calls);
      assert.equal(b.vm.stats.uncached, b.vm.stats.calls);
    } finally {
      a.dispose();
      b.dispose();
    }
  });

  it('enforces the ceiling exactly', () => {
    const used = units(rt, { kind: 'while', n: 50 });
    assert.ok(rt.run('execute', { kind: 'while', n: 50 }, used).ok);
    const over = rt.run('execute', { kind: 'while', n: 50 }, used - 1);
    assert.ok(!over.ok && over.error.name === 'GasExhaustedError');
    assert.equal(over.gasUsed, used - 1);
  });

  it('validates the schedule: complete, non-negative integers, nothing unknown', () => {
    assert.deepEqual(validateGasSchedule({ ...DEFAULT_GAS_SCHEDULE }), DEFAULT_GAS_SCHEDULE);
    assert.throws(() => validateGasSchedule({ ...DEFAULT_GAS_SCHEDULE, stateRead: -1 }), /stateRead must be a non-negative integer/);
    assert.throws(() => validateGasSchedule({ ...DEFAULT_GAS_SCHEDULE, computation: 0.5 }), /computation must be a non-negative integer/);
    const { emission: _drop, ...missing } = DEFAULT_GAS_SCHEDULE;
    assert.throws(() => validateGasSchedule(missing), /emission must be a non-negative integer/);
    assert.throws(() => validateGasSchedule({ ...DEFAULT_GAS_SCHEDULE, wallClock: 1 } as never), /unknown entry wallClock/);
    const doubled = new Runtime(LOOPS, 1, { schedule: { ...DEFAULT_GAS_SCHEDULE, computation: 2 } });
    try {
      assert.equal(perIteration(doubled, 'while', (n) => ({ n })), 2);
    } finally {
      doubled.dispose();
    }
  });
});
