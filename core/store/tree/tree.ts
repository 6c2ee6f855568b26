import { LRU } from '../lru.ts';
import {
  type BranchNode,
  type ChildRef,
  type LeafNode,
  type ProofStep,
  type TreeNode,
  branchHash,
  decodeNode,
  encodeNode,
  EMPTY_ROOT,
  keyPath,
  keptInner,
  nodeHash,
  nodeRowKey,
} from './node.ts';

/** A change to apply: the key's path (keyPath), the key, the new value or null for a delete. Sorted by path. */
export interface Change {
  path: string;
  key: string;
  value: Uint8Array | null;
}

/** What one version's update produces: its root, the rows to write and the rows it made stale. */
export interface TreeUpdate {
  root: ChildRef | undefined;
  /** Row key → encoded node, and the decoded node (for the cache once committed). */
  puts: Map<string, { bytes: Uint8Array; node: TreeNode }>;
  /** Row keys of the nodes this version replaced: still part of older versions. */
  stale: string[];
  /** Rows of this same version, written by an earlier update, that this one replaced (a chunked import). */
  dropped: string[];
}

export class MissingNodeError extends Error {}

/** A branch's prefix: the slot it hangs from plus its skip. */
const prefixOf = (slot: string, n: BranchNode): string => slot + n.skip;

/** Whether no path starting with `p` lies in [low, high). */
function outside(p: string, low: string, high: string | undefined): boolean {
  if (p < low.slice(0, p.length)) return true;
  if (high === undefined) return false;
  const h = high.slice(0, p.length);
  return p > h || (p === h && high.length <= p.length);
}

const commonPrefix = (a: string, b: string, from: number): number => {
  let i = from;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/**
 * Reads and updates of the tree at any version, over rows read synchronously (LevelDB getSync) through a
 * bounded cache of decoded nodes. Rows are immutable once committed — (version, slot) names one node forever,
 * until a rewind drops the version (then clearCache).
 */
export class MerkleTree {
  private readonly cache: LRU<TreeNode>;

  constructor(
    private readonly readRow: (key: string) => Uint8Array | undefined,
    cacheBytes: number,
  ) {
    this.cache = new LRU<TreeNode>(cacheBytes, (k, n) => 96 + k.length * 2 + (n.kind === 'leaf' ? n.key.length * 2 + n.value.length : n.skip.length * 2 + n.children.length * 80 + (n.inner?.size ?? 0) * 120));
  }

  read(ref: ChildRef, slot: string): TreeNode {
    const key = nodeRowKey(ref.version, slot);
    let n = this.cache.get(key);
    if (n) return n;
    const raw = this.readRow(key);
    if (!raw) throw new MissingNodeError(`state tree node ${key} is missing (pruned or never written)`);
    n = decodeNode(raw);
    this.cache.set(key, n);
    return n;
  }

  /** Puts committed nodes in the cache (the hot path of the next block reads them). */
  remember(update: TreeUpdate): void {
    for (const [k, { node }] of update.puts) this.cache.set(k, node);
  }
  /** Forgets rows a same-version update replaced or dropped (a chunked import rewrites its own rows). */
  forget(keys: Iterable<string>): void {
    for (const k of keys) this.cache.delete(k);
  }
  /** The node cache's estimated bytes (diagnostics). */
  get cachedBytes(): number {
    return this.cache.heldBytes;
  }
  clearCache(): void {
    this.cache.clear();
  }

  get(root: ChildRef | undefined, key: string): Uint8Array | undefined {
    const leaf = this.findLeaf(root, keyPath(key));
    return leaf?.key === key ? leaf.value : undefined;
  }

  private findLeaf(root: ChildRef | undefined, path: string, trail?: Array<{ node: BranchNode; symbol: string }>): LeafNode | undefined {
    let ref = root;
    let slot = '';
    while (ref) {
      const n = this.read(ref, slot);
      if (n.kind === 'leaf') return n;
      const prefix = prefixOf(slot, n);
      if (!path.startsWith(prefix)) return undefined;
      const sym = path[prefix.length]!;
      const child = n.children.find(([s]) => s === sym);
      if (!child) return undefined;
      trail?.push({ node: n, symbol: sym });
      slot = prefix + sym;
      ref = child[1];
    }
    return undefined;
  }

  /** Leaves whose path is in [low, high), in path (= key) order or reversed. */
  *iterate(root: ChildRef | undefined, low: string, high: string | undefined, reverse = false): IterableIterator<LeafNode> {
    if (root) yield* this.walk(root, '', low, high, reverse);
  }

  private *walk(ref: ChildRef, slot: string, low: string, high: string | undefined, reverse: boolean): IterableIterator<LeafNode> {
    const n = this.read(ref, slot);
    if (n.kind === 'leaf') {
      const p = keyPath(n.key);
      if (p >= low && (high === undefined || p < high)) yield n;
      return;
    }
    const prefix = prefixOf(slot, n);
    if (outside(prefix, low, high)) return;
    const kids = n.children;
    for (let i = 0; i < kids.length; i++) {
      const [sym, c] = kids[reverse ? kids.length - 1 - i : i]!;
      const sub = prefix + sym;
      if (!outside(sub, low, high)) yield* this.walk(c, sub, low, high, reverse);
    }
  }

  /** Applies sorted changes to the tree at `root`, writing new nodes at `version`. Does not write anything. */
  update(root: ChildRef | undefined, version: number, changes: Change[]): TreeUpdate {
    const w = new TreeWriter(this, version);
    return w.result(w.apply(root, '', changes));
  }

  /**
   * The same update, calling `pause` between the subtrees of a branch that many changes reach: a block's
   * hashing gives the event loop turns (issue 17) instead of running 20–35 ms in one piece. Same result.
   */
  async updateSliced(root: ChildRef | undefined, version: number, changes: Change[], pause: () => Promise<void>): Promise<TreeUpdate> {
    const w = new TreeWriter(this, version);
    return w.result(await w.applySliced(root, '', changes, pause));
  }

  /**
   * Existence proof steps for `key`: the leaf, then for each level bottom-up the sibling hashes of the
   * binary (crit-bit) path inside each branch. undefined when the key is absent.
   */
  proofSteps(root: ChildRef | undefined, key: string): { leaf: LeafNode; steps: ProofStep[] } | undefined {
    const trail: Array<{ node: BranchNode; symbol: string }> = [];
    const leaf = this.findLeaf(root, keyPath(key), trail);
    if (!leaf || leaf.key !== key) return undefined;
    const steps: ProofStep[] = [];
    for (let i = trail.length - 1; i >= 0; i--) branchHash(trail[i]!.node.children, trail[i]!.symbol, steps);
    return { leaf, steps };
  }
}

/** The root hash of a content, built in memory (tests, snapshot checks): the same as any history reaching it. */
export function rootHashOf(entries: Iterable<[string, Uint8Array]>): Uint8Array {
  const changes = [...entries].map(([key, value]) => ({ key, value, path: keyPath(key) })).sort((a, b) => (a.path < b.path ? -1 : 1));
  return new MerkleTree(() => undefined, 0).update(undefined, 0, changes).root?.hash ?? EMPTY_ROOT;
}

/** A branch reached by this many changes or more gives the event loop a turn between its subtrees. */
const SLICED_CHANGES = 256;

/** Sorted changes grouped by their symbol at `at` (runs of the same symbol), in order. */
function* groupsBySymbol(changes: Change[], at: number): IterableIterator<[string, Change[]]> {
  for (let i = 0; i < changes.length; ) {
    const sym = changes[i]!.path[at]!;
    let j = i;
    while (j < changes.length && changes[j]!.path[at] === sym) j++;
    yield [sym, changes.slice(i, j)];
    i = j;
  }
}

/** One version's update: new nodes at `version`, replaced ones recorded stale. */
class TreeWriter {
  readonly puts = new Map<string, { bytes: Uint8Array; node: TreeNode }>();
  readonly stale: string[] = [];
  readonly dropped: string[] = [];

  constructor(
    private readonly tree: MerkleTree,
    private readonly version: number,
  ) {}

  private write(slot: string, node: TreeNode): ChildRef {
    this.puts.set(nodeRowKey(this.version, slot), { bytes: encodeNode(node), node });
    return { version: this.version, hash: nodeHash(node) };
  }

  /** The node at (ref, slot) leaves the tree at this version. */
  private retire(ref: ChildRef, slot: string): void {
    const key = nodeRowKey(ref.version, slot);
    // A node written by this same update and replaced again never reaches the disk; one of this version
    // already on disk (an import applied in chunks) is deleted; an older one is kept for older versions.
    if (ref.version === this.version) {
      if (!this.puts.delete(key)) this.dropped.push(key);
    } else this.stale.push(key);
  }

  private read(ref: ChildRef, slot: string): TreeNode {
    const k = nodeRowKey(ref.version, slot);
    return this.puts.get(k)?.node ?? this.tree.read(ref, slot);
  }

  /** The update's outcome. A row dropped and then written again in it (the same slot) is a put, not a delete. */
  result(root: ChildRef | undefined): TreeUpdate {
    return { root, puts: this.puts, stale: this.stale, dropped: this.dropped.filter((k) => !this.puts.has(k)) };
  }

  apply(ref: ChildRef | undefined, slot: string, changes: Change[]): ChildRef | undefined {
    if (changes.length === 0) return ref;
    if (!ref) return this.build(slot, changes.filter((c) => c.value !== null));
    const n = this.read(ref, slot);
    if (n.kind === 'leaf') return this.applyToLeaf(ref, slot, n, changes);
    const at = this.descend(slot, n, changes);
    if (at === undefined) return ref;
    if (at.split !== undefined) return this.split(ref, slot, n, at.split, at.relevant);
    const children = new Map(n.children);
    let changed = '';
    for (const [sym, group] of groupsBySymbol(at.relevant, at.prefix.length)) {
      const old = children.get(sym);
      const next = this.apply(old, at.prefix + sym, group);
      if (next !== old) {
        changed += sym;
        if (next) children.set(sym, next);
        else children.delete(sym);
      }
    }
    return this.rewrite(ref, slot, n, at.prefix, children, changed);
  }

  /** apply, with `pause` between the subtrees of branches that at least SLICED_CHANGES changes reach. */
  async applySliced(ref: ChildRef | undefined, slot: string, changes: Change[], pause: () => Promise<void>): Promise<ChildRef | undefined> {
    if (changes.length < SLICED_CHANGES || !ref) return this.apply(ref, slot, changes);
    const n = this.read(ref, slot);
    if (n.kind === 'leaf') return this.apply(ref, slot, changes);
    const at = this.descend(slot, n, changes);
    if (at === undefined) return ref;
    if (at.split !== undefined) return this.split(ref, slot, n, at.split, at.relevant);
    const children = new Map(n.children);
    let changed = '';
    for (const [sym, group] of groupsBySymbol(at.relevant, at.prefix.length)) {
      const old = children.get(sym);
      const next = await this.applySliced(old, at.prefix + sym, group, pause);
      await pause();
      if (next !== old) {
        changed += sym;
        if (next) children.set(sym, next);
        else children.delete(sym);
      }
    }
    return this.rewrite(ref, slot, n, at.prefix, children, changed);
  }

  /**
   * The changes that reach branch `n` at `slot` (a delete outside its prefix deletes nothing), and whether they
   * diverge from its prefix (then `split` is where). undefined when none reaches it.
   */
  private descend(slot: string, n: BranchNode, changes: Change[]): { prefix: string; relevant: Change[]; split?: number } | undefined {
    const prefix = prefixOf(slot, n);
    const relevant = changes.filter((c) => c.value !== null || c.path.startsWith(prefix));
    if (relevant.length === 0) return undefined;
    let c = prefix.length;
    for (const ch of relevant) c = Math.min(c, commonPrefix(prefix, ch.path, slot.length));
    return c < prefix.length ? { prefix, relevant, split: c } : { prefix, relevant };
  }

  /** Branch `n` with its children updated (`changed`: the symbols whose child changed). */
  private rewrite(ref: ChildRef, slot: string, n: BranchNode, prefix: string, children: Map<string, ChildRef>, changed: string): ChildRef | undefined {
    if (changed === '') return ref;
    this.retire(ref, slot);
    const kids = [...children.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    if (kids.length === 0) return undefined;
    if (kids.length === 1) {
      // One child left: it moves up into this slot (a Patricia tree has no single-child branches).
      const [sym, cref] = kids[0]!;
      const child = this.read(cref, prefix + sym);
      this.retire(cref, prefix + sym);
      if (child.kind === 'leaf') return this.write(slot, child);
      return this.write(slot, { kind: 'branch', skip: n.skip + sym + child.skip, children: child.children, inner: child.inner });
    }
    return this.write(slot, { kind: 'branch', skip: n.skip, children: kids, inner: keptInner(n.inner, changed) });
  }

  private applyToLeaf(ref: ChildRef, slot: string, leaf: LeafNode, changes: Change[]): ChildRef | undefined {
    const lp = keyPath(leaf.key);
    const mine = changes.find((c) => c.path === lp);
    const others = changes.filter((c) => c.path !== lp && c.value !== null);
    if (others.length === 0) {
      if (!mine) return ref;
      if (mine.value !== null && Buffer.compare(mine.value, leaf.value) === 0) return ref;
    }
    this.retire(ref, slot);
    const entries = others;
    const keep = mine ? (mine.value === null ? undefined : mine) : { path: lp, key: leaf.key, value: leaf.value };
    if (keep) {
      entries.push(keep);
      entries.sort((a, b) => (a.path < b.path ? -1 : 1));
    }
    return this.build(slot, entries);
  }

  /** Changes diverge from the branch's prefix at `c`: a new branch there, the old one moved below it. */
  private split(ref: ChildRef, slot: string, n: BranchNode, c: number, changes: Change[]): ChildRef | undefined {
    const prefix = prefixOf(slot, n);
    this.retire(ref, slot);
    const movedSlot = prefix.slice(0, c + 1);
    const moved = this.write(movedSlot, { kind: 'branch', skip: prefix.slice(c + 1), children: n.children, inner: n.inner });
    const children = new Map<string, ChildRef>([[prefix[c]!, moved]]);
    for (let i = 0; i < changes.length; ) {
      const sym = changes[i]!.path[c]!;
      let j = i;
      while (j < changes.length && changes[j]!.path[c] === sym) j++;
      const next = this.apply(children.get(sym), changes[i]!.path.slice(0, c + 1), changes.slice(i, j));
      if (next) children.set(sym, next);
      else children.delete(sym);
      i = j;
    }
    const kids = [...children.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    return this.write(slot, { kind: 'branch', skip: prefix.slice(slot.length, c), children: kids });
  }

  /** A subtree of new entries (puts, sorted by path). */
  private build(slot: string, entries: Change[]): ChildRef | undefined {
    if (entries.length === 0) return undefined;
    if (entries.length === 1) return this.write(slot, { kind: 'leaf', key: entries[0]!.key, value: entries[0]!.value! });
    const first = entries[0]!.path;
    const c = commonPrefix(first, entries[entries.length - 1]!.path, slot.length);
    const kids: Array<[string, ChildRef]> = [];
    for (let i = 0; i < entries.length; ) {
      const sym = entries[i]!.path[c]!;
      let j = i;
      while (j < entries.length && entries[j]!.path[c] === sym) j++;
      kids.push([sym, this.build(entries[i]!.path.slice(0, c + 1), entries.slice(i, j))!]);
      i = j;
    }
    return this.write(slot, { kind: 'branch', skip: first.slice(slot.length, c), children: kids });
  }
}
