import { ErrInvalidChainId, ErrInvalidSignature, ErrTxDecode, ErrTxTypeNotSupported } from '../errors.ts';

/**
 * The checks geth makes on a raw tx before it believes a single field, done on the bytes ourselves so that
 * one signed tx has exactly one encoding (and one hash): canonical RLP (no long form for short data, no
 * leading zeros in lengths or integers, single bytes < 0x80 unprefixed), nothing after the tx, the field count
 * and kinds of its type, an EIP-155/EIP-2718 chain id that is ours, and a signature in range with low s (EIP-2).
 * Error texts are geth's, and never include anything taken from a library's message.
 */

type Item = Uint8Array | Item[];

const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const HALF_N = SECP256K1_N / 2n;
/** A tx nests at most: tx list → access list → entry → storage keys. */
const MAX_DEPTH = 4;

/** The canonical RLP item at `off`; its end offset. Throws geth's rlp errors. */
function readItem(b: Uint8Array, off: number, end: number, depth: number): [Item, number] {
  if (off >= end) throw ErrTxDecode('rlp: value size exceeds available input length');
  const h = b[off]!;
  if (h < 0x80) return [b.subarray(off, off + 1), off + 1];
  if (h < 0xc0) {
    const [start, len] = readLength(b, off, end, h, 0x80);
    if (len === 1 && b[start]! < 0x80) throw ErrTxDecode('rlp: non-canonical size information for single byte');
    return [b.subarray(start, start + len), start + len];
  }
  if (depth >= MAX_DEPTH) throw ErrTxDecode('rlp: transaction nests lists too deeply');
  const [start, len] = readLength(b, off, end, h, 0xc0);
  const items: Item[] = [];
  let p = start;
  while (p < start + len) {
    const [it, next] = readItem(b, p, start + len, depth + 1);
    items.push(it);
    p = next;
  }
  return [items, start + len];
}

/** Payload start and length of the string/list header `h` (base 0x80 or 0xc0) at `off`. */
function readLength(b: Uint8Array, off: number, end: number, h: number, base: number): [number, number] {
  const short = h - base;
  if (short <= 55) {
    if (off + 1 + short > end) throw ErrTxDecode('rlp: value size exceeds available input length');
    return [off + 1, short];
  }
  const lenOfLen = short - 55;
  if (off + 1 + lenOfLen > end) throw ErrTxDecode('rlp: value size exceeds available input length');
  if (b[off + 1] === 0) throw ErrTxDecode('rlp: non-canonical size information (leading zero bytes in length)');
  let len = 0;
  for (let i = 0; i < lenOfLen; i++) len = len * 256 + b[off + 1 + i]!;
  if (len <= 55) throw ErrTxDecode('rlp: non-canonical size information (long form for short data)');
  if (off + 1 + lenOfLen + len > end) throw ErrTxDecode('rlp: value size exceeds available input length');
  return [off + 1 + lenOfLen, len];
}

/** One whole RLP value spanning exactly `b[off..]`. */
function decodeOne(b: Uint8Array, off: number): Item {
  const [item, end] = readItem(b, off, b.length, 0);
  if (end !== b.length) throw ErrTxDecode(`rlp: input contains more than one value (${b.length - end} trailing bytes after the transaction)`);
  return item;
}

type FieldKind = 'int' | 'addr?' | 'bytes' | 'accessList';
const LEGACY: [string, FieldKind][] = [
  ['nonce', 'int'], ['gasPrice', 'int'], ['gas', 'int'], ['to', 'addr?'], ['value', 'int'], ['data', 'bytes'], ['v', 'int'], ['r', 'int'], ['s', 'int'],
];
const ACCESS_LIST: [string, FieldKind][] = [
  ['chainId', 'int'], ['nonce', 'int'], ['gasPrice', 'int'], ['gas', 'int'], ['to', 'addr?'], ['value', 'int'], ['data', 'bytes'],
  ['accessList', 'accessList'], ['yParity', 'int'], ['r', 'int'], ['s', 'int'],
];
const DYNAMIC_FEE: [string, FieldKind][] = [
  ['chainId', 'int'], ['nonce', 'int'], ['gasTipCap', 'int'], ['gasFeeCap', 'int'], ['gas', 'int'], ['to', 'addr?'], ['value', 'int'],
  ['data', 'bytes'], ['accessList', 'accessList'], ['yParity', 'int'], ['r', 'int'], ['s', 'int'],
];
const TYPES: Record<number, { name: string; fields: [string, FieldKind][] }> = {
  0: { name: 'LegacyTx', fields: LEGACY },
  1: { name: 'AccessListTx', fields: ACCESS_LIST },
  2: { name: 'DynamicFeeTx', fields: DYNAMIC_FEE },
};

/** An integer field: a string of at most 32 bytes without leading zeros (zero is the empty string). */
function int(it: Item, field: string, tx: string): bigint {
  if (Array.isArray(it)) throw ErrTxDecode(`rlp: expected input string or byte for *big.Int, decoding into (types.${tx}).${field}`);
  if (it.length > 0 && it[0] === 0) throw ErrTxDecode(`rlp: non-canonical integer (leading zero bytes) for *big.Int, decoding into (types.${tx}).${field}`);
  if (it.length > 32) throw ErrTxDecode(`rlp: input string too long for uint256, decoding into (types.${tx}).${field}`);
  let v = 0n;
  for (const x of it) v = (v << 8n) | BigInt(x);
  return v;
}

function checkAccessList(it: Item, tx: string): void {
  const where = `decoding into (types.${tx}).AccessList`;
  if (!Array.isArray(it)) throw ErrTxDecode(`rlp: expected input list for types.AccessList, ${where}`);
  for (const entry of it) {
    if (!Array.isArray(entry) || entry.length !== 2) throw ErrTxDecode(`rlp: access list entry must be [address, storageKeys], ${where}`);
    const [addr, keys] = entry;
    if (Array.isArray(addr) || addr!.length !== 20) throw ErrTxDecode(`rlp: input string too short/long for common.Address, ${where}`);
    if (!Array.isArray(keys)) throw ErrTxDecode(`rlp: expected input list for []common.Hash, ${where}`);
    for (const k of keys) if (Array.isArray(k) || k.length !== 32) throw ErrTxDecode(`rlp: input string too short/long for common.Hash, ${where}`);
  }
}

/** The summary the strict pass gives the caller: the tx type and, for a legacy tx, whether it is EIP-155 protected. */
export interface StrictTxInfo {
  type: number;
  /** The chain id the tx is bound to; undefined for a pre-EIP-155 legacy tx. */
  chainId: bigint | undefined;
}

/**
 * Validates `raw` as a canonical, signed Ethereum tx of a supported type for chain `chainId`; throws an
 * EvmError with geth's text otherwise. Signature recovery itself is left to the caller.
 */
export function checkRawEthTx(raw: Uint8Array, chainId: bigint): StrictTxInfo {
  if (raw.length === 0) throw ErrTxDecode('typed transaction too short');
  const first = raw[0]!;
  let type: number;
  let body: Item;
  if (first >= 0xc0) {
    type = 0;
    body = decodeOne(raw, 0);
  } else if (first >= 0x80) {
    throw ErrTxDecode('rlp: expected input list for types.LegacyTx (a transaction is an RLP list or an EIP-2718 typed envelope)');
  } else {
    type = first;
    if (!(type in TYPES)) throw ErrTxTypeNotSupported('transaction type not supported');
    if (raw.length < 2) throw ErrTxDecode('typed transaction too short');
    if (raw[1]! < 0xc0) throw ErrTxDecode(`rlp: expected input list for types.${TYPES[type]!.name} (typed transaction payload must be an RLP list)`);
    body = decodeOne(raw, 1);
  }
  const spec = TYPES[type]!;
  const items = body as Item[];
  if (items.length < spec.fields.length) throw ErrTxDecode(`rlp: too few elements for types.${spec.name}`);
  if (items.length > spec.fields.length) throw ErrTxDecode(`rlp: input list has too many elements for types.${spec.name}`);
  const ints: Record<string, bigint> = {};
  spec.fields.forEach(([name, kind], i) => {
    const it = items[i]!;
    if (kind === 'int') ints[name] = int(it, name, spec.name);
    else if (kind === 'bytes') {
      if (Array.isArray(it)) throw ErrTxDecode(`rlp: expected input string or byte for []uint8, decoding into (types.${spec.name}).Data`);
    } else if (kind === 'addr?') {
      if (Array.isArray(it) || (it.length !== 0 && it.length !== 20)) {
        throw ErrTxDecode(`rlp: input string too short/long for common.Address, decoding into (types.${spec.name}).To`);
      }
    } else checkAccessList(it, spec.name);
  });
  const r = ints.r!;
  const s = ints.s!;
  let txChainId: bigint | undefined;
  if (type === 0) {
    const v = ints.v!;
    if (v === 27n || v === 28n) txChainId = undefined;
    else if (v >= 35n) txChainId = (v - 35n) / 2n;
    else throw ErrInvalidSignature('invalid transaction v, r, s values');
  } else {
    if (ints.yParity! > 1n) throw ErrInvalidSignature('invalid transaction v, r, s values');
    txChainId = ints.chainId!;
  }
  if (txChainId !== undefined && txChainId !== chainId) throw ErrInvalidChainId(`invalid chain id for signer: have ${txChainId} want ${chainId}`);
  // geth's ValidateSignatureValues with homestead rules: 0 < r, s < n and s ≤ n/2.
  if (r === 0n || s === 0n || r >= SECP256K1_N || s > HALF_N) throw ErrInvalidSignature('invalid transaction v, r, s values');
  return { type, chainId: txChainId };
}
