import type { Module } from '../../core/types/module.ts';
import { defaultBankGenesis, exportBankGenesis, initBankGenesis } from './genesis.ts';
import type { BankKeeper } from './keeper.ts';
import { bankMsgs } from './msg-server.ts';
import { bankQueries } from './queries.ts';
import { devSetBankBalance } from './dev-balance.ts';
import { type BankGenesis, ModuleName } from './types/index.ts';

export function bankModule(bank: BankKeeper): Module {
  return {
    name: ModuleName,
    msgs: bankMsgs(bank),
    queries: bankQueries(bank),
    defaultGenesis: defaultBankGenesis,
    initGenesis: (ctx, state) => initBankGenesis(bank, ctx, state as BankGenesis),
    exportGenesis: (ctx) => exportBankGenesis(bank, ctx),
    devSetBalance: (ctx, address, amount, denom) => devSetBankBalance(bank, ctx, address, amount, denom),
  };
}
