import { keccak_256 } from '@noble/hashes/sha3.js';
import type { CustomCrypto } from '@ethereumjs/common';
import secp256k1 from 'secp256k1';

/**
 * Sender recovery and the ecrecover precompile through libsecp256k1 (the `secp256k1` package, ≈ 13k
 * recoveries/s here) instead of @noble/curves (≈ 380/s). Handed to ethereumjs through Common's customCrypto.
 */

export const keccak256 = (msg: Uint8Array): Uint8Array => keccak_256(msg);

/** util's calculateSigRecovery: v ∈ {0,1}, 27/28, or EIP-155's chainId·2+35/36. */
function recoveryId(v: bigint, chainId?: bigint): number {
  if (v === 0n || v === 1n) return Number(v);
  const rec = chainId === undefined ? v - 27n : v - (chainId * 2n + 35n);
  if (rec !== 0n && rec !== 1n) throw new Error('Invalid signature v value');
  return Number(rec);
}

function pad32(b: Uint8Array): Uint8Array {
  if (b.length === 32) return b;
  if (b.length > 32) throw new Error('Invalid signature: r or s longer than 32 bytes');
  const out = new Uint8Array(32);
  out.set(b, 32 - b.length);
  return out;
}

/** Same contract as @ethereumjs/util's ecrecover: the 64-byte uncompressed public key (no 0x04 prefix). */
export function ecrecoverNative(msgHash: Uint8Array, v: bigint, r: Uint8Array, s: Uint8Array, chainId?: bigint): Uint8Array {
  const sig = new Uint8Array(64);
  sig.set(pad32(r), 0);
  sig.set(pad32(s), 32);
  const pub = secp256k1.ecdsaRecover(sig, recoveryId(v, chainId), msgHash, false);
  return pub.subarray(1);
}

/** 65-byte uncompressed key from a 64-byte compact signature (ethereumjs' ecdsaRecover hook). */
export function ecdsaRecoverNative(sig: Uint8Array, recId: number, hash: Uint8Array): Uint8Array {
  return secp256k1.ecdsaRecover(sig, recId, hash, false);
}

export const nativeCrypto: CustomCrypto = {
  keccak256,
  ecrecover: ecrecoverNative,
  ecdsaRecover: ecdsaRecoverNative,
};
