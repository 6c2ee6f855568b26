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

/** The `env` functions a contract may import: the CosmWasm 2.x VM interface. */
export const HOST_IMPORTS: readonly string[] = [
  'abort',
  'db_read',
  'db_write',
  'db_remove',
  'db_scan',
  'db_next',
  'db_next_key',
  'db_next_value',
  'addr_validate',
  'addr_canonicalize',
  'addr_humanize',
  'secp256k1_verify',
  'secp256k1_recover_pubkey',
  'secp256r1_verify',
  'secp256r1_recover_pubkey',
  'ed25519_verify',
  'ed25519_batch_verify',
  'bls12_381_aggregate_g1',
  'bls12_381_aggregate_g2',
  'bls12_381_pairing_equality',
  'bls12_381_hash_to_g1',
  'bls12_381_hash_to_g2',
  'debug',
  'query_chain',
];

export const ENTRY_POINTS = ['instantiate', 'execute', 'query', 'migrate', 'sudo', 'reply'] as const;
export type WasmEntryPoint = (typeof ENTRY_POINTS)[number];

/** wasmvm's per-instance memory limit: 32 MiB. */
export const MEMORY_LIMIT_PAGES = 512;

export class ContractCheckError extends Error {}

export interface CheckedContract {
  capabilities: string[];
  entryPoints: WasmEntryPoint[];
}

export function checkContract(m: WasmModuleInfo): CheckedContract {
  const fnExports = new Set(m.exports.filter((e) => e.kind === KIND_FUNCTION).map((e) => e.name));
  const versions = [...fnExports].filter((n) => n.startsWith('interface_version_'));
  if (versions.length === 0) throw new ContractCheckError('Wasm contract missing a required marker export: interface_version_* (is this a CosmWasm contract?)');
  if (versions.length > 1) throw new ContractCheckError('Wasm contract contains more than one marker export: interface_version_*');
  if (versions[0] !== 'interface_version_8') {
    throw new ContractCheckError(`Wasm contract has unknown ${versions[0]} marker export (CosmWasm 1.x and later use interface_version_8)`);
  }
  for (const req of ['allocate', 'deallocate']) {
    if (!fnExports.has(req)) throw new ContractCheckError(`Wasm contract doesn't have required export: "${req}"`);
  }
  if (m.memories.length !== 1) throw new ContractCheckError('Wasm contract must contain exactly one memory');
  if (m.imports.some((i) => i.kind === 2)) throw new ContractCheckError('Wasm contract must not import its memory');
  if (m.memories[0]!.initial > MEMORY_LIMIT_PAGES) throw new ContractCheckError(`Wasm contract memory's minimum must not exceed ${MEMORY_LIMIT_PAGES} pages`);
  for (const i of m.imports) {
    if (i.module !== 'env' || i.kind !== KIND_FUNCTION || !HOST_IMPORTS.includes(i.name)) {
      throw new ContractCheckError(`Wasm contract requires unsupported import: "${i.module}.${i.name}"`);
    }
  }
  const capabilities = [...fnExports].filter((n) => n.startsWith('requires_')).map((n) => n.slice('requires_'.length)).sort();
  const missing = capabilities.filter((c) => !CAPABILITIES.includes(c));
  if (missing.length) throw new ContractCheckError(`Wasm contract requires unavailable capabilities: {${missing.map((c) => JSON.stringify(c)).join(', ')}}`);
  const entryPoints = ENTRY_POINTS.filter((e) => fnExports.has(e));
  if (entryPoints.length === 0) {
    throw new ContractCheckError(`Wasm contract has no entry point (none of ${ENTRY_POINTS.join(', ')}): nothing could ever call it`);
  }
  return { capabilities, entryPoints };
}
