import type { DerivedRows } from '../store/derived-rows.ts';
import type { KVStore } from '../store/kv.ts';
import type { AminoConverter } from './amino.ts';
import type { Context } from './context.ts';
import type { NodeAPI } from './node-api.ts';
import type { CheckResult, TxExecResult } from './tx-result.ts';

export type { CheckResult, TxExecResult } from './tx-result.ts';
export type { DerivedRows } from '../store/derived-rows.ts';

/** A protobuf codec as CosmJS's Registry and cosmjs-types shape it. */
export interface Codec<T> {
  encode(message: T, writer?: unknown): { finish(): Uint8Array };
  decode(input: Uint8Array): T;
  fromPartial(object: any): T;
}

export interface MsgResponse {
  /** Type URL of the response message (e.g. "/cosmos.bank.v1beta1.MsgSendResponse"). */
  typeUrl: string;
  value: Uint8Array;
}

/** One Cosmos message type: how to decode it, who must sign it, and what it does. */
export interface MsgDef<T = any> {
  typeUrl: string;
  codec: Codec<T>;
  /** Bech32 addresses that must have signed the tx. */
  signers(msg: T): string[];
  /** Its legacy amino name and JSON (x/<m>/types/amino.ts): without one, SIGN_MODE_LEGACY_AMINO_JSON refuses it. */
  amino?: AminoConverter<T>;
  /** Stateless checks; throw an AppError. Runs in CheckTx too. */
  validateBasic?(msg: T): void;
  /** Executes against ctx (already a branch: a throw discards its writes). */
  handle(ctx: Context, msg: T): MsgResponse | Promise<MsgResponse>;
}

/** ABCI query handler for a gRPC-style path; request and response are protobuf bytes. */
export type QueryHandler = (ctx: Context, data: Uint8Array) => Uint8Array | Promise<Uint8Array>;

/**
 * Transactions that are not Cosmos `TxRaw` (raw Ethereum txs, Solana wire txs) enter the same mempool and
 * blocks; the module that claims their first bytes checks and executes them.
 */
export interface RawTxHandler {
  name: string;
  claims(tx: Uint8Array): boolean;
  /** Mempool admission against the check state; throw an AppError to reject. Synchronous: CheckTx runs in arrival order. */
  checkTx(ctx: Context, tx: Uint8Array): CheckResult;
  /** Execute in a block (ctx.mode 'deliver') or simulation. Never throws: failures are a result code. */
  deliverTx(ctx: Context, tx: Uint8Array): TxExecResult | Promise<TxExecResult>;
}

/**
 * A node-wide method (dev_*, trivium_*): served on the Ethereum JSON-RPC port (the module registers it there)
 * and, on the devnet, on the CometBFT-compatible RPC. `params` names the positional params, as CometBFT's routes do.
 */
export interface NodeRpcMethod {
  params: string[];
  handler(p: Record<string, unknown>, node: NodeAPI): unknown | Promise<unknown>;
}

/** A long-running server a module runs beside the node (Ethereum JSON-RPC, Solana JSON-RPC). */
export interface Service {
  name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** One gauge a module reports on the node's Prometheus endpoint (`start --metrics`). */
export interface ModuleMetric {
  /** Prometheus name, e.g. trivium_crossvm_queue_depth. */
  name: string;
  help: string;
  value: number;
}

export interface Module {
  readonly name: string;
  msgs?: MsgDef[];
  queries?: Record<string, QueryHandler>;
  rawTxHandlers?: RawTxHandler[];
  defaultGenesis?(): unknown;
  initGenesis?(ctx: Context, state: unknown): void | Promise<void>;
  exportGenesis?(ctx: Context): unknown;
  beginBlock?(ctx: Context): void | Promise<void>;
  endBlock?(ctx: Context): void | Promise<void>;
  /** Called once the node is up (the RPC ports flags are in node.flags). */
  services?(node: NodeAPI): Service[];
  /** Node-wide JSON-RPC methods by name (see NodeRpcMethod). */
  nodeRpcMethods?: Record<string, NodeRpcMethod>;
  /** Gauges read from the latest state at each scrape of `/metrics` (read-only: never writes). */
  metrics?(ctx: Context): ModuleMetric[];
  /** Whether the module has work waiting (a queued message): `--block-time 0` then produces a block. */
  hasPendingWork?(ctx: Context): boolean;
  /**
   * Derived rows written in the block's commit batch, outside the app hash (x/evm's Merkle-Patricia state
   * root): called at Commit — and at InitChain, as height 0 — with the block's state changes in key order and a
   * read view of the post-block state. `rows` reads what earlier commits wrote. Every key must be under the
   * derived rows' room `e/` (core/store/derived-rows.ts); BaseApp refuses any other. At InitChain of a big genesis
   * it is called for height 0 with `ahead` for each part of the changes written ahead (each in key order), then
   * once more for the last part: its state view holds the whole genesis and iterates it in full, so a module may
   * do its work there in one pass (x/evm builds its trie in key order) or part by part on the rows of the calls
   * before. After a state-sync restore it is called once with no changes at a height with no rows below it: the
   * module rebuilds its rows from the state.
   */
  commitRows?(changes: ReadonlyArray<[string, Uint8Array | null]>, state: KVStore, height: number, rows: DerivedRows, opts?: { ahead?: boolean }): Promise<Array<[string, Uint8Array]>>;
  /**
   * dev_setBalance: sets `address`'s balance to `amount` of `denom` (the module's default when undefined) if the
   * module owns that face of an address (x/bank: bech32 and 0x, x/svm: base58); false when it does not.
   * Devnet only: runs in the block a devnet state change commits as. Bad input throws (the RPC says -32602).
   */
  devSetBalance?(ctx: Context, address: string, amount: bigint, denom: string | undefined): boolean;
  /**
   * Devnet only: what this module's handling of a block's txs takes from the node's memory rather than the txs
   * (x/evm: impersonated senders), as JSON to keep in the block; undefined for nothing.
   */
  devRecord?(txs: readonly Uint8Array[]): unknown;
  /** A replayed block's devRecord, handed back before its txs run. */
  devReplay?(record: unknown): void;
  /** The commitRows rows of the blocks above `height`, which a rollback to it deletes (keys under `e/`). */
  rollbackRows?(height: number, rows: DerivedRows): Promise<string[]>;
}
