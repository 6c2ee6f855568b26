import { CacheStore } from './cache-store.ts';
import type { KVStore } from './kv.ts';

/**
 * InitChain's branch. A genesis of a million accounts would hold millions of writes in one branch; a module
 * reads a long list through `genesisEntries`, which offers a checkpoint every few thousand entries, and once the
 * branch holds `limit` writes they go to the store (`flush`: rows of version 0, readable at once) and leave
 * memory. With `consume`, the list's entries are dropped as they are read too: the caller hands over a genesis
 * it will not read again, and a million parsed accounts stop weighing on every garbage collection.
 */
export class GenesisStore extends CacheStore {
  constructor(
    parent: KVStore,
    private readonly flush: (changes: Array<[string, Uint8Array | null]>) => Promise<void>,
    private readonly limit = 100_000,
    readonly consume = false,
  ) {
    super(parent);
  }

  async checkpoint(): Promise<void> {
    if (this.dirtyCount < this.limit) return;
    // Flushed while still buffered: reads during the flush see the writes either way.
    await this.flush(this.changes());
    this.discard();
  }
}

/** How often a module's genesis loop offers a checkpoint (entries). */
const CHECKPOINT_EVERY = 10_000;

/**
 * A module's genesis list, entry by entry: every CHECKPOINT_EVERY entries InitChain may move the writes so far
 * out of memory, and on a consuming InitChain each entry is dropped from the list once yielded. On any other
 * store (a test's branch) it is a plain iteration.
 */
export async function* genesisEntries<T>(store: KVStore, list: T[] | undefined): AsyncGenerator<T> {
  if (!list) return;
  const g = store instanceof GenesisStore ? store : undefined;
  for (let i = 0; i < list.length; i++) {
    if (g && i > 0 && i % CHECKPOINT_EVERY === 0) await g.checkpoint();
    const x = list[i]!;
    if (g?.consume) (list as unknown[])[i] = undefined;
    yield x;
  }
}
