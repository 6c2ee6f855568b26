import { parseAddress } from '../../core/types/address.ts';
import type { Module } from '../../core/types/module.ts';
import type { BankKeeper } from './keeper.ts';
import { bankMsgs } from './msg-server.ts';
import { bankQueries } from './queries.ts';
import { type BankGenesis, ModuleName } from './types/index.ts';

export function bankModule(bank: BankKeeper): Module {
  return {
    name: ModuleName,
    msgs: bankMsgs(bank),
    queries: bankQueries(bank),
    defaultGenesis: (): BankGenesis => ({ balances: [] }),
    initGenesis(ctx, state) {
      for (const b of (state as BankGenesis).balances) bank.mintCoins(ctx, parseAddress(b.address), b.coins);
    },
    exportGenesis: (): BankGenesis => ({ balances: [] }),
  };
}
