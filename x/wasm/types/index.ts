import { u64Key } from '../../../core/store/kv.ts';

export const ModuleName = 'wasm';

/**
 * Every key x/wasm writes, as prefixes. Binary parts are lower-case hex, numbers fixed-width decimal
 * (u64Key), so string order is the order CosmWasm clients expect (code id, creation position).
 */
export const StoreKeys = {
  /** Last assigned code id / contract instance id / index position. */
  seq: (name: 'code' | 'instance' | 'position') => `wasm/seq/${name}`,
  code: (codeId: bigint | number) => `wasm/code/${u64Key(codeId)}`,
  codePrefix: 'wasm/code/',
  /** The stored source bytes (UTF-8 JavaScript), separate from the small CodeRecord. */
  codeBytes: (codeId: bigint | number) => `wasm/codebytes/${u64Key(codeId)}`,
  contract: (addrHex: string) => `wasm/contract/${addrHex}`,
  contractPrefix: 'wasm/contract/',
  /** Contract storage: wasm/state/<address hex>/<the contract's own key>. */
  state: (addrHex: string) => `wasm/state/${addrHex}/`,
  byCode: (codeId: bigint | number) => `wasm/bycode/${u64Key(codeId)}/`,
  byCreator: (creatorHex: string) => `wasm/bycreator/${creatorHex}/`,
  history: (addrHex: string) => `wasm/history/${addrHex}/`,
} as const;

/** AccessConfig as stored (cosmwasm.wasm.v1.AccessType numbers). */
export interface AccessConfigRecord {
  /** 1 Nobody, 3 Everybody, 4 AnyOfAddresses. */
  permission: number;
  addresses: string[];
}

export interface CodeRecord {
  code_id: string;
  creator: string;
  /** sha256 of the code bytes (uncompressed), lower-case hex. */
  checksum: string;
  instantiate_permission: AccessConfigRecord;
  /** Which VM runs it: absent for JavaScript (the XChain VM), 'wasm' for a CosmWasm .wasm contract. */
  runtime?: 'wasm';
  /** A Wasm contract's `requires_*` capabilities, sorted. */
  capabilities?: string[];
}

export interface TxPosition {
  block_height: string;
  tx_index: string;
}

export interface ContractRecord {
  code_id: string;
  creator: string;
  admin: string;
  label: string;
  created: TxPosition;
  /** Key suffix of the contract's ContractsByCode entry (migrate moves it). */
  by_code_pos: string;
  /** Key suffix of the contract's ContractsByCreator entry (fixed at creation). */
  creator_pos: string;
}

export interface HistoryEntry {
  /** cosmwasm.wasm.v1.ContractCodeHistoryOperationType: 1 init, 2 migrate, 3 genesis. */
  operation: number;
  code_id: string;
  updated: TxPosition;
  /** The message, JSON text. */
  msg: string;
}

export interface WasmParams {
  /** Largest accepted contract source, bytes (after gunzip). */
  max_code_size: number;
  /** Gas limit of a smart query served over ABCI (wasmd's SmartQueryGasLimit), Cosmos gas. */
  smart_query_gas_limit: string;
  /** Largest JSON message for instantiate/execute/migrate, bytes. */
  max_msg_size: number;
}

export const DEFAULT_PARAMS: Readonly<WasmParams> = Object.freeze({
  max_code_size: 512 * 1024,
  smart_query_gas_limit: '3000000',
  max_msg_size: 256 * 1024,
});

/** How deep contracts may call contracts (emitted execute/instantiate actions), and query contracts. */
export const MAX_CALL_DEPTH = 10;
export const MAX_QUERY_DEPTH = 5;

export const AccessType = { Unspecified: 0, Nobody: 1, Everybody: 3, AnyOfAddresses: 4 } as const;
