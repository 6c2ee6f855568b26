import type { Module } from '../../core/types/module.ts';
import { defaultAuthGenesis, exportAuthGenesis, initAuthGenesis } from './genesis.ts';
import type { AuthKeeper } from './keeper.ts';
import { authQueries } from './queries.ts';
import { type AuthGenesis, ModuleName } from './types/index.ts';

export function authModule(auth: AuthKeeper): Module {
  return {
    name: ModuleName,
    queries: authQueries(auth),
    defaultGenesis: defaultAuthGenesis,
    initGenesis: (ctx, state) => initAuthGenesis(auth, ctx, state as AuthGenesis),
    exportGenesis: (ctx) => exportAuthGenesis(auth, ctx),
  };
}
