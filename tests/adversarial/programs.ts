/**
 * The adversarial corpus (issue 12): JS contract programs that try to burn CPU or memory cheaply, blow
 * the stack, oversize returns/events/state, pollute the bridge, or escape the sandbox. Each names the
 * outcomes that count as "contained" (the failure kinds of WasmExecutionError, 'ok', or 'deploy' when
 * the code must be refused at store time) and, optionally, what the message or result must say.
 * Used by corpus.test.ts, replay.test.ts and scripts/bench/wasm-adversarial.ts.
 */
export type Outcome = 'ok' | 'out_of_gas' | 'error' | 'revert' | 'resource' | 'deploy';

export interface Program {
  name: string;
  category: 'cpu' | 'memory' | 'regexp' | 'bigint' | 'json' | 'recursion' | 'return' | 'events' | 'state' | 'pollution' | 'escape';
  source: string;
  /** The outcomes that count as contained. */
  expect: Outcome[];
  /** The error message (or, for 'ok', the JSON result) must match. */
  match?: RegExp;
}

/** A contract whose execute entry point runs `body` (msg in scope). */
const exec = (body: string): string => `module.exports = {
  instantiate() { return null; },
  execute(msg) { ${body} },
  query() { return null; },
};`;

/** Failures that bound work: gas, the memory budget/limit, or a builtin refusing a size. */
const BOUNDED: Outcome[] = ['out_of_gas', 'resource', 'error'];

const p = (name: string, category: Program['category'], body: string, expect: Outcome[] = BOUNDED, match?: RegExp): Program => ({
  name,
  category,
  source: exec(body),
  expect,
  match,
});
const deploy = (name: string, source: string, match: RegExp): Program => ({ name, category: 'escape', source, expect: ['deploy'], match });

export const PROGRAMS: Program[] = [
  // CPU: plain loops and native builtins that do a lot of work per metered step.
  p('tight_loop', 'cpu', 'for (;;) {}', ['out_of_gas']),
  p('nested_loops', 'cpu', 'let s = 0; for (let i = 0; i < 1e9; i++) for (let j = 0; j < 1e9; j++) s += j; return s;', ['out_of_gas']),
  p('catch_swallow_loop', 'cpu', 'for (;;) { try { for (;;) {} } catch (e) {} }', ['out_of_gas']),
  p('indexof_1mi', 'cpu', "const s = 'a'.repeat(1 << 20); let n = 0; for (let i = 0; i < 1e6; i++) n += s.indexOf('b'); return n;"),
  p('lastindexof_1mi', 'cpu', "const s = 'a'.repeat(1 << 20); let n = 0; for (let i = 0; i < 1e6; i++) n += s.lastIndexOf('ab'); return n;"),
  p('includes_1mi', 'cpu', "const s = 'ab'.repeat(1 << 19); let n = 0; for (let i = 0; i < 1e6; i++) n += s.includes('abb') ? 1 : 0; return n;"),
  p('bigint_square', 'cpu', 'let x = 3n; for (let i = 0; i < 40; i++) x = x * x; return x.toString().length;'),
  p('bigint_tostring', 'cpu', 'const x = 7n ** 100000n; let n = 0; for (let i = 0; i < 1e5; i++) n += x.toString().length; return n;'),
  p('normalize', 'cpu', "const s = '\\u1E9B\\u0323'.repeat(1 << 18); let n = 0; for (let i = 0; i < 1e5; i++) n += s.normalize('NFKD').length; return n;"),
  p('array_from_1e8', 'cpu', 'return Array.from({ length: 1e8 }).length;'),
  p('stringify_doubling', 'cpu', 'let o = [1]; for (let i = 0; i < 40; i++) o = [o, o]; return JSON.stringify(o).length;'),
  p('sort_numeric', 'cpu', 'const a = []; for (let i = 0; i < 1e5; i++) a.push((i * 7919) % 100003); let n = 0; for (let k = 0; k < 1e4; k++) n += a.slice().sort((x, y) => x - y)[0]; return n;'),
  p('sort_default', 'cpu', 'const a = new Array(1 << 20).fill(0).map((_, i) => (i * 7919) % 1000003); let n = 0; for (let k = 0; k < 1e4; k++) n += a.slice().sort().length; return n;'),
  p('repeat_loop', 'cpu', "let n = 0; for (let i = 0; i < 1e6; i++) n += 'xy'.repeat(1 << 20).length; return n;"),
  p('padstart_loop', 'cpu', "let n = 0; for (let i = 0; i < 1e6; i++) n += ''.padStart(1 << 20, 'ab').length; return n;"),
  p('split_join', 'cpu', "const s = 'a,'.repeat(1 << 19); let n = 0; for (let i = 0; i < 1e5; i++) n += s.split(',').join(';').length; return n;"),
  p('replaceall_loop', 'cpu', "const s = 'a'.repeat(1 << 20); let n = 0; for (let i = 0; i < 1e5; i++) n += s.replaceAll('a', 'b').length; return n;"),
  p('touppercase_loop', 'cpu', "const s = 'a'.repeat(1 << 20); let n = 0; for (let i = 0; i < 1e5; i++) n += s.toUpperCase().length; return n;"),
  p('array_fill_loop', 'cpu', 'let n = 0; for (let i = 0; i < 1e6; i++) n += new Array(1 << 20).fill(i).length; return n;'),
  p('array_includes_loop', 'cpu', 'const a = new Array(1 << 20).fill(0); let n = 0; for (let i = 0; i < 1e6; i++) n += a.includes(1) ? 1 : 0; return n;'),
  p('array_join_loop', 'cpu', "const a = new Array(1 << 20).fill('ab'); let n = 0; for (let i = 0; i < 1e5; i++) n += a.join('').length; return n;"),
  p('array_reverse_loop', 'cpu', 'const a = new Array(1 << 20).fill(0).map((_, i) => i); let n = 0; for (let i = 0; i < 1e6; i++) n += a.reverse()[0]; return n;'),
  p('string_slice_concat', 'cpu', "const s = 'a'.repeat(1 << 22); let n = 0; for (let i = 0; i < 1e6; i++) n += (s.slice(1) + 'b').charCodeAt(100); return n;"),
  p('object_keys_loop', 'cpu', 'const o = {}; for (let i = 0; i < 1e5; i++) o["k" + i] = i; let n = 0; for (let k = 0; k < 1e5; k++) n += Object.keys(o).length; return n;'),

  // Memory: growth without bound, one element at a time or in big steps.
  p('array_push_growth', 'memory', 'const a = []; for (;;) a.push(a.length);'),
  p('string_doubling', 'memory', "let s = 'x'; for (;;) s += s;"),
  p('map_growth', 'memory', 'const m = new Map(); for (let i = 0; ; i++) m.set(i, i);'),
  p('set_growth', 'memory', 'const m = new Set(); for (let i = 0; ; i++) m.add("k" + i);'),
  p('object_growth', 'memory', 'const o = {}; for (let i = 0; ; i++) o["k" + i] = i;'),
  p('array_of_arrays', 'memory', 'const k = []; for (;;) k.push(new Array(1 << 20).fill(0));'),
  p('array_of_strings', 'memory', "const k = []; for (let i = 0; ; i++) k.push('x'.repeat(1 << 22) + i);"),
  p('array_concat_doubling', 'memory', 'let a = [1]; for (let i = 0; i < 40; i++) a = a.concat(a); return a.length;'),
  p('new_array_2_31', 'memory', 'return new Array(2 ** 31 - 1).fill(0).length;'),

  // Regular expressions: catastrophic patterns and huge inputs.
  // The engine is linear-time: nested quantifiers without backreferences run fine, and return false.
  p('redos_ctor', 'regexp', "return new RegExp('(a+)+b').test('a'.repeat(40) + 'c');", ['ok'], /^false$/),
  p('redos_backref', 'regexp', "return new RegExp('(a*)*\\\\1b').test('a'.repeat(40));", ['error'], /linear time/),
  p('redos_literal', 'regexp', "return /(x+x+)+y/.test('x'.repeat(1 << 16));", ['ok', 'out_of_gas'], /^false$|out of gas/),
  p('regexp_16mi_test', 'regexp', "const s = 'a'.repeat(1 << 24); let n = 0; for (let i = 0; i < 1e4; i++) n += /a*b/.test(s) ? 1 : 0; return n;"),
  p('regexp_16mi_replace', 'regexp', "const s = 'a'.repeat(1 << 24); return s.replace(/a/g, 'bb').length;"),
  p('regexp_16mi_split', 'regexp', "const s = 'ab'.repeat(1 << 23); return s.split(/b/).length;"),
  p('regexp_match_all', 'regexp', "const s = 'a'.repeat(1 << 22); let n = 0; for (const m of s.matchAll(/a/g)) n++; return n;"),

  // BigInt.
  p('bigint_huge_pow', 'bigint', 'return (2n ** (2n ** 40n)).toString().length;'),
  p('bigint_huge_shift', 'bigint', 'return (1n << 10000000000n) > 0n;'),
  p('bigint_div_loop', 'bigint', 'const a = 3n ** 200000n; const b = 7n ** 50000n; let n = 0n; for (let i = 0; i < 1e5; i++) n += a / b; return String(n).length;'),
  // Under the 65,536-bit cap: the work per operation is charged by operand size.
  p('bigint_mul_loop', 'bigint', 'const a = 7n ** 11000n; let n = 0n; for (let i = 0; i < 1e6; i++) n += (a * a) & 1n; return String(n);', ['out_of_gas']),
  p('bigint_div_cap_loop', 'bigint', 'const a = 3n ** 41000n; const b = 7n ** 10000n; let n = 0n; for (let i = 0; i < 1e6; i++) n += (a / b) & 1n; return String(n);', ['out_of_gas']),
  p('bigint_mod_assign_loop', 'bigint', 'const a = 3n ** 41000n; const o = { v: 0n }; for (let i = 0; i < 1e6; i++) { o.v = a; o.v %= 7n ** 10000n; } return 1;', ['out_of_gas']),
  p('bigint_tostring_cap', 'bigint', 'const x = 7n ** 23000n; let n = 0; for (let i = 0; i < 1e6; i++) n += x.toString().length; return n;', ['out_of_gas']),
  p('bigint_string_ctor_loop', 'bigint', 'const x = 7n ** 23000n; let n = 0; for (let i = 0; i < 1e6; i++) n += String(x).length; return n;', ['out_of_gas']),
  p('bigint_template_loop', 'bigint', 'const x = 7n ** 23000n; let n = 0; for (let i = 0; i < 1e6; i++) n += `${x}`.length; return n;', ['out_of_gas']),
  p('bigint_concat_loop', 'bigint', "const x = 7n ** 23000n; let n = 0; for (let i = 0; i < 1e6; i++) n += ('' + x).length; return n;", ['out_of_gas']),
  p('bigint_property_key_loop', 'bigint', 'const x = 7n ** 23000n; const o = {}; let n = 0; for (let i = 0; i < 1e6; i++) n += o[x] === undefined ? 1 : 0; return n;', ['out_of_gas']),
  p('bigint_join_loop', 'bigint', 'const a = [7n ** 23000n]; let n = 0; for (let i = 0; i < 1e6; i++) n += a.join().length; return n;', ['out_of_gas']),
  p('bigint_add_assign_growth', 'bigint', 'let x = 2n ** 65000n; for (let i = 0; i < 1e6; i++) x += x; return 1;', ['error'], /exceeds the contract limit of 65536 bits/),
  p('bigint_mul_assign_growth', 'bigint', 'let x = 3n; for (let i = 0; i < 40; i++) x *= x; return 1;', ['error'], /exceeds the contract limit of 65536 bits/),
  p('bigint_pow_assign', 'bigint', 'let x = 10n; x **= 100000n; return 1;', ['error'], /exceeds the contract limit of 65536 bits/),
  p('bigint_shift_assign', 'bigint', 'const o = { x: 1n }; o.x <<= 70000n; return 1;', ['error'], /exceeds the contract limit of 65536 bits/),
  p('bigint_right_shift_negative', 'bigint', 'return (1n >> -100000n) > 0n;', ['error'], /exceeds the contract limit of 65536 bits/),
  p('bigint_as_uint_n', 'bigint', 'return BigInt.asUintN(1e9, -1n) > 0n;', ['error'], /exceeds the contract limit/),
  p('bigint_ctor_object', 'bigint', "return String(BigInt({ valueOf() { return '9'.repeat(1 << 20); } }));", ['error'], /primitives only/),
  p('bigint_ok_arithmetic', 'bigint', 'const a = 2n ** 255n - 19n; const b = (a * a) % (2n ** 256n); return String(b / 3n + (b >> 3n) - (a << 1n)).length > 10;', ['ok'], /^true$/),
  p('bigint_ctor_alias', 'bigint', 'const S = ({}).constructor.constructor; return typeof S;', ['ok', 'error']),
  p('bigint_parse_big', 'bigint', "let n = 0; for (let i = 0; i < 1e4; i++) n += BigInt('9'.repeat(1 << 20)) > 0n ? 1 : 0; return n;"),

  // JSON.
  p('json_parse_deep', 'json', "return JSON.parse('['.repeat(1 << 20) + ']'.repeat(1 << 20)).length;"),
  p('json_parse_big_loop', 'json', "const s = '[' + '1,'.repeat(1 << 20) + '1]'; let n = 0; for (let i = 0; i < 1e4; i++) n += JSON.parse(s).length; return n;"),
  p('json_stringify_huge', 'json', "return JSON.stringify(new Array(1 << 20).fill('x'.repeat(64))).length;"),
  p('json_stringify_deep', 'json', 'let a = []; for (let i = 0; i < 200000; i++) a = [a]; return JSON.stringify(a).length;'),
  p('json_reviver_loop', 'json', "const s = '[' + '1,'.repeat(1 << 18) + '1]'; let n = 0; for (let i = 0; i < 1e4; i++) n += JSON.parse(s, (k, v) => v).length; return n;"),

  // Recursion and the stack, directly and through implicit calls.
  p('deep_recursion', 'recursion', 'const f = (n) => f(n + 1) + 1; return f(0);', ['resource', 'error'], /depth|stack/),
  p('mutual_recursion', 'recursion', 'function a(n) { return b(n + 1); } function b(n) { return a(n + 1); } return a(0);', ['resource', 'error'], /depth|stack/),
  p('getter_recursion', 'recursion', 'const o = { get x() { return this.x; } }; return o.x;', ['resource', 'error'], /depth|stack/),
  p('tostring_recursion', 'recursion', "const o = { toString() { return '' + o; } }; return '' + o;", ['resource', 'error'], /depth|stack/),
  p('valueof_recursion', 'recursion', 'const o = { valueOf() { return o + 1; } }; return o + 1;', ['resource', 'error'], /depth|stack/),
  p('tojson_recursion', 'recursion', 'const o = { toJSON() { return JSON.stringify(o); } }; return JSON.stringify(o);', ['resource', 'error'], /depth|stack/),
  p('sort_comparator_recursion', 'recursion', 'const f = () => [2, 1].sort(f); return f();', ['resource', 'error'], /depth|stack/),

  // Return value size.
  p('return_64mb', 'return', "return 'x'.repeat(64 << 20);", ['error', 'resource'], /exceeds/),
  p('return_4mb', 'return', "return 'x'.repeat(4 << 20);", ['error', 'resource'], /exceeds/),
  p('return_big_array', 'return', "return new Array(1 << 20).fill('abcdefgh');", ['error', 'resource', 'out_of_gas']),
  p('return_getter_loop', 'return', 'return { get a() { for (;;) {} } };', ['out_of_gas']),

  // Emitted data.
  p('many_attributes', 'events', "for (let i = 0; i < 1e6; i++) xchain.emit.attribute('k' + i, 'v'); return null;", ['error', 'revert', 'out_of_gas']),
  p('huge_attribute', 'events', "xchain.emit.attribute('k', 'x'.repeat(1 << 24)); return null;", ['error', 'revert', 'out_of_gas', 'resource']),
  p('many_events', 'events', "for (let i = 0; i < 1e6; i++) xchain.emit.event('e' + i, { a: 'b' }); return null;", ['error', 'revert', 'out_of_gas']),
  p('many_sends', 'events', "for (let i = 0; i < 1e6; i++) xchain.emit.send(xchain.context.sender, '1utrv'); return null;", ['error', 'revert', 'out_of_gas']),

  p('event_bytes_cap', 'events', "for (let i = 0; i < 40; i++) xchain.emit.attribute('k' + i, 'x'.repeat(4000)); return null;", ['revert', 'error'], /event data limit/),
  p('event_big_attrs_cap', 'events', "for (let i = 0; i < 40; i++) xchain.emit.event('e' + i, { a: 'x'.repeat(4000) }); return null;", ['revert', 'error'], /event data limit/),

  // State size.
  p('huge_value', 'state', "xchain.state.set('k', 'x'.repeat(1 << 22)); return null;", ['revert', 'error', 'out_of_gas']),
  p('huge_key', 'state', "xchain.state.set('x'.repeat(1 << 20), 'v'); return null;", ['revert', 'error', 'out_of_gas']),
  p('many_keys', 'state', "for (let i = 0; ; i++) xchain.state.set('k' + i, 'v'.repeat(1000));", ['out_of_gas', 'revert', 'error', 'resource']),
  p('many_reads', 'state', "let n = 0; for (;;) n += (xchain.state.get('k' + n) || '').length;", ['out_of_gas']),

  // Prototype pollution of the bridge and the intrinsics.
  p('pollute_object_proto', 'pollution', "Object.prototype.polluted = 'yes'; return ({}).polluted;", ['error'], /not extensible/),
  p('override_array_push', 'pollution', 'Array.prototype.push = function () { return 0; }; return [].push(1);', ['error'], /read only/),
  p('define_on_object_proto', 'pollution', "Object.defineProperty(Object.prototype, 'toJSON', { value: () => 'forged' }); return 1;", ['error'], /not extensible|Cannot define/),
  p('tojson_on_result', 'pollution', "return { toJSON() { return 'forged-but-own'; } };", ['ok'], /^"forged-but-own"$/),
  p('override_string_indexof', 'pollution', "String.prototype.indexOf = () => 0; return 'a'.indexOf('b');", ['error'], /read only/),
  p('override_json_stringify', 'pollution', 'JSON.stringify = () => "forged"; return 1;', ['error'], /read only/),
  p('override_xchain_state', 'pollution', "xchain.state.set = () => null; xchain.state.set('k', 'v'); return 1;", ['error'], /read only/),
  p('setproto_of_intrinsic', 'pollution', 'Object.setPrototypeOf(Array.prototype, null); return 1;', ['error']),
  p('msg_proto_pollution', 'pollution', "const m = Object.getPrototypeOf(msg); m.polluted = 1; return ({}).polluted === undefined;", ['error', 'ok']),
  p('species_override', 'pollution', 'class A extends Array { static get [Symbol.species]() { return Array; } } const a = new A(); a.push(1, 2); return a.map((x) => x * 2);', ['ok'], /^\[2,4\]$/),

  // Sandbox escapes: constructor chains of every function kind, and the host's reflective surfaces.
  p('ctor_function', 'escape', "return (function () {}).constructor('return process')();", ['error'], /not a function|not defined/),
  p('ctor_arrow', 'escape', "return (() => 0).constructor('return process')();", ['error'], /not a function|not defined/),
  p('ctor_class', 'escape', "return (class {}).constructor('return process')();", ['error'], /not a function|not defined/),
  p('ctor_bound', 'escape', "return (function () {}).bind(null).constructor('return process')();", ['error'], /not a function|not defined/),
  p('ctor_method', 'escape', "return ({ m() {} }).m.constructor('return process')();", ['error'], /not a function|not defined/),
  p('ctor_bridge_fn', 'escape', "return xchain.state.get.constructor('return process')();", ['error'], /not a function|not defined/),
  p('ctor_via_error', 'escape', "try { null.x; } catch (e) { return e.constructor.constructor('return process')(); }", ['error'], /not a function|not defined/),
  deploy('ctor_async', 'module.exports = { execute() { return (async () => 0).constructor("return 1")(); } };', /async/),
  deploy('ctor_generator', 'module.exports = { execute() { return (function* () {}).constructor("return 1")(); } };', /generator/),
  deploy('ctor_async_generator', 'module.exports = { execute() { return (async function* () {}).constructor("return 1")(); } };', /async|generator/),
  deploy('dynamic_import', 'module.exports = { execute() { return import("fs"); } };', /import/),
  p('webassembly', 'escape', 'return typeof WebAssembly.Module;', ['error'], /not defined/),
  p('atomics', 'escape', 'return Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);', ['error'], /not defined/),
  p('shared_array_buffer', 'escape', 'return new SharedArrayBuffer(8).byteLength;', ['error'], /not defined/),
  p('proxy', 'escape', 'return new Proxy({}, {});', ['error'], /not defined/),
  p('getter_trap_on_bridge_arg', 'escape', "const k = { toString() { for (;;) {} } }; xchain.state.set(k, 'v'); return 1;", ['out_of_gas', 'error', 'revert']),
  p('getter_trap_on_emit', 'escape', "xchain.emit.event('e', { get a() { return process; } }); return 1;", ['error', 'revert']),
  p('prepare_stack_trace', 'escape', 'Error.prepareStackTrace = (e, frames) => frames; return new Error("x").stack;', ['error'], /not extensible|read only/),
  p('error_stack', 'escape', "return String(new Error('x').stack);", ['ok', 'error']),
  p('callee_caller', 'escape', 'return (function () { return arguments.callee.caller; })();', ['error'], /callee|caller|strict/),
  p('global_this', 'escape', 'return typeof globalThis.process;', ['error'], /not defined/),
  p('sloppy_this', 'escape', 'return (function () { return this; })() === undefined;', ['ok'], /^true$/),
  p('host_fn_tostring', 'escape', 'return String(xchain.state.get);', ['ok', 'error']),
  p('eval_direct', 'escape', "return eval('1');", ['error'], /not defined/),
  p('require', 'escape', "return require('fs');", ['error'], /not defined/),
  deploy('gas_helper_name', 'module.exports = { execute() { return typeof __gas; } };', /__gas/),
  deploy('gas_helper_overwrite', 'module.exports = { execute() { __gas = () => 0; return 1; } };', /__gas/),
  deploy('gas_helper_member', 'module.exports = { execute() { const g = __gas; g.mul = (a, b) => 0n; return String(3n * 3n); } };', /__gas/),
  p('gas_helper_via_caller', 'escape', 'const o = { valueOf() { return (function f() { return f.caller; })(); } }; return typeof (o * 2n);', ['error'], /caller|strict|BigInt/),
  p('gas_helper_via_valueof_args', 'escape', 'const o = { valueOf() { return arguments.callee; } }; return o + 1;', ['error'], /callee|strict/),
  p('gas_helper_bigint_ctor_proto', 'escape', "BigInt.prototype.toString = () => 'x'; return 1;", ['error'], /read only/),
  p('gas_helper_string_ctor', 'escape', "String.fromCharCode = () => 'x'; return 1;", ['error'], /read only|not extensible/),
  p('process_env', 'escape', 'return process.env;', ['error'], /not defined/),
];

/** Text that must never appear in a result or an error: the host's paths and objects. */
export const LEAK = /\/work\/|node_modules|isolated-vm|\[object process\]|at Object\.<anonymous> \(node:/;
