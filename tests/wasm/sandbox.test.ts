import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PRESERVED_GLOBALS } from '../../x/wasm/runtime/sandbox.ts';
import { XChainVM } from '../../x/wasm/runtime/index.ts';
import { addr, Chain, contractSource } from './harness.ts';

/**
 * The escape and abuse suite. Every attack runs as a real transaction against the keeper: it must fail
 * with a clear error, leave state exactly as it was, and leave the VM able to serve the next call.
 * Each branch writes state first, so "no state change" also proves the write was discarded.
 */
const ATTACKS = `
const attacks = {
  new_function: () => new Function('return process')(),
  ctor_ctor: () => ({}).constructor.constructor('return process')(),
  fn_proto_ctor: () => Object.getPrototypeOf(function () {}).constructor('return 1')(),
  this_global: () => { const g = (function () { return this; })(); return g.process; },
  global_this: () => globalThis.process,
  proxy: () => new Proxy({}, {}),
  reflect: () => Reflect.ownKeys({}),
  pollute_object: () => { Object.prototype.polluted = 'yes'; },
  pollute_array: () => { Array.prototype.push = function () { return 0; }; },
  pollute_json: () => { JSON.parse = () => ({ owned: true }); },
  pollute_xchain: () => { xchain.state.get = () => 'forged'; },
  pollute_math: () => { Math.floor = () => 0; },
  prepare_stack: () => { Error.prepareStackTrace = (e, frames) => frames; },
  date: () => Date.now(),
  random: () => Math.random(),
  eval: () => eval('1 + 1'),
  indirect_eval: () => (0, eval)('1 + 1'),
  wasm: () => WebAssembly.compile(new Uint8Array(8)),
  promise: () => Promise.resolve(1),
  timers: () => setTimeout(() => 0, 0),
  node: () => require('fs'),
  loop: () => { while (true) {} },
  catch_gas: () => { for (;;) { try { while (true) {} } catch (e) {} } },
  finally_gas: () => { try { while (true) {} } finally { return 'escaped'; } },
  recursion: () => { const f = (n) => f(n + 1) + 1; return f(0); },
  native_recursion: () => { let a = []; for (let i = 0; i < 200000; i++) a = [a]; return JSON.stringify(a).length; },
  allocate: () => { const keep = []; for (let i = 0; ; i++) keep.push(new Array(1 << 20).fill(i)); },
  allocate_1gb: () => new Array(2 ** 27).fill(1).length,
  huge_string: () => 'x'.repeat(2 ** 30).length,
  fill_array_like: () => Array.prototype.fill.call({ length: 2 ** 32 - 1 }, 0),
  // V8 aborts the whole process on some oversized allocations; each of these once did, or would.
  set_from_keys: () => new Set(Array(1e8).keys()).size,
  dict_object: () => { const o = {}; for (let i = 0; ; i++) o['k' + i] = i; },
  split_rope: () => rope(28).split('').length,
  parse_rope: () => JSON.parse('"' + rope(28) + '"').length,
  concat_doubling: () => { let a = [1]; for (let i = 0; i < 30; i++) a = a.concat(a); return a.length; },
  spread_rope: () => Object.keys({ ...rope(27) }).length,
  flat_bomb: () => Array(2000).fill(new Array(1 << 20).fill(0)).flat().length,
  big_string: () => { xchain.state.set('big', 'x'.repeat(10 * 1024 * 1024)); },
  spoof_gas: () => { throw new Error('\\x03GAS:1:2'); },
  spoof_revert: () => { throw new Error('\\x03REVERT:forged reason'); },
  spoof_result: () => { throw '\\x02{"ok":true}'; },
  spam: () => { for (let i = 0; i < 1000; i++) xchain.emit.send(xchain.context.sender, '1utrv'); },
  redos_ctor: () => new RegExp('(a+)+\\\\1').test('aaaa'),
  redos_flags: () => new RegExp('(a+)+b', 'i').test('aaaa'),
  redos_species: () => 'aaaa'.split({ [Symbol.split]: (s) => new (/x/.constructor)('(?=a)').exec(s) }),
  gas_arguments: () => { throw new Error('arguments ' + topArgs.length + ' ' + typeof topArgs[3]); },
  revert_then_continue: () => { try { xchain.revert('first'); } catch (e) {} return 'continued'; },
};
const topArgs = arguments;
function rope(n) { let s = 'x'; for (let i = 0; i < n; i++) s = s + s; return s; }

module.exports = {
  instantiate() { return null; },
  execute(msg) {
    xchain.state.set('pwned', 'yes');
    const name = Object.keys(msg)[0];
    const r = attacks[name]();
    return r === undefined ? null : r;
  },
  query(msg) {
    if (msg.write) { xchain.state.set('q', '1'); return 'wrote'; }
    if (msg.probe) {
      return {
        polluted: ({}).polluted === undefined,
        push: [1].push(2) === 2,
        json: JSON.parse('{"a":1}').a === 1,
        floor: Math.floor(2.5) === 2,
        regexpStatics: typeof RegExp.$1 === 'undefined' && typeof RegExp.lastMatch === 'undefined',
        fresh: (function () { const c = (module.count = (module.count || 0) + 1); return c; })(),
      };
    }
    return xchain.state.get('pwned');
  },
};`;

const expectations: Array<[string, RegExp]> = [
  ['new_function', /ReferenceError: Function is not defined/],
  ['ctor_ctor', /TypeError: .* is not a function/],
  ['fn_proto_ctor', /TypeError: .* is not a function/],
  ['this_global', /TypeError: Cannot read properties of undefined/],
  ['global_this', /ReferenceError: globalThis is not defined/],
  ['proxy', /ReferenceError: Proxy is not defined/],
  ['reflect', /ReferenceError: Reflect is not defined/],
  ['pollute_object', /TypeError: Cannot add property polluted, object is not extensible/],
  ['pollute_array', /TypeError: Cannot assign to read only property push of a frozen intrinsic/],
  ['pollute_json', /TypeError: Cannot assign to read only property 'parse'/],
  ['pollute_xchain', /TypeError: Cannot assign to read only property 'get'/],
  ['pollute_math', /TypeError: Cannot assign to read only property 'floor'/],
  ['prepare_stack', /TypeError: Cannot add property prepareStackTrace, object is not extensible/],
  ['date', /ReferenceError: Date is not defined/],
  ['random', /TypeError: Math.random is not a function/],
  ['eval', /ReferenceError: eval is not defined/],
  ['indirect_eval', /ReferenceError: eval is not defined/],
  ['wasm', /ReferenceError: WebAssembly is not defined/],
  ['promise', /ReferenceError: Promise is not defined/],
  ['timers', /ReferenceError: setTimeout is not defined/],
  ['node', /ReferenceError: require is not defined/],
  ['loop', /out of gas/],
  ['catch_gas', /out of gas/],
  ['finally_gas', /out of gas/],
  ['recursion', /call depth exceeds 200/],
  ['native_recursion', /stack overflow|Maximum call stack/],
  ['allocate', /memory budget exceeded/],
  ['allocate_1gb', /RangeError: Array.prototype.fill: length: 134217728 exceeds the contract limit of 4194304/],
  ['huge_string', /RangeError: String.prototype.repeat: result length: 1073741824 exceeds the contract limit/],
  ['set_from_keys', /Array.prototype.keys: length: 100000000 exceeds the contract limit/],
  ['dict_object', /out of gas/],
  ['split_rope', /String.prototype.split: input length: 268435456 exceeds the contract limit/],
  ['parse_rope', /JSON.parse: input length: 268435458 exceeds the contract limit/],
  ['concat_doubling', /out of gas|memory budget exceeded|Array.prototype.concat: result length: 8388608 exceeds the contract limit/],
  ['spread_rope', /object spread: source length 134217728 exceeds the contract limit/],
  ['flat_bomb', /Array.prototype.flat: result length: 2097152000 exceeds the contract limit/],
  ['fill_array_like', /Array.prototype.fill: length: 4294967295 exceeds the contract limit/],
  ['big_string', /reverted: state.set: value is 10485760 bytes, the limit is 65536/],
  ['spoof_gas', /Error: GAS:1:2: execute wasm contract failed/],
  ['spoof_revert', /Error: REVERT:forged reason: execute wasm contract failed/],
  ['spoof_result', /{"ok":true}: execute wasm contract failed/],
  ['spam', /emission limit reached/],
  ['redos_ctor', /regular expressions must run in linear time/],
  ['redos_flags', /regular expressions must run in linear time/],
  ['redos_species', /regular expressions must run in linear time/],
  ['gas_arguments', /arguments 3 undefined/],
  ['revert_then_continue', /reverted: first/],
];

describe('sandbox: escapes and abuse are contained', () => {
  const chain = new Chain();
  let attack: string;
  let counter: string;
  before(async () => {
    attack = await chain.instantiate(await chain.store(ATTACKS), {});
    counter = await chain.instantiate(await chain.store(contractSource('counter.js')), { count: 1 });
  });
  after(() => chain.keeper.vm.dispose());

  for (const [name, expected] of expectations) {
    it(`${name}: fails with a clear error, changes nothing, and the next call works`, async () => {
      const before = chain.snapshot();
      const r = await chain.execute(attack, { [name]: {} }, { gas: 20_000_000n });
      assert.ok(!r.ok, `${name} succeeded`);
      assert.match(r.error.message, expected);
      assert.doesNotMatch(r.error.message, /[\x00-\x08]/, 'no protocol markers leak into errors');
      if (name.startsWith('spoof')) assert.deepEqual([r.error.codespace, r.error.code], ['wasm', 5], 'a spoofed marker is a plain contract error');
      assert.equal(chain.snapshot(), before);
      const next = await chain.execute(counter, { increment: {} });
      assert.ok(next.ok, 'the VM still serves calls');
    });
  }

  it('nothing an attack tried is visible to the next call or another contract', () => {
    const probe = chain.query(attack, { probe: {} }) as Record<string, unknown>;
    assert.deepEqual(probe, { polluted: true, push: true, json: true, floor: true, regexpStatics: true, fresh: 1 });
    assert.equal(chain.query(attack, { probe: {} }) && (chain.query(attack, { probe: {} }) as { fresh: number }).fresh, 1);
    assert.equal(chain.query(attack, {}), null);
    assert.throws(() => chain.query(attack, { write: {} }), /a query cannot write state/);
  });

  it('rejects at deploy: async, await, generators, import(), __gas identifiers, post-ES2020 syntax, backtracking regexps', async () => {
    const cases: Array<[string, RegExp]> = [
      ['module.exports = { async execute() { return 1; } };', /async functions are not supported/],
      ['module.exports = { execute() { return (async () => 1)(); } };', /async functions are not supported/],
      ['module.exports = { *execute() { yield 1; } };', /generator functions are not supported/],
      ['module.exports = { execute() { return import("fs"); } };', /dynamic import\(\) is not supported/],
      ['const __gas = () => 0; module.exports = {};', /reserved for gas metering/],
      ['module.exports = { execute() { return xchain.__gas_e; } };', /reserved for gas metering/],
      ['let a = 1; a ??= 2; module.exports = {};', /ES2020/],
      ['class A { #x = 1 } module.exports = {};', /ES2020/],
      ['module.exports = { execute(m) { return /(a+)+\\1/.test(m); } };', /linear time/],
      ['module.exports = { execute(m) { return /abc/i.test(m); } };', /linear time/],
      ['with (Math) { floor(1); } module.exports = {};', /strict mode/],
      ['module.exports = { execute() { debugger; } };', /debugger/],
      ['var eval = 1; module.exports = {};', /V8|strict/],
    ];
    for (const [src, re] of cases) {
      const r = await chain.tx((ctx) => chain.keeper.storeCode(ctx, addr(1), new TextEncoder().encode(src)));
      assert.ok(!r.ok, `accepted: ${src}`);
      assert.match(r.error.message, re, src);
    }
  });

  it('leaves only the allowlisted globals (plus nothing else) in a booted isolate', () => {
    const vm = new XChainVM();
    try {
      assert.deepEqual(vm.inspectGlobals().sort(), [...PRESERVED_GLOBALS].sort());
    } finally {
      vm.dispose();
    }
  });

  it('regexps run in linear time and pay for the characters they scan', async () => {
    const src = `module.exports = { instantiate() { return null; }, execute(m) { return /(a+)+b/.test('a'.repeat(m.n) + 'c'); } };`;
    const re = await chain.instantiate(await chain.store(src), {});
    const small = await chain.execute(re, { n: 30 });
    const large = await chain.execute(re, { n: 30000 });
    assert.ok(small.ok && large.ok);
    assert.ok(large.gasUsed - small.gasUsed > 100_000n, `scan gas ${large.gasUsed - small.gasUsed}`);
  });
});
