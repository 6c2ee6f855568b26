import type { AuthKeeper, BankKeeper } from './expected-keepers.ts';
import type { Module, MsgDef } from '../../core/types/module.ts';
import { defaultWasmGenesis, exportWasmGenesis, initWasmGenesis, type WasmGenesis } from './genesis.ts';
import { WasmKeeper } from './keeper/keeper.ts';
import { wasmMsgs } from './msg-server.ts';
import { wasmQueries } from './queries.ts';
import type { VMConfig } from './runtime/index.ts';
import { ModuleName } from './types/index.ts';

export interface WasmModuleDeps {
  bank: BankKeeper;
  auth: AuthKeeper;
  /** The app's module list (read lazily): routes the `stargate`/staking/gov actions contracts emit. */
  modules?: () => readonly Module[];
  vm?: Partial<VMConfig>;
}

export type WasmModule = Module & { readonly keeper: WasmKeeper };

/**
 * x/wasm: CosmWasm's messages and queries over JavaScript contracts run by the XChain VM. The keeper is
 * exposed for x/crossvm (`executeContract`, `queryContract`, `setCrossVMDispatcher`).
 */
export function wasmModule(deps: WasmModuleDeps): WasmModule {
  const keeper = new WasmKeeper(deps.bank, deps.auth, deps.vm);
  if (deps.modules) {
    const list = deps.modules;
    let routes: Map<string, MsgDef> | undefined;
    keeper.setMsgRouter((typeUrl) => {
      routes ??= new Map(list().flatMap((m) => (m.msgs ?? []).map((d) => [d.typeUrl, d] as [string, MsgDef])));
      return routes.get(typeUrl);
    });
  }
  return {
    name: ModuleName,
    keeper,
    msgs: wasmMsgs(keeper),
    queries: wasmQueries(keeper),
    defaultGenesis: defaultWasmGenesis,
    initGenesis: (ctx, state) => initWasmGenesis(keeper, ctx, state as WasmGenesis),
    exportGenesis: (ctx) => exportWasmGenesis(keeper, ctx),
    // The compile cache lives for one block.
    beginBlock: () => keeper.vm.beginBlock(),
    endBlock: () => keeper.vm.endBlock(),
    // mathjs (xchain.math) loads on a contract's first use of it: ~1 s and ~40 MiB that neither start-up
    // nor a node whose contracts never do decimal math should pay.
  };
}
