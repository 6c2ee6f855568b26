/**
 * The byte layouts between x/evm and the revm addon (native/evm-revm/src/wire.rs and output.rs say the same):
 * a call passes a few buffers and gets one back, because every napi value made or read costs more than revm's
 * own work on a small call. Integers big-endian.
 */

export interface NativeMessage {
  caller: Uint8Array;
  to?: Uint8Array;
  value: bigint;
  gasLimit: bigint;
  intrinsicGas: bigint;
  gasPrice: bigint;
  gasCost: bigint;
  bumpNonce: boolean;
  isStatic: boolean;
  /** Return the changed accounts (eth_call does not need them). */
  wantState: boolean;
}

export interface NativeChain {
  number: number;
  timestamp: number;
  coinbase: Uint8Array;
  basefee: bigint;
  gasLimit: bigint;
  chainId: bigint;
  hosted: Uint8Array[];
  /** Called addresses that also stop revm but are not precompiles (cold, as for ethereumjs). */
  observed: Uint8Array[];
}

export interface NativeAccount {
  address: Uint8Array;
  deleted: boolean;
  nonce: bigint;
  balance: bigint;
  codeHash?: Uint8Array;
  code?: Uint8Array;
  /** [slot 32, value 32] */
  storage: Array<[Uint8Array, Uint8Array]>;
}

export interface NativeOutcome {
  fallback: boolean;
  success: boolean;
  error?: string;
  gasSpent: bigint;
  gasRefund: bigint;
  output: Uint8Array;
  logs: Array<{ address: Uint8Array; topics: Uint8Array[]; data: Uint8Array }>;
  created?: Uint8Array;
  accounts: NativeAccount[];
  /** Addresses in the order their bank balance first rose during the message. */
  minted: Uint8Array[];
}

export const HEADER_LEN = 161;
const F_TO = 1;
const F_BUMP_NONCE = 2;
const F_STATIC = 4;
const F_STATE = 8;

function word(out: Uint8Array, at: number, v: bigint): void {
  if (v < 0n || v >= 1n << 256n) throw new Error(`value out of the 256-bit range: ${v}`);
  for (let i = at + 31; i >= at && v > 0n; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
}

/** `into`: a HEADER_LEN buffer to reuse (it is zeroed first); a new one otherwise. */
export function encodeHeader(m: NativeMessage, weiPerUnit: bigint, into?: Uint8Array): Uint8Array {
  const out = into ?? new Uint8Array(HEADER_LEN);
  if (into) {
    if (into.length !== HEADER_LEN) throw new Error(`a header buffer is ${HEADER_LEN} bytes, got ${into.length}`);
    into.fill(0);
  }
  const dv = new DataView(out.buffer, out.byteOffset, out.byteLength);
  out[0] = (m.to ? F_TO : 0) | (m.bumpNonce ? F_BUMP_NONCE : 0) | (m.isStatic ? F_STATIC : 0) | (m.wantState ? F_STATE : 0);
  out.set(m.caller, 1);
  if (m.to) out.set(m.to, 21);
  word(out, 41, m.value);
  dv.setBigUint64(73, m.gasLimit);
  dv.setBigUint64(81, m.intrinsicGas);
  word(out, 89, m.gasPrice);
  word(out, 121, m.gasCost);
  dv.setBigUint64(153, weiPerUnit);
  return out;
}

export function encodeChain(c: NativeChain): Uint8Array {
  const out = new Uint8Array(88 + 20 * (c.hosted.length + c.observed.length));
  const dv = new DataView(out.buffer);
  dv.setBigUint64(0, BigInt(c.number));
  dv.setBigUint64(8, BigInt(c.timestamp));
  out.set(c.coinbase, 16);
  word(out, 36, c.basefee);
  dv.setBigUint64(68, c.gasLimit);
  dv.setBigUint64(76, c.chainId);
  dv.setUint16(84, c.hosted.length);
  c.hosted.forEach((a, i) => out.set(a, 86 + 20 * i));
  const at = 86 + 20 * c.hosted.length;
  dv.setUint16(at, c.observed.length);
  c.observed.forEach((a, i) => out.set(a, at + 2 + 20 * i));
  return out;
}

const NO_ACCESS = new Uint8Array(0);

/** EIP-2930 warm addresses and slots; `(address, slot)` pairs for slots. */
export function encodeAccess(addresses: Uint8Array[], slots: Array<[Uint8Array, Uint8Array]>): Uint8Array {
  if (addresses.length === 0 && slots.length === 0) return NO_ACCESS;
  const out = new Uint8Array(8 + 20 * addresses.length + 52 * slots.length);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, addresses.length);
  addresses.forEach((a, i) => out.set(a, 4 + 20 * i));
  let at = 4 + 20 * addresses.length;
  dv.setUint32(at, slots.length);
  at += 4;
  for (const [a, s] of slots) {
    out.set(a, at);
    out.set(s, at + 20);
    at += 52;
  }
  return out;
}

const ascii = new TextDecoder('latin1');

/** The outcome bytes, into copies (nothing returned keeps the addon's buffer alive). */
export function decodeOutcome(buf: Uint8Array): NativeOutcome {
  // A plain view: Buffer's slice() would hand out views of the addon's buffer (and Buffers, which compare
  // unequal to Uint8Arrays); Uint8Array's copies.
  const b = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let at = 0;
  const take = (n: number) => {
    if (at + n > b.length) throw new Error('revm outcome truncated');
    const s = b.slice(at, at + n);
    at += n;
    return s;
  };
  const u8 = () => b[at++]!;
  const u32 = () => ((at += 4), dv.getUint32(at - 4));
  const u64 = () => ((at += 8), dv.getBigUint64(at - 8));
  const big = () => {
    let v = 0n;
    for (let i = 0; i < 4; i++) v = (v << 64n) | dv.getBigUint64(at + 8 * i);
    at += 32;
    return v;
  };
  const status = u8();
  if (status === 3) return { fallback: true, success: false, gasSpent: 0n, gasRefund: 0n, output: new Uint8Array(), logs: [], accounts: [], minted: [] };
  const errLen = u8();
  const error = errLen ? ascii.decode(b.subarray(at, at + errLen)) : undefined;
  at += errLen;
  const gasSpent = u64();
  const gasRefund = u64();
  const output = take(u32());
  const created = u8() ? take(20) : undefined;
  const logs: NativeOutcome['logs'] = [];
  for (let n = u32(); n > 0; n--) {
    const address = take(20);
    const topics: Uint8Array[] = [];
    for (let t = u8(); t > 0; t--) topics.push(take(32));
    logs.push({ address, topics, data: take(u32()) });
  }
  const accounts: NativeAccount[] = [];
  for (let n = u32(); n > 0; n--) {
    const address = take(20);
    const flags = u8();
    const nonce = u64();
    const balance = big();
    const codeHash = flags & 2 ? take(32) : undefined;
    const code = flags & 4 ? take(u32()) : undefined;
    const storage: Array<[Uint8Array, Uint8Array]> = [];
    for (let s = u32(); s > 0; s--) storage.push([take(32), take(32)]);
    accounts.push({ address, deleted: (flags & 1) !== 0, nonce, balance, codeHash, code, storage });
  }
  const minted: Uint8Array[] = [];
  for (let n = u32(); n > 0; n--) minted.push(take(20));
  return { fallback: false, success: status === 0, error, gasSpent, gasRefund, output, logs, created, accounts, minted };
}
