import { createPublicKey, verify as cryptoVerify } from 'node:crypto';
import {
  SOLANA_ERROR__CODECS__CANNOT_DECODE_EMPTY_BYTE_ARRAY,
  SOLANA_ERROR__CODECS__INVALID_BYTE_LENGTH,
  SOLANA_ERROR__CODECS__NUMBER_OUT_OF_RANGE,
  SOLANA_ERROR__TRANSACTION__MESSAGE_SIGNATURES_MISMATCH,
  getAddressEncoder,
  getCompiledTransactionMessageDecoder,
  getCompiledTransactionMessageEncoder,
  getShortU16Decoder,
  getTransactionDecoder,
  isSolanaError,
} from '@solana/kit';
import type { AccountMetaInput } from './types/index.ts';
import { AppError } from '../../core/types/errors.ts';
import { ErrInvalidSolanaTx, bytesEqual, toHex } from './types/index.ts';

const addressEncoder = getAddressEncoder();

/**
 * Solana's transaction wire format (legacy and v0 messages): parse what clients send, build what the module
 * runs for MsgExecute. https://solana.com/docs/core/transactions
 */
export interface CompiledInstruction {
  programIdIndex: number;
  accounts: number[];
  data: Uint8Array;
}

export interface AddressTableLookup {
  accountKey: Uint8Array;
  writableIndexes: number[];
  readonlyIndexes: number[];
}

export interface ParsedTransaction {
  signatures: Uint8Array[];
  messageBytes: Uint8Array;
  version: 'legacy' | 0;
  numRequiredSignatures: number;
  numReadonlySigned: number;
  numReadonlyUnsigned: number;
  accountKeys: Uint8Array[];
  recentBlockhash: Uint8Array;
  instructions: CompiledInstruction[];
  lookups: AddressTableLookup[];
}

// Kit's decoders are stateless: build them once (this is on every Solana tx's path).
const transactionDecoder = getTransactionDecoder();
const messageDecoder = getCompiledTransactionMessageDecoder();
const messageEncoder = getCompiledTransactionMessageEncoder();
const shortU16 = getShortU16Decoder();

/** A kit decoder's read, its errors as ours (kit's texts vary with NODE_ENV and never name the field). */
function read<T>(what: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof AppError) throw e;
    const ctx = isSolanaError(e) ? (e.context as Record<string, unknown>) : {};
    if (isSolanaError(e, SOLANA_ERROR__TRANSACTION__MESSAGE_SIGNATURES_MISMATCH)) {
      throw ErrInvalidSolanaTx(`${String(ctx.signaturesLength)} signatures for a message that requires ${String(ctx.numRequiredSignatures)}`);
    }
    if (isSolanaError(e, SOLANA_ERROR__CODECS__INVALID_BYTE_LENGTH) || isSolanaError(e, SOLANA_ERROR__CODECS__CANNOT_DECODE_EMPTY_BYTE_ARRAY)) {
      throw ErrInvalidSolanaTx(`${what} ends early`);
    }
    if (isSolanaError(e, SOLANA_ERROR__CODECS__NUMBER_OUT_OF_RANGE)) throw ErrInvalidSolanaTx(`${what}: compact-u16 length out of range`);
    throw ErrInvalidSolanaTx(`${what} is malformed`);
  }
}

/** A compact-u16 at `off`: its value and encoded size; a non-minimal encoding (e.g. 0x80 0x00 for 0) is refused. */
function shortvecAt(b: Uint8Array, off: number, what: string): [number, number] {
  const [v, end] = read(what, () => shortU16.read(b, off));
  const size = end - off;
  if (size !== (v < 0x80 ? 1 : v < 0x4000 ? 2 : 3)) throw ErrInvalidSolanaTx(`${what}: non-minimal compact-u16 (short-vec) encoding`);
  return [v, size];
}

/**
 * Parses a wire transaction (legacy or v0) with @solana/kit's codecs, strictly: one encoding per transaction
 * (minimal compact-u16 lengths, nothing after the message), as many signatures as the header requires,
 * supported versions only, every index in range, no account twice.
 */
export function parseTransaction(bytes: Uint8Array): ParsedTransaction {
  const [nsig, nsigSize] = shortvecAt(bytes, 0, 'signature count');
  if (nsig === 0) throw ErrInvalidSolanaTx('no signatures');
  const msgStart = nsigSize + 64 * nsig;
  if (msgStart >= bytes.length) throw ErrInvalidSolanaTx('transaction ends early');
  const vbyte = bytes[msgStart]!;
  if (vbyte & 0x80 && vbyte !== 0x80) throw ErrInvalidSolanaTx(`message version ${vbyte & 0x7f} is not supported`);
  const version: 'legacy' | 0 = vbyte === 0x80 ? 0 : 'legacy';
  // The message first: the envelope's signature count is checked against its header below, with our text.
  const messageBytes = bytes.subarray(msgStart);
  const [decoded, msgEnd] = read('message', () => messageDecoder.read(messageBytes, 0));
  // Versions other than legacy and 0 were refused above (kit would read v1 too).
  const message = decoded as Exclude<typeof decoded, { version: 1 }>;
  if (msgEnd !== messageBytes.length) throw ErrInvalidSolanaTx(`${messageBytes.length - msgEnd} trailing bytes`);
  const numRequiredSignatures = message.header.numSignerAccounts;
  if (numRequiredSignatures !== nsig) throw ErrInvalidSolanaTx(`${nsig} signatures for a message that requires ${numRequiredSignatures}`);
  const [envelope] = read('transaction', () => transactionDecoder.read(bytes, 0));
  // Kit reads every compact-u16 leniently: the re-encoding of what it read must be the bytes we got.
  const canonical = messageEncoder.encode(message) as Uint8Array;
  if (!bytesEqual(canonical, messageBytes)) throw ErrInvalidSolanaTx('message: non-minimal compact-u16 (short-vec) encoding');

  const numReadonlySigned = message.header.numReadonlySignerAccounts;
  const numReadonlyUnsigned = message.header.numReadonlyNonSignerAccounts;
  const nkeys = message.staticAccounts.length;
  // The keys and blockhash as the bytes they are (the encoding is canonical, so their offsets are known).
  const keysAt = (version === 0 ? 1 : 0) + 3 + (nkeys < 0x80 ? 1 : nkeys < 0x4000 ? 2 : 3);
  const accountKeys: Uint8Array[] = [];
  for (let i = 0; i < nkeys; i++) accountKeys.push(messageBytes.subarray(keysAt + 32 * i, keysAt + 32 * (i + 1)));
  const recentBlockhash = messageBytes.subarray(keysAt + 32 * nkeys, keysAt + 32 * nkeys + 32);
  // Kit gives signatures by signer address (a zeroed one as null); the wire order is the signers' order.
  const sigs = envelope.signatures as Record<string, Uint8Array | null>;
  const signatures: Uint8Array[] = [];
  for (let i = 0; i < nsig; i++) signatures.push(bytes.subarray(nsigSize + 64 * i, nsigSize + 64 * (i + 1)));
  if (Object.keys(sigs).length !== nsig) throw ErrInvalidSolanaTx('an account key appears twice');
  const instructions: CompiledInstruction[] = message.instructions.map((ix) => ({
    programIdIndex: ix.programAddressIndex,
    accounts: ix.accountIndices ? [...ix.accountIndices] : [],
    data: ix.data ? (ix.data as Uint8Array) : new Uint8Array(),
  }));
  const lookups: AddressTableLookup[] =
    'addressTableLookups' in message && message.addressTableLookups
      ? message.addressTableLookups.map((l) => ({
          accountKey: new Uint8Array(addressEncoder.encode(l.lookupTableAddress)),
          writableIndexes: [...l.writableIndexes],
          readonlyIndexes: [...l.readonlyIndexes],
        }))
      : [];

  if (numReadonlySigned >= numRequiredSignatures && numRequiredSignatures > 0) {
    throw ErrInvalidSolanaTx('the fee payer must be writable');
  }
  if (numRequiredSignatures + numReadonlyUnsigned > nkeys) throw ErrInvalidSolanaTx('header counts exceed the keys');
  const total = nkeys + lookups.reduce((n, l) => n + l.writableIndexes.length + l.readonlyIndexes.length, 0);
  if (total > 256) throw ErrInvalidSolanaTx('more than 256 accounts');
  for (const ix of instructions) {
    if (ix.programIdIndex >= nkeys || ix.programIdIndex === 0) {
      throw ErrInvalidSolanaTx(`instruction program index ${ix.programIdIndex} is invalid`);
    }
    for (const a of ix.accounts) if (a >= total) throw ErrInvalidSolanaTx(`account index ${a} out of range`);
  }
  const seen = new Set<string>();
  for (const k of accountKeys) {
    const h = toHex(k);
    if (seen.has(h)) throw ErrInvalidSolanaTx('an account key appears twice');
    seen.add(h);
  }
  for (const l of lookups) {
    const h = toHex(l.accountKey);
    if (seen.has(h)) throw ErrInvalidSolanaTx('an address lookup table appears twice or is also a static key');
    seen.add(h);
  }
  return {
    signatures,
    messageBytes,
    version,
    numRequiredSignatures,
    numReadonlySigned,
    numReadonlyUnsigned,
    accountKeys,
    recentBlockhash,
    instructions,
    lookups,
  };
}

/** Whether static key i is writable according to the message header. */
export function isWritableIndex(tx: ParsedTransaction, i: number): boolean {
  if (i < tx.numRequiredSignatures) return i < tx.numRequiredSignatures - tx.numReadonlySigned;
  return i < tx.accountKeys.length - tx.numReadonlyUnsigned;
}

const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** ed25519 signature check (node's OpenSSL). */
export function verifyEd25519(pubkey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  try {
    const key = createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, pubkey]), format: 'der', type: 'spki' });
    return cryptoVerify(null, message, key, signature);
  } catch {
    return false;
  }
}

/** Every required signature verifies against its key: the first failing index, or -1. */
export function firstBadSignature(tx: ParsedTransaction): number {
  for (let i = 0; i < tx.numRequiredSignatures; i++) {
    if (!verifyEd25519(tx.accountKeys[i]!, tx.messageBytes, tx.signatures[i]!)) return i;
  }
  return -1;
}

function pushShortvec(out: number[], n: number): void {
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if (n) out.push(b | 0x80);
    else {
      out.push(b);
      return;
    }
  }
}

export interface InstructionInput {
  programId: Uint8Array;
  accounts: AccountMetaInput[];
  data: Uint8Array;
}

export interface CompiledMessage {
  /** The full wire transaction with zeroed signatures (the module runs it with signature checks off). */
  tx: Uint8Array;
  keys: Uint8Array[];
  writable: boolean[];
  numSigners: number;
  /** Where each instruction's data starts in `tx` (to patch a value in place). */
  dataOffsets: number[];
}

/**
 * Compiles instructions into a legacy transaction the way Solana clients do: fee payer first, then writable
 * signers, readonly signers, writable and readonly non-signers, each key once with its flags merged.
 */
export function compileTransaction(feePayer: Uint8Array, ixs: InstructionInput[], blockhash: Uint8Array): CompiledMessage {
  // A handful of keys: a linear scan with a byte compare beats hashing them (this is on every call's path).
  const keys: Uint8Array[] = [];
  const signer: boolean[] = [];
  const writable: boolean[] = [];
  const find = (key: Uint8Array) => {
    for (let i = 0; i < keys.length; i++) if (same32(keys[i]!, key)) return i;
    return -1;
  };
  const add = (key: Uint8Array, s: boolean, w: boolean) => {
    const i = find(key);
    if (i >= 0) {
      signer[i] ||= s;
      writable[i] ||= w;
    } else {
      keys.push(key);
      signer.push(s);
      writable.push(w);
    }
  };
  add(feePayer, true, true);
  for (const ix of ixs) {
    for (const m of ix.accounts) add(m.pubkey, m.isSigner, m.isWritable);
    add(ix.programId, false, false);
  }
  // Stable order by class; the fee payer is a writable signer added first, so it stays at index 0.
  const rank = (i: number) => (signer[i] ? (writable[i] ? 0 : 1) : writable[i] ? 2 : 3);
  const order = keys.map((_, i) => i).sort((a, b) => rank(a) - rank(b) || a - b);
  const sortedKeys = order.map((i) => keys[i]!);
  const sortedWritable = order.map((i) => writable[i]!);
  const indexOf = (key: Uint8Array) => {
    for (let i = 0; i < sortedKeys.length; i++) if (same32(sortedKeys[i]!, key)) return i;
    throw new Error('unreachable: key not compiled');
  };
  let numSigners = 0;
  let numReadonlySigned = 0;
  let numReadonlyUnsigned = 0;
  for (const i of order) {
    if (signer[i]) {
      numSigners++;
      if (!writable[i]) numReadonlySigned++;
    } else if (!writable[i]) numReadonlyUnsigned++;
  }
  const out: number[] = [];
  pushShortvec(out, numSigners);
  const sigBytes = numSigners * 64;
  const headLen = out.length + sigBytes + 3;
  const msgHead: number[] = [numSigners, numReadonlySigned, numReadonlyUnsigned];
  pushShortvec(msgHead, sortedKeys.length);
  const tail: number[] = [];
  pushShortvec(tail, ixs.length);
  const ixHeaders: number[][] = ixs.map((ix) => {
    const h: number[] = [indexOf(ix.programId)];
    pushShortvec(h, ix.accounts.length);
    for (const m of ix.accounts) h.push(indexOf(m.pubkey));
    pushShortvec(h, ix.data.length);
    return h;
  });
  let total = out.length + sigBytes + msgHead.length + 32 * sortedKeys.length + 32 + tail.length;
  for (let k = 0; k < ixs.length; k++) total += ixHeaders[k]!.length + ixs[k]!.data.length;
  const tx = new Uint8Array(total);
  tx.set(out, 0);
  let q = headLen - 3;
  tx.set(msgHead, q);
  q += msgHead.length;
  for (const k of sortedKeys) {
    tx.set(k, q);
    q += 32;
  }
  tx.set(blockhash, q);
  q += 32;
  tx.set(tail, q);
  q += tail.length;
  const dataOffsets: number[] = [];
  for (let k = 0; k < ixs.length; k++) {
    tx.set(ixHeaders[k]!, q);
    q += ixHeaders[k]!.length;
    dataOffsets.push(q);
    tx.set(ixs[k]!.data, q);
    q += ixs[k]!.data.length;
  }
  return { tx, keys: sortedKeys, writable: sortedWritable, numSigners, dataOffsets };
}

function same32(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Solana's ComputeBudget SetComputeUnitLimit instruction data. */
export function setComputeUnitLimitData(units: number): Uint8Array {
  const d = new Uint8Array(5);
  d[0] = 2;
  new DataView(d.buffer).setUint32(1, units, true);
  return d;
}

/**
 * The compute-unit limit and the priority fee a wire transaction asks for, read from its ComputeBudget
 * instructions the way the runtime reads them (defaults: 200k per other instruction, capped at 1.4M).
 */
export function requestedComputeUnits(tx: ParsedTransaction, computeBudgetId: Uint8Array, max: number, perIx: number): number {
  let limit: number | undefined;
  let others = 0;
  for (const ix of tx.instructions) {
    const pid = tx.accountKeys[ix.programIdIndex]!;
    if (bytesEqual(pid, computeBudgetId)) {
      if (ix.data[0] === 2 && ix.data.length === 5) {
        limit = new DataView(ix.data.buffer, ix.data.byteOffset, 5).getUint32(1, true);
      }
    } else others++;
  }
  return Math.min(limit ?? others * perIx, max);
}

/** The fee the runtime takes from the fee payer: 5,000 lamports per signature plus the priority fee. */
export function transactionFee(tx: ParsedTransaction, computeBudgetId: Uint8Array, max: number, perIx: number, lamportsPerSignature: bigint): bigint {
  let microLamportsPerCu = 0n;
  for (const ix of tx.instructions) {
    if (ix.data[0] === 3 && ix.data.length === 9 && bytesEqual(tx.accountKeys[ix.programIdIndex]!, computeBudgetId)) {
      microLamportsPerCu = new DataView(ix.data.buffer, ix.data.byteOffset, 9).getBigUint64(1, true);
    }
  }
  const units = BigInt(requestedComputeUnits(tx, computeBudgetId, max, perIx));
  const priority = (microLamportsPerCu * units + 999_999n) / 1_000_000n;
  return lamportsPerSignature * BigInt(tx.numRequiredSignatures) + priority;
}
