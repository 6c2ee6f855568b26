import type { AccountMetaInput } from './types/index.ts';
import { ErrInvalidSolanaTx, bytesEqual, toHex } from './types/index.ts';

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
  /** The wire bytes it was parsed from. */
  wire: Uint8Array;
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

/**
 * A reader over the wire bytes that fails with our texts: `what` names the part being read, for errors.
 * Compact-u16 (short-vec) lengths must be minimal, so a transaction has exactly one encoding.
 */
class Reader {
  off = 0;
  constructor(
    readonly b: Uint8Array,
    private readonly what: string,
  ) {}

  need(n: number): void {
    if (this.off + n > this.b.length) throw ErrInvalidSolanaTx(`${this.what} ends early`);
  }
  u8(): number {
    this.need(1);
    return this.b[this.off++]!;
  }
  bytes(n: number): Uint8Array {
    this.need(n);
    const out = this.b.subarray(this.off, this.off + n);
    this.off += n;
    return out;
  }
  shortvec(): number {
    return readShortvec(this, this.what);
  }
}

function readShortvec(r: Reader, what: string): number {
  let v = 0;
  for (let i = 0; i < 3; i++) {
    const byte = r.u8();
    if (i === 2 && byte > 0x03) throw ErrInvalidSolanaTx(`${what}: compact-u16 length out of range`);
    v |= (byte & 0x7f) << (7 * i);
    if ((byte & 0x80) === 0) {
      if (i > 0 && byte === 0) throw ErrInvalidSolanaTx(`${what}: non-minimal compact-u16 (short-vec) encoding`);
      return v;
    }
  }
  throw ErrInvalidSolanaTx(`${what}: compact-u16 length out of range`);
}

/**
 * Parses a wire transaction (legacy or v0), strictly: one encoding per transaction (minimal compact-u16
 * lengths, nothing after the message), as many signatures as the header requires, supported versions only,
 * every index in range, no account twice. Hand-written (kit's codecs cost ≈ 0.4 ms a transaction, mostly
 * base58 text of every key); tests/svm/wire-fuzz.test.ts holds it to the kit-codec reader it replaced.
 */
export function parseTransaction(bytes: Uint8Array): ParsedTransaction {
  if (bytes.length === 0) throw ErrInvalidSolanaTx('signature count ends early');
  const env = new Reader(bytes, 'signature count');
  const nsig = env.shortvec();
  const nsigSize = env.off;
  if (nsig === 0) throw ErrInvalidSolanaTx('no signatures');
  const msgStart = nsigSize + 64 * nsig;
  if (msgStart >= bytes.length) throw ErrInvalidSolanaTx('transaction ends early');
  const vbyte = bytes[msgStart]!;
  if (vbyte & 0x80 && vbyte !== 0x80) throw ErrInvalidSolanaTx(`message version ${vbyte & 0x7f} is not supported`);
  const version: 'legacy' | 0 = vbyte === 0x80 ? 0 : 'legacy';
  const messageBytes = bytes.subarray(msgStart);
  const m = new Reader(messageBytes, 'message');
  if (version === 0) m.off = 1;
  const numRequiredSignatures = m.u8();
  const numReadonlySigned = m.u8();
  const numReadonlyUnsigned = m.u8();
  const nkeys = m.shortvec();
  const accountKeys: Uint8Array[] = [];
  for (let i = 0; i < nkeys; i++) accountKeys.push(m.bytes(32));
  const recentBlockhash = m.bytes(32);
  const nix = m.shortvec();
  const instructions: CompiledInstruction[] = [];
  for (let k = 0; k < nix; k++) {
    const programIdIndex = m.u8();
    const na = m.shortvec();
    const accounts = Array.from(m.bytes(na));
    const data = m.bytes(m.shortvec());
    instructions.push({ programIdIndex, accounts, data });
  }
  const lookups: AddressTableLookup[] = [];
  if (version === 0) {
    const nl = m.shortvec();
    for (let k = 0; k < nl; k++) {
      const accountKey = m.bytes(32);
      const writableIndexes = Array.from(m.bytes(m.shortvec()));
      const readonlyIndexes = Array.from(m.bytes(m.shortvec()));
      lookups.push({ accountKey, writableIndexes, readonlyIndexes });
    }
  }
  if (m.off !== messageBytes.length) throw ErrInvalidSolanaTx(`${messageBytes.length - m.off} trailing bytes`);
  if (numRequiredSignatures !== nsig) throw ErrInvalidSolanaTx(`${nsig} signatures for a message that requires ${numRequiredSignatures}`);
  if (nkeys < nsig) throw ErrInvalidSolanaTx('transaction is malformed');
  const signatures: Uint8Array[] = [];
  for (let i = 0; i < nsig; i++) signatures.push(bytes.subarray(nsigSize + 64 * i, nsigSize + 64 * (i + 1)));
  for (let i = 1; i < nsig; i++) for (let j = 0; j < i; j++) if (bytesEqual(accountKeys[i]!, accountKeys[j]!)) throw ErrInvalidSolanaTx('an account key appears twice');

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

/** Whether static key i is writable according to the message header. */
export function isWritableIndex(tx: ParsedTransaction, i: number): boolean {
  if (i < tx.numRequiredSignatures) return i < tx.numRequiredSignatures - tx.numReadonlySigned;
  return i < tx.accountKeys.length - tx.numReadonlyUnsigned;
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

/** Builtin programs whose instructions the runtime budgets at `units` each (its MAX_BUILTIN_ALLOCATION_COMPUTE_UNIT_LIMIT). */
export interface BuiltinBudget {
  ids: Uint8Array[];
  units: number;
}

/**
 * The compute-unit limit a wire transaction asks for, read from its ComputeBudget instructions the way the
 * runtime reads them. Without a SetComputeUnitLimit: `perIx` (200k) per instruction, except that with
 * `builtins` the instructions of those programs — the ComputeBudget ones included — get `builtins.units`
 * (3,000: the runtime's reserve_minimal_cus_for_builtin_instructions rule); capped at `max` (1.4M).
 */
export function requestedComputeUnits(tx: ParsedTransaction, computeBudgetId: Uint8Array, max: number, perIx: number, builtins?: BuiltinBudget): number {
  let limit: number | undefined;
  let units = 0;
  for (const ix of tx.instructions) {
    const pid = tx.accountKeys[ix.programIdIndex]!;
    const isBudget = bytesEqual(pid, computeBudgetId);
    if (isBudget && ix.data[0] === 2 && ix.data.length === 5) {
      limit = new DataView(ix.data.buffer, ix.data.byteOffset, 5).getUint32(1, true);
    }
    if (builtins && (isBudget || builtins.ids.some((id) => bytesEqual(pid, id)))) units += builtins.units;
    else if (!isBudget) units += perIx;
  }
  return Math.min(limit ?? units, max);
}

/** The fee the runtime takes from the fee payer: 5,000 lamports per signature plus the priority fee. */
export function transactionFee(tx: ParsedTransaction, computeBudgetId: Uint8Array, max: number, perIx: number, lamportsPerSignature: bigint, builtins?: BuiltinBudget): bigint {
  let microLamportsPerCu = 0n;
  for (const ix of tx.instructions) {
    if (ix.data[0] === 3 && ix.data.length === 9 && bytesEqual(tx.accountKeys[ix.programIdIndex]!, computeBudgetId)) {
      microLamportsPerCu = new DataView(ix.data.buffer, ix.data.byteOffset, 9).getBigUint64(1, true);
    }
  }
  const units = BigInt(requestedComputeUnits(tx, computeBudgetId, max, perIx, builtins));
  const priority = (microLamportsPerCu * units + 999_999n) / 1_000_000n;
  return lamportsPerSignature * BigInt(tx.numRequiredSignatures) + priority;
}
