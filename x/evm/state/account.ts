import { RLP } from '@ethereumjs/rlp';
import { bigIntToUnpaddedBytes, bytesToBigInt } from '@ethereumjs/util';

/** What x/evm stores per address; the balance's whole utrv live in the bank. */
export interface AccountRecord {
  nonce: bigint;
  /** Sub-utrv wei, 0 ≤ fractional < 10^12 (see balance.ts). */
  fractional: bigint;
  /** keccak256 of the code; undefined for an account without code. */
  codeHash?: Uint8Array;
}

export function encodeAccount(r: AccountRecord): Uint8Array {
  return RLP.encode([bigIntToUnpaddedBytes(r.nonce), bigIntToUnpaddedBytes(r.fractional), r.codeHash ?? new Uint8Array()]);
}

export function decodeAccount(b: Uint8Array): AccountRecord {
  const flat = decodeFlat(b);
  if (flat) return flat;
  const [n, f, c] = RLP.decode(b) as Uint8Array[];
  return { nonce: bytesToBigInt(n!), fractional: bytesToBigInt(f!), codeHash: c!.length === 32 ? c : undefined };
}

/**
 * The shape encodeAccount writes — a short list of three short strings — read in place (every EVM account read
 * decodes one; @ethereumjs/rlp and bytesToBigInt's hex round trip cost more than the rest of the read).
 * Anything else (undefined) goes to @ethereumjs/rlp, which decodes or rejects it as before.
 */
function decodeFlat(b: Uint8Array): AccountRecord | undefined {
  const h = b[0];
  if (h === undefined || h < 0xc0 || h > 0xf7 || h - 0xc0 !== b.length - 1) return undefined;
  let p = 1;
  const item = (): [number, number] | undefined => {
    const x = b[p];
    if (x === undefined || x > 0xb7) return undefined;
    if (x < 0x80) return [p++, 1];
    const len = x - 0x80;
    // RLP wants a single byte below 0x80 as itself: @ethereumjs/rlp rejects its one-byte string form.
    if (len === 1 && (b[p + 1] ?? 0) < 0x80) return undefined;
    const at = p + 1;
    p = at + len;
    return p <= b.length ? [at, len] : undefined;
  };
  const n = item();
  const f = n && item();
  const c = f && item();
  if (!c || p !== b.length) return undefined;
  const int = ([at, len]: [number, number]): bigint => {
    // Up to 6 bytes in a double exactly (nonces and fractions all fit), then one BigInt.
    let v = 0;
    for (let i = at; i < at + Math.min(len, 6); i++) v = v * 256 + b[i]!;
    if (len <= 6) return BigInt(v);
    let big = BigInt(v);
    for (let i = at + 6; i < at + len; i++) big = (big << 8n) | BigInt(b[i]!);
    return big;
  };
  return { nonce: int(n), fractional: int(f), codeHash: c[1] === 32 ? b.slice(c[0], c[0] + 32) : undefined };
}
