import { RLP } from '@ethereumjs/rlp';
import { compactDecode, type Nibbles } from './nibbles.ts';

/**
 * The nodes of Ethereum's Merkle-Patricia trie (Yellow Paper, appendix D), as this package holds them in memory.
 *
 * A child is referenced by the keccak256 of its RLP when that RLP is 32 bytes or more (the node is then a row of
 * its own) and embedded in its parent otherwise. In memory a reference is either the 32-byte hash (a stored node,
 * read when needed) or the node itself (embedded, or new and not hashed yet). Keys of a secure trie are all 32
 * bytes, so no key is a prefix of another and branches never carry a value.
 */
export type NodeRef = Uint8Array | TrieNode;

export interface LeafNode {
  readonly kind: 'leaf';
  /** The rest of the key below this node. */
  readonly path: Nibbles;
  readonly value: Uint8Array;
}
export interface ExtensionNode {
  readonly kind: 'extension';
  readonly path: Nibbles;
  readonly child: NodeRef;
}
export interface BranchNode {
  readonly kind: 'branch';
  /** 16 entries, one per nibble. */
  readonly children: ReadonlyArray<NodeRef | null>;
}
export type TrieNode = LeafNode | ExtensionNode | BranchNode;

/** RLP's input and output shape: bytes or nested lists of them. */
export type RlpItem = Uint8Array | RlpItem[];

export const isHashRef = (r: NodeRef): r is Uint8Array => r instanceof Uint8Array;

/** A stored node's RLP back to a node (embedded children decoded in place). */
export function decodeNode(bytes: Uint8Array): TrieNode {
  return nodeOf(RLP.decode(bytes) as RlpItem);
}

function nodeOf(item: RlpItem): TrieNode {
  if (!Array.isArray(item)) throw new Error('trie node: expected an RLP list');
  if (item.length === 17) {
    const value = item[16]!;
    if (!(value instanceof Uint8Array) || value.length !== 0) throw new Error('trie node: a branch with a value (keys of a secure trie are all 32 bytes)');
    return { kind: 'branch', children: item.slice(0, 16).map(childOf) };
  }
  if (item.length === 2) {
    const [p, v] = item as [RlpItem, RlpItem];
    if (!(p instanceof Uint8Array)) throw new Error('trie node: path is not bytes');
    const { path, leaf } = compactDecode(p);
    if (leaf) {
      if (!(v instanceof Uint8Array)) throw new Error('trie node: leaf value is not bytes');
      return { kind: 'leaf', path, value: v };
    }
    const child = childOf(v);
    if (child === null) throw new Error('trie node: extension without a child');
    return { kind: 'extension', path, child };
  }
  throw new Error(`trie node: a list of ${item.length} items`);
}

function childOf(item: RlpItem): NodeRef | null {
  if (Array.isArray(item)) return nodeOf(item);
  if (item.length === 0) return null;
  if (item.length === 32) return item;
  throw new Error(`trie node: a child reference of ${item.length} bytes`);
}
