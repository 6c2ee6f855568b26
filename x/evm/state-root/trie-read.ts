import { KECCAK256_RLP, equalsBytes } from '@ethereumjs/util';
import { type Nibbles, startsWith } from './nibbles.ts';
import { decodeNode, isHashRef, type NodeRef, type TrieNode } from './trie-node.ts';

/** The value at `key` (a 64-nibble path) under `root`, undefined if absent. */
export function trieGet(root: NodeRef | null, key: Nibbles, load: (hash: Uint8Array) => TrieNode): Uint8Array | undefined {
  let ref = root;
  let depth = 0;
  while (ref !== null) {
    const node = isHashRef(ref) ? load(ref) : ref;
    if (node.kind === 'leaf') return node.path.length === key.length - depth && startsWith(key, depth, node.path) ? node.value : undefined;
    if (node.kind === 'extension') {
      if (!startsWith(key, depth, node.path)) return undefined;
      depth += node.path.length;
      ref = node.child;
    } else {
      ref = node.children[key[depth]!] ?? null;
      depth++;
    }
  }
  return undefined;
}

/**
 * An EIP-1186 proof of `key` under the trie with root `rootHash`: the RLP of every node on the key's path that is
 * referenced by hash, root first (embedded nodes are inside their parent's RLP, as geth's proofs have them). It
 * proves the value when the path ends at the key's leaf and its absence otherwise; the empty trie has an empty
 * proof. `raw` reads a stored node's RLP by hash.
 */
export function trieProof(rootHash: Uint8Array, key: Nibbles, raw: (hash: Uint8Array) => Uint8Array): { proof: Uint8Array[]; value?: Uint8Array } {
  const proof: Uint8Array[] = [];
  if (equalsBytes(rootHash, KECCAK256_RLP)) return { proof };
  let ref: NodeRef | null = rootHash;
  let depth = 0;
  while (ref !== null) {
    let node: TrieNode;
    if (isHashRef(ref)) {
      const rlp = raw(ref);
      proof.push(rlp);
      node = decodeNode(rlp);
    } else node = ref;
    if (node.kind === 'leaf') {
      const hit = node.path.length === key.length - depth && startsWith(key, depth, node.path);
      return hit ? { proof, value: node.value } : { proof };
    }
    if (node.kind === 'extension') {
      if (!startsWith(key, depth, node.path)) return { proof };
      depth += node.path.length;
      ref = node.child;
    } else {
      ref = node.children[key[depth]!] ?? null;
      depth++;
    }
  }
  return { proof };
}
