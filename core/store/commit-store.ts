import type { CommitmentProof } from 'cosmjs-types/cosmos/ics23/v1/proofs';
import { breathe } from '../types/breathe.ts';
import { LRU } from './lru.ts';
import { type IterateOptions, type KVStore, prefixEnd } from './kv.ts';
import type { NodeDB } from './node-db.ts';
import { type ChildRef, EMPTY_ROOT, boundPath, decodeNode, decodeRef, encodeRef, keyPath, readVarint, varint, versionKey } from './tree/node.ts';
import { proveKey } from './tree/proof.ts';
import { StreamTreeBuilder } from './tree/stream-build.ts';
import { type Change, MerkleTree, type TreeUpdate } from './tree/tree.ts';

/**
 * The committed state: LevelDB is the source of truth, memory a bounded cache.
 *
 * Rows (beside the block store's): `s/<key>` the latest value of each key (one getSync for the reads of every
 * tx), tagged with the version it was written at, so a past read of a key unchanged since answers from it too; `n/<version>/<slot>` the Merkle tree's nodes, versioned by height (core/store/tree); `o/<stale since>/
 * <version>/<slot>` the nodes a version replaced, which pruning deletes; `v/<version>` the root of each
 * version; `m/store` the earliest version kept. The app hash is the tree's root hash.
 */
export const StoreKeys = {
  /** Its value: flatRow(since, value) — `since` a version from which the value has not changed. */
  flat: (key: string) => `s/${key}`,
  root: (version: number) => `v/${versionKey(version)}`,
  stale: (since: number, nodeRow: string) => `o/${versionKey(since)}/${nodeRow.slice(2)}`,
  /** The node row a stale mark names (`o/<since>/` + the node row without its `n/`). */
  nodeOfStale: (staleRow: string) => `n/${staleRow.slice(2 + 13)}`,
  meta: 'm/store',
  /** The rows' layout, so a home written by an older build is refused rather than misread. */
  layout: 'm/layout',
} as const;

/** 2: flat rows tagged with their version (flatRow); 3: tree levels per byte, not per nibble. A home without the row is 1. */
export const STORE_LAYOUT = 3;
export const layoutRow = (): [string, Uint8Array] => [StoreKeys.layout, Buffer.from(String(STORE_LAYOUT))];

/** A flat row: varint(since) ‖ value, where the value holds at every version from `since` to the latest. */
export function flatRow(since: number, value: Uint8Array): Uint8Array {
  const head = varint(since);
  const out = new Uint8Array(head.length + value.length);
  out.set(head);
  out.set(value, head.length);
  return out;
}

/** A flat row's parts (the value a view of the row's bytes). */
export function readFlatRow(row: Uint8Array): Flat {
  const at = { i: 0 };
  const since = readVarint(row, at);
  return { since, value: row.subarray(at.i) };
}

interface Flat {
  since: number;
  value: Uint8Array;
}

export type Pruning = { kind: 'nothing' } | { kind: 'keep-recent'; keep: number; interval: number };

/** `--pruning`: nothing (keep every height: the devnet default), keep-recent=N, everything (the SDK's: keep 2). */
export function parsePruning(s: string | undefined): Pruning {
  if (s === undefined || s === '' || s === 'nothing' || s === 'default') return { kind: 'nothing' };
  if (s === 'everything') return { kind: 'keep-recent', keep: 2, interval: 10 };
  const m = /^keep-recent=(\d+)$/.exec(s);
  if (m && Number(m[1]) >= 1) return { kind: 'keep-recent', keep: Number(m[1]), interval: Math.min(10, Number(m[1])) };
  throw new Error(`invalid --pruning "${s}": expected nothing, everything or keep-recent=N (N ≥ 1)`);
}

/** A read at a height the store does not hold. */
export class HistoricalStateError extends Error {}

/** The block's state changes, hashed at FinalizeBlock and written at Commit. */
export interface PreparedState {
  version: number;
  appHash: Uint8Array;
  update: TreeUpdate;
  changes: Array<[string, Uint8Array | null]>;
  puts: Array<[string, Uint8Array]>;
  dels: string[];
}

const ABSENT = null;

export class CommitStore implements KVStore {
  readonly tree: MerkleTree;
  private readonly values: LRU<Flat | typeof ABSENT>;
  private readonly roots = new LRU<ChildRef | typeof ABSENT>(1 << 20, () => 100);
  /** The latest committed version; -1 before InitChain. */
  version = -1;
  private root: ChildRef | undefined;
  earliest = 0;
  private pruning: Promise<void> | undefined;
  /** A genesis is going in as flat rows (spill): no tree to iterate until prepareLarge builds it. */
  private spilled = false;

  constructor(
    readonly db: NodeDB,
    readonly opts: { cacheBytes: number; pruning: Pruning },
  ) {
    // Half for decoded tree nodes (iteration, proofs, the next block's update), half for latest values.
    this.tree = new MerkleTree((k) => db.get(k), opts.cacheBytes / 2);
    this.values = new LRU(opts.cacheBytes / 2, (k, v) => 96 + k.length * 2 + (v?.value.length ?? 0));
  }

  /** Opens at the last commit's version (read from the block store's commit row by the caller). */
  load(version: number): void {
    this.checkLayout();
    this.version = version;
    this.root = this.rootAt(version);
    this.earliest = this.db.getJSON<{ earliest: number }>(StoreKeys.meta)?.earliest ?? 0;
    // Finish a pruning a crash interrupted (its marker is written before any row is deleted).
    if (this.opts.pruning.kind !== 'nothing' && this.earliest > 0) this.startPruning(this.earliest);
  }

  private checkLayout(): void {
    const raw = this.db.get(StoreKeys.layout);
    const layout = raw === undefined ? 1 : Number(Buffer.from(raw).toString());
    if (layout !== STORE_LAYOUT) {
      throw new Error(`this home's state was written by ${layout < STORE_LAYOUT ? 'an older' : 'a newer'} triviumd (store layout ${layout}, this build reads ${STORE_LAYOUT}): start a new home (triviumd init) or run the build that wrote it`);
    }
  }

  get rootHash(): Uint8Array {
    return this.root?.hash ?? EMPTY_ROOT;
  }

  // ---- latest reads (KVStore) ---------------------------------------------------------------------------

  get(key: string): Uint8Array | undefined {
    return this.flat(key)?.value;
  }

  /** The latest value and the version since which it holds. */
  flat(key: string): Flat | undefined {
    const c = this.values.get(key);
    if (c !== undefined) return c ?? undefined;
    const row = this.db.get(StoreKeys.flat(key));
    const f = row === undefined ? undefined : readFlatRow(row);
    this.values.set(key, f ?? ABSENT);
    return f;
  }
  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
  set(): void {
    throw new Error('the committed store is written only by Commit');
  }
  delete(): void {
    throw new Error('the committed store is written only by Commit');
  }
  iterate(prefix: string, opts?: IterateOptions): IterableIterator<[string, Uint8Array]> {
    if (this.spilled) throw new Error('the genesis state cannot be iterated while InitChain writes it in parts (its tree is built at its commit)');
    return iterateTree(this.tree, this.root, prefix, opts);
  }

  /** What the two caches hold by their own estimate (what cacheBytes bounds): diagnostics and benchmarks. */
  cacheEstimate(): { values: number; tree: number } {
    return { values: this.values.heldBytes, tree: this.tree.cachedBytes };
  }

  // ---- past heights ---------------------------------------------------------------------------------------

  private rootAt(version: number): ChildRef | undefined {
    const k = String(version);
    const c = this.roots.get(k);
    if (c !== undefined) return c ?? undefined;
    const raw = this.db.get(StoreKeys.root(version));
    if (raw === undefined) throw new HistoricalStateError(`no state tree root for height ${version}`);
    const r = decodeRef(raw);
    this.roots.set(k, r ?? ABSENT);
    return r;
  }

  /** Refuses a height the store does not hold, with the range it does. */
  checkHeight(height: number): void {
    if (!Number.isSafeInteger(height) || height < 0) throw new HistoricalStateError(`invalid height ${height}`);
    if (height > this.version) throw new HistoricalStateError(`height ${height} is not committed yet (latest is ${this.version})`);
    if (height < this.earliest) {
      throw new HistoricalStateError(`state at height ${height} is pruned: this node keeps heights ${this.earliest}–${this.version} (--pruning)`);
    }
  }

  /** A read-only view of the state at `height` (the latest is this store itself). */
  at(height: number): KVStore {
    this.checkHeight(height);
    if (height === this.version) return this;
    return new VersionView(this, this.tree, this.rootAt(height), height);
  }

  /** The app hash (root hash) at a committed height. */
  rootHashAt(height: number): Uint8Array {
    this.checkHeight(height);
    return this.rootAt(height)?.hash ?? EMPTY_ROOT;
  }

  /** An ICS-23 proof of `key` (membership or non-membership) against the app hash at `height`. */
  prove(key: string, height = this.version): CommitmentProof {
    this.checkHeight(height);
    return proveKey(this.tree, this.rootAt(height), key);
  }

  // ---- commit -----------------------------------------------------------------------------------------------

  /** Hashes a version's changes (sorted by key) into the tree; nothing is written until the caller's batch. */
  prepare(changes: Array<[string, Uint8Array | null]>, version: number): PreparedState {
    return this.prepareOn(changes, version);
  }

  /**
   * InitChain of a big genesis: writes part of version `version`'s changes now, as flat rows (with `extra`, the
   * modules' derived rows for the part), so later reads (the rest of the genesis) see them. The tree is built
   * once, from all of them in key order, by prepareLarge. The commit row the caller writes with the last batch is
   * what makes the version exist, so a crash before it leaves a fresh chain (InitChain clears the rows and runs
   * again).
   */
  async spill(changes: Array<[string, Uint8Array | null]>, version: number, extra: Array<[string, Uint8Array]> = []): Promise<void> {
    if (this.version >= 0) throw new Error(`spill: only a fresh store's first version goes in parts (the store is at ${this.version})`);
    const puts: Array<[string, Uint8Array]> = [...extra, layoutRow()];
    const dels: string[] = [];
    for (const [key, value] of changes) {
      if (value === null) dels.push(StoreKeys.flat(key));
      else puts.push([StoreKeys.flat(key), flatRow(version, value)]);
    }
    await this.db.write(puts, dels);
    this.spilled = true;
    this.values.clear(); // it may hold "absent" for keys just written
  }

  /**
   * A fresh store's first version (InitChain), however large: its changes go to flat rows in parts of `chunk`,
   * then the tree is built in one pass over the flat rows in key order (StreamTreeBuilder), its rows written in
   * batches as they come. Merging each part into the tree instead read back a growing share of it: InitChain
   * cost per account grew ×1.9 from 100,000 to 1,000,000 accounts.
   */
  async prepareLarge(changes: Array<[string, Uint8Array | null]>, version: number, chunk = 100_000): Promise<PreparedState> {
    for (let at = 0; at < changes.length; at += chunk) await this.spill(changes.slice(at, at + chunk), version);
    let rows: Array<[string, Uint8Array]> = [];
    const builder = new StreamTreeBuilder(version, (k, b) => rows.push([k, b]));
    for await (const [k, raw] of this.db.iterate('s/')) {
      builder.add(k.slice(2), readFlatRow(raw).value);
      if (rows.length >= 20_000) {
        await this.db.write(rows, []);
        rows = [];
      }
    }
    const root = builder.finish();
    // Every node row written ahead: the tree is iterable from now on (the modules' last genesis call reads it all).
    await this.db.write(rows, []);
    this.root = root;
    this.spilled = false;
    rows = [[StoreKeys.root(version), encodeRef(root)], layoutRow()];
    const update: TreeUpdate = { root, puts: new Map(), stale: [], dropped: [] };
    return { version, appHash: root?.hash ?? EMPTY_ROOT, update, changes, puts: rows, dels: [] };
  }

  /** prepare for a block: the same result, the tree's hashing sliced so the RPC gets turns (core/types/breathe.ts). */
  async prepareBlock(changes: Array<[string, Uint8Array | null]>, version: number): Promise<PreparedState> {
    const sorted: Change[] = changes.map(([key, value]) => ({ key, value, path: keyPath(key) }));
    return this.prepared(changes, version, await this.tree.updateSliced(this.root, version, sorted, breathe));
  }

  private prepareOn(changes: Array<[string, Uint8Array | null]>, version: number): PreparedState {
    const sorted: Change[] = changes.map(([key, value]) => ({ key, value, path: keyPath(key) }));
    return this.prepared(changes, version, this.tree.update(this.root, version, sorted));
  }

  /** A version's rows: its flat values, the tree's new nodes, the stale marks and the root. */
  private prepared(changes: Array<[string, Uint8Array | null]>, version: number, update: TreeUpdate): PreparedState {
    const puts: Array<[string, Uint8Array]> = [];
    const dels: string[] = [...update.dropped];
    for (const [key, value] of changes) {
      if (value === null) dels.push(StoreKeys.flat(key));
      else puts.push([StoreKeys.flat(key), flatRow(version, value)]);
    }
    for (const [k, { bytes }] of update.puts) puts.push([k, bytes]);
    for (const k of update.stale) puts.push([StoreKeys.stale(version, k), new Uint8Array()]);
    puts.push([StoreKeys.root(version), encodeRef(update.root)]);
    if (this.version < 0) puts.push(layoutRow()); // a new store: every batch of its first version says its layout
    return { version, appHash: update.root?.hash ?? EMPTY_ROOT, update, changes, puts, dels };
  }

  /** After the batch is durable: the prepared version becomes the latest. */
  publish(p: PreparedState): void {
    if (p.changes.length <= 100_000) for (const [k, v] of p.changes) this.values.set(k, v === null ? ABSENT : { since: p.version, value: v });
    else this.values.clear(); // a big genesis: the flat rows answer
    this.tree.remember(p.update);
    this.version = p.version;
    this.root = p.update.root;
    this.roots.set(String(p.version), p.update.root ?? ABSENT);
    const pr = this.opts.pruning;
    if (pr.kind === 'keep-recent' && p.version % pr.interval === 0 && p.version - pr.keep + 1 > this.earliest) this.startPruning(p.version - pr.keep + 1);
  }

  // ---- pruning --------------------------------------------------------------------------------------------

  /** Background pruning: never awaited by a block. Reads below `earliest` are refused from now on. */
  private startPruning(earliest: number): void {
    this.earliest = Math.max(this.earliest, earliest);
    const target = this.earliest;
    const prev = this.pruning ?? Promise.resolve();
    this.pruning = prev.then(() => this.pruneTo(target)).catch((e: unknown) => {
      if (this.db.db.status === 'open') console.error(`pruning to height ${target} failed: ${(e as Error).message}`);
    });
  }

  /** Waits for pruning in flight (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.pruning) {
      const p = this.pruning;
      await p;
      if (this.pruning === p) this.pruning = undefined;
    }
  }

  /** Deletes every node no version ≥ `earliest` reaches, and the roots below it, in small batches. */
  private async pruneTo(earliest: number): Promise<void> {
    await this.db.write([[StoreKeys.meta, Buffer.from(JSON.stringify({ earliest }))]], []);
    const CHUNK = 2000;
    let dels: string[] = [];
    const flush = async () => {
      if (dels.length === 0) return;
      const d = dels;
      dels = [];
      if (this.db.db.status !== 'open') throw new Error('database closed');
      await this.db.write([], d);
    };
    // A node stale since s belongs to versions below s: unneeded once s ≤ earliest.
    for await (const [k] of this.db.iterate('o/', { lt: `o/${versionKey(earliest + 1)}` })) {
      dels.push(k, StoreKeys.nodeOfStale(k));
      if (dels.length >= CHUNK) await flush();
    }
    for await (const [k] of this.db.iterate('v/', { lt: StoreKeys.root(earliest) })) {
      dels.push(k);
      if (dels.length >= CHUNK) await flush();
    }
    await flush();
  }

  // ---- rewind -----------------------------------------------------------------------------------------------

  /**
   * The rows that take the state back to `height`: every version above it dropped, the nodes they made stale
   * live again, each key they touched back to its value at `height`. One batch, with the caller's own rows.
   */
  async rewindOps(height: number): Promise<{ puts: Array<[string, Uint8Array]>; dels: string[] }> {
    this.checkHeight(height);
    const root = this.rootAt(height);
    const touched = new Set<string>();
    const dels: string[] = [];
    const from = versionKey(height + 1);
    for await (const [k, v] of this.db.iterate('n/', { gte: `n/${from}` })) {
      dels.push(k);
      const n = decodeNode(v);
      if (n.kind === 'leaf') touched.add(n.key);
    }
    for await (const [k] of this.db.iterate('o/', { gte: `o/${from}` })) {
      dels.push(k);
      const row = this.db.get(StoreKeys.nodeOfStale(k));
      const n = row && decodeNode(row);
      if (n && n.kind === 'leaf') touched.add(n.key);
    }
    for await (const [k] of this.db.iterate('v/', { gte: StoreKeys.root(height + 1) })) dels.push(k);
    const puts: Array<[string, Uint8Array]> = [];
    for (const key of touched) {
      const v = this.tree.get(root, key);
      // `since` = height: true (the value holds there), if later than its write — a past read then walks.
      if (v === undefined) dels.push(StoreKeys.flat(key));
      else puts.push([StoreKeys.flat(key), flatRow(height, v)]);
    }
    return { puts, dels };
  }

  /** After the rewind batch is durable. */
  rewound(height: number): void {
    this.tree.clearCache();
    this.values.clear();
    this.roots.clear();
    this.version = height;
    this.root = this.rootAt(height);
  }
}

/** Iteration of a tree version with the KVStore's prefix/start/end bounds. */
function* iterateTree(tree: MerkleTree, root: ChildRef | undefined, prefix: string, opts?: IterateOptions): IterableIterator<[string, Uint8Array]> {
  const low = opts?.start !== undefined && opts.start > prefix ? opts.start : prefix;
  const end = opts?.end !== undefined && opts.end < prefixEnd(prefix) ? opts.end : prefixEnd(prefix);
  for (const leaf of tree.iterate(root, boundPath(low), boundPath(end), opts?.reverse)) yield [leaf.key, leaf.value];
}

/** The state at a past version: reads through the tree (the flat rows hold the latest only). */
class VersionView implements KVStore {
  constructor(
    private readonly store: CommitStore,
    private readonly tree: MerkleTree,
    private readonly root: ChildRef | undefined,
    readonly height: number,
  ) {}
  get(key: string): Uint8Array | undefined {
    if (this.height < this.store.earliest) throw new HistoricalStateError(`state at height ${this.height} was pruned while being read`);
    // Most keys of a big state are not written for long: the latest row answers when it is older than the view.
    const f = this.store.flat(key);
    if (f !== undefined && f.since <= this.height) return f.value;
    return this.tree.get(this.root, key);
  }
  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
  set(): void {
    throw new Error(`the state at height ${this.height} is read-only`);
  }
  delete(): void {
    throw new Error(`the state at height ${this.height} is read-only`);
  }
  iterate(prefix: string, opts?: IterateOptions): IterableIterator<[string, Uint8Array]> {
    return iterateTree(this.tree, this.root, prefix, opts);
  }
}
