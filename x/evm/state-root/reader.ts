import { KECCAK256_NULL, KECCAK256_RLP } from '@ethereumjs/util';
import { keccak256 } from '../crypto.ts';
import { DerivedKeys } from '../types/index.ts';
import { decodeStorageValue, decodeTrieAccount, type TrieAccount } from './account-leaf.ts';
import { toNibbles } from './nibbles.ts';
import { type RowReader, TrieNodeStore } from './node-store.ts';
import { trieProof } from './trie-read.ts';

export interface AccountProof {
  /** The account as the trie holds it; an absent one reads as zero, KECCAK256_NULL code, KECCAK256_RLP storage. */
  account: TrieAccount;
  exists: boolean;
  /** The RLP of the nodes on its path, root first (EIP-1186 `accountProof`). */
  proof: Uint8Array[];
}

export interface StorageProof {
  value: bigint;
  proof: Uint8Array[];
}

/** Reads committed state roots and proves accounts and slots against them (eth_getProof, block headers). */
export class StateRootReader {
  private readonly nodes: TrieNodeStore;

  constructor(private readonly read: RowReader) {
    // Proofs read nodes' RLP straight from their rows: no decoded-node cache on this side.
    this.nodes = new TrieNodeStore(read, 0);
  }

  /** The state root after block `height`; undefined if the node has none (a height it never committed, or one from before state roots). */
  rootAt(height: number): Uint8Array | undefined {
    return this.read(DerivedKeys.stateRoot(height));
  }

  proveAccount(root: Uint8Array, address: Uint8Array): AccountProof {
    const { proof, value } = trieProof(root, toNibbles(keccak256(address)), (h) => this.nodes.raw(h));
    if (value === undefined) return { account: { nonce: 0n, balance: 0n, storageRoot: KECCAK256_RLP, codeHash: KECCAK256_NULL }, exists: false, proof };
    return { account: decodeTrieAccount(value), exists: true, proof };
  }

  /** A slot (32 bytes) under an account's storage root. */
  proveSlot(storageRoot: Uint8Array, slot: Uint8Array): StorageProof {
    const { proof, value } = trieProof(storageRoot, toNibbles(keccak256(slot)), (h) => this.nodes.raw(h));
    return { value: value === undefined ? 0n : decodeStorageValue(value), proof };
  }
}
