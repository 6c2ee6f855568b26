import { Context } from '../../core/types/context.ts';
import { infiniteGasMeter } from '../../core/types/gas.ts';
import { CacheStore } from '../../core/store/cache-store.ts';
import type { KVStore } from '../../core/store/kv.ts';
import type { BlockInfo } from '../../core/types/context.ts';

/**
 * Remembers the app's check state (the mempool's view: committed state plus the nonces and funds that
 * admitted txs reserved), so eth_getTransactionCount(…, "pending") can answer what the next nonce is.
 * The app hands CheckTx a CacheStore over its check store; the parent of that is the check store itself.
 * Non-consensus: only the JSON-RPC reads it.
 */
export class CheckStateTracker {
  private store?: KVStore;
  private height = -1;

  note(ctx: Context): void {
    const s = ctx.rawStore;
    this.store = s instanceof CacheStore ? s.parent : s;
    this.height = ctx.block.height;
  }

  /** Forget the noted check state (a revert replaced the state it was built on). */
  reset(): void {
    this.store = undefined;
    this.height = -1;
  }

  /** A read-only context over the check state, if it was built on the latest committed block. */
  context(latestHeight: number, block: BlockInfo): Context | undefined {
    if (!this.store || this.height !== latestHeight + 1) return undefined;
    return new Context(new CacheStore(this.store), infiniteGasMeter(), block, 'query');
  }
}
