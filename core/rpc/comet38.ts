import type { AbciEvent } from '../types/events.ts';
import type { BlockResults, StoredBlock, StoredTx, StoredTxResult } from '../types/node-api.ts';
import { BLOCK_PROTOCOL, type PartSetHeader, txProof } from '../blockstore/block-header.ts';
import { BLOCK_ID_FLAG_COMMIT } from '../blockstore/commit.ts';

/** CometBFT v0.38 JSON shapes (rpc/core/types), one encoder per object. */
export const COMET_VERSION = '0.38.17';

/** A block id; blocks from before issue 20 have no part set header of their own (their hash stood in). */
export const blockId = (hash: string, parts?: PartSetHeader) => ({ hash, parts: parts ? { total: parts.total, hash: parts.hash } : { total: hash ? 1 : 0, hash } });

export function header(b: StoredBlock) {
  return {
    version: { block: String(BLOCK_PROTOCOL), app: String(b.appVersion ?? 0) },
    chain_id: b.chainId,
    height: String(b.height),
    time: b.time,
    last_block_id: blockId(b.lastBlockHash, b.lastBlockHash ? b.lastPartSetHeader : undefined),
    last_commit_hash: b.lastCommitHash ?? '',
    data_hash: b.dataHash,
    validators_hash: b.validatorsHash ?? '',
    next_validators_hash: b.nextValidatorsHash ?? '',
    consensus_hash: b.consensusHash ?? '',
    app_hash: b.appHash,
    last_results_hash: b.lastResultsHash ?? '',
    evidence_hash: b.evidenceHash ?? '',
    proposer_address: b.proposer,
  };
}

/** The commit of block b: the precommits stored with it (a block from before issue 20 shows an unsigned one). */
export function commit(b: StoredBlock, validatorAddress: string) {
  return {
    height: String(b.height),
    round: b.commit?.round ?? 0,
    block_id: blockId(b.hash, b.partSetHeader),
    signatures: b.commit?.signatures ?? [{ block_id_flag: BLOCK_ID_FLAG_COMMIT, validator_address: validatorAddress, timestamp: b.time, signature: null }],
  };
}

export function block(b: StoredBlock, prev: StoredBlock | undefined, validatorAddress: string) {
  return {
    block_id: blockId(b.hash, b.partSetHeader),
    block: {
      header: header(b),
      data: { txs: b.txs },
      evidence: { evidence: [] },
      last_commit: prev ? commit(prev, validatorAddress) : { height: '0', round: 0, block_id: blockId(''), signatures: [] },
    },
  };
}

export const events = (evs: AbciEvent[]) =>
  evs.map((e) => ({ type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value, index: a.index })) }));

export function txResult(r: StoredTxResult) {
  return {
    code: r.code,
    data: r.data,
    log: r.log,
    info: '',
    gas_wanted: r.gasWanted,
    gas_used: r.gasUsed,
    events: events(r.events),
    codespace: r.codespace,
  };
}

/** A tx; with its block's txs, CometBFT's TxProof of it against the block's data hash (`prove=true`). */
export function tx(t: StoredTx, blockTxs?: string[]) {
  const out: Record<string, unknown> = { hash: t.hash, height: String(t.height), index: t.index, tx_result: txResult(t.result), tx: t.tx };
  if (blockTxs) {
    const { rootHash, proof } = txProof(blockTxs.map((b) => Buffer.from(b, 'base64')), t.index);
    const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
    out.proof = { root_hash: rootHash, data: t.tx, proof: { total: String(proof.total), index: String(proof.index), leaf_hash: b64(proof.leafHash), aunts: proof.aunts.map(b64) } };
  }
  return out;
}

export function blockResults(r: BlockResults) {
  return {
    height: String(r.height),
    txs_results: r.txResults.length ? r.txResults.map(txResult) : null,
    finalize_block_events: events(r.finalizeBlockEvents),
    validator_updates: [],
    consensus_param_updates: null,
    app_hash: r.appHash,
  };
}

export function blockMeta(b: StoredBlock) {
  return {
    block_id: blockId(b.hash, b.partSetHeader),
    block_size: String(b.size ?? b.txs.reduce((s, t) => s + (t.length * 3) / 4, 200) | 0),
    header: header(b),
    num_txs: String(b.txs.length),
  };
}
