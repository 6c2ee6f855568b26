import { buildModules } from '../../../app/modules.ts';
import { CacheStore } from '../../../core/store/cache-store.ts';
import { SortedStore } from '../../../core/store/sorted-store.ts';
import { Context } from '../../../core/types/context.ts';
import { infiniteGasMeter } from '../../../core/types/gas.ts';
import type { Module } from '../../../core/types/module.ts';

/**
 * Every module of the app over an in-memory store, the default genesis committed at height 0: the chain the
 * in-process x/crossvm benches drive block by block (set `height` before taking a block's context).
 */
export async function moduleChain() {
  const state = new SortedStore();
  const { keepers, modules } = buildModules();
  const chain = {
    keepers,
    modules,
    height: 0,
    byName: <T extends Module>(name: string) => modules.find((m) => m.name === name) as T,
    /** A block-level context as FinalizeBlock makes it: a cache over committed state, no gas limit. */
    blockCtx(): { ctx: Context; commit: () => void } {
      const store = new CacheStore(state);
      const block = { height: chain.height, timeMs: 1_700_000_000_000 + chain.height * 1000, chainId: 'trivium-devnet-1', proposer: 'AB'.repeat(20) };
      return { ctx: new Context(store, infiniteGasMeter(), block, 'deliver'), commit: () => store.write() };
    },
  };
  const { ctx, commit } = chain.blockCtx();
  for (const m of modules) if (m.initGenesis && m.defaultGenesis) await m.initGenesis(ctx, m.defaultGenesis());
  commit();
  return chain;
}
