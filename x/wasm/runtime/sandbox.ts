/**
 * The sandbox: runs inside each fresh isolate before anything else and leaves a context in which only
 * deterministic, frozen, allowlisted things are reachable.
 *
 *  - Globals are an allowlist (PRESERVED_GLOBALS, XChain's list): everything else — timers, Date, Promise,
 *    Proxy, Reflect, WeakRef, FinalizationRegistry, SharedArrayBuffer, Atomics, WebAssembly, eval, Intl,
 *    console, typed arrays, globalThis itself — is deleted.
 *  - Math is replaced by a frozen deterministic subset (no random).
 *  - Every constructor that turns a string into code is killed: Function, and the async, generator and
 *    async-generator function constructors reachable through `(function*(){}).constructor` and friends.
 *    The wrapper gets the only Function reference, privately (returned from here, never a global).
 *  - Shared mutable state is removed: RegExp's legacy statics (RegExp.$1, lastMatch…), locale-dependent
 *    methods (localeCompare, toLocale*), Error.captureStackTrace; stack traces are turned off
 *    (stackTraceLimit 0), so error text never depends on engine internals.
 *  - RegExp is the validating constructor of regexp.ts (patterns must have a linear-time engine) and every
 *    match attempt is charged through a meter the wrapper plugs in (privates.meter).
 *  - Every step of a native iteration is metered, and the builtins that size one big allocation from a
 *    number or a cheap huge string are capped (BUILTIN_LIMITS): V8 answers some oversized allocations by
 *    aborting the process, whatever isolated-vm's memory limit says.
 *  - Promise-returning builtins that need no async syntax (Array.fromAsync) are removed.
 *  - Every reachable intrinsic (constructors, prototypes, iterator and generator prototypes, the global
 *    object) is frozen, so no call can leave anything behind for the next call or another contract in a
 *    warm isolate. The handful of prototype properties that ordinary code assigns on its own objects
 *    (`this.name = …` in an Error subclass, `obj.toString = …`) become accessors that create the own
 *    property instead of failing (the "override mistake" fix).
 */

import { REGEXP_GAS, REGEXP_RULE } from './regexp.ts';

/** XChain's preserved globals. Math is replaced, the three value properties cannot be deleted anyway. */
export const PRESERVED_GLOBALS = Object.freeze([
  'Array',
  'Object',
  'String',
  'Number',
  'Boolean',
  'BigInt',
  'JSON',
  'Map',
  'Set',
  'Symbol',
  'Error',
  'RegExp',
  'parseInt',
  'parseFloat',
  'Math',
  'undefined',
  'NaN',
  'Infinity',
]);

/**
 * Caps on the builtins that size one allocation from a number or from a huge string a contract can make
 * for almost no gas (`'x'.repeat(n)`, string ropes). Past them V8 may abort the process outright.
 */
/** Gas units per Set.add / Map.set (on top of the call itself). */
export const COLLECTION_ADD_GAS = 3;

export const BUILTIN_LIMITS = Object.freeze({
  /** Array.prototype.fill: longest array. */
  fill: 1 << 20,
  /** repeat / padStart / padEnd: longest result. */
  string: 1 << 24,
  /** split with a string separator: longest input. */
  split: 1 << 22,
  /** JSON.parse: longest input. */
  parse: 1 << 22,
  /** concat / flat / flatMap results, Object.assign sources, object spread: most elements. */
  elements: 1 << 22,
  /** JSON.stringify: longest output (estimated by a charged pre-walk before V8 builds it). */
  stringify: 1 << 22,
  /** BigInt(string), parseInt, parseFloat, Number(string): longest input. */
  numeric: 1 << 12,
  /** BigInt arithmetic, BigInt.asUintN/asIntN: most bits of a result. */
  bigintBits: 1 << 16,
});

/**
 * BigInt work, in gas units from operand sizes in 64-bit limbs (L), charged before the work: addition,
 * subtraction and shifts are linear (L/16), multiplication and division quadratic (La*Lb/64), a decimal
 * conversion (toString, String(), templates, property keys) quadratic too (L*L/16: V8's is ~6 ms at
 * 65,536 bits). Values of at most 2 limbs cost nothing extra, so ordinary 128-bit amounts stay free.
 */
export const BIGINT_GAS = Object.freeze({ linearShift: 4, mulShift: 6, convShift: 4, powShift: 5 });

/**
 * What the native part of a builtin costs, charged before the work from the sizes of its inputs (and,
 * where the output can outgrow them, from a bound on the output). Scanning costs 1 unit per `scanChars`
 * characters or `scanElements` elements (and a replace 1 per `matchesPerUnit` possible matches); case mapping
 * and normalization are slower per character.
 * Every allocation a builtin makes is also accounted in bytes against the call's memory budget
 * (wrapper.ts, MEMORY_BUDGET) and charged 1 unit per `bytesPerUnit`.
 */
export const BUILTIN_GAS = Object.freeze({ scanChars: 64, heavyChars: 8, scanElements: 8, matchesPerUnit: 4, keysPerUnit: 2, bytesPerUnit: 64, charBytes: 2, elementBytes: 8, propertyBytes: 16 });

export const MATH_SUBSET = Object.freeze(['floor', 'ceil', 'round', 'abs', 'min', 'max', 'sqrt', 'pow', 'sign', 'trunc', 'log', 'log2', 'log10']);

/** `function (g) → privates`; evaluated once per isolate by the boot script (isolate.ts). */
export const SANDBOX_SOURCE = String.raw`function sandbox(g) {
  'use strict';
  const O = Object;
  const names = O.getOwnPropertyNames, syms = O.getOwnPropertySymbols, desc = O.getOwnPropertyDescriptor;
  const def = O.defineProperty, proto = O.getPrototypeOf, freeze = O.freeze;
  const apply = Reflect.apply, hasOwn = O.prototype.hasOwnProperty;
  const TypeErr = g.TypeError;
  const keep = new Set(${JSON.stringify(PRESERVED_GLOBALS)});

  // The wrapper plugs the current call's gas into meter.charge; nothing else can reach this object.
  const meter = { charge: null, alloc: null };
  const privates = ({
    Function: g.Function, RangeError: g.RangeError, Error: g.Error, Map: g.Map, String: g.String,
    freeze, parse: g.JSON.parse, stringify: g.JSON.stringify, isArray: g.Array.isArray, apply, meter, measure: null,
    indexOf: g.String.prototype.indexOf, slice: g.String.prototype.slice, big: null,
  });

  // Intrinsics no global names: the roots of the hardening walk besides the global object.
  const AsyncFunction = proto(async function () {}).constructor;
  const GeneratorFunction = proto(function* () {}).constructor;
  const AsyncGeneratorFunction = proto(async function* () {}).constructor;
  const hidden = [
    AsyncFunction, GeneratorFunction, AsyncGeneratorFunction,
    proto((function* () {})()), proto((async function* () {})()),
    proto([][Symbol.iterator]()), proto(''[Symbol.iterator]()),
    proto(new g.Map()[Symbol.iterator]()), proto(new g.Set()[Symbol.iterator]()),
    proto(/a/[Symbol.matchAll]('')), proto((async function () {})()),
    desc((function () { return arguments; })(), 'callee').get,
  ];

  // No string becomes code: every function constructor's prototype forgets its constructor.
  for (const F of [g.Function, AsyncFunction, GeneratorFunction, AsyncGeneratorFunction]) {
    def(F.prototype, 'constructor', { value: undefined, writable: false, enumerable: false, configurable: true });
  }

  // Process-wide mutable or locale-dependent state.
  for (const k of names(g.RegExp)) {
    if (k !== 'length' && k !== 'name' && k !== 'prototype' && !delete g.RegExp[k]) throw new TypeErr('cannot remove RegExp.' + k);
  }
  const drop = [
    [g.String.prototype, 'localeCompare'], [g.String.prototype, 'toLocaleUpperCase'], [g.String.prototype, 'toLocaleLowerCase'],
    [g.Number.prototype, 'toLocaleString'], [g.BigInt.prototype, 'toLocaleString'], [g.Array.prototype, 'toLocaleString'],
    [g.Object.prototype, 'toLocaleString'], [g.Error, 'captureStackTrace'],
  ];
  for (const [o, k] of drop) if (!delete o[k]) throw new TypeErr('cannot remove ' + k);
  g.Error.stackTraceLimit = 0;

  // RegExp: only linear-time patterns, and every match attempt metered (regexp.ts).
  const RealRegExp = g.RegExp, RP = RealRegExp.prototype, SyntaxErr = g.SyntaxError, Str = g.String;
  const sourceOf = desc(RP, 'source').get, flagsOf = desc(RP, 'flags').get;
  const globalOf = desc(RP, 'global').get, stickyOf = desc(RP, 'sticky').get, realExec = RP.exec;
  const mathCeil = g.Math.ceil, mathFloor = g.Math.floor, mathLog2 = g.Math.log2;
  function linear(p, f) {
    try {
      new RealRegExp(p, f + 'l');
    } catch (e) {
      throw new SyntaxErr('/' + p + '/' + f + ': ${REGEXP_RULE}');
    }
  }
  const RegExpCtor = function RegExp(pattern, flags) {
    let p, f;
    if (pattern instanceof RealRegExp) {
      p = apply(sourceOf, pattern, []);
      f = flags === undefined ? apply(flagsOf, pattern, []) : Str(flags);
    } else {
      p = pattern === undefined ? '' : Str(pattern);
      f = flags === undefined ? '' : Str(flags);
    }
    linear(p, f);
    return new RealRegExp(p, f);
  };
  RegExpCtor.prototype = RP;
  def(RP, 'constructor', { value: RegExpCtor, writable: true, enumerable: false, configurable: true });
  def(RP, 'exec', {
    value: function exec(s) {
      const str = Str(s);
      const li = this.lastIndex;
      const start = typeof li === 'number' && (apply(globalOf, this, []) || apply(stickyOf, this, [])) ? li : 0;
      const m = apply(realExec, this, [str]);
      const end = m === null ? str.length : m.index + m[0].length;
      const consumed = end > start ? end - start : 0;
      if (meter.charge !== null) meter.charge(${REGEXP_GAS.base} + mathCeil((consumed * (apply(sourceOf, this, []).length + 1)) / ${REGEXP_GAS.charsPerUnit}));
      return m;
    },
    writable: true, enumerable: false, configurable: true,
  });
  if (!delete RP.compile) throw new TypeErr('cannot remove RegExp.prototype.compile');

  // Bulk builtins (see BUILTIN_LIMITS). Native iteration is metered per step; builtins that size one
  // allocation from a number or from a cheap huge string are capped, because V8 answers some oversized
  // allocations (a 1 GB fill, a split into 2^27 pieces, a hash table outgrowing the heap) by aborting the
  // whole process, memory limit or not.
  const RangeErr = g.RangeError, isArray = g.Array.isArray, Num = g.Number, AP = g.Array.prototype, SP = g.String.prototype;
  const L = ${JSON.stringify(BUILTIN_LIMITS)};
  const method = (obj, name, fn) => def(obj, name, { value: fn, writable: true, enumerable: false, configurable: true });
  const charge = (n) => { if (meter.charge !== null) meter.charge(n); };
  const tooBig = (what, n, max) => new RangeErr(what + ': ' + n + ' exceeds the contract limit of ' + max);
  const sizeOf = (x) => (typeof x === 'string' || isArray(x) ? x.length : 0);
  // Every step of a native iteration (for-of, spread, Array.from, new Set(iterable), destructuring...).
  for (const p of [proto([][Symbol.iterator]()), proto(''[Symbol.iterator]()), proto(new g.Map()[Symbol.iterator]()), proto(new g.Set()[Symbol.iterator]()), proto(/a/[Symbol.matchAll](''))]) {
    const realNext = p.next;
    method(p, 'next', function next() { charge(1); return apply(realNext, this, []); });
  }
  // Growing a hash table is the costliest thing a step can do (and past the heap limit, a crash): Set.add
  // and Map.set, which the constructors from iterables call too, cost COLLECTION_ADD_GAS each.
  for (const [C, name] of [[g.Set, 'add'], [g.Map, 'set']]) {
    const real = C.prototype[name];
    method(C.prototype, name, function () { charge(${COLLECTION_ADD_GAS}); return apply(real, this, arguments); });
  }
  const realFill = AP.fill;
  method(AP, 'fill', function fill(value, start, end) {
    if (!isArray(this)) throw new TypeErr('Array.prototype.fill: contracts may fill arrays only');
    if (this.length > L.fill) throw tooBig('Array.prototype.fill: length', this.length, L.fill);
    return apply(realFill, this, [value, start, end]);
  });
  const realConcat = AP.concat;
  method(AP, 'concat', function concat(...items) {
    let n = isArray(this) ? this.length : 1;
    for (let i = 0; i < items.length; i++) n += isArray(items[i]) ? items[i].length : 1;
    if (n > L.elements) throw tooBig('Array.prototype.concat: result length', n, L.elements);
    return apply(realConcat, this, items);
  });
  for (const name of ['flat', 'flatMap']) {
    const real = AP[name];
    method(AP, name, function () {
      if (!isArray(this)) throw new TypeErr('Array.prototype.' + name + ': contracts may flatten arrays only');
      let n = 0;
      for (const v of this) n += isArray(v) ? v.length : 1;
      if (n > L.elements) throw tooBig('Array.prototype.' + name + ': result length', n, L.elements);
      return apply(real, this, arguments);
    });
  }
  const realRepeat = SP.repeat, realPadStart = SP.padStart, realPadEnd = SP.padEnd, realSplit = SP.split;
  method(SP, 'repeat', function repeat(count) {
    const str = Str(this), n = Num(count);
    if (str.length * n > L.string) throw tooBig('String.prototype.repeat: result length', str.length * n, L.string);
    if (str.length * n > 0) { charge(1 + mathCeil((str.length * n) / ${BUILTIN_GAS.scanChars})); alloc(str.length * n * ${BUILTIN_GAS.charBytes}); }
    return apply(realRepeat, str, [n]);
  });
  method(SP, 'padStart', function padStart(maxLength, fill) {
    const n = Num(maxLength);
    if (n > L.string) throw tooBig('String.prototype.padStart: length', n, L.string);
    if (n > 0) { charge(1 + mathCeil(n / ${BUILTIN_GAS.scanChars})); alloc(n * ${BUILTIN_GAS.charBytes}); }
    return apply(realPadStart, Str(this), [n, fill]);
  });
  method(SP, 'padEnd', function padEnd(maxLength, fill) {
    const n = Num(maxLength);
    if (n > L.string) throw tooBig('String.prototype.padEnd: length', n, L.string);
    if (n > 0) { charge(1 + mathCeil(n / ${BUILTIN_GAS.scanChars})); alloc(n * ${BUILTIN_GAS.charBytes}); }
    return apply(realPadEnd, Str(this), [n, fill]);
  });
  method(SP, 'split', function split(separator, limit) {
    if (separator !== null && (typeof separator === 'object' || typeof separator === 'function') && separator[Symbol.split] !== undefined) {
      return apply(realSplit, this, [separator, limit]);
    }
    const str = Str(this);
    if (str.length > L.split) throw tooBig('String.prototype.split: input length', str.length, L.split);
    charge(1 + (str.length >> 6));
    const parts = apply(realSplit, str, [separator, limit]);
    alloc(parts.length * ${BUILTIN_GAS.elementBytes} + str.length * ${BUILTIN_GAS.charBytes});
    return parts;
  });
  const realParse = g.JSON.parse;
  method(g.JSON, 'parse', function parse(text, reviver) {
    const t = Str(text);
    if (t.length > L.parse) throw tooBig('JSON.parse: input length', t.length, L.parse);
    charge(1 + (t.length >> 6));
    alloc(t.length * ${BUILTIN_GAS.elementBytes});
    return apply(realParse, g.JSON, [t, reviver]);
  });
  const realAssign = O.assign;
  method(O, 'assign', function assign(target, ...sources) {
    for (let i = 0; i < sources.length; i++) if (sizeOf(sources[i]) > L.elements) throw tooBig('Object.assign: source length', sizeOf(sources[i]), L.elements);
    return apply(realAssign, O, [target, ...sources]);
  });
  // Input-sized charges (BUILTIN_GAS) for every builtin whose native work grows with its input.
  const G = ${JSON.stringify(BUILTIN_GAS)};
  const alloc = (bytes) => { if (meter.alloc !== null) meter.alloc(bytes); };
  const strLen = (x) => (typeof x === 'string' ? x.length : 0);
  const lenOf = (o) => { const n = o === null || o === undefined ? 0 : Num(o.length); return n === n && n > 0 ? n : 0; };
  const scanStr = (n, heavy) => charge(1 + mathCeil(n / (heavy ? G.heavyChars : G.scanChars)));
  const allocStr = (r) => { if (typeof r === 'string') alloc(r.length * G.charBytes); return r; };
  const allocArr = (r) => { if (isArray(r)) alloc(r.length * G.elementBytes); return r; };
  const HEAVY = new Set(['toLowerCase', 'toUpperCase', 'normalize', 'toWellFormed', 'isWellFormed']);
  for (const name of ['at', 'charAt', 'charCodeAt', 'codePointAt', 'endsWith', 'includes', 'indexOf', 'lastIndexOf', 'startsWith',
    'slice', 'substring', 'substr', 'trim', 'trimStart', 'trimEnd', 'isWellFormed', 'toWellFormed', 'normalize', 'toLowerCase',
    'toUpperCase', 'match', 'matchAll', 'search', 'toString', 'valueOf']) {
    const real = SP[name];
    if (typeof real !== 'function') continue;
    const heavy = HEAVY.has(name);
    method(SP, name, function () {
      let n = typeof this === 'string' ? this.length : lenOf(this);
      for (let i = 0; i < arguments.length; i++) n += strLen(arguments[i]);
      scanStr(n, heavy);
      const r = apply(real, this, arguments);
      return name === 'toString' || name === 'valueOf' || name === 'at' || name === 'charAt' ? r : allocStr(r);
    });
  }
  const realSConcat = SP.concat;
  method(SP, 'concat', function concat(...items) {
    const str = Str(this);
    let n = str.length;
    for (let i = 0; i < items.length; i++) { if (typeof items[i] === 'bigint') bigConv(items[i]); items[i] = Str(items[i]); n += items[i].length; }
    if (n > L.string) throw tooBig('String.prototype.concat: result length', n, L.string);
    scanStr(n, false);
    alloc(n * G.charBytes);
    return apply(realSConcat, str, items);
  });
  // replace / replaceAll: the output is bounded before V8 builds it. '$' patterns can insert the whole
  // input per match; a replacer function's results are summed as it returns them.
  const dollars = (r) => { let k = 0; for (let i = r.indexOf('$'); i >= 0; i = r.indexOf('$', i + 1)) k++; return k; };
  for (const name of ['replace', 'replaceAll']) {
    const real = SP[name];
    method(SP, name, function (pattern, replacement) {
      const str = Str(this);
      const isRe = pattern instanceof RealRegExp;
      let occ;
      if (isRe) occ = apply(globalOf, pattern, []) ? str.length + 1 : 1;
      else { const p = Str(pattern); pattern = p; occ = name === 'replace' ? 1 : p.length === 0 ? str.length + 1 : mathFloor(str.length / p.length) + 1; }
      // Each possible match costs a substitution on top of the scan (1 unit per 4: 'a'.repeat(2 ** 20).replaceAll('a', 'b')
      // ran at 8x an ordinary contract's time per gas when only the scan was charged).
      scanStr(str.length + strLen(pattern), false);
      if (occ > 1) charge(mathCeil(occ / G.matchesPerUnit));
      if (typeof replacement === 'function') {
        const f = replacement;
        let total = str.length;
        replacement = function () {
          const v = Str(apply(f, undefined, arguments));
          total += v.length;
          if (total > L.string) throw tooBig('String.prototype.' + name + ': result length', total, L.string);
          return v;
        };
      } else {
        replacement = Str(replacement);
        const bound = str.length + occ * (replacement.length + dollars(replacement) * str.length);
        if (bound > L.string) throw tooBig('String.prototype.' + name + ': result length bound', bound, L.string);
      }
      return allocStr(apply(real, str, [pattern, replacement]));
    });
  }
  // Arrays: every native loop runs to this.length (holes included: \`a.length = 2**32 - 1\` is free), so
  // the length is capped and charged before the loop; results are accounted by their length.
  const SORTS = new Set(['sort', 'toSorted']);
  const MAKES = new Set(['fill', 'slice', 'splice', 'map', 'filter', 'toReversed', 'toSorted', 'toSpliced', 'with', 'flat', 'flatMap', 'concat']);
  for (const name of ['indexOf', 'lastIndexOf', 'includes', 'find', 'findIndex', 'findLast', 'findLastIndex', 'filter', 'map', 'forEach',
    'reduce', 'reduceRight', 'some', 'every', 'slice', 'splice', 'reverse', 'copyWithin', 'toReversed', 'toSorted', 'toSpliced', 'with',
    'sort', 'flat', 'flatMap', 'concat', 'fill', 'keys', 'values', 'entries', 'unshift', 'shift']) {
    const real = AP[name];
    if (typeof real !== 'function') continue;
    method(AP, name, function () {
      const n = lenOf(this);
      if (n > L.elements) throw tooBig('Array.prototype.' + name + ': length', n, L.elements);
      let units = 1 + mathCeil(n / G.scanElements);
      if (SORTS.has(name) && n > 1) units += mathCeil((n * mathCeil(mathLog2(n))) / 4);
      charge(units);
      const r = apply(real, this, arguments);
      return MAKES.has(name) ? allocArr(r) : r;
    });
  }
  const realJoin = AP.join;
  method(AP, 'join', function join(sep) {
    const n = lenOf(this);
    if (n > L.elements) throw tooBig('Array.prototype.join: length', n, L.elements);
    const s = sep === undefined ? ',' : Str(sep);
    let est = n > 0 ? (n - 1) * s.length : 0;
    for (let i = 0; i < n && est <= L.string; i++) { const v = this[i]; if (typeof v === 'bigint') bigConv(v); est += typeof v === 'string' ? v.length : typeof v === 'bigint' ? bigBits(v) : typeof v === 'object' && v !== null ? 0 : 24; }
    if (est > L.string) throw tooBig('Array.prototype.join: result length', est, L.string);
    charge(1 + mathCeil(n / G.scanElements) + mathCeil(est / G.scanChars));
    return allocStr(apply(realJoin, this, [s]));
  });
  const realFrom = g.Array.from, iterSym = Symbol.iterator;
  method(g.Array, 'from', function from(items, mapFn, thisArg) {
    if (items !== null && items !== undefined && items[iterSym] === undefined) {
      const n = lenOf(items);
      if (n > L.elements) throw tooBig('Array.from: length', n, L.elements);
      charge(1 + mathCeil(n / G.scanElements));
    }
    return allocArr(apply(realFrom, this, [items, mapFn, thisArg]));
  });
  // Object statics: a string or array argument sizes the result before the work; every result is accounted.
  for (const name of ['keys', 'values', 'entries', 'getOwnPropertyNames', 'fromEntries', 'getOwnPropertySymbols']) {
    const real = O[name];
    method(O, name, function (o) {
      const n = typeof o === 'string' || isArray(o) ? o.length : 0;
      if (n > L.elements) throw tooBig('Object.' + name + ': source length', n, L.elements);
      charge(1 + mathCeil(n / G.scanElements));
      if (n > 0) alloc(n * G.propertyBytes);
      const r = apply(real, O, arguments);
      // An object's own keys are known only once enumerated (each a property lookup and a string): 1 unit per keysPerUnit.
      if (n === 0 && isArray(r)) { charge(mathCeil(r.length / G.keysPerUnit)); alloc(r.length * G.propertyBytes); }
      return r;
    });
  }
  // JSON.stringify: a charged pre-walk bounds the output (a DAG of shared arrays doubles per level).
  function measure(v, cap, what) {
    let est = 0, steps = 0;
    const st = [v];
    while (st.length) {
      const x = st.pop();
      steps++;
      if (typeof x === 'string') est += x.length + 2;
      else if (x === null || typeof x !== 'object') est += 24;
      else if (typeof x.toJSON === 'function') est += 2;
      else if (isArray(x)) {
        const n = x.length;
        if (n > L.elements) throw tooBig(what + ': array length', n, L.elements);
        est += 2 + n;
        for (let i = 0; i < n && est <= cap; i++) st.push(x[i]);
      } else {
        est += 2;
        const ks = apply(realKeys, O, [x]);
        for (let i = 0; i < ks.length && est <= cap; i++) { est += ks[i].length + 4; st.push(x[ks[i]]); }
      }
      // A refused walk is charged for what it walked, like a finished one.
      if (est > cap) { charge(mathFloor(steps / G.scanElements) + mathCeil(est / G.scanChars)); throw tooBig(what + ': output length', est, cap); }
    }
    charge(mathFloor(steps / G.scanElements) + mathCeil(est / G.scanChars));
    alloc(est * G.charBytes);
    return est;
  }
  const realKeys = O.keys, realStringify = g.JSON.stringify;
  method(g.JSON, 'stringify', function stringify(value, replacer, space) {
    if (replacer === undefined && space === undefined) measure(value, L.stringify, 'JSON.stringify');
    else charge(1);
    const r = apply(realStringify, g.JSON, [value, replacer, space]);
    if (typeof r === 'string' && r.length > L.stringify) throw tooBig('JSON.stringify: output length', r.length, L.stringify);
    return allocStr(r);
  });
  // Number parsing of long strings scans them natively.
  const numIn = (what, x) => { if (typeof x === 'bigint') bigConv(x); if (typeof x === 'string' && x.length > L.numeric) throw tooBig(what + ': input length', x.length, L.numeric); };
  const realParseInt = g.parseInt, realParseFloat = g.parseFloat;
  const pInt = function parseInt(s, radix) { numIn('parseInt', s); return realParseInt(s, radix); };
  const pFloat = function parseFloat(s) { numIn('parseFloat', s); return realParseFloat(s); };
  def(g, 'parseInt', { value: pInt, writable: true, enumerable: false, configurable: true });
  def(g, 'parseFloat', { value: pFloat, writable: true, enumerable: false, configurable: true });
  method(g.Number, 'parseInt', pInt);
  method(g.Number, 'parseFloat', pFloat);

  // BigInt (BIGINT_GAS): sizes read with the real hex conversion (linear, exact); the wrapper's operator
  // helpers (wrapper.ts) and the conversions below charge from them before V8 does the work.
  const RealBigInt = g.BigInt, BP = RealBigInt.prototype, realBigToString = BP.toString;
  const realAsU = RealBigInt.asUintN, realAsI = RealBigInt.asIntN, MAXB = L.bigintBits;
  const LEAD = freeze({ 0: 0, 1: 1, 2: 2, 3: 2, 4: 3, 5: 3, 6: 3, 7: 3, 8: 4, 9: 4, a: 4, b: 4, c: 4, d: 4, e: 4, f: 4 });
  const bigBits = (x) => {
    if (x < 0n) x = -x;
    if (x === 0n) return 0;
    const h = apply(realBigToString, x, [16]);
    return (h.length - 1) * 4 + LEAD[h[0]];
  };
  const limbs = (bits) => (bits + 63) >> 6;
  const bigConv = (x) => { const n = limbs(bigBits(x)); if (n > 2) charge((n * n) >> ${BIGINT_GAS.convShift}); };
  const bigTooBig = (what, bits) => new RangeErr('BigInt ' + what + ': result of ' + bits + ' bits exceeds the contract limit of ' + MAXB + ' bits');
  privates.big = freeze({ bits: bigBits, conv: bigConv, tooBig: bigTooBig, max: MAXB });
  method(BP, 'toString', function toString(radix) {
    if (typeof this === 'bigint') bigConv(this);
    return apply(realBigToString, this, [radix]);
  });
  const BigIntCtor = function BigInt(v) {
    if (new.target !== undefined) throw new TypeErr('BigInt is not a constructor');
    if ((typeof v === 'object' && v !== null) || typeof v === 'function') throw new TypeErr('BigInt: contracts may convert primitives only');
    if (typeof v === 'string') {
      if (v.length > L.numeric) throw tooBig('BigInt: input length', v.length, L.numeric);
      const n = (v.length >> 4) + 1;
      if (n > 2) charge((n * n) >> ${BIGINT_GAS.convShift});
    }
    return RealBigInt(v);
  };
  const asN = (real, name) => function (bits, x) {
    const b = Num(bits);
    if (b > MAXB) throw tooBig('BigInt.' + name + ': bits', b, MAXB);
    if (typeof x === 'bigint') charge(limbs(bigBits(x)) >> ${BIGINT_GAS.linearShift});
    return apply(real, RealBigInt, [bits, x]);
  };
  def(BigIntCtor, 'asUintN', { value: asN(realAsU, 'asUintN'), writable: true, enumerable: false, configurable: true });
  def(BigIntCtor, 'asIntN', { value: asN(realAsI, 'asIntN'), writable: true, enumerable: false, configurable: true });
  def(BigIntCtor, 'prototype', { value: BP, writable: false, enumerable: false, configurable: false });
  def(BP, 'constructor', { value: BigIntCtor, writable: true, enumerable: false, configurable: true });
  def(g, 'BigInt', { value: BigIntCtor, writable: true, enumerable: false, configurable: true });
  // String(x) converts a bigint natively: the same charge as its toString.
  const RealString = g.String, construct = Reflect.construct;
  const StringCtor = function String(v) {
    if (arguments.length > 0 && typeof v === 'bigint') bigConv(v);
    if (new.target !== undefined) return construct(RealString, arguments, new.target);
    return arguments.length === 0 ? '' : RealString(v);
  };
  for (const k of ['fromCharCode', 'fromCodePoint', 'raw']) def(StringCtor, k, { value: RealString[k], writable: true, enumerable: false, configurable: true });
  def(StringCtor, 'prototype', { value: SP, writable: false, enumerable: false, configurable: false });
  def(SP, 'constructor', { value: StringCtor, writable: true, enumerable: false, configurable: true });
  def(g, 'String', { value: StringCtor, writable: true, enumerable: false, configurable: true });
  privates.measure = measure;
  if ('fromAsync' in g.Array && !delete g.Array.fromAsync) throw new TypeErr('cannot remove Array.fromAsync');

  // Assigning a property that a frozen prototype defines must still work on the object itself.
  function enableOverride(obj, prop) {
    const d = desc(obj, prop);
    if (!d || !('value' in d) || !d.configurable) return;
    const value = d.value;
    def(obj, prop, {
      get: function () { return value; },
      set: function (v) {
        if (this === obj) throw new TypeErr('Cannot assign to read only property ' + g.String(prop) + ' of a frozen intrinsic');
        if (apply(hasOwn, this, [prop])) this[prop] = v;
        else def(this, prop, { value: v, writable: true, enumerable: true, configurable: true });
      },
      enumerable: d.enumerable,
      configurable: false,
    });
  }
  for (const k of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable']) enableOverride(g.Object.prototype, k);
  for (const k of ['toString', 'push', 'fill', 'concat']) enableOverride(g.Array.prototype, k);
  for (const k of ['constructor', 'exec', 'toString']) enableOverride(RP, k);
  enableOverride(g.Set.prototype, 'add');
  enableOverride(g.Map.prototype, 'set');
  for (const k of ['constructor', 'toString', 'call', 'apply', 'bind']) enableOverride(g.Function.prototype, k);
  for (const E of [g.Error, g.TypeError, g.RangeError, g.SyntaxError, g.ReferenceError, g.EvalError, g.URIError, g.AggregateError]) {
    for (const k of ['constructor', 'name', 'message', 'toString']) enableOverride(E.prototype, k);
  }
  for (const F of [AsyncFunction, GeneratorFunction, AsyncGeneratorFunction]) enableOverride(F.prototype, 'constructor');

  const M = g.Math;
  const math = {};
  for (const k of ${JSON.stringify(MATH_SUBSET)}) math[k] = M[k];
  math.PI = M.PI;
  math.E = M.E;
  freeze(math);

  // The hardening roots: every original global's value (stripped ones stay reachable through instances,
  // e.g. a caught TypeError's constructor), the hidden intrinsics, the new Math.
  const stack = [math, RegExpCtor, ...hidden];
  for (const k of names(g)) { const d = desc(g, k); if (d && 'value' in d) stack.push(d.value); }

  // Strip every global that is not on the allowlist, then seal the global object.
  for (const k of [...names(g), ...syms(g)]) {
    if (typeof k === 'string' && keep.has(k)) continue;
    if (!delete g[k]) throw new TypeErr('cannot remove global ' + g.String(k));
  }
  if (!delete g.Math || !delete g.RegExp) throw new TypeErr('cannot replace Math and RegExp');
  def(g, 'RegExp', { value: RegExpCtor, writable: false, enumerable: false, configurable: false });
  def(g, 'Math', { value: math, writable: false, enumerable: false, configurable: false });

  // Harden: freeze everything reachable from the original globals and the hidden intrinsics.
  const seen = new Set();
  stack.push(g);
  while (stack.length) {
    const o = stack.pop();
    if ((typeof o !== 'object' && typeof o !== 'function') || o === null || seen.has(o)) continue;
    seen.add(o);
    freeze(o);
    stack.push(proto(o));
    for (const k of [...names(o), ...syms(o)]) {
      const d = desc(o, k);
      if ('value' in d) stack.push(d.value);
      else { stack.push(d.get); stack.push(d.set); }
    }
  }

  return freeze(privates);
}`;
