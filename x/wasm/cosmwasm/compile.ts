import { json2wasm, metering, wasm2json } from '@oraichain/wasm-json-toolkit';
import { ContractCheckError, MEMORY_LIMIT_PAGES } from './checks.ts';
import { limitCallDepth } from './depth.ts';
import { canonicalizeNaNs } from './nan.ts';
import { lowerOperators } from './operators.ts';

/**
 * Contract bytes → a compiled, instrumented WebAssembly.Module: float-to-int conversions lowered to MVP
 * helpers (operators.ts), NaN results canonicalized (floats give the same bits on every machine), the memory
 * capped at wasmvm's 32 MiB, a gas charge (`metering.usegas`, one unit per Wasm operation) at the head of
 * every straight-line segment, so gas is a pure function of the code and its input, and a call-depth limit
 * (depth.ts). The module is cached in memory by checksum only: the instrumentation is a pure
 * function of the bytes, nothing is persisted, and a cache miss costs time, never a different result.
 */

export interface CompiledCode {
  checksum: string;
  module: WebAssembly.Module;
  exports: Set<string>;
  /** Parameters of the `migrate` export: 3 in CosmWasm 2.2's migrate-with-info form, else 2. */
  migrateArity: number;
  /** The instrumented bytes: the Wasm isolate compiles its own module from them (isolate-source.ts). */
  bytes: Uint8Array;
  /** The contract's memory, imported as env.memory (see instrument): its limits for the fresh ones. */
  memory: { initial: number; maximum: number };
}

/** One unit per operator; nothing for types, locals, imports or data (cosmwasm-vm's flat cost). */
const COST_TABLE = {
  start: 0,
  type: { params: { DEFAULT: 0 }, return_type: { DEFAULT: 0 } },
  import: 0,
  code: { locals: { DEFAULT: 0 }, code: { DEFAULT: 1 } },
  data: 0,
};

const CACHE_SIZE = 64;

export class CompiledCodeCache {
  private readonly byChecksum = new Map<string, CompiledCode>();
  get(checksum: string, bytes: () => Uint8Array): CompiledCode {
    const hit = this.byChecksum.get(checksum);
    if (hit) return hit;
    const code = compileContract(checksum, bytes());
    if (this.byChecksum.size >= CACHE_SIZE) this.byChecksum.delete(this.byChecksum.keys().next().value!);
    this.byChecksum.set(checksum, code);
    return code;
  }
}

type ModuleJson = Array<{ name: string; entries: any[] }>;

export function instrument(bytes: Uint8Array): { bytes: Uint8Array; migrateArity: number; memory: { initial: number; maximum: number } } {
  const lowered = lowerOperators(bytes);
  const json = (wasm2json as unknown as (b: Buffer) => ModuleJson)(Buffer.from(lowered.bytes));
  const migrateArity = exportArity(json, 'migrate');
  // The one memory (checks.ts) becomes an import, capped at 32 MiB, so instances can take pooled memories.
  if (!json.some((s) => s.name === 'import')) json.splice(json.findIndex((s) => s.name === 'type') + 1, 0, { name: 'import', entries: [] });
  const memIdx = json.findIndex((s) => s.name === 'memory');
  const imports = json.find((s) => s.name === 'import')!;
  if (memIdx < 0 || json[memIdx]!.entries.length !== 1) throw new ContractCheckError('Wasm contract must contain exactly one memory');
  const limits = json[memIdx]!.entries[0] as { intial: number; maximum?: number };
  // check_wasm refuses a maximum of the contract's own; the host's is wasmvm's limit (LimitingTunables).
  const memory = { initial: limits.intial, maximum: MEMORY_LIMIT_PAGES };
  json.splice(memIdx, 1);
  imports.entries.push({ moduleStr: 'env', fieldStr: 'memory', kind: 'memory', type: { intial: memory.initial, maximum: memory.maximum } });
  rejectUnknownOperators(json);
  canonicalizeNaNs(json);
  const meterIndex = imports.entries.filter((e) => e.kind === 'function').length;
  const metered = metering.meterJSON(json, { costTable: COST_TABLE, moduleStr: 'metering', fieldStr: 'usegas', meterType: 'i32' }) as ModuleJson;
  unmeterHelpers(metered, lowered.helpers, meterIndex);
  limitCallDepth(metered, lowered.depthGlobal, lowered.trapGlobal, lowered.helpers);
  return { bytes: new Uint8Array((json2wasm as unknown as (j: unknown) => Uint8Array)(metered)), migrateArity, memory };
}

/**
 * The conversion helpers stand for one operator each, and the call to one is charged as that operator at
 * its call site: their own metering calls (`i32.const n; call usegas`) come out again.
 */
function unmeterHelpers(json: ModuleJson, helpers: number, meterIndex: number): void {
  if (helpers === 0) return;
  const code = json.find((s) => s.name === 'code')!.entries as Array<{ code: Array<{ name: string; immediates?: unknown }> }>;
  for (const entry of code.slice(code.length - helpers)) {
    entry.code = entry.code.filter((op, k, ops) => {
      const isMeterCall = (o: { name: string; immediates?: unknown } | undefined) => o?.name === 'call' && Number(o.immediates) === meterIndex;
      return !isMeterCall(op) && !isMeterCall(ops[k + 1]);
    });
  }
}

function exportArity(json: ModuleJson, name: string): number {
  const exp = json.find((s) => s.name === 'export')?.entries.find((e) => e.kind === 'function' && e.field_str === name);
  if (!exp) return 0;
  const imported = (json.find((s) => s.name === 'import')?.entries ?? []).filter((e) => e.kind === 'function');
  const types = json.find((s) => s.name === 'type')?.entries ?? [];
  const idx = exp.index as number;
  const typeIdx = idx < imported.length ? imported[idx].type : json.find((s) => s.name === 'function')!.entries[idx - imported.length];
  return (types[typeIdx]?.params ?? []).length;
}

export function compileContract(checksum: string, bytes: Uint8Array): CompiledCode {
  const { bytes: metered, migrateArity, memory } = instrument(bytes);
  const module = new WebAssembly.Module(metered as Uint8Array<ArrayBuffer>);
  const exports = new Set(WebAssembly.Module.exports(module).map((e) => e.name));
  return { checksum, module, exports, migrateArity, bytes: metered, memory };
}

/**
 * The toolkit reads Wasm MVP plus sign extension; operators.ts has lowered or refused everything else, so a
 * hole here (an operator it could not read) means the bytes after it would be misread: refused rather than
 * run as a different program.
 */
function rejectUnknownOperators(json: Array<{ name: string; entries: unknown[] }>): void {
  const code = json.find((s) => s.name === 'code')?.entries as Array<{ code: unknown[] }> | undefined;
  code?.forEach((entry, i) => {
    for (let k = 0; k < entry.code.length; k++) {
      if (entry.code[k] === undefined) {
        throw new ContractCheckError(
          `Wasm contract uses an operator this VM cannot meter (function ${i}, operator ${k})`,
        );
      }
    }
  });
}

/** The process's compiled contracts: pure functions of their bytes, so every keeper may share them. */
export const compiledCodes = new CompiledCodeCache();
