import { RLP } from '@ethereumjs/rlp';
import { KECCAK256_RLP, equalsBytes } from '@ethereumjs/util';
import { keccak256 } from '../crypto.ts';
import { isHashRef, nodeItem, type NodeRef, type RlpItem } from './trie-node.ts';

/** A node that needs a row of its own: its hash and its RLP. */
export type NodeSink = (hash: Uint8Array, rlp: Uint8Array) => void;

/**
 * Hashes the new part of a trie bottom-up and hands each node of 32 bytes or more (and the root, whatever its
 * size) to `sink`; nodes reached by hash are already stored and are not visited. Returns the root hash
 * (KECCAK256_RLP for the empty trie).
 */
export function commitTrie(root: NodeRef | null, sink: NodeSink): Uint8Array {
  if (root === null) return KECCAK256_RLP;
  if (isHashRef(root)) return root;
  const rlp = RLP.encode(nodeItem(root, (c) => reference(c, sink)));
  const hash = keccak256(rlp);
  sink(hash, rlp);
  return hash;
}

/** What a parent holds for `ref`: the hash of a node of 32 bytes or more, the node's own structure otherwise. */
function reference(ref: NodeRef, sink: NodeSink): RlpItem {
  if (isHashRef(ref)) return ref;
  const item = nodeItem(ref, (c) => reference(c, sink));
  const rlp = RLP.encode(item);
  if (rlp.length < 32) return item;
  const hash = keccak256(rlp);
  sink(hash, rlp);
  return hash;
}

/** The root reference of a stored trie by its root hash (null: the empty trie). */
export function rootRef(rootHash: Uint8Array): NodeRef | null {
  return equalsBytes(rootHash, KECCAK256_RLP) ? null : rootHash;
}

