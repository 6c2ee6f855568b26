import { moduleAddress } from '../../core/types/address.ts';
import type { BankKeeper } from './expected-keepers.ts';
import type { Module } from '../../core/types/module.ts';
import { type SvmGenesis, defaultSvmGenesis, exportSvmGenesis, initSvmGenesis } from './genesis.ts';
import { SvmKeeper } from './keeper/keeper.ts';
import { svmMsgs } from './msg-server.ts';
import { svmQueries } from './queries.ts';
import { solanaRawTxHandler } from './raw-tx.ts';
import { SolanaRpcService, svmRpcAddress } from './rpc/server.ts';
import { MODULE_NAME } from './types/index.ts';
import { devSetLamports } from './dev-balance.ts';

export interface SvmModule extends Module {
  /** The executor x/crossvm calls (`keeper.executeInstruction`). */
  readonly keeper: SvmKeeper;
}

/** x/svm: Solana programs on LiteSVM, their accounts in the store, a Solana JSON-RPC beside the node. */
export function svmModule(bank: BankKeeper, keeper = new SvmKeeper(bank, moduleAddress(MODULE_NAME))): SvmModule {
  return {
    name: MODULE_NAME,
    keeper,
    msgs: svmMsgs(keeper),
    queries: svmQueries(keeper),
    rawTxHandlers: [solanaRawTxHandler(keeper)],
    defaultGenesis: defaultSvmGenesis,
    initGenesis: (ctx, state) => initSvmGenesis(ctx, keeper, bank, state as SvmGenesis),
    exportGenesis: (ctx) => exportSvmGenesis(ctx),
    beginBlock: (ctx) => keeper.pruneSignatures(ctx),
    services: (node) => [new SolanaRpcService(node, keeper, svmRpcAddress(node.flags))],
    devSetBalance: (ctx, address, amount, denom) => devSetLamports(bank, keeper, ctx, address, amount, denom),
  };
}
