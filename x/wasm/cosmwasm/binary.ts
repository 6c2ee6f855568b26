/**
 * What a Wasm contract declares, read from its binary without compiling it: the `env` functions it
 * imports, its exports (entry points, `interface_version_*`, `requires_*` capabilities), its memories and
 * tables, and its function types (what cosmwasm-vm's static checks count).
 * A small reader of the module's sections; validation proper is V8's WebAssembly.compile.
 */

export const WASM_MAGIC = Uint8Array.of(0x00, 0x61, 0x73, 0x6d);

export const isWasm = (b: Uint8Array): boolean => b.length >= 4 && b[0] === 0 && b[1] === 0x61 && b[2] === 0x73 && b[3] === 0x6d;

export interface WasmImport {
  module: string;
  name: string;
  kind: number;
}
export interface WasmExport {
  name: string;
  kind: number;
}
export interface WasmModuleInfo {
  imports: WasmImport[];
  exports: WasmExport[];
  /** Each defined (not imported) memory's limits, in 64 KiB pages. */
  memories: Array<{ initial: number; maximum?: number }>;
  /** Each table's limits (imported or defined), in elements. */
  tables: Array<{ initial: number; maximum?: number }>;
  /** Each function type's parameter and result counts (the type section). */
  types: Array<{ params: number; results: number }>;
  /** The type index of each defined function (the function section). */
  functionTypes: number[];
}

export class WasmParseError extends Error {}

const SECTION_TYPE = 1;
const SECTION_IMPORT = 2;
const SECTION_FUNCTION = 3;
const SECTION_TABLE = 4;
const SECTION_MEMORY = 5;
const SECTION_EXPORT = 7;
export const KIND_FUNCTION = 0;

class Reader {
  pos: number;
  constructor(
    readonly b: Uint8Array,
    pos = 0,
    readonly end = b.length,
  ) {
    this.pos = pos;
  }
  byte(): number {
    if (this.pos >= this.end) throw new WasmParseError('unexpected end of module');
    return this.b[this.pos++]!;
  }
  u32(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = this.byte();
      result += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) break;
      shift += 7;
      if (shift > 35) throw new WasmParseError('LEB128 integer too long');
    }
    if (result > 0xffffffff) throw new WasmParseError('LEB128 integer out of range');
    return result;
  }
  name(): string {
    const len = this.u32();
    if (this.pos + len > this.end) throw new WasmParseError('name runs past its section');
    const s = new TextDecoder('utf-8', { fatal: true }).decode(this.b.subarray(this.pos, this.pos + len));
    this.pos += len;
    return s;
  }
  limits(): { initial: number; maximum?: number } {
    const flags = this.byte();
    const initial = this.u32();
    return flags & 1 ? { initial, maximum: this.u32() } : { initial };
  }
}

/** The module's imports, exports and memories; WasmParseError if the binary is not a Wasm module. */
export function readModule(b: Uint8Array): WasmModuleInfo {
  if (!isWasm(b)) throw new WasmParseError('missing the \\0asm magic');
  if (b.length < 8 || b[4] !== 1 || b[5] !== 0 || b[6] !== 0 || b[7] !== 0) throw new WasmParseError('unsupported Wasm binary version');
  const info: WasmModuleInfo = { imports: [], exports: [], memories: [], tables: [], types: [], functionTypes: [] };
  const r = new Reader(b, 8);
  while (r.pos < b.length) {
    const id = r.byte();
    const size = r.u32();
    const end = r.pos + size;
    if (end > b.length) throw new WasmParseError(`section ${id} runs past the end of the module`);
    const s = new Reader(b, r.pos, end);
    if (id === SECTION_TYPE) {
      for (let n = s.u32(); n > 0; n--) {
        if (s.byte() !== 0x60) throw new WasmParseError('type section entry is not a function type');
        const params = s.u32();
        s.pos += params;
        const results = s.u32();
        s.pos += results;
        info.types.push({ params, results });
      }
    } else if (id === SECTION_FUNCTION) {
      for (let n = s.u32(); n > 0; n--) info.functionTypes.push(s.u32());
    } else if (id === SECTION_TABLE) {
      for (let n = s.u32(); n > 0; n--) {
        s.byte();
        info.tables.push(s.limits());
      }
    } else if (id === SECTION_IMPORT) {
      for (let n = s.u32(); n > 0; n--) {
        const module = s.name();
        const name = s.name();
        const kind = s.byte();
        if (kind === 0) s.u32();
        else if (kind === 1) {
          s.byte();
          info.tables.push(s.limits());
        } else if (kind === 2) s.limits(); // an imported memory is not the contract's own (checks.ts refuses it)
        else if (kind === 3) {
          s.byte();
          s.byte();
        } else throw new WasmParseError(`unknown import kind ${kind}`);
        info.imports.push({ module, name, kind });
      }
    } else if (id === SECTION_MEMORY) {
      for (let n = s.u32(); n > 0; n--) info.memories.push(s.limits());
    } else if (id === SECTION_EXPORT) {
      for (let n = s.u32(); n > 0; n--) {
        const name = s.name();
        const kind = s.byte();
        s.u32();
        info.exports.push({ name, kind });
      }
    }
    r.pos = end;
  }
  return info;
}
