/**
 * The kit-codec parser x/svm used before its own reader (x/svm/wire.ts): kept as the reference the
 * hand-written reader is fuzzed against (tests/svm/wire-fuzz.test.ts).
 */
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
import { AppError } from '../../core/types/errors.ts';
import { ErrInvalidSolanaTx, bytesEqual, toHex } from '../../x/svm/types/index.ts';
import type { AddressTableLookup, CompiledInstruction, ParsedTransaction } from '../../x/svm/wire.ts';

const addressEncoder = getAddressEncoder();

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
export function kitParseTransaction(bytes: Uint8Array): ParsedTransaction {
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
    wire: bytes,
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

