import { CacheStore } from './cache-store.ts';
import type { KVStore } from './kv.ts';

/**
 * InitChain's branch. A genesis of a million accounts would hold millions of writes in one branch; a module
 * writing a long list calls `genesisCheckpoint` every few thousand entries, and once the branch holds `limit`
 * writes they go to the store (`flush`: rows of version 0, readable at once) and leave memory.
 */
export class GenesisStore extends CacheStore {
  constructor(
    parent: KVStore,
    private readonly flush: (changes: Array<[string, Uint8Array | null]>, view: KVStore) => Promise<void>,
    private readonly limit = 100_000,
  ) {
    super(parent);
  }

  async checkpoint(): Promise<void> {
    if (this.dirtyCount < this.limit) return;
    // Flushed while still buffered: reads during the flush see the writes either way.
    await this.flush(this.changes(), this);
    this.discard();
  }
}

/** How often a module's genesis loop offers a checkpoint (entries). */
export const CHECKPOINT_EVERY = 10_000;

/** Lets InitChain move a big genesis's writes so far out of memory; a no-op on any other store. */
export async function genesisCheckpoint(store: KVStore): Promise<void> {
  if (store instanceof GenesisStore) await store.checkpoint();
}
