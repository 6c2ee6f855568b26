import { KECCAK256_RLP, equalsBytes } from '@ethereumjs/util';
import { keccak256 } from '../crypto.ts';
import { type BranchNode, isHashRef, type NodeRef, type RlpItem, type TrieNode } from './trie-node.ts';
import { compactEncode } from './nibbles.ts';
import { encodeNode } from './rlp-flat.ts';

/**
 * A node that needs a row of its own: its hash, its RLP, and the node as a stored one reads back (children by
 * hash, or embedded), for the caller's cache.
 */
export type NodeSink = (hash: Uint8Array, rlp: Uint8Array, node: TrieNode) => void;

const EMPTY = new Uint8Array(0);

/**
 * Hashes the new part of a trie bottom-up and hands each node of 32 bytes or more (and the root, whatever its
 * size) to `sink`; nodes reached by hash are already stored and are not visited. Returns the root hash
 * (KECCAK256_RLP for the empty trie).
 */
export function commitTrie(root: NodeRef | null, sink: NodeSink): Uint8Array {
  if (root === null) return KECCAK256_RLP;
  if (isHashRef(root)) return root;
  const { item, node } = seal(root, sink);
  const rlp = encodeNode(item);
  const hash = keccak256(rlp);
  sink(hash, rlp, node);
  return hash;
}

/** What a parent holds for `ref` (the hash of a node of 32 bytes or more, the node's own structure otherwise). */
function reference(ref: NodeRef, sink: NodeSink): { item: RlpItem; ref: NodeRef } {
  if (isHashRef(ref)) return { item: ref, ref };
  const { item, node } = seal(ref, sink);
  const rlp = encodeNode(item);
  if (rlp.length < 32) return { item, ref: node };
  const hash = keccak256(rlp);
  sink(hash, rlp, node);
  return { item: hash, ref: hash };
}

/** A node's RLP structure with its children committed, and the node with its children as stored references. */
function seal(node: TrieNode, sink: NodeSink): { item: RlpItem; node: TrieNode } {
  switch (node.kind) {
    case 'leaf':
      return { item: [compactEncode(node.path, true), node.value], node };
    case 'extension': {
      const c = reference(node.child, sink);
      return { item: [compactEncode(node.path, false), c.item], node: { kind: 'extension', path: node.path, child: c.ref } };
    }
    case 'branch': {
      const items: RlpItem[] = [];
      const children: Array<NodeRef | null> = [];
      for (const child of node.children) {
        if (child === null) {
          items.push(EMPTY);
          children.push(null);
          continue;
        }
        const c = reference(child, sink);
        items.push(c.item);
        children.push(c.ref);
      }
      items.push(EMPTY);
      return { item: items, node: { kind: 'branch', children } satisfies BranchNode };
    }
  }
}

/** The root reference of a stored trie by its root hash (null: the empty trie). */
export function rootRef(rootHash: Uint8Array): NodeRef | null {
  return equalsBytes(rootHash, KECCAK256_RLP) ? null : rootHash;
}
