import { bytesToUnprefixedHex } from '@ethereumjs/util';
import { LRU } from '../../../core/store/lru.ts';
import { DerivedKeys } from '../types/index.ts';
import { decodeNode, type TrieNode } from './trie-node.ts';

/** What the trie reads: a derived row by key (DerivedRows.get at Commit, NodeAPI.getDerived from the RPC). */
export type RowReader = (key: string) => Uint8Array | undefined;

/** The state trie's node rows are missing: the derived rows are not what the root rows say. */
export class TrieNodeMissingError extends Error {}

/**
 * The trie's stored nodes (`e/n/<hash>`), read on demand; decoded nodes are kept in a small LRU (bounded by an
 * estimate of their bytes), so memory does not grow with the state and nothing is loaded at start.
 */
export class TrieNodeStore {
  private readonly decoded: LRU<TrieNode>;

  constructor(
    private readonly read: RowReader,
    cacheBytes = 16 << 20,
  ) {
    this.decoded = new LRU(cacheBytes, (k, n) => 200 + k.length * 2 + sizeOf(n));
  }

  /** A node's RLP, as stored. */
  raw(hash: Uint8Array): Uint8Array {
    const hex = bytesToUnprefixedHex(hash);
    const v = this.read(DerivedKeys.node(hex));
    if (v === undefined) throw new TrieNodeMissingError(`state trie node ${hex} is missing`);
    return v;
  }

  node(hash: Uint8Array): TrieNode {
    const hex = bytesToUnprefixedHex(hash);
    const hit = this.decoded.get(hex);
    if (hit) return hit;
    const n = decodeNode(this.raw(hash));
    this.decoded.set(hex, n);
    return n;
  }

  clear(): void {
    this.decoded.clear();
  }
}

/** A rough count of a decoded node's bytes in memory (embedded children included). */
function sizeOf(n: TrieNode): number {
  switch (n.kind) {
    case 'leaf':
      return 80 + n.path.length + n.value.length;
    case 'extension':
      return 80 + n.path.length + (n.child instanceof Uint8Array ? 64 : sizeOf(n.child));
    case 'branch':
      return 160 + n.children.reduce((s, c) => s + (c === null ? 0 : c instanceof Uint8Array ? 64 : sizeOf(c)), 0);
  }
}
