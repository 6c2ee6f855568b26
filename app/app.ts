import { BaseApp } from '../core/baseapp/baseapp.ts';
import type { NodeDB } from '../core/store/node-db.ts';
import { AuthAnteHandler } from '../x/auth/ante.ts';
import { type AppOptions, buildModules, type Keepers } from './modules.ts';
import { parseEvmEngine } from '../x/evm/keeper.ts';
import type { Module } from '../core/types/module.ts';
export type { AppOptions } from './modules.ts';

/** This chain assembled: the BaseApp with its modules, its ante chain, and the keepers (for tests and tools). */
export interface TriviumApp {
  app: BaseApp;
  keepers: Keepers;
  modules: Module[];
}

/**
 * The one place a Trivium app is put together — `start`, the ABCI mode, `replay`, the tests and the
 * benchmarks all come through here: the modules (app/modules.ts, in genesis/Begin/EndBlock order) and x/auth's
 * ante handler handed to baseapp. The consensus params (the one block gas limit) come from the genesis.
 */
export function buildApp(db: NodeDB, opts: AppOptions = {}): TriviumApp {
  const { keepers, modules } = buildModules(opts);
  const app = new BaseApp(db, modules, new AuthAnteHandler(keepers.auth, keepers.bank));
  return { app, keepers, modules };
}

/** The app's options from start/replay flags (`--evm.engine revm|ethereumjs`); an absent flag keeps the default. */
export function appOptionsFromFlags(flags: Readonly<Record<string, unknown>>): AppOptions {
  const v = flags['evm.engine'] ?? flags.evmEngine;
  return v === undefined ? {} : { evmEngine: parseEvmEngine(String(v)) };
}
