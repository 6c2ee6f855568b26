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
  /** Non-consensus index data modules wrote through ctx.index. */
  getIndex(key: string): Uint8Array | undefined;
  iterateIndex(prefix: string, opts?: { reverse?: boolean; limit?: number }): AsyncIterableIterator<[string, Uint8Array]>;
  /** A derived row (`e/…`) modules wrote through Module.commitRows, as of the last commit. */
  getDerived(key: string): Uint8Array | undefined;
  /** Produce n blocks now (devnet control). */
  mine(n: number): Promise<number>;
  log(line: string): void;
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
