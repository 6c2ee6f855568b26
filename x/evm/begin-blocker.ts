import { fromHex } from '@cosmjs/encoding';
import type { Context } from '../../core/types/context.ts';
import type { EvmKeeper } from './keeper.ts';
import { BLOCK_HASH_WINDOW, StoreKeys } from './types/index.ts';

/**
 * BeginBlock: remember the previous block's hash (for BLOCKHASH) and forget the one that left the 256-block
 * window. The hash comes from the block header the app gives us (BlockInfo.lastBlockHash); a core without
 * that field leaves BLOCKHASH at zero, which is at least the same on every node.
 */
export function recordBlockHash(_keeper: EvmKeeper, ctx: Context): void {
  const last = ctx.block.lastBlockHash;
  const h = ctx.block.height;
  if (last && /^[0-9a-fA-F]{64}$/.test(last) && h > 1) ctx.rawStore.set(StoreKeys.blockHash(h - 1), fromHex(last));
  const old = StoreKeys.blockHash(h - 1 - BLOCK_HASH_WINDOW);
  if (h - 1 - BLOCK_HASH_WINDOW > 0 && ctx.rawStore.has(old)) ctx.rawStore.delete(old);
}
