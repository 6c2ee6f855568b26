import type { AbciEvent } from '../types/events.ts';
import type { TxExecResult } from '../types/tx-result.ts';
import type { PartSetHeader } from './block-header.ts';
import type { StoredCommit } from './commit.ts';

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
   * The rest of CometBFT's header (hashes upper-case hex), which the embedded producer fills and `hash` commits to
   * (core/blockstore/block-header.ts). Absent on blocks CometBFT made (--abci: CometBFT serves those) and on blocks
   * of a home older than issue 20.
   */
  appVersion?: number;
  lastPartSetHeader?: PartSetHeader;
  lastCommitHash?: string;
  validatorsHash?: string;
  nextValidatorsHash?: string;
  consensusHash?: string;
  lastResultsHash?: string;
  evidenceHash?: string;
  /** This block's part set header: with `hash`, its block id. */
  partSetHeader?: PartSetHeader;
  /** The size of the block's protobuf encoding in bytes (the block meta's block_size). */
  size?: number;
  /** The precommits that committed this block, signed over its block id when it was proposed (kept, never re-signed). */
  commit?: StoredCommit;
  /** The merkle root of this block's tx results: the next header's last_results_hash (set at Commit). */
  resultsHash?: string;
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
