import { ClassicLevel } from 'classic-level';
import { breathe } from '../types/breathe.ts';

/**
 * The node's LevelDB: application state (core/store/commit-store.ts owns its rows), and the block store's
 * rooms, whose key layout core/blockstore/block-store.ts owns. A block goes in as one atomic batch, so a
 * crash leaves the previous commit whole.
 */
export class NodeDB {
  readonly db: ClassicLevel<string, Uint8Array>;
  /**
   * While a commit's batch is being written, reads go to a snapshot taken just before it: LevelDB makes the
   * batch readable before its write resolves, and a reader (a `tx` query, a block) must not see a block
   * whose state is not yet the state queries answer from. Cleared once the committer's memory moved on;
   * closed once no iteration begun on it is still reading (background pruning iterates across commits).
   */
  private view: View | undefined;

  constructor(path: string) {
    this.db = new ClassicLevel<string, Uint8Array>(path, { keyEncoding: 'utf8', valueEncoding: 'view' });
  }
  async open(): Promise<void> {
    await this.db.open();
  }
  async close(): Promise<void> {
    if (this.db.status === 'open') await this.db.close();
  }

  /** Deletes every row (InitChain after a crash left some of an unfinished one). */
  async clear(): Promise<void> {
    await this.db.clear();
  }

  get(key: string): Uint8Array | undefined {
    return this.view ? this.db.getSync(key, { snapshot: this.view.snapshot }) : this.db.getSync(key);
  }
  getJSON<T>(key: string): T | undefined {
    const v = this.get(key);
    return v === undefined ? undefined : (JSON.parse(Buffer.from(v).toString('utf8')) as T);
  }

  /** Rows under `prefix` in key order; `gte`/`lt` narrow the range further. */
  async *iterate(prefix: string, opts?: { reverse?: boolean; limit?: number; gte?: string; lt?: string }): AsyncIterableIterator<[string, Uint8Array]> {
    const gte = opts?.gte !== undefined && opts.gte > prefix ? opts.gte : prefix;
    const lt = opts?.lt !== undefined && opts.lt < prefix + '\uffff' ? opts.lt : prefix + '\uffff';
    const view = this.view;
    if (view) view.readers++;
    try {
      const it = this.db.iterator({ gte, lt, reverse: opts?.reverse, limit: opts?.limit ?? -1, snapshot: view?.snapshot });
      for await (const [k, v] of it) yield [k, v];
    } finally {
      if (view) {
        view.readers--;
        closeIfUnused(view);
      }
    }
  }

  /**
   * Writes one atomic batch. `published` runs as soon as it is durable, before any reader can see it: the
   * caller moves its in-memory view there, so the rows and the state become visible together.
   */
  async write(puts: Array<[string, Uint8Array]>, dels: string[], published?: () => void): Promise<void> {
    // A chained batch: abstract-level's array form clones and re-validates every op on the main thread,
    // ≈ 10× the cost of this (23 ms vs 2 ms for a block's 2,500 rows).
    // Built in parts with a turn of the event loop between them: a drain block's ≈ 10,000 rows took 15–20 ms in
    // one piece (issue 17). Nothing else writes meanwhile: commits are serialised, the batch is not yet visible.
    const batch = this.db.batch();
    for (let i = 0; i < puts.length; i++) {
      batch.put(puts[i]![0], puts[i]![1]);
      if ((i & 2047) === 2047) await breathe();
    }
    for (const key of dels) batch.del(key);
    const view: View = { snapshot: this.db.snapshot(), readers: 0, released: false };
    this.view = view;
    try {
      // sync: the commit survives a machine crash, not only a process crash.
      await batch.write({ sync: true });
      published?.();
    } finally {
      if (this.view === view) this.view = undefined;
      view.released = true;
      closeIfUnused(view);
    }
  }
}

interface View {
  snapshot: ReturnType<ClassicLevel<string, Uint8Array>['snapshot']>;
  /** Iterations begun on this snapshot and not finished. */
  readers: number;
  /** The write it was taken for has finished: no new reader takes it. */
  released: boolean;
}

function closeIfUnused(view: View): void {
  if (view.released && view.readers === 0) view.snapshot.close().catch(() => undefined); // one that fails to close holds only memory
}

export const jsonBytes = (v: unknown): Uint8Array => Buffer.from(JSON.stringify(v), 'utf8');
