import type { NodeDB } from './node-db.ts';

/**
 * The modules' derived rows: data a module computes from the state at Commit (Module.commitRows) and keeps in
 * the node's LevelDB beside it, outside the app hash (x/evm's Merkle-Patricia state root). They live in one room of
 * their own, `e/…`, apart from the state's rows (`s/`, `n/`, `o/`, `v/`, `m/store`: commit-store.ts) and the block
 * store's (`b/`, `r/`, `h/`, `t/`, `x/`, `i/`, `k/`, `m/last`, `g/genesis`: core/blockstore), so a module's rows can
 * never overwrite state or blocks: BaseApp refuses any other key from a module. Each module owns a sub-prefix
 * (x/evm: `e/n/`, `e/r/`; see its types/index.ts).
 */
export const DERIVED_ROWS_PREFIX = 'e/';

/** Whether `key` is a derived row's key (BaseApp checks every key a module hands it). */
export const isDerivedRowKey = (key: string): boolean => key.startsWith(DERIVED_ROWS_PREFIX) && key.length > DERIVED_ROWS_PREFIX.length;

/** What a module may do with its derived rows (at Commit, at a rollback, from its RPC service). */
export interface DerivedRows {
  /** The committed row (synchronous: LevelDB's getSync). */
  get(key: string): Uint8Array | undefined;
  /** Committed rows under `prefix` in key order; `gte`/`lt` narrow the range. */
  iterate(prefix: string, opts?: { gte?: string; lt?: string; reverse?: boolean; limit?: number }): AsyncIterableIterator<[string, Uint8Array]>;
  /**
   * Writes rows now, in a batch of their own ahead of the block's: only for rows that are harmless should that
   * block never commit (content-addressed ones, which nothing reaches without a root that the block's batch
   * writes). It keeps a big change set (InitChain of a large genesis) out of memory.
   */
  writeAhead(rows: Array<[string, Uint8Array]>): Promise<void>;
}

/** The node's derived rows on its LevelDB, every key checked to be under `e/`. */
export class NodeDerivedRows implements DerivedRows {
  constructor(private readonly db: NodeDB) {}

  get(key: string): Uint8Array | undefined {
    checkDerivedRowKey(key);
    return this.db.get(key);
  }
  iterate(prefix: string, opts?: { gte?: string; lt?: string; reverse?: boolean; limit?: number }): AsyncIterableIterator<[string, Uint8Array]> {
    checkDerivedRowKey(prefix);
    return this.db.iterate(prefix, opts);
  }
  async writeAhead(rows: Array<[string, Uint8Array]>): Promise<void> {
    for (const [k] of rows) checkDerivedRowKey(k);
    await this.db.write(rows, []);
  }
}

/** Throws unless `key` is a derived row's key. */
export function checkDerivedRowKey(key: string): void {
  if (!isDerivedRowKey(key)) throw new Error(`derived row key ${JSON.stringify(key.slice(0, 80))} is outside the ${DERIVED_ROWS_PREFIX} room`);
}
