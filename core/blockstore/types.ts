import type { AbciEvent } from '../types/events.ts';
import type { TxExecResult } from '../types/tx-result.ts';

/** A committed block as the node stores it. Hashes are upper-case hex, like CometBFT's JSON. */
export interface StoredBlock {
  height: number;
  /** RFC 3339 with nanoseconds, e.g. "2026-11-26T16:49:22.123000000Z". */
  time: string;
  timeMs: number;
  chainId: string;
  hash: string;
  lastBlockHash: string;
  dataHash: string;
  /** App hash after the previous block (CometBFT's header semantics). */
  appHash: string;
  /** App hash this block's execution produced. */
  resultAppHash: string;
  proposer: string;
  /** The txs, base64. */
  txs: string[];
  /**
   * Devnet only: the state writes the node's devnet controls (anvil_setBalance, dev_loadState, …) made at this
   * block's start, before BeginBlock — [key, base64 value | null] in key order — so a replay of the block store
   * applies the same writes. Absent on any block a network (CometBFT) made.
   */
  dev?: Array<[string, string | null]>;
  /** Devnet only: the modules' devRecord of this block's txs, by module (see Module.devRecord). */
  devRecords?: Record<string, unknown>;
}

export interface StoredTxResult extends Omit<TxExecResult, 'data' | 'gasWanted' | 'gasUsed'> {
  /** base64 */
  data: string;
  gasWanted: string;
  gasUsed: string;
}

export interface StoredTx {
  hash: string;
  height: number;
  index: number;
  /** base64 tx bytes */
  tx: string;
  result: StoredTxResult;
}

export interface BlockResults {
  height: number;
  txResults: StoredTxResult[];
  /** Begin + end block events (CometBFT v0.38's finalize_block_events). */
  finalizeBlockEvents: AbciEvent[];
  appHash: string;
}
