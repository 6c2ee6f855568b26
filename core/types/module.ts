import type { Command } from 'commander';
import type { Context } from './context.ts';
import type { NodeAPI } from '../node/node-api.ts';

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
  /** Stateless checks; throw an AppError. Runs in CheckTx too. */
  validateBasic?(msg: T): void;
  /** Executes against ctx (already a branch: a throw discards its writes). */
  handle(ctx: Context, msg: T): MsgResponse | Promise<MsgResponse>;
}

/** ABCI query handler for a gRPC-style path; request and response are protobuf bytes. */
export type QueryHandler = (ctx: Context, data: Uint8Array) => Uint8Array | Promise<Uint8Array>;

/** The outcome of one tx, as it goes into the block results. */
export interface TxExecResult {
  code: number;
  codespace: string;
  log: string;
  /** TxMsgData bytes (or a raw-tx handler's own response bytes). */
  data: Uint8Array;
  gasWanted: bigint;
  gasUsed: bigint;
  events: import('./events.ts').AbciEvent[];
}

export interface CheckResult {
  gasWanted: bigint;
  /** Optional (sender, nonce) so the mempool keeps one sender's txs in nonce order. */
  sender?: string;
  nonce?: bigint;
}

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

/** A long-running server a module runs beside the node (Ethereum JSON-RPC, Solana JSON-RPC). */
export interface Service {
  name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Client-side pieces a module adds to `triviumd` (its `tx <module>` and `q <module>` commands). */
export interface ModuleCli {
  /** [typeUrl, codec] pairs the CLI's signer needs to encode this module's messages. */
  registryTypes?: Array<[string, Codec<any>]>;
  tx?(parent: Command): void;
  query?(parent: Command): void;
  /** Extra `start` flags (e.g. --json-rpc.address) with defaults. */
  startFlags?: Array<{ flags: string; description: string; defaultValue?: string }>;
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
  /** Whether the module has work waiting (a queued message): `--block-time 0` then produces a block. */
  hasPendingWork?(ctx: Context): boolean;
}
