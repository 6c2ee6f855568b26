import { keccak_256 } from '@noble/hashes/sha3.js';
import type { CustomCrypto } from '@ethereumjs/common';
import { createRequire } from 'node:module';
import path from 'node:path';
import { startupSnapshot } from 'node:v8';
import secp256k1 from 'secp256k1';

/**
 * Sender recovery and the ecrecover precompile through libsecp256k1 (the `secp256k1` package, ≈ 13k
 * recoveries/s here) instead of @noble/curves (≈ 380/s), and keccak256 through the `keccak` package's native
 * sponge (XKCP). Handed to ethereumjs through Common's customCrypto; everything of ours hashes through here.
 */

/** @noble/hashes' keccak256: the reference the native one is tested against. */
export const keccak256Js = (msg: Uint8Array): Uint8Array => keccak_256(msg);

interface Sponge {
  initialize(rate: number, capacity: number): void;
  absorb(data: Buffer): void;
  squeeze(bytes: number): Buffer;
}

/**
 * The addon itself, one sponge re-initialised per hash: three native calls (≈ 1.5–4 µs here for inputs up
 * to 600 bytes against noble's 13–45 µs). The package's `createKeccak` wraps it in a stream object per hash,
 * which costs more than the hashing.
 */
function loadSponge(): Sponge | undefined {
  try {
    const require = createRequire(import.meta.url);
    const Addon = require('node-gyp-build')(path.dirname(require.resolve('keccak/package.json'))) as new () => Sponge;
    return new Addon();
  } catch {
    return undefined; // no prebuilt binary for this platform and no compiler: the JS path, same results
  }
}
// Loaded on the first hash, not at import; and while the start-up snapshot is built (which evaluates modules that hash
// at their top level) the JS path hashes: no native addon may load then (issue 17).
let sponge: Sponge | null | undefined; // null: no addon here
const loadedSponge = (): Sponge | null => (startupSnapshot.isBuildingSnapshot() ? null : (sponge ??= loadSponge() ?? null));

/** Whether keccak256 runs on the native sponge (loads it). */
export const keccakNative = (): boolean => loadedSponge() !== null;

/** keccak256 (Ethereum's, padding 0x01). */
export const keccak256 = (msg: Uint8Array): Uint8Array => {
  const s = sponge ?? loadedSponge();
  if (s === null) return keccak256Js(msg);
  s.initialize(1088, 512);
  s.absorb(Buffer.isBuffer(msg) ? msg : Buffer.from(msg.buffer, msg.byteOffset, msg.byteLength));
  const out = s.squeeze(32);
  // A plain Uint8Array (Buffer's slice() shares memory where Uint8Array's copies: callers expect the latter).
  return new Uint8Array(out.buffer, out.byteOffset, 32);
};

/** keccak256 as lower-case hex (no 0x): the sponge's output Buffer spelled directly, no copy in between. */
export const keccak256Hex = (msg: Uint8Array): string => {
  const s = sponge ?? loadedSponge();
  if (s === null) return Buffer.from(keccak256Js(msg)).toString('hex');
  s.initialize(1088, 512);
  s.absorb(Buffer.isBuffer(msg) ? msg : Buffer.from(msg.buffer, msg.byteOffset, msg.byteLength));
  return s.squeeze(32).toString('hex');
};

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
