import { bytesToUnprefixedHex } from '@ethereumjs/util';
import { DerivedKeys } from '../types/index.ts';
import { decodeNode, type TrieNode } from './trie-node.ts';

/** What the trie reads: a derived row by key (DerivedRows.get at Commit, NodeAPI.getDerived from the RPC). */
export type RowReader = (key: string) => Uint8Array | undefined;

/** The state trie's node rows are missing: the derived rows are not what the root rows say. */
export class TrieNodeMissingError extends Error {}

/**
 * The trie's stored nodes (`e/n/<hash>`), read on demand; decoded nodes are kept in a small cache (bounded by an
 * estimate of their bytes), so memory does not grow with the state and nothing is loaded at start.
 */
export class TrieNodeStore {
  private readonly decoded: GenerationalCache<TrieNode>;

  constructor(
    private readonly read: RowReader,
    cacheBytes = 16 << 20,
  ) {
    this.decoded = new GenerationalCache(cacheBytes, (n) => 200 + sizeOf(n));
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

  /** A node just committed (its children by stored reference): the next block's paths start in the cache. */
  remember(hash: Uint8Array, node: TrieNode): void {
    this.decoded.set(bytesToUnprefixedHex(hash), node);
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

/**
 * Recently used entries in two generations: hits in the old one move to the young one, and when the young one is
 * full it becomes the old one (the old one dropped). A hit is one or two Map lookups — an LRU's delete and re-insert
 * per hit cost more than the trie's own work here, at ten thousand lookups a block. At most `maxBytes` in all.
 */
class GenerationalCache<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();
  private youngBytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly sizeOf: (v: V) => number,
  ) {}

  get(key: string): V | undefined {
    const y = this.young.get(key);
    if (y !== undefined) return y;
    const o = this.old.get(key);
    if (o !== undefined) this.set(key, o);
    return o;
  }

  set(key: string, v: V): void {
    if (this.maxBytes <= 0) return;
    if (!this.young.has(key)) this.youngBytes += this.sizeOf(v);
    this.young.set(key, v);
    if (this.youngBytes > this.maxBytes / 2) {
      this.old = this.young;
      this.young = new Map();
      this.youngBytes = 0;
    }
  }
}
