import { toHex } from '@cosmjs/encoding';
import { consensusHash, dataHash, EMPTY_LIST_HASH, headerHash, rfc3339Nano } from '../blockstore/block-header.ts';
import { encodeBlock, partSetHeader } from '../blockstore/block-parts.ts';
import { commitHash } from '../blockstore/commit.ts';
import type { StoredBlock } from '../blockstore/types.ts';
import { VALIDATOR_POWER, validatorsHash } from '../blockstore/validator-set.ts';
import { APP_VERSION } from '../types/consensus.ts';
import type { BaseApp, ProposedBlock } from './baseapp.ts';

export interface ProposeOptions {
  /** The single validator's public key: the header's validators_hash and next_validators_hash commit to it. */
  validatorPubKey?: Uint8Array;
  /** The block at app.lastHeight when the caller has it at hand (read from the store otherwise). */
  prev?: StoredBlock;
}

type AppView = Pick<BaseApp, 'lastHeight' | 'chainId' | 'lastBlockHash' | 'lastAppHash' | 'consensus' | 'blocks'>;

// The validator and the consensus params change rarely, if ever, on a devnet: their hashes (≈ 30 µs of a block's
// proposal, issue 17) are kept for the last inputs seen and recomputed when those change.
let valsMemo: { key: Uint8Array; hash: string } | undefined;
function lastValidatorsHash(pubKey: Uint8Array): string {
  if (valsMemo && Buffer.compare(valsMemo.key, pubKey) === 0) return valsMemo.hash;
  const hash = validatorsHash([{ pubKey, power: VALIDATOR_POWER }]);
  valsMemo = { key: Uint8Array.from(pubKey), hash };
  return hash;
}
let paramsMemo: { maxBytes: bigint; maxGas: bigint; hash: string } | undefined;
function lastConsensusHash(maxBytes: bigint, maxGas: bigint): string {
  if (paramsMemo?.maxBytes === maxBytes && paramsMemo.maxGas === maxGas) return paramsMemo.hash;
  paramsMemo = { maxBytes, maxGas, hash: consensusHash(maxBytes, maxGas) };
  return paramsMemo.hash;
}

/**
 * The next block over `app`'s last commit: its header as CometBFT v0.38 builds one (every hash computed as
 * CometBFT does, so `hash` is the real header hash) and its part set header; the caller signs its commit.
 */
export function proposeBlock(app: AppView, txs: Uint8Array[], timeMs: number, proposer: string, opts: ProposeOptions = {}): ProposedBlock {
  const height = app.lastHeight + 1;
  const found = opts.prev ?? (app.lastHeight > 0 ? app.blocks.block(app.lastHeight) : undefined);
  const prev = found && found.hash === app.lastBlockHash ? found : undefined;
  const vals = opts.validatorPubKey ? lastValidatorsHash(opts.validatorPubKey) : '';
  const header: StoredBlock = {
    height,
    time: rfc3339Nano(timeMs),
    timeMs,
    chainId: app.chainId,
    hash: '',
    lastBlockHash: app.lastBlockHash,
    dataHash: dataHash(txs),
    appHash: toHex(app.lastAppHash).toUpperCase(),
    resultAppHash: '',
    proposer,
    txs: txs.map((t) => Buffer.from(t).toString('base64')),
    appVersion: APP_VERSION,
    lastPartSetHeader: prev?.partSetHeader,
    lastCommitHash: commitHash(prev?.commit),
    validatorsHash: vals,
    nextValidatorsHash: vals,
    consensusHash: lastConsensusHash(BigInt(app.consensus.maxBytes), app.consensus.maxGas),
    // At the first height CometBFT's LastResultsHash is the hash of no results.
    lastResultsHash: prev?.resultsHash ?? EMPTY_LIST_HASH,
    evidenceHash: EMPTY_LIST_HASH,
  };
  header.hash = headerHash(header);
  const last = prev ? { height: prev.height, blockHash: prev.hash, parts: prev.partSetHeader, commit: prev.commit } : undefined;
  const bytes = encodeBlock(header, txs, last);
  header.partSetHeader = partSetHeader(bytes);
  header.size = bytes.length;
  return { height, timeMs, proposer, txs, hash: header.hash, header };
}
