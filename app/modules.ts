import type { Module } from '../core/types/module.ts';
import { AuthKeeper } from '../x/auth/keeper.ts';
import { authModule } from '../x/auth/module.ts';
import { BankKeeper } from '../x/bank/keeper.ts';
import { bankModule } from '../x/bank/module.ts';
import { wasmModule } from '../x/wasm/module.ts';
import { svmModule } from '../x/svm/module.ts';
import { EvmKeeper } from '../x/evm/keeper.ts';
import type { EvmEngineName } from '../x/evm/executor/executor.ts';
import { evmModule } from '../x/evm/module.ts';
import { crossvmModule } from '../x/crossvm/module.ts';
import { explorerModule } from './explorer/module.ts';

/** Node-local choices that do not change results (every engine gives the same app hash). */
export interface AppOptions {
  /** `--evm.engine`; default x/evm's defaultEvmEngine(). */
  evmEngine?: EvmEngineName;
}

export interface Keepers {
  auth: AuthKeeper;
  bank: BankKeeper;
  evm: EvmKeeper;
}

/**
 * The module manager: the one place modules are constructed and ordered. InitGenesis, BeginBlock and
 * EndBlock run in this order. A new module is one entry here (and its CLI one entry in cmd/triviumd/module-clis.ts).
 */
export function buildModules(opts: AppOptions = {}): { keepers: Keepers; modules: Module[] } {
  const auth = new AuthKeeper();
  const bank = new BankKeeper(auth);
  const evm = new EvmKeeper(bank, auth, undefined, opts.evmEngine);
  const keepers: Keepers = { auth, bank, evm };
  const svm = svmModule(bank);
  svm.keeper.devAuth = auth; // the devnet controls (setAccount) sign as the dev authority
  const wasm = wasmModule({ bank, auth, modules: () => modules });
  const crossvm = crossvmModule({ bank, auth, evm, wasm: wasm.keeper, svm: svm.keeper });
  const modules: Module[] = [authModule(auth), bankModule(bank), evmModule(evm), svm, wasm, crossvm];
  // Read-only node-wide methods for the dashboard (app/explorer/): no state, no genesis, no messages.
  modules.push(explorerModule({ bank, evm, wasm: wasm.keeper, svm: svm.keeper, crossvm: crossvm.keeper }, () => modules));
  return { keepers, modules };
}
