import type { Context } from '../../core/types/context.ts';
import type { CrossVMKeeper } from './keeper.ts';
import { defaultParams, type Genesis } from './types/index.ts';

export const defaultGenesis = (): Genesis => ({ params: defaultParams(), authority: '' });

export function initGenesis(keeper: CrossVMKeeper, ctx: Context, g: Genesis): void {
  keeper.setParams(ctx, { ...defaultParams(), ...g.params });
  keeper.setAuthority(ctx, g.authority ?? '');
}

export function exportGenesis(keeper: CrossVMKeeper, ctx: Context): Genesis {
  return { params: keeper.params(ctx), authority: keeper.authority(ctx) };
}
