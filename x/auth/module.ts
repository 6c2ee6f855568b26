import { parseAddress } from '../../core/types/address.ts';
import type { Module } from '../../core/types/module.ts';
import type { AuthKeeper } from './keeper.ts';
import { authQueries } from './queries.ts';
import { type AuthGenesis, defaultAuthParams, ModuleName } from './types/index.ts';

export function authModule(auth: AuthKeeper): Module {
  return {
    name: ModuleName,
    queries: authQueries(auth),
    defaultGenesis: (): AuthGenesis => ({ params: defaultAuthParams(), accounts: [] }),
    initGenesis(ctx, state) {
      const g = state as AuthGenesis;
      auth.setParams(ctx, { ...defaultAuthParams(), ...g.params });
      for (const a of g.accounts ?? []) auth.getOrCreateAccount(ctx, parseAddress(a.address));
    },
  };
}
