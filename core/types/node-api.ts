import type { EventEmitter } from 'node:events';
import type { BlockInfo, Context } from './context.ts';
import type { AbciEvent } from './events.ts';
import type { BlockResults, StoredBlock, StoredTx } from '../blockstore/types.ts';

export type { BlockResults, StoredBlock, StoredTx, StoredTxResult } from '../blockstore/types.ts';

/** Emitted on `node.bus`: 'block' after each commit, with everything a subscriber needs. */
export interface CommittedBlockEvent {
  block: StoredBlock;
  results: BlockResults;
  txs: StoredTx[];
}

export interface BroadcastResult {
  code: number;
  codespace: string;
  log: string;
  /** sha256 tx hash, upper-case hex. */
  hash: string;
  gasWanted: string;
}

/** What a module's services (its own RPC servers) may use of the running node. */
export interface NodeAPI {
  readonly chainId: string;
  /** Parsed `start` flags, e.g. flags['json-rpc.address']. */
  readonly flags: Record<string, string | boolean | undefined>;
  readonly bus: EventEmitter;
  latestHeight(): number;
  latestBlockInfo(): BlockInfo;
  /**
   * A read-only context over the committed state at `height` (default: the latest; writes go to a throwaway
   * branch). A height the store does not keep throws core/store's HistoricalStateError.
   */
  queryContext(height?: number): Context;
  /** A context over a throwaway branch of committed state (the latest, or after `height`) for simulation (eth_call, estimate). */
  simulateContext(gasLimit: bigint, height?: number): Context;
  /**
   * Re-runs committed block `height` (BeginBlock, txs 0..lastTx) on a throwaway branch of the state before it;
   * `onInfo` sees the BlockInfo all its contexts share (a tracer's key). Nothing is written.
   */
  replayBlock(height: number, lastTx: number, onInfo?: (info: BlockInfo) => void): Promise<unknown>;
  /** CheckTx and, if admitted, the mempool. */
  broadcastTx(tx: Uint8Array): Promise<BroadcastResult>;
  getBlock(height: number): StoredBlock | undefined;
  getBlockByHash(hash: string): StoredBlock | undefined;
  getBlockResults(height: number): BlockResults | undefined;
  /** By sha256 tx hash (upper-case hex). */
  getTx(hash: string): StoredTx | undefined;
  /** Resolves with the tx once a committed block holds it (undefined after timeoutMs). */
  waitForTx(hash: string, timeoutMs: number): Promise<StoredTx | undefined>;
  /** Non-consensus index data modules wrote through ctx.index. */
  getIndex(key: string): Uint8Array | undefined;
  iterateIndex(prefix: string, opts?: { reverse?: boolean; limit?: number }): AsyncIterableIterator<[string, Uint8Array]>;
  /** A derived row (`e/…`) modules wrote through Module.commitRows, as of the last commit. */
  getDerived(key: string): Uint8Array | undefined;
  /** Produce n blocks now (devnet control). */
  mine(n: number): Promise<number>;
  /** The devnet's controls (snapshot, revert, time, state changes); throws on a node run for a network (--abci). */
  devnet(): DevnetAPI;
  log(line: string): void;
}

/** A devnet control's params by name (both RPC ports map positional params onto DevnetAPI.paramNames). */
export type DevParams = Record<string, unknown>;

/** The embedded devnet's controls, shared by the Ethereum JSON-RPC (evm_*, anvil_*) and dev_* on both ports. */
export interface DevnetAPI {
  /** A snapshot of the state after the last block: its id (anvil's: 0, 1, 2 …) and height. */
  snapshot(): Promise<{ id: bigint; height: number }>;
  /** The whole node back to snapshot `id`; false if the id is unknown (or was reverted already). */
  revert(id: bigint): Promise<boolean>;
  /** The whole node back to its genesis (height 0); every snapshot forgotten. */
  reset(): Promise<void>;
  /** A state change committed as a block of its own (applied before BeginBlock); resolves with its height. */
  applyState(change: (ctx: Context) => void | Promise<void>): Promise<number>;
  /** n blocks now; `stepMs` between the timestamps of blocks after the first (anvil_mine's interval). */
  mine(n: number, stepMs?: number): Promise<number>;
  readonly clock: {
    now(): number;
    increase(ms: number): number;
    setNow(ms: number): void;
    setNext(ms: number): void;
    readonly interval: number | undefined;
    setInterval(ms: number | undefined): void;
  };
  readonly lastBlockTimeMs: number;
  readonly automine: boolean;
  readonly intervalMs: number;
  setAutomine(on: boolean): void;
  setIntervalMining(ms: number): void;
  /** Removes the mempool txs `match` picks; how many were removed. */
  dropTxs(match: (bytes: Uint8Array) => boolean): number;
  /** The mempool's txs in order (txpool_content). */
  pendingTxs(): Uint8Array[];
  /** dev_* methods by name (served on both RPC ports), and their positional param names. */
  readonly methods: ReadonlyMap<string, (p: DevParams) => unknown>;
  readonly paramNames: Readonly<Record<string, string[]>>;
}

/** Reads a `start` flag whatever spelling commander gave its key ("json-rpc.address" → "jsonRpc.address"). */
export function startFlag<V>(flags: Readonly<Record<string, V>>, name: string): V | undefined {
  const dashCamel = name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  const allCamel = name.replace(/[-.](\w)/g, (_, c: string) => c.toUpperCase());
  return flags[name] ?? flags[dashCamel] ?? flags[allCamel];
}

/** An integer start flag in [min, max] (decimal, `_` allowed), its default when absent; a bad value throws. */
export function intStartFlag<V>(flags: Readonly<Record<string, V>>, name: string, dflt: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const v = startFlag(flags, name);
  if (v === undefined || v === true) return dflt;
  const s = String(v).replace(/_/g, '');
  const n = Number(s);
  if (!/^\d+$/.test(s) || n < min || n > max) throw new Error(`--${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(v)}`);
  return n;
}
