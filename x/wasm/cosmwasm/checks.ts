import { KIND_FUNCTION, type WasmModuleInfo } from './binary.ts';

/**
 * Store-time checks of a Wasm contract, as cosmwasm-vm's check_wasm makes them: the interface marker,
 * the allocator exports, one memory of bounded size, only imports this host provides, only capabilities
 * it has. A contract failing any of them is refused before it gets a code id.
 */

/** Capabilities this host provides (`requires_<name>` exports ask for them). */
export const CAPABILITIES: readonly string[] = [
  'iterator',
  'staking',
  'stargate',
  'cosmwasm_1_1',
  'cosmwasm_1_2',
  'cosmwasm_1_3',
  'cosmwasm_1_4',
  'cosmwasm_2_0',
  'cosmwasm_2_1',
  'cosmwasm_2_2',
];

/** The `env` functions a contract may import: the CosmWasm 2.x VM interface, in cosmwasm-vm's order. */
export const HOST_IMPORTS: readonly string[] = [
  'abort',
  'db_read',
  'db_write',
  'db_remove',
  'addr_validate',
  'addr_canonicalize',
  'addr_humanize',
  'bls12_381_aggregate_g1',
  'bls12_381_aggregate_g2',
  'bls12_381_pairing_equality',
  'bls12_381_hash_to_g1',
  'bls12_381_hash_to_g2',
  'secp256k1_verify',
  'secp256k1_recover_pubkey',
  'secp256r1_verify',
  'secp256r1_recover_pubkey',
  'ed25519_verify',
  'ed25519_batch_verify',
  'debug',
  'query_chain',
  'db_scan',
  'db_next',
  'db_next_key',
  'db_next_value',
];

export const ENTRY_POINTS = ['instantiate', 'execute', 'query', 'migrate', 'sudo', 'reply'] as const;
export type WasmEntryPoint = (typeof ENTRY_POINTS)[number];

/** wasmvm's per-instance memory limit: 32 MiB (also the largest initial size check_wasm accepts). */
export const MEMORY_LIMIT_PAGES = 512;

/** cosmwasm-vm 2.x's WasmLimits defaults (packages/vm/src/config.rs), which wasmd does not override. */
export const WASM_LIMITS = {
  tableSizeElements: 2500,
  imports: 100,
  functions: 20_000,
  functionParams: 100,
  totalFunctionParams: 10_000,
  functionResults: 1,
} as const;

export class ContractCheckError extends Error {}
/** A refusal wasmvm makes when compiling (its Gatekeeper middleware), not in check_wasm. */
export class ContractCompileError extends ContractCheckError {}

export interface CheckedContract {
  capabilities: string[];
  entryPoints: WasmEntryPoint[];
}

/**
 * check_wasm's checks in its order (tables, memories, interface version, exports, imports, capabilities,
 * functions) with its messages; function bodies are validated later, by the instrumentation and V8.
 */
export function checkContract(m: WasmModuleInfo): CheckedContract {
  checkTables(m);
  checkMemories(m);
  const fnExports = new Set(m.exports.filter((e) => e.kind === KIND_FUNCTION).map((e) => e.name));
  const versions = [...fnExports].filter((n) => n.startsWith('interface_version_'));
  if (versions.length === 0) throw new ContractCheckError('Wasm contract missing a required marker export: interface_version_*');
  if (versions.length > 1) throw new ContractCheckError('Wasm contract contains more than one marker export: interface_version_*');
  if (versions[0] !== 'interface_version_8') {
    throw new ContractCheckError('Wasm contract has unknown interface_version_* marker export (see https://github.com/CosmWasm/cosmwasm/blob/main/packages/vm/README.md)');
  }
  for (const req of ['allocate', 'deallocate']) {
    if (!fnExports.has(req)) throw new ContractCheckError(`Wasm contract doesn't have required export: "${req}". Exports required by VM: ["allocate", "deallocate"].`);
  }
  checkImports(m);
  const capabilities = [...fnExports].filter((n) => n.startsWith('requires_')).map((n) => n.slice('requires_'.length)).sort();
  const missing = capabilities.filter((c) => !CAPABILITIES.includes(c));
  if (missing.length) throw new ContractCheckError(`Wasm contract requires unavailable capabilities: {${missing.map((c) => JSON.stringify(c)).join(', ')}}`);
  checkFunctions(m);
  const entryPoints = ENTRY_POINTS.filter((e) => fnExports.has(e));
  if (entryPoints.length === 0) {
    throw new ContractCheckError(`Wasm contract has no entry point (none of ${ENTRY_POINTS.join(', ')}): nothing could ever call it`);
  }
  return { capabilities, entryPoints };
}

function checkTables(m: WasmModuleInfo): void {
  if (m.tables.length > 1) throw new ContractCheckError('Wasm contract must not have more than 1 table section');
  const t = m.tables[0];
  if (!t) return;
  if (t.maximum === undefined) throw new ContractCheckError('Wasm contract must not have unbound table section');
  if (t.maximum > WASM_LIMITS.tableSizeElements) throw new ContractCheckError("Wasm contract's first table section has a too large max limit");
}

function checkMemories(m: WasmModuleInfo): void {
  if (m.memories.length !== 1) throw new ContractCheckError('Wasm contract must contain exactly one memory');
  const mem = m.memories[0]!;
  if (mem.initial > MEMORY_LIMIT_PAGES) throw new ContractCheckError(`Wasm contract memory's minimum must not exceed ${MEMORY_LIMIT_PAGES} pages.`);
  // The host sets the maximum (wasmvm's 32 MiB): a contract's own would be a second, different limit.
  if (mem.maximum !== undefined) throw new ContractCheckError("Wasm contract memory's maximum must be unset. The host will set it for you.");
}

function checkImports(m: WasmModuleInfo): void {
  if (m.imports.length > WASM_LIMITS.imports) throw new ContractCheckError(`Import count exceeds limit. Imports: ${m.imports.length}. Limit: ${WASM_LIMITS.imports}.`);
  const supported = HOST_IMPORTS.map((n) => `env.${n}`);
  for (const i of m.imports) {
    const full = `${i.module}.${i.name}`;
    if (!supported.includes(full)) {
      const required = [...new Set(m.imports.map((x) => `${x.module}.${x.name}`))].sort();
      throw new ContractCheckError(
        `Wasm contract requires unsupported import: "${full}". Required imports: {${required.map((r) => JSON.stringify(r)).join(', ')}}. Available imports: [${supported.map((r) => JSON.stringify(r)).join(', ')}].`,
      );
    }
    if (i.kind !== KIND_FUNCTION) throw new ContractCheckError(`Wasm contract requires non-function import: "${full}". Right now, all supported imports are functions.`);
  }
}

function checkFunctions(m: WasmModuleInfo): void {
  const L = WASM_LIMITS;
  if (m.functionTypes.length > L.functions) throw new ContractCheckError(`Wasm contract contains more than ${L.functions} functions`);
  // Parameters and results are counted over the type section, the total over the defined functions (as cosmwasm-vm's ParsedWasm does).
  if (m.types.some((t) => t.params > L.functionParams)) throw new ContractCheckError(`Wasm contract contains function with more than ${L.functionParams} parameters`);
  if (m.types.some((t) => t.results > L.functionResults)) throw new ContractCheckError(`Wasm contract contains function with more than ${L.functionResults} results`);
  let total = 0;
  for (const t of m.functionTypes) {
    const type = m.types[t];
    if (!type) throw new ContractCheckError('Wasm bytecode error: function uses unknown type index');
    total += type.params;
  }
  if (total > L.totalFunctionParams) throw new ContractCheckError(`Wasm contract contains more than ${L.totalFunctionParams} function parameters in total`);
}
