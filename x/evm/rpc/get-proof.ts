import type { StateRootReader } from '../state-root/reader.ts';
import { invalidParams } from './errors.ts';
import { data, lowerAddr, quantity } from './hex.ts';

/** More storage keys than this in one eth_getProof is refused (each is a walk of the storage trie). */
export const MAX_PROOF_STORAGE_KEYS = 1024;

/** A requested storage key: the 32-byte slot, and the key as the answer spells it. */
export interface ProofStorageKey {
  slot: Uint8Array;
  /** As geth answers: a 32-byte key as 0x + 64 hex digits, a shorter one as a QUANTITY. */
  key: string;
}

/**
 * eth_getProof's storage keys as geth reads them: hex with or without 0x, at most 32 bytes, left-padded to a
 * 32-byte slot (an odd digit count gets a leading zero).
 */
export function parseProofStorageKeys(v: unknown): ProofStorageKey[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw invalidParams('invalid storageKeys: expected an array of hex storage keys');
  if (v.length > MAX_PROOF_STORAGE_KEYS) throw invalidParams(`invalid storageKeys: at most ${MAX_PROOF_STORAGE_KEYS} keys per request`);
  return v.map((k, i) => {
    if (typeof k !== 'string') throw invalidParams(`invalid storage key ${i}: expected a hex string, got ${JSON.stringify(k)?.slice(0, 80)}`);
    let hex = /^0x/i.test(k) ? k.slice(2) : k;
    if (hex.length % 2 === 1) hex = '0' + hex;
    if (!/^[0-9a-fA-F]*$/.test(hex)) throw invalidParams(`invalid storage key ${i}: hex string invalid`);
    if (hex.length > 64) throw invalidParams(`invalid storage key ${i}: hex string too long, want at most 32 bytes`);
    const slot = new Uint8Array(Buffer.from(hex.toLowerCase().padStart(64, '0'), 'hex'));
    return { slot, key: hex.length === 64 ? '0x' + hex.toLowerCase() : quantity(BigInt('0x' + (hex || '0'))) };
  });
}

/**
 * EIP-1186 (the execution API's eth_getProof) against the state root `root`: the account's fields with the
 * proof of its leaf — or of its absence: zero nonce and balance, KECCAK256_NULL code hash, KECCAK256_RLP storage
 * hash — and each slot's value with the proof of its leaf in the account's storage trie (empty when the storage
 * trie is). Fields and order as geth answers.
 */
export function getProof(reader: StateRootReader, root: Uint8Array, address: Uint8Array, keys: ProofStorageKey[]) {
  const { account, proof } = reader.proveAccount(root, address);
  return {
    address: lowerAddr(address),
    accountProof: proof.map(data),
    balance: quantity(account.balance),
    codeHash: data(account.codeHash),
    nonce: quantity(account.nonce),
    storageHash: data(account.storageRoot),
    storageProof: keys.map(({ slot, key }) => {
      const s = reader.proveSlot(account.storageRoot, slot);
      return { key, value: quantity(s.value), proof: s.proof.map(data) };
    }),
  };
}
