import { createHash } from 'node:crypto';
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { LegacyAminoPubKey } from 'cosmjs-types/cosmos/crypto/multisig/keys';
import { type CompactBitArray, MultiSignature } from 'cosmjs-types/cosmos/crypto/multisig/v1beta1/multisig';
import type { ModeInfo_Multi } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { toBech32Address } from '../../core/types/address.ts';
import { ErrInvalidPubKey, ErrUnauthorized } from '../../core/types/errors.ts';

export const SECP256K1_PUBKEY = '/cosmos.crypto.secp256k1.PubKey';
export const MULTISIG_PUBKEY = '/cosmos.crypto.multisig.LegacyAminoPubKey';
/** The SDK's limit on a LegacyAminoPubKey's keys (its multisig.MaxPubKeys default is 20 in the CLI). */
export const MAX_MULTISIG_KEYS = 20;

/** A LegacyAminoPubKey: k-of-n secp256k1 keys, in the order the bit array counts them. */
export interface MultisigKey {
  threshold: number;
  keys: Uint8Array[];
  /** sha256(amino binary)[:20], bech32: the account it signs for. */
  address: string;
}

const varint = (n: number): number[] => {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return out;
};

/**
 * The amino binary of a LegacyAminoPubKey (the prefix 22c1f7e2, threshold as field 1, each key's amino binary
 * — eb5ae987 21 ‖ 33 bytes — as field 2), whose sha256 is the multisig's address (the SDK's, CosmJS's
 * pubkeyToAddress).
 */
export function multisigAminoBytes(threshold: number, keys: Uint8Array[]): Uint8Array {
  const out = [0x22, 0xc1, 0xf7, 0xe2, 0x08, ...varint(threshold)];
  for (const k of keys) {
    const inner = [0xeb, 0x5a, 0xe9, 0x87, 0x21, ...k];
    out.push(0x12, ...varint(inner.length), ...inner);
  }
  return new Uint8Array(out);
}

const decoded = new WeakMap<Uint8Array, MultisigKey>();

/** A LegacyAminoPubKey's Any value, checked: 1 ≤ threshold ≤ n ≤ 20 compressed secp256k1 keys. Cached per bytes. */
export function decodeMultisigKey(value: Uint8Array): MultisigKey {
  let k = decoded.get(value);
  if (k) return k;
  let pk: LegacyAminoPubKey;
  try {
    pk = LegacyAminoPubKey.decode(value);
  } catch (e) {
    throw ErrInvalidPubKey(`invalid LegacyAminoPubKey: ${(e as Error).message}`);
  }
  if (pk.publicKeys.length === 0 || pk.publicKeys.length > MAX_MULTISIG_KEYS) throw ErrInvalidPubKey(`a multisig key holds 1 to ${MAX_MULTISIG_KEYS} keys, got ${pk.publicKeys.length}`);
  if (!Number.isInteger(pk.threshold) || pk.threshold < 1 || pk.threshold > pk.publicKeys.length) {
    throw ErrInvalidPubKey(`multisig threshold ${pk.threshold} must be between 1 and the number of keys (${pk.publicKeys.length})`);
  }
  const keys = pk.publicKeys.map((any) => {
    if (any.typeUrl !== SECP256K1_PUBKEY) throw ErrInvalidPubKey(`multisig member keys must be secp256k1, got ${any.typeUrl}`);
    const key = PubKey.decode(any.value).key;
    if (key.length !== 33) throw ErrInvalidPubKey('secp256k1 public key must be 33 bytes (compressed)');
    return key;
  });
  const address = toBech32Address(createHash('sha256').update(multisigAminoBytes(pk.threshold, keys)).digest().subarray(0, 20));
  k = { threshold: pk.threshold, keys, address };
  decoded.set(value, k);
  return k;
}

/** The SDK's CompactBitArray: how many bits it holds, and whether bit i is set (big-endian within a byte). */
export const bitCount = (b: CompactBitArray): number => (b.extraBitsStored === 0 ? b.elems.length * 8 : (b.elems.length - 1) * 8 + b.extraBitsStored);
export const bitAt = (b: CompactBitArray, i: number): boolean => ((b.elems[i >> 3] ?? 0) & (1 << (7 - (i % 8)))) !== 0;

/** The members whose signatures a multisig signature carries: [key index, sub-signature, sub-mode info index]. */
export function multisigParts(key: MultisigKey, multi: ModeInfo_Multi | undefined, sig: Uint8Array): Array<{ key: Uint8Array; sig: Uint8Array; sub: number }> {
  if (!multi?.bitarray) throw ErrUnauthorized('a multisig signer needs ModeInfo.multi with a bit array');
  const bits = multi.bitarray;
  if (bits.extraBitsStored > 7 || bitCount(bits) !== key.keys.length) throw ErrUnauthorized(`multisig bit array holds ${bitCount(bits)} bits for ${key.keys.length} keys`);
  let sigs: Uint8Array[];
  try {
    sigs = MultiSignature.decode(sig).signatures;
  } catch (e) {
    throw ErrUnauthorized(`invalid MultiSignature: ${(e as Error).message}`);
  }
  const set: number[] = [];
  for (let i = 0; i < key.keys.length; i++) if (bitAt(bits, i)) set.push(i);
  if (set.length < key.threshold) throw ErrUnauthorized(`not enough signatures: ${set.length} of threshold ${key.threshold}`);
  if (sigs.length !== set.length || multi.modeInfos.length !== set.length) {
    throw ErrUnauthorized(`multisig carries ${sigs.length} signatures and ${multi.modeInfos.length} mode infos for ${set.length} set bits`);
  }
  return set.map((k, j) => ({ key: key.keys[k]!, sig: sigs[j]!, sub: j }));
}
