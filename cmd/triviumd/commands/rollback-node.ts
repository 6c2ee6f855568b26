import { toHex } from '@cosmjs/encoding';
import { existsSync } from 'node:fs';
import { buildApp } from '../../../app/app.ts';
import { homePaths } from '../../../core/node/home.ts';
import { NodeDB } from '../../../core/store/node-db.ts';

/** Opens a stopped node's database, rolls it back (BaseApp.rollback), closes it. */
export async function rollbackHome(home: string, height?: number): Promise<{ from: number; to: number; appHash: string }> {
  const paths = homePaths(home);
  if (!existsSync(paths.db)) throw new Error(`no node database at ${paths.db}`);
  const db = new NodeDB(paths.db);
  await db.open();
  try {
    const { app } = buildApp(db);
    if (!(await app.load())) throw new Error('the chain has not started: nothing to roll back');
    const from = app.lastHeight;
    const to = height ?? from - 1;
    await app.rollback(to);
    app.close();
    return { from, to, appHash: toHex(app.lastAppHash).toUpperCase() };
  } finally {
    await db.close();
  }
}
