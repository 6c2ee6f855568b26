import { BinaryWriter } from 'cosmjs-types/binary';
import { Timestamp } from 'cosmjs-types/google/protobuf/timestamp';
import { CommitSig } from 'cosmjs-types/tendermint/types/types';
import { fromHex, hexU, merkleRoot, type PartSetHeader, timestampOf } from './block-header.ts';

/** CometBFT's BlockIDFlag: the validator signed this block (COMMIT), or did not vote (ABSENT). */
export const BLOCK_ID_FLAG_ABSENT = 1;
export const BLOCK_ID_FLAG_COMMIT = 2;
/** SignedMsgType PRECOMMIT: a commit is made of precommits. */
export const PRECOMMIT_TYPE = 2;

/** One CommitSig as the block store keeps it (CometBFT's JSON: address hex, timestamp RFC 3339, signature base64). */
export interface StoredCommitSig {
  block_id_flag: number;
  validator_address: string;
  timestamp: string;
  signature: string | null;
}

/** The commit that finalized a block: its round and the validators' precommits. */
export interface StoredCommit {
  round: number;
  signatures: StoredCommitSig[];
}

export interface VoteTarget {
  /** SignedMsgType: PRECOMMIT_TYPE unless given (0, unset, is omitted as proto3 does). */
  type?: number;
  chainId: string;
  height: number;
  round: number;
  blockHash: string;
  parts: PartSetHeader;
  /** RFC 3339 with nanoseconds. */
  timestamp: string;
}

/**
 * CometBFT v0.38's precommit sign bytes (types.VoteSignBytes): the CanonicalVote {type, height sfixed64, round
 * sfixed64, block_id CanonicalBlockID (omitted for a nil vote), timestamp, chain_id}, length-delimited.
 */
export function voteSignBytes(v: VoteTarget): Uint8Array {
  const w = BinaryWriter.create();
  const type = v.type ?? PRECOMMIT_TYPE;
  if (type) w.uint32(8).int32(type);
  if (v.height) w.uint32(17).sfixed64(v.height);
  if (v.round) w.uint32(25).sfixed64(v.round);
  if (v.blockHash) {
    // CanonicalBlockID {hash = 1, part_set_header = 2 (never nullable)}, CanonicalPartSetHeader {total = 1, hash = 2}
    w.uint32(34).fork();
    w.uint32(10).bytes(fromHex(v.blockHash));
    w.uint32(18).fork();
    if (v.parts.total) w.uint32(8).uint32(v.parts.total);
    if (v.parts.hash) w.uint32(18).bytes(fromHex(v.parts.hash));
    w.ldelim();
    w.ldelim();
  }
  w.uint32(42).fork();
  Timestamp.encode(timestampOf(v.timestamp), w);
  w.ldelim();
  if (v.chainId) w.uint32(50).string(v.chainId);
  const body = w.finish();
  return BinaryWriter.create().bytes(body).finish(); // protoio.MarshalDelimited: uvarint length + bytes
}

/** CometBFT's Commit.Hash (a header's last_commit_hash): the merkle root of the CommitSigs' proto encodings. */
export function commitHash(c: StoredCommit | undefined): string {
  const sigs = (c?.signatures ?? []).map((s) =>
    CommitSig.encode({
      blockIdFlag: s.block_id_flag,
      validatorAddress: fromHex(s.validator_address),
      timestamp: timestampOf(s.timestamp),
      signature: s.signature ? new Uint8Array(Buffer.from(s.signature, 'base64')) : new Uint8Array(),
    }).finish(),
  );
  return hexU(merkleRoot(sigs));
}

export interface BlockSigner {
  readonly address: string;
  sign(bytes: Uint8Array): Uint8Array;
}

/** The single validator's commit of a block: its precommit for the block id, signed at `timestamp`. */
export function signCommit(signer: BlockSigner, b: { chainId: string; height: number; hash: string; partSetHeader?: PartSetHeader }, timestamp: string): StoredCommit {
  const signBytes = voteSignBytes({ chainId: b.chainId, height: b.height, round: 0, blockHash: b.hash, parts: b.partSetHeader ?? { total: 0, hash: '' }, timestamp });
  const signature = Buffer.from(signer.sign(signBytes)).toString('base64');
  return { round: 0, signatures: [{ block_id_flag: BLOCK_ID_FLAG_COMMIT, validator_address: signer.address, timestamp, signature }] };
}
