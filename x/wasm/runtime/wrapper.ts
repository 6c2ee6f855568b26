import { GATEWAY_GROUPS } from './bridge.ts';
import { BIGINT_GAS, BUILTIN_GAS, BUILTIN_LIMITS } from './sandbox.ts';

/**
 * The contract wrapper: the in-isolate half of every call. It owns the only Function reference (from the
 * sandbox), compiles a contract's metered source into a factory `(module, exports, xchain)` (`__gas` is in
 * its closure) once per isolate and block (the compile cache, keyed `contractIndex:codeHash`), runs the
 * factory afresh for every
 * call (so nothing a contract builds survives the call), routes to the exported entry point and returns an
 * encoded outcome string. It never throws: the host reads everything from the returned string.
 *
 * Outcome encoding (the bridge protocol's contract side):
 *   '\x02' + <metering points not yet charged> + '\x00' + <JSON of the return value, '' for undefined>
 *   '\x03' + <metering points not yet charged> + '\x00' + <kind> + ':' + <message>
 * where kind is 'error' (the contract threw), 'depth' (call depth limit) or 'stack' (V8 stack overflow).
 * '\x00' cannot occur raw in JSON text, so the split is unambiguous.
 *
 * Gas: `__gas` counts metering points locally and settles them with the host's GasTracker at every gateway
 * call, when the local allowance (the tracker's remaining units, as of the last settlement) runs out, and
 * at the end. The charges are identical to charging every point on the host, without a boundary crossing
 * per point. Once anything fatal happens (gas, a gateway error, a depth or stack error) `dead` is set and
 * every further `__gas` call — at every catch, finally and loop — rethrows it, so a contract cannot catch
 * its way past it.
 */

export const MAX_CALL_DEPTH = 200;

/**
 * Accounted bytes one call may allocate through the charged builtins (sandbox.ts, BUILTIN_GAS), cumulative
 * over the call. Crossing it is fatal like gas ('budget'): the outcome is decided by this count, never by
 * V8's heap, whose limit (isolate.ts) stays far above it as a backstop.
 */
export const MEMORY_BUDGET_BYTES = 64 * 1024 * 1024;

/** Longest JSON text of a return value, chars; also charged per byte (RETURN_BYTES_PER_UNIT). */
export const MAX_RETURN_CHARS = 1024 * 1024;

/** `function (P, host) → { run, clear }`; P are the sandbox's privates, host the bridge Reference. */
export const WRAPPER_SOURCE = String.raw`function wrapper(P, host) {
  'use strict';
  const F = P.Function, RangeErr = P.RangeError, Err = P.Error, freeze = P.freeze;
  const parse = P.parse, stringify = P.stringify, isArray = P.isArray, Str = P.String;
  const MAX_DEPTH = ${MAX_CALL_DEPTH}, BUDGET = ${MEMORY_BUDGET_BYTES}, MAX_RETURN = ${MAX_RETURN_CHARS};
  const sIndexOf = P.indexOf, sSlice = P.slice;
  const factories = new P.Map();
  let cur = null;

  function settle(c, name, args) {
    const p = c.pending;
    c.pending = 0;
    let r;
    try {
      r = host.applySync(undefined, [name, args, p]);
    } catch (e) {
      c.dead = e;
      throw e;
    }
    const i = P.apply(sIndexOf, r, ['\x01']);
    c.left = +P.apply(sSlice, r, [0, i]);
    return P.apply(sSlice, r, [i + 1]);
  }
  function rangeError(message) {
    throw new P.RangeError(message);
  }
  function fatal(c, kind, message) {
    c.fatal = kind;
    c.dead = new Err(message);
    throw c.dead;
  }
  const gas = function (n) {
    const c = cur;
    if (c.dead) throw c.dead;
    c.pending += n;
    if (c.pending > c.left) settle(c, 'gas', '');
  };
  gas.e = function () {
    const c = cur;
    if (c.dead) throw c.dead;
    c.pending += 1;
    if (c.pending > c.left) settle(c, 'gas', '');
    if (++c.depth > MAX_DEPTH) fatal(c, 'depth', 'call depth exceeds ' + MAX_DEPTH);
  };
  gas.x = function () {
    cur.depth--;
  };
  gas.c = function (e) {
    const c = cur;
    if (c.dead) throw c.dead;
    if (e instanceof RangeErr && e.message === 'Maximum call stack size exceeded') fatal(c, 'stack', 'stack overflow');
    c.pending += 1;
    if (c.pending > c.left) settle(c, 'gas', '');
  };
  // Object spread (metering.ts): charge for what is copied, refuse what the sandbox caps elsewhere.
  gas.s = function (x) {
    const n = typeof x === 'string' || isArray(x) ? x.length : 0;
    if (n > ${BUILTIN_LIMITS.elements}) rangeError('object spread: source length ' + n + ' exceeds the contract limit of ${BUILTIN_LIMITS.elements}');
    gas(1 + (n >> 4));
    return x;
  };
  // BigInt operators (metering.ts rewrites + - * / % ** << >> and their compound assignments to these):
  // a number or string operand takes the native path at once; bigint operands are sized (P.big, exact bit
  // lengths), charged from those sizes, and a result over the contract limit is refused. Mixed
  // bigint/number operands throw V8's own TypeError.
  const big = P.big, bits = big.bits, MAXB = big.max, bigConv = big.conv;
  const lim = (b) => (b + 63) >> 6;
  const capped = (what, r) => {
    if (typeof r === 'bigint') { const b = bits(r); if (b > MAXB) throw big.tooBig(what, b); }
    return r;
  };
  function linear(a, b, what, f) {
    if (typeof a === 'bigint' && typeof b === 'bigint') {
      gas(1 + ((lim(bits(a)) + lim(bits(b))) >> ${BIGINT_GAS.linearShift}));
      return capped(what, f(a, b));
    }
    if (typeof a === 'bigint') bigConv(a);
    if (typeof b === 'bigint') bigConv(b);
    return f(a, b);
  }
  const fAdd = (a, b) => a + b, fSub = (a, b) => a - b;
  gas.add = function (a, b) {
    if (typeof a !== 'bigint' && typeof b !== 'bigint') return a + b;
    return linear(a, b, 'addition', fAdd);
  };
  gas.sub = function (a, b) {
    if (typeof a !== 'bigint' || typeof b !== 'bigint') return a - b;
    return linear(a, b, 'subtraction', fSub);
  };
  function quadratic(a, b) {
    const la = lim(bits(a)), lb = lim(bits(b));
    gas(1 + ((la * lb) >> ${BIGINT_GAS.mulShift}) + ((la + lb) >> ${BIGINT_GAS.linearShift}));
  }
  gas.mul = function (a, b) {
    if (typeof a !== 'bigint' || typeof b !== 'bigint') return a * b;
    const ba = bits(a), bb = bits(b);
    if (ba > 0 && bb > 0 && ba + bb - 1 > MAXB) throw big.tooBig('multiplication', ba + bb - 1);
    quadratic(a, b);
    return capped('multiplication', a * b);
  };
  gas.div = function (a, b) {
    if (typeof a !== 'bigint' || typeof b !== 'bigint') return a / b;
    quadratic(a, b);
    return a / b;
  };
  gas.mod = function (a, b) {
    if (typeof a !== 'bigint' || typeof b !== 'bigint') return a % b;
    quadratic(a, b);
    return a % b;
  };
  gas.pow = function (a, b) {
    if (typeof a !== 'bigint' || typeof b !== 'bigint' || b < 0n) return a ** b;
    const ba = bits(a);
    if (ba <= 1 || b <= 1n) { gas(1 + (lim(ba) >> ${BIGINT_GAS.linearShift})); return a ** b; }
    if (b > ${BUILTIN_LIMITS.bigintBits}n) throw big.tooBig('exponentiation', 'more than ' + MAXB);
    const e = +Str(b), lower = (ba - 1) * e + 1;
    if (lower > MAXB) throw big.tooBig('exponentiation', lower);
    const r = lim(ba * e);
    gas(1 + ((r * r) >> ${BIGINT_GAS.powShift}));
    return capped('exponentiation', a ** b);
  };
  function shift(a, s, what) {
    // s: the left-shift count (negative: a right shift).
    const ba = bits(a);
    if (ba > 0 && s > 0n) {
      if (s > ${BUILTIN_LIMITS.bigintBits}n) throw big.tooBig(what, 'more than ' + MAXB);
      const res = ba + +Str(s);
      if (res > MAXB) throw big.tooBig(what, res);
      gas(1 + ((lim(ba) + lim(res)) >> ${BIGINT_GAS.linearShift}));
    } else gas(1 + (lim(ba) >> ${BIGINT_GAS.linearShift}));
    return s >= 0n ? a << s : a >> -s;
  }
  gas.shl = function (a, b) {
    if (typeof a !== 'bigint' || typeof b !== 'bigint') return a << b;
    return shift(a, b, 'left shift');
  };
  gas.shr = function (a, b) {
    if (typeof a !== 'bigint' || typeof b !== 'bigint') return a >> b;
    return shift(a, -b, 'right shift');
  };
  // A computed key, template substitution or \`in\` operand. A bigint is converted to a string natively:
  // charged by size. A string key may add a property to a dictionary-mode object (o['k' + i] = i grows it
  // natively, ~1 us a key): 1 unit, plus 1 per 64 chars hashed. Numbers (array indexes) stay free.
  gas.k = function (v) {
    if (typeof v === 'string') P.meter.charge(1 + (v.length >> 6));
    else if (typeof v === 'bigint') bigConv(v);
    return v;
  };
  const OPS = freeze({ add: gas.add, sub: gas.sub, mul: gas.mul, div: gas.div, mod: gas.mod, pow: gas.pow, shl: gas.shl, shr: gas.shr });
  // \`o[k] op= y\` with o and k evaluated once (metering.ts).
  gas.m = function (o, k, op, y) {
    return (o[k] = OPS[op](o[k], y));
  };
  freeze(gas);
  // Regexp match attempts are charged by the sandbox's exec through this hook (regexp.ts).
  P.meter.charge = function (n) {
    const c = cur;
    if (c === null) return;
    if (c.dead) throw c.dead;
    c.pending += n;
    if (c.pending > c.left) settle(c, 'gas', '');
  };
  // Bytes a builtin allocates: accounted against the budget, then charged like computation.
  P.meter.alloc = function (bytes) {
    const c = cur;
    if (c === null) return;
    if (c.dead) throw c.dead;
    c.mem += bytes;
    if (c.mem > BUDGET) fatal(c, 'budget', 'memory budget exceeded: the call allocated more than ' + BUDGET + ' accounted bytes');
    c.pending += (bytes + ${BUILTIN_GAS.bytesPerUnit - 1}) / ${BUILTIN_GAS.bytesPerUnit} | 0;
    if (c.pending > c.left) settle(c, 'gas', '');
  };

  // The gateway: each xchain function forwards its JSON-encoded arguments to the host.
  function bridge(name) {
    return function () {
      const a = [];
      for (let i = 0; i < arguments.length; i++) a[i] = arguments[i] === undefined ? null : arguments[i];
      const r = settle(cur, name, stringify(a));
      return r === '' ? undefined : parse(r);
    };
  }
  function group(prefix, methods) {
    const o = {};
    for (let i = 0; i < methods.length; i++) o[methods[i]] = bridge(prefix + methods[i]);
    return freeze(o);
  }
  const GATEWAY = ${JSON.stringify({ groups: GATEWAY_GROUPS })};
  const shared = {};
  for (let i = 0; i < GATEWAY.groups.length; i++) shared[GATEWAY.groups[i][0]] = group(GATEWAY.groups[i][0] + '.', GATEWAY.groups[i][1]);
  const log = bridge('log');
  const revert = bridge('revert');
  const require = function (cond, reason) {
    if (!cond) revert(reason === undefined ? 'requirement failed' : reason);
  };

  function describe(e) {
    try {
      if (e !== null && typeof e === 'object') {
        const n = e.name, m = e.message;
        return (typeof n === 'string' ? n : 'Error') + ': ' + (typeof m === 'string' ? m : '');
      }
      if (typeof e === 'string') return e;
      if (typeof e === 'number' || typeof e === 'boolean' || typeof e === 'bigint') return 'thrown ' + Str(e);
      return 'thrown ' + typeof e;
    } catch (_) {
      return 'unprintable error';
    }
  }

  function run(key, src, keep, method, msgJson, envJson, left) {
    // Compiling happens outside any call (cur is null): nothing it does internally may be charged, or
    // the first call of a block would cost more than the next.
    let fac = factories.get(key);
    if (fac === undefined) {
      if (src === null) return '\x04';
      try {
        // __gas is closed over, not a parameter of the contract's own function: the arguments object of
        // a contract's top level must not hand it the meter.
        fac = F('__gas', "'use strict';\nreturn function (module, exports, xchain) {'use strict';\n" + src + '\n};')(gas);
      } catch (e) {
        return '\x030\x00error:' + describe(e);
      }
      if (keep) factories.set(key, fac);
    }
    const c = { pending: 0, left: left, depth: 0, dead: null, fatal: null, mem: 0 };
    cur = c;
    try {
      const env = parse(envJson);
      const funds = [];
      for (let i = 0; i < env.funds.length; i++) funds[i] = freeze({ denom: env.funds[i].denom, amount: env.funds[i].amount });
      env.funds = freeze(funds);
      const x = { context: freeze(env), log: log, revert: revert, require: require };
      for (let i = 0; i < GATEWAY.groups.length; i++) x[GATEWAY.groups[i][0]] = shared[GATEWAY.groups[i][0]];
      const xchain = freeze(x);
      const module = { exports: {} };
      gas(1);
      fac(module, module.exports, xchain);
      const exp = module.exports;
      const msg = parse(msgJson);
      let result;
      if (typeof exp === 'function') {
        result = exp(msg, method);
      } else if (exp !== null && typeof exp === 'object') {
        const fn = exp[method];
        if (typeof fn !== 'function') throw new Err('unknown method ' + method);
        result = P.apply(fn, exp, [msg]);
      } else {
        throw new Err('contract must export a function or object');
      }
      if (c.dead) throw c.dead;
      if (result !== undefined) P.measure(result, MAX_RETURN, 'return value');
      if (c.dead) throw c.dead;
      const out = result === undefined ? '' : stringify(result);
      if (c.dead) throw c.dead;
      if (out !== undefined && out.length > MAX_RETURN) throw new RangeErr('return value: ' + out.length + ' characters of JSON exceeds the contract limit of ' + MAX_RETURN);
      return '\x02' + c.pending + '\x00' + (out === undefined ? '' : out);
    } catch (e) {
      // A stack overflow in native code (JSON.stringify of a deep structure) is as fatal as one in metered code.
      if (!c.fatal && e instanceof RangeErr && e.message === 'Maximum call stack size exceeded') c.fatal = 'stack';
      return '\x03' + c.pending + '\x00' + (c.fatal || 'error') + ':' + describe(e);
    } finally {
      cur = null;
    }
  }
  function clear() {
    factories.clear();
  }
  return freeze({ run: run, clear: clear });
}`;
