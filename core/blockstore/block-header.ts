import { createHash, hash } from 'node:crypto';
import { BinaryWriter } from 'cosmjs-types/binary';
import { BlockID } from 'cosmjs-types/tendermint/types/types';
import { HashedParams } from 'cosmjs-types/tendermint/types/params';
import { Timestamp } from 'cosmjs-types/google/protobuf/timestamp';

const sha256 = (...parts: Uint8Array[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
};
// One-shot hashes of a prefix byte and its input: a block's merkle trees run to tens of thousands of them.
const prefixed = (prefix: number, a: Uint8Array, b?: Uint8Array): Uint8Array => {
  const buf = Buffer.allocUnsafe(1 + a.length + (b?.length ?? 0));
  buf[0] = prefix;
  buf.set(a, 1);
  if (b) buf.set(b, 1 + a.length);
  return hash('sha256', buf, 'buffer');
};

export const hexU = (b: Uint8Array): string => Buffer.from(b).toString('hex').toUpperCase();
export const fromHex = (s: string | undefined): Uint8Array => new Uint8Array(Buffer.from(s ?? '', 'hex'));

/** CometBFT's merkle root over byte slices (crypto/merkle: RFC 6962 leaf/inner prefixes, split at 2^k < n). */
export function merkleRoot(items: Uint8Array[]): Uint8Array {
  if (items.length === 0) return sha256();
  const root = (lo: number, hi: number): Uint8Array => {
    if (hi - lo === 1) return prefixed(0, items[lo]!);
    let k = 1;
    while (k * 2 < hi - lo) k *= 2;
    return prefixed(1, root(lo, lo + k), root(lo + k, hi));
  };
  return new Uint8Array(root(0, items.length));
}

/** A merkle inclusion proof as CometBFT's crypto/merkle.Proof: aunts bottom-up (the last is the root's other child). */
export interface MerkleProof {
  total: number;
  index: number;
  leafHash: Uint8Array;
  aunts: Uint8Array[];
}

/** The proof that items[index] is under merkleRoot(items) (merkle.ProofsFromByteSlices). */
export function merkleProof(items: Uint8Array[], index: number): MerkleProof {
  if (!Number.isInteger(index) || index < 0 || index >= items.length) throw new Error(`no item ${index} among ${items.length}`);
  const aunts = (lo: number, hi: number): Uint8Array[] => {
    if (hi - lo === 1) return [];
    let k = 1;
    while (k * 2 < hi - lo) k *= 2;
    return index < lo + k ? [...aunts(lo, lo + k), merkleRoot(items.slice(lo + k, hi))] : [...aunts(lo + k, hi), merkleRoot(items.slice(lo, lo + k))];
  };
  return { total: items.length, index, leafHash: new Uint8Array(prefixed(0, items[index]!)), aunts: aunts(0, items.length) };
}

/** CometBFT's TxProof of a block's tx `index`: the tx hashes' merkle tree, whose root is the data hash. */
export function txProof(txs: Uint8Array[], index: number): { rootHash: string; proof: MerkleProof } {
  const hashes = txs.map((t) => hash('sha256', t, 'buffer'));
  return { rootHash: hexU(merkleRoot(hashes)), proof: merkleProof(hashes, index) };
}

/** The data hash of a block: the merkle root of its txs' sha256 hashes (as CometBFT computes it). */
export function dataHash(txs: Uint8Array[]): string {
  return hexU(merkleRoot(txs.map((t) => hash('sha256', t, 'buffer'))));
}

/** The hash of an empty list (no evidence, no results, an empty last commit): sha256 of nothing. */
export const EMPTY_LIST_HASH = hexU(sha256());

/**
 * CometBFT's LastResultsHash (types.ABCIResults.Hash): the merkle root of each tx result's deterministic part
 * (code, data, gas_wanted, gas_used) encoded as an ExecTxResult (fields 1, 2, 5, 6).
 */
export function resultsHash(results: ReadonlyArray<{ code: number; data: Uint8Array; gasWanted: bigint; gasUsed: bigint }>): string {
  return hexU(merkleRoot(results.map(deterministicResult)));
}

/** Protobuf by hand (tens of thousands per block): tag, then a varint or length-delimited bytes. */
function deterministicResult(r: { code: number; data: Uint8Array; gasWanted: bigint; gasUsed: bigint }): Uint8Array {
  const out = Buffer.allocUnsafe(r.data.length + 40);
  let i = 0;
  const varint = (v: bigint) => {
    let n = BigInt.asUintN(64, v);
    while (n >= 0x80n) {
      out[i++] = Number(n & 0x7fn) | 0x80;
      n >>= 7n;
    }
    out[i++] = Number(n);
  };
  if (r.code) (out[i++] = 8), varint(BigInt(r.code));
  if (r.data.length) (out[i++] = 18), varint(BigInt(r.data.length)), out.set(r.data, i), (i += r.data.length);
  if (r.gasWanted) (out[i++] = 40), varint(r.gasWanted);
  if (r.gasUsed) (out[i++] = 48), varint(r.gasUsed);
  return out.subarray(0, i);
}

/** CometBFT's ConsensusParams.Hash: sha256 of HashedParams {block.max_bytes, block.max_gas}. */
export function consensusHash(maxBytes: bigint, maxGas: bigint): string {
  return hexU(sha256(HashedParams.encode({ blockMaxBytes: maxBytes, blockMaxGas: maxGas }).finish()));
}

/** A block id's part set header (the merkle root of the block's proto encoding cut in 64 KiB parts). */
export interface PartSetHeader {
  total: number;
  /** upper-case hex */
  hash: string;
}

/** The header fields CometBFT hashes. Hashes are upper-case hex; the optional ones are '' when absent. */
export interface HeaderFields {
  /** CometBFT's header version: the block protocol (11 when absent) and the app's (its Info app_version). */
  blockVersion?: number;
  appVersion?: number;
  chainId: string;
  height: number;
  /** RFC 3339 with nanoseconds. */
  time: string;
  lastBlockHash: string;
  lastPartSetHeader?: PartSetHeader;
  lastCommitHash?: string;
  dataHash: string;
  validatorsHash?: string;
  nextValidatorsHash?: string;
  consensusHash?: string;
  appHash: string;
  lastResultsHash?: string;
  evidenceHash?: string;
  proposer: string;
}

export const BLOCK_PROTOCOL = 11;

/** A time as a protobuf Timestamp, from RFC 3339 with up to nine fraction digits. */
export function timestampOf(rfc3339: string): Timestamp {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?Z$/.exec(rfc3339);
  if (!m) throw new Error(`not an RFC 3339 UTC time: ${rfc3339}`);
  const ms = Date.parse(m[1]! + 'Z');
  return { seconds: BigInt(Math.floor(ms / 1000)), nanos: Number((m[2] ?? '').padEnd(9, '0')) };
}

export function blockIdProto(hash: string, parts: PartSetHeader | undefined): BlockID {
  return { hash: fromHex(hash), partSetHeader: { total: parts?.total ?? 0, hash: fromHex(parts?.hash) } };
}

// cdcEncode of types/encoding_helper.go: the gogoproto wrapper of a scalar (StringValue, Int64Value, BytesValue).
const wrapString = (s: string) => (s ? BinaryWriter.create().uint32(10).string(s).finish() : new Uint8Array());
const wrapInt64 = (n: number) => (n ? BinaryWriter.create().uint32(8).int64(n).finish() : new Uint8Array());
const wrapBytes = (hex: string | undefined) => (hex ? BinaryWriter.create().uint32(10).bytes(fromHex(hex)).finish() : new Uint8Array());

/** The block hash as CometBFT computes it (types.Header.Hash): the merkle root of the 14 field encodings. */
export function headerHash(h: HeaderFields): string {
  const version = BinaryWriter.create();
  version.uint32(8).uint64(h.blockVersion ?? BLOCK_PROTOCOL);
  if (h.appVersion) version.uint32(16).uint64(h.appVersion);
  const fields = [
    version.finish(),
    wrapString(h.chainId),
    wrapInt64(h.height),
    Timestamp.encode(timestampOf(h.time)).finish(),
    BlockID.encode(blockIdProto(h.lastBlockHash, h.lastPartSetHeader)).finish(),
    wrapBytes(h.lastCommitHash),
    wrapBytes(h.dataHash),
    wrapBytes(h.validatorsHash),
    wrapBytes(h.nextValidatorsHash),
    wrapBytes(h.consensusHash),
    wrapBytes(h.appHash),
    wrapBytes(h.lastResultsHash),
    wrapBytes(h.evidenceHash),
    wrapBytes(h.proposer),
  ];
  return hexU(merkleRoot(fields));
}

/** RFC 3339 with nanoseconds, from integer milliseconds. */
export function rfc3339Nano(ms: number): string {
  const iso = new Date(ms).toISOString(); // 2026-11-26T16:49:22.123Z
  return iso.slice(0, 23) + '000000Z';
}
