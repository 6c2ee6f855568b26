import { equalsBytes } from '@ethereumjs/util';
import { commonPrefix, concatNibbles, type Nibbles, startsWith } from './nibbles.ts';
import { isHashRef, type NodeRef, type TrieNode } from './trie-node.ts';

/** One key's new value; null deletes it. Keys are the full 64-nibble paths (keccak256 of the key). */
export interface TrieChange {
  key: Nibbles;
  value: Uint8Array | null;
}

/** Compares two paths nibble by nibble (all paths of one trie have the same length). */
export function compareNibbles(a: Nibbles, b: Nibbles): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

const SAME = Symbol('unchanged');

/**
 * Applies a batch of changes to a trie in one descent: each subtree the changes reach is visited once, whatever
 * their number, and a subtree they do not change keeps its reference (so it is neither read nor hashed nor
 * written again). The result is the new root as a reference (new nodes in memory, untouched ones by hash); its
 * content depends only on the keys and values, never on the order of earlier updates, as Ethereum's trie must.
 */
export class TrieUpdater {
  constructor(private readonly load: (hash: Uint8Array) => TrieNode) {}

  /** `changes` sorted by key (compareNibbles), one per key. */
  update(root: NodeRef | null, changes: TrieChange[]): NodeRef | null {
    for (let i = 1; i < changes.length; i++) {
      if (compareNibbles(changes[i - 1]!.key, changes[i]!.key) >= 0) throw new Error('trie changes must be sorted by key, one per key');
    }
    return this.apply(root, 0, changes, 0, changes.length);
  }

  private resolve(ref: NodeRef): TrieNode {
    return isHashRef(ref) ? this.load(ref) : ref;
  }

  private apply(ref: NodeRef | null, depth: number, ch: TrieChange[], lo: number, hi: number): NodeRef | null {
    if (lo === hi) return ref;
    if (ref === null) return build(ch.slice(lo, hi).filter((c) => c.value !== null) as Entry[], depth);
    const node = this.resolve(ref);
    switch (node.kind) {
      case 'leaf':
        return this.applyLeaf(ref, node.path, node.value, depth, ch, lo, hi);
      case 'extension':
        return this.applyExtension(ref, node.path, node.child, depth, ch, lo, hi);
      case 'branch': {
        const r = this.applyBranch(node.children, depth, ch, lo, hi);
        return r === SAME ? ref : r;
      }
    }
  }

  private applyLeaf(ref: NodeRef, path: Nibbles, value: Uint8Array, depth: number, ch: TrieChange[], lo: number, hi: number): NodeRef | null {
    let own: TrieChange | undefined;
    const others: Entry[] = [];
    for (let i = lo; i < hi; i++) {
      const c = ch[i]!;
      if (c.key.length - depth === path.length && startsWith(c.key, depth, path)) own = c;
      else if (c.value !== null) others.push(c as Entry);
    }
    if (others.length === 0) {
      if (own === undefined) return ref; // deletes of keys that are not there
      if (own.value === null) return null;
      return equalsBytes(own.value, value) ? ref : { kind: 'leaf', path, value: own.value };
    }
    // The leaf joins the new keys (unless a change replaced or deleted it), and the subtree is built anew.
    const entries = others;
    if (own === undefined || own.value !== null) {
      const mine: Entry = own === undefined ? { key: concatNibbles(ch[lo]!.key.subarray(0, depth), path), value } : (own as Entry);
      const at = entries.findIndex((e) => compareNibbles(e.key, mine.key) > 0);
      entries.splice(at < 0 ? entries.length : at, 0, mine);
    }
    return build(entries, depth);
  }

  private applyExtension(ref: NodeRef, path: Nibbles, child: NodeRef, depth: number, ch: TrieChange[], lo: number, hi: number): NodeRef | null {
    let below = true;
    let divergingPut = false;
    for (let i = lo; i < hi; i++) {
      if (startsWith(ch[i]!.key, depth, path)) continue;
      below = false;
      if (ch[i]!.value !== null) {
        divergingPut = true;
        break;
      }
    }
    if (!divergingPut) {
      // Every change is under the extension (a delete off its path deletes nothing).
      const sub = below ? ch : ch.slice(lo, hi).filter((c) => startsWith(c.key, depth, path));
      const [s, e] = below ? [lo, hi] : [0, sub.length];
      const next = this.apply(child, depth + path.length, sub, s, e);
      return next === child ? ref : this.withPrefix(path, next);
    }
    // A new key leaves the path: the extension becomes a branch at its first nibble.
    const children: Array<NodeRef | null> = new Array(16).fill(null);
    children[path[0]!] = path.length === 1 ? child : { kind: 'extension', path: path.subarray(1), child };
    const r = this.applyBranch(children, depth, ch, lo, hi);
    return r === SAME ? ref : r;
  }

  private applyBranch(children: ReadonlyArray<NodeRef | null>, depth: number, ch: TrieChange[], lo: number, hi: number): NodeRef | null | typeof SAME {
    let out: Array<NodeRef | null> | undefined;
    for (let i = lo; i < hi; ) {
      const n = ch[i]!.key[depth]!;
      let j = i + 1;
      while (j < hi && ch[j]!.key[depth] === n) j++;
      const before = children[n] ?? null;
      const after = this.apply(before, depth + 1, ch, i, j);
      if (after !== before) (out ??= [...children])[n] = after;
      i = j;
    }
    if (!out) return SAME;
    let only = -1;
    let count = 0;
    for (let n = 0; n < 16; n++) {
      if (out[n] === null) continue;
      count++;
      only = n;
    }
    if (count === 0) return null;
    // A branch left with one child folds into it (Ethereum's canonical form).
    if (count === 1) return this.withPrefix(Uint8Array.of(only), out[only]!);
    return { kind: 'branch', children: out };
  }

  /** `ref` moved down by `prefix`: a leaf or extension takes the prefix into its path, a branch gets an extension. */
  private withPrefix(prefix: Nibbles, ref: NodeRef | null): NodeRef | null {
    if (ref === null) return null;
    const node = this.resolve(ref);
    switch (node.kind) {
      case 'leaf':
        return { kind: 'leaf', path: concatNibbles(prefix, node.path), value: node.value };
      case 'extension':
        return { kind: 'extension', path: concatNibbles(prefix, node.path), child: node.child };
      case 'branch':
        return { kind: 'extension', path: prefix, child: ref };
    }
  }
}

interface Entry {
  key: Nibbles;
  value: Uint8Array;
}

/** The subtree holding exactly `entries` (sorted, distinct) below `depth`. */
function build(entries: Entry[], depth: number): TrieNode | null {
  return buildRange(entries, 0, entries.length, depth);
}

function buildRange(entries: Entry[], lo: number, hi: number, depth: number): TrieNode | null {
  if (lo === hi) return null;
  const first = entries[lo]!;
  if (hi - lo === 1) return { kind: 'leaf', path: first.key.subarray(depth), value: first.value };
  // Sorted keys: what the first and the last share, all share.
  const shared = commonPrefix(first.key, depth, entries[hi - 1]!.key, depth);
  if (shared > 0) return { kind: 'extension', path: first.key.subarray(depth, depth + shared), child: buildBranch(entries, lo, hi, depth + shared) };
  return buildBranch(entries, lo, hi, depth);
}

function buildBranch(entries: Entry[], lo: number, hi: number, depth: number): TrieNode {
  const children: Array<NodeRef | null> = new Array(16).fill(null);
  for (let i = lo; i < hi; ) {
    const n = entries[i]!.key[depth]!;
    let j = i + 1;
    while (j < hi && entries[j]!.key[depth] === n) j++;
    children[n] = buildRange(entries, i, j, depth + 1);
    i = j;
  }
  return { kind: 'branch', children };
}
