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
  const [n, f, c] = RLP.decode(b) as Uint8Array[];
  return { nonce: bytesToBigInt(n!), fractional: bytesToBigInt(f!), codeHash: c!.length === 32 ? c : undefined };
}
