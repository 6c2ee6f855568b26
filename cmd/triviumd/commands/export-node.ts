import { existsSync, readFileSync } from 'node:fs';
import { buildApp } from '../../../app/app.ts';
import type { Genesis } from '../../../core/baseapp/baseapp.ts';
import { homePaths } from '../../../core/node/home.ts';
import { NodeDB } from '../../../core/store/node-db.ts';

/**
 * The SDK's `export`: a stopped node's state after `height` (default: the last block) as a genesis — the home's
 * genesis.json with every module's ExportGenesis as app_state. The app starts at height 1 (InitChain refuses
 * another initial_height), so the export is a genesis for a new chain from this state, as the SDK's
 * --for-zero-height export is.
 */
export async function exportHome(home: string, height?: number): Promise<{ genesis: Genesis; height: number }> {
  const paths = homePaths(home);
  if (!existsSync(paths.db)) throw new Error(`no node database at ${paths.db}`);
  const db = new NodeDB(paths.db);
  try {
    await db.open();
  } catch (e) {
    throw new Error(`cannot open ${paths.db} (is the node still running? stop it first): ${(e as Error).message}`);
  }
  try {
    const { app } = buildApp(db);
    if (!(await app.load())) throw new Error('the chain has not started: nothing to export');
    const at = height ?? app.lastHeight;
    if (at < 1 || at > app.lastHeight) throw new Error(`--height ${at} is not a committed height (1…${app.lastHeight})`);
    const ctx = app.queryContext(at);
    const app_state: Record<string, unknown> = {};
    for (const m of app.modules) if (m.exportGenesis) app_state[m.name] = m.exportGenesis(ctx);
    app.close();
    const base = JSON.parse(readFileSync(paths.genesis, 'utf8')) as Genesis;
    return { genesis: { ...base, initial_height: '1', app_hash: '', app_state }, height: at };
  } finally {
    await db.close();
  }
}
