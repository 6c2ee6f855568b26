import { RLP } from '@ethereumjs/rlp';
import { bigIntToUnpaddedBytes, bytesToBigInt } from '@ethereumjs/util';

/** An account as Ethereum's state trie holds it: the leaf value RLP [nonce, balance, storageRoot, codeHash]. */
export interface TrieAccount {
  nonce: bigint;
  /** wei */
  balance: bigint;
  storageRoot: Uint8Array;
  codeHash: Uint8Array;
}

export function encodeTrieAccount(a: TrieAccount): Uint8Array {
  return RLP.encode([bigIntToUnpaddedBytes(a.nonce), bigIntToUnpaddedBytes(a.balance), a.storageRoot, a.codeHash]);
}

export function decodeTrieAccount(b: Uint8Array): TrieAccount {
  const f = RLP.decode(b) as Uint8Array[];
  if (!Array.isArray(f) || f.length !== 4) throw new Error('state trie: an account leaf is not a list of 4');
  return { nonce: bytesToBigInt(f[0]!), balance: bytesToBigInt(f[1]!), storageRoot: f[2]!, codeHash: f[3]! };
}

/** A storage trie's leaf value: RLP of the slot's value without leading zeros (zero is no leaf at all). */
export function encodeStorageValue(v: Uint8Array): Uint8Array {
  let i = 0;
  while (i < v.length && v[i] === 0) i++;
  return RLP.encode(v.subarray(i));
}

export function decodeStorageValue(b: Uint8Array): bigint {
  const v = RLP.decode(b);
  if (!(v instanceof Uint8Array)) throw new Error('state trie: a storage leaf is not bytes');
  return bytesToBigInt(v);
}
