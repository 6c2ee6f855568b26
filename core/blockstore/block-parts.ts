import { Block } from 'cosmjs-types/tendermint/types/block';
import type { Commit, Header } from 'cosmjs-types/tendermint/types/types';
import { blockIdProto, BLOCK_PROTOCOL, fromHex, type HeaderFields, hexU, merkleRoot, type PartSetHeader, timestampOf } from './block-header.ts';
import type { StoredCommit } from './commit.ts';

/** CometBFT's BlockPartSizeBytes: a block travels (and its id commits to it) in 64 KiB parts. */
export const BLOCK_PART_SIZE = 65536;

/** The last commit a block carries: the previous block's commit with its id (none at the first height). */
export interface LastCommit {
  height: number;
  blockHash: string;
  parts: PartSetHeader | undefined;
  commit: StoredCommit | undefined;
}

/** A header as tendermint.types.Header (what the block's encoding and the gRPC GetBlock* answers hold). */
export function headerProto(h: HeaderFields): Header {
  return {
    version: { block: BigInt(h.blockVersion ?? BLOCK_PROTOCOL), app: BigInt(h.appVersion ?? 0) },
    chainId: h.chainId,
    height: BigInt(h.height),
    time: timestampOf(h.time),
    lastBlockId: blockIdProto(h.lastBlockHash, h.lastPartSetHeader),
    lastCommitHash: fromHex(h.lastCommitHash),
    dataHash: fromHex(h.dataHash),
    validatorsHash: fromHex(h.validatorsHash),
    nextValidatorsHash: fromHex(h.nextValidatorsHash),
    consensusHash: fromHex(h.consensusHash),
    appHash: fromHex(h.appHash),
    lastResultsHash: fromHex(h.lastResultsHash),
    evidenceHash: fromHex(h.evidenceHash),
    proposerAddress: fromHex(h.proposer),
  };
}

/** A block's last commit as tendermint.types.Commit; the first block's is CometBFT's empty Commit{} (height 0, a zero id). */
export function lastCommitProto(last: LastCommit | undefined): Commit {
  return {
    height: BigInt(last?.height ?? 0),
    round: last?.commit?.round ?? 0,
    blockId: blockIdProto(last?.blockHash ?? '', last?.parts),
    signatures: (last?.commit?.signatures ?? []).map((s) => ({
      blockIdFlag: s.block_id_flag,
      validatorAddress: fromHex(s.validator_address),
      timestamp: timestampOf(s.timestamp),
      signature: s.signature ? new Uint8Array(Buffer.from(s.signature, 'base64')) : new Uint8Array(),
    })),
  };
}

/** A block's protobuf encoding (tendermint.types.Block), what CometBFT cuts into parts. */
export function encodeBlock(h: HeaderFields, txs: Uint8Array[], last: LastCommit | undefined): Uint8Array {
  return Block.encode({ header: headerProto(h), data: { txs }, evidence: { evidence: [] }, lastCommit: lastCommitProto(last) }).finish();
}

/** The part set header of a block's bytes (types.NewPartSetFromData): part count and the parts' merkle root. */
export function partSetHeader(blockBytes: Uint8Array): PartSetHeader {
  const parts: Uint8Array[] = [];
  for (let i = 0; i < blockBytes.length; i += BLOCK_PART_SIZE) parts.push(blockBytes.subarray(i, i + BLOCK_PART_SIZE));
  return { total: parts.length, hash: hexU(merkleRoot(parts)) };
}
