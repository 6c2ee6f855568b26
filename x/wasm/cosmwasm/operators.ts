import { ContractCheckError, ContractCompileError } from './checks.ts';

/**
 * A pass over a contract's bytes before the JSON toolkit sees them (it reads Wasm MVP + sign extension only):
 *
 * - Operators outside what cosmwasm-vm 2.x accepts are refused with its words: proposals its wasmparser
 *   validator leaves off (bulk memory, SIMD, threads, exceptions, tail calls, function references) fail
 *   static validation; reference-type operators (validated, then refused by its Gatekeeper middleware) fail
 *   compilation.
 * - Float-to-int conversions become calls to helper functions appended to the module, written in MVP
 *   operators: the non-trapping (saturating, 0xFC 0–7) ones compute the saturated value; the trapping ones
 *   record why they trap (NaN: wasmer's BadConversionToInteger, out of range: IntegerOverflow) in an
 *   exported global before they trap, so a trap reads as wasmer words it (V8 has one message for both).
 * - Two mutable i32 globals are appended and exported: the trap reason (TRAP_EXPORT) and the stack in use
 *   (DEPTH_EXPORT; depth.ts counts frames into it).
 *
 * Appending (types, functions, globals) shifts no index the contract uses.
 */

export const TRAP_EXPORT = '__trivium_trap';
export const DEPTH_EXPORT = '__trivium_depth';
/** Reasons in the trap global. */
export const TRAP_NAN = 1;
export const TRAP_OVERFLOW = 2;
export const TRAP_DEPTH = 3;

export interface LoweredModule {
  bytes: Uint8Array;
  /** How many helper functions were appended (the last defined functions). */
  helpers: number;
  /** Index of the call-depth global. */
  depthGlobal: number;
  trapGlobal: number;
}

class Reader {
  constructor(
    readonly b: Uint8Array,
    public pos: number,
  ) {}
  byte(): number {
    if (this.pos >= this.b.length) throw deser('unexpected end', this.pos);
    return this.b[this.pos++]!;
  }
  u32(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = this.byte();
      result += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return result;
      shift += 7;
      if (shift > 35) throw deser('invalid var_u32', this.pos);
    }
  }
  /** Skips a signed LEB128 of at most `bits` bits. */
  skipSigned(bits: number): void {
    for (let n = 0; ; n++) {
      if (n * 7 > bits) throw deser('invalid signed LEB128', this.pos);
      if ((this.byte() & 0x80) === 0) return;
    }
  }
}

const deser = (msg: string, offset: number) =>
  new ContractCheckError(`Wasm bytecode could not be deserialized. Deserialization error: "${msg} (at offset 0x${offset.toString(16)})"`);
const gatekeeper = (op: string) =>
  new ContractCompileError(`Middleware error: Gatekeeper: Reference type operation detected: ${op}. Reference types are not supported.`);

const uleb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return out;
};
/** Byte arrays joined (spreading a large array into push() would exhaust the stack). */
function concat(parts: ArrayLike<number>[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
const section = (id: number, parts: ArrayLike<number>[]): Uint8Array => {
  const body = concat(parts);
  return concat([[id, ...uleb(body.length)], body]);
};

// The eight trapping conversions (0xA8–0xAB, 0xAE–0xB1) and the eight saturating ones (0xFC 0–7), in the same order.
const TRAPPING = [0xa8, 0xa9, 0xaa, 0xab, 0xae, 0xaf, 0xb0, 0xb1];
interface Conversion {
  from: 'f32' | 'f64';
  to: 'i32' | 'i64';
  signed: boolean;
}
const CONVERSIONS: Conversion[] = [
  { from: 'f32', to: 'i32', signed: true },
  { from: 'f32', to: 'i32', signed: false },
  { from: 'f64', to: 'i32', signed: true },
  { from: 'f64', to: 'i32', signed: false },
  { from: 'f32', to: 'i64', signed: true },
  { from: 'f32', to: 'i64', signed: false },
  { from: 'f64', to: 'i64', signed: true },
  { from: 'f64', to: 'i64', signed: false },
];

function floatConst(t: 'f32' | 'f64', v: number): number[] {
  const buf = new DataView(new ArrayBuffer(t === 'f32' ? 4 : 8));
  if (t === 'f32') buf.setFloat32(0, v, true);
  else buf.setFloat64(0, v, true);
  return [t === 'f32' ? 0x43 : 0x44, ...new Uint8Array(buf.buffer)];
}

/**
 * A conversion's body (param x, one result). In range means trunc(x) fits: x > -1 (unsigned), or x ≥ -2^(n-1)
 * (signed; for f64 → i32, x > -2^31 - 1, which f64 holds exactly), and x < 2^n (unsigned) or 2^(n-1).
 */
function helperBody(c: Conversion, saturating: boolean, trapGlobal: number, truncOp: number): number[] {
  const bits = c.to === 'i32' ? 32 : 64;
  const f = c.from === 'f32' ? { ne: 0x5c, lt: 0x5d, gt: 0x5e, le: 0x5f, ge: 0x60 } : { ne: 0x62, lt: 0x63, gt: 0x64, le: 0x65, ge: 0x66 };
  const exclusiveLow = !c.signed || (c.from === 'f64' && bits === 32);
  const low = !c.signed ? -1 : exclusiveLow ? -(2 ** 31) - 1 : -(2 ** (bits - 1));
  const high = c.signed ? 2 ** (bits - 1) : 2 ** bits;
  const below = [0x20, 0, ...floatConst(c.from, low), exclusiveLow ? f.le : f.lt];
  const above = [0x20, 0, ...floatConst(c.from, high), f.ge];
  const iconst = (v: 'min' | 'max' | 'zero'): number[] => {
    if (v === 'zero') return [bits === 32 ? 0x41 : 0x42, 0];
    if (!c.signed) return [bits === 32 ? 0x41 : 0x42, v === 'min' ? 0 : 0x7f]; // 0 or -1 (all ones)
    // signed: min = -2^(n-1), max = 2^(n-1) - 1, as signed LEB128
    const n = BigInt(bits - 1);
    const value = v === 'min' ? -(1n << n) : (1n << n) - 1n;
    return [bits === 32 ? 0x41 : 0x42, ...sleb(value)];
  };
  const isNaN = [0x20, 0, 0x20, 0, f.ne];
  const trap = (why: number) => [0x41, why, 0x24, ...uleb(trapGlobal), 0x00];
  const code = saturating
    ? [
        ...isNaN, 0x04, 0x40, ...iconst('zero'), 0x0f, 0x0b,
        ...below, 0x04, 0x40, ...iconst('min'), 0x0f, 0x0b,
        ...above, 0x04, 0x40, ...iconst('max'), 0x0f, 0x0b,
        0x20, 0, truncOp, 0x0b,
      ]
    : [...isNaN, 0x04, 0x40, ...trap(TRAP_NAN), 0x0b, ...below, ...above, 0x72, 0x04, 0x40, ...trap(TRAP_OVERFLOW), 0x0b, 0x20, 0, truncOp, 0x0b];
  return [...uleb(code.length + 1), 0, ...code]; // no locals
}

function sleb(v: bigint): number[] {
  const out: number[] = [];
  for (;;) {
    const b = Number(v & 0x7fn);
    v >>= 7n;
    if ((v === 0n && (b & 0x40) === 0) || (v === -1n && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

const NOT_ENABLED: Record<number, string> = { 0xfd: 'SIMD', 0xfe: 'threads' };
for (const op of [0x06, 0x07, 0x08, 0x09, 0x0a, 0x18, 0x19, 0x1f]) NOT_ENABLED[op] = 'exceptions';
for (const op of [0x12, 0x13]) NOT_ENABLED[op] = 'tail calls';
for (const op of [0x14, 0x15, 0xd3, 0xd4, 0xd5, 0xd6]) NOT_ENABLED[op] = 'function references';
const REF_TYPES: Record<number, string> = { 0x1c: 'TypedSelect', 0x25: 'TableGet', 0x26: 'TableSet', 0xd0: 'RefNull', 0xd1: 'RefIsNull', 0xd2: 'RefFunc' };
const BULK_REF_TYPES: Record<number, string> = { 15: 'TableGrow', 16: 'TableSize', 17: 'TableFill' };

/** Rewrites one function body (the bytes after its size): conversions → helper calls; refuses the rest. */
function lowerBody(b: Uint8Array, start: number, end: number, helperBase: number): { out: Uint8Array; converted: boolean } {
  const r = new Reader(b, start);
  const out: number[] = [];
  let converted = false;
  for (let n = r.u32(); n > 0; n--) {
    r.u32();
    r.byte();
  }
  for (let k = start; k < r.pos; k++) out.push(b[k]!);
  while (r.pos < end) {
    const at = r.pos;
    const op = r.byte();
    const trapIdx = TRAPPING.indexOf(op);
    if (trapIdx >= 0) {
      out.push(0x10, ...uleb(helperBase + trapIdx));
      converted = true;
      continue;
    }
    if (op === 0xfc) {
      const sub = r.u32();
      if (sub <= 7) {
        out.push(0x10, ...uleb(helperBase + 8 + sub));
        converted = true;
        continue;
      }
      if (BULK_REF_TYPES[sub]) throw gatekeeper(BULK_REF_TYPES[sub]);
      throw deser(sub <= 14 ? 'bulk memory support is not enabled' : `unknown 0xfc subopcode: 0x${sub.toString(16)}`, at);
    }
    if (NOT_ENABLED[op]) throw deser(`${NOT_ENABLED[op]} support is not enabled`, at);
    if (REF_TYPES[op]) throw gatekeeper(REF_TYPES[op]);
    if (op === 0x02 || op === 0x03 || op === 0x04) {
      // The toolkit reads a block type as one value type; a type index (multi-value) it would misread.
      const bt = r.byte();
      if (![0x40, 0x7f, 0x7e, 0x7d, 0x7c].includes(bt)) {
        throw new ContractCheckError(`Wasm contract uses a block type this VM cannot instrument (a multi-value or reference block type, at offset 0x${at.toString(16)})`);
      }
    }
    else if (op === 0x0c || op === 0x0d || op === 0x10 || (op >= 0x20 && op <= 0x24)) r.u32();
    else if (op === 0x0e) {
      for (let k = r.u32(); k >= 0; k--) r.u32(); // the targets, then the default
    } else if (op === 0x11) {
      r.u32();
      r.u32();
    } else if (op >= 0x28 && op <= 0x3e) {
      r.u32();
      r.u32();
    } else if (op === 0x3f || op === 0x40) r.u32();
    else if (op === 0x41) r.skipSigned(32);
    else if (op === 0x42) r.skipSigned(64);
    else if (op === 0x43) r.pos += 4;
    else if (op === 0x44) r.pos += 8;
    else if (!(op <= 0x01 || op === 0x05 || op === 0x0b || op === 0x0f || op === 0x1a || op === 0x1b || (op >= 0x45 && op <= 0xc4))) {
      throw deser(`illegal opcode: 0x${op.toString(16)}`, at);
    }
    for (let k = at; k < r.pos; k++) out.push(b[k]!);
  }
  if (r.pos !== end) throw deser('function body runs past its end', end);
  return { out: Uint8Array.from(out), converted };
}

export function lowerOperators(b: Uint8Array): LoweredModule {
  const sections: Array<{ id: number; start: number; end: number }> = [];
  const r = new Reader(b, 8);
  while (r.pos < b.length) {
    const id = r.byte();
    const size = r.u32();
    sections.push({ id, start: r.pos, end: r.pos + size });
    r.pos += size;
  }
  const find = (id: number) => sections.find((s) => s.id === id);
  const entries = (id: number): { count: number; rest: Uint8Array } => {
    const s = find(id);
    if (!s) return { count: 0, rest: new Uint8Array() };
    const sr = new Reader(b, s.start);
    const count = sr.u32();
    return { count, rest: b.subarray(sr.pos, s.end) };
  };
  // Imported functions and globals come first in their index spaces.
  let importedFuncs = 0;
  let importedGlobals = 0;
  const imp = find(2);
  if (imp) {
    const ir = new Reader(b, imp.start);
    for (let n = ir.u32(); n > 0; n--) {
      for (let k = 0; k < 2; k++) {
        const len = ir.u32(); // module name, then field name
        ir.pos += len;
      }
      const kind = ir.byte();
      if (kind === 0) {
        ir.u32();
        importedFuncs++;
      } else if (kind === 1) {
        ir.byte();
        if (ir.byte() & 1) ir.u32();
        ir.u32();
      } else if (kind === 2) {
        if (ir.byte() & 1) ir.u32();
        ir.u32();
      } else {
        ir.pos += 2;
        importedGlobals++;
      }
    }
  }
  const types = entries(1);
  const funcs = entries(3);
  const globals = entries(6);
  const exports = entries(7);
  const trapGlobal = importedGlobals + globals.count;
  const depthGlobal = trapGlobal + 1;
  const helperBase = importedFuncs + funcs.count;

  // The code section, body by body.
  const code = find(10);
  const bodies: ArrayLike<number>[] = [];
  let converted = false;
  let bodyCount = 0;
  if (code) {
    const cr = new Reader(b, code.start);
    for (let n = cr.u32(); n > 0; n--, bodyCount++) {
      const size = cr.u32();
      const lowered = lowerBody(b, cr.pos, cr.pos + size, helperBase);
      converted ||= lowered.converted;
      bodies.push(uleb(lowered.out.length), lowered.out);
      cr.pos += size;
    }
  }

  const newTypes: number[][] = [];
  const newFuncs: number[][] = [];
  if (converted) {
    // (f32)→i32, (f64)→i32, (f32)→i64, (f64)→i64 as four new types; then 8 trapping + 8 saturating helpers.
    const val = { f32: 0x7d, f64: 0x7c, i32: 0x7f, i64: 0x7e };
    const typeOf = (c: Conversion) => types.count + (c.from === 'f32' ? 0 : 1) + (c.to === 'i32' ? 0 : 2);
    for (const to of ['i32', 'i64'] as const) for (const from of ['f32', 'f64'] as const) newTypes.push([0x60, 1, val[from], 1, val[to]]);
    for (const saturating of [false, true]) {
      CONVERSIONS.forEach((c, i) => {
        newFuncs.push(uleb(typeOf(c)));
        bodies.push(helperBody(c, saturating, trapGlobal, TRAPPING[i]!));
        bodyCount++;
      });
    }
  }
  const mutI32Zero = [0x7f, 0x01, 0x41, 0x00, 0x0b];
  const exportGlobal = (name: string, idx: number) => [...uleb(name.length), ...new TextEncoder().encode(name), 0x03, ...uleb(idx)];
  const trapExport = [...exportGlobal(TRAP_EXPORT, trapGlobal), ...exportGlobal(DEPTH_EXPORT, depthGlobal)];

  const rebuilt: ArrayLike<number>[] = [b.subarray(0, 8)];
  let globalsWritten = false;
  const writeGlobals = () => {
    rebuilt.push(section(6, [uleb(globals.count + 2), globals.rest, mutI32Zero, mutI32Zero]));
    globalsWritten = true;
    if (!find(7)) rebuilt.push(section(7, [[2], trapExport]));
  };
  for (const s of sections) {
    if (!globalsWritten && s.id > 6 && s.id !== 0 && s.id !== 12) writeGlobals();
    if (s.id === 1) rebuilt.push(section(1, [uleb(types.count + newTypes.length), types.rest, ...newTypes]));
    else if (s.id === 3) rebuilt.push(section(3, [uleb(funcs.count + newFuncs.length), funcs.rest, ...newFuncs]));
    else if (s.id === 6) writeGlobals();
    else if (s.id === 7) rebuilt.push(section(7, [uleb(exports.count + 2), exports.rest, trapExport]));
    else if (s.id === 10) rebuilt.push(section(10, [uleb(bodyCount), ...bodies]));
    else rebuilt.push(section(s.id, [b.subarray(s.start, s.end)]));
  }
  if (!globalsWritten) writeGlobals();
  return { bytes: concat(rebuilt), helpers: newFuncs.length, depthGlobal, trapGlobal };
}
