import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { BlockStore } from '../../../core/blockstore/block-store.ts';
import { homePaths } from '../../../core/node/home.ts';
import { buildApp } from '../../../app/app.ts';
import { NodeDB } from '../../../core/store/node-db.ts';

export interface ReplayReport {
  height: number;
  mismatches: Array<{ height: number; expected: string; got: string }>;
  appHash: string;
}

/**
 * Re-executes every committed block of a stopped node's home on a fresh home from the same genesis, and
 * compares the app hash at every height (the determinism check; also a way to rebuild state).
 */
export async function replayBlocks(sourceHome: string, targetHome: string, log: (s: string) => void = () => undefined): Promise<ReplayReport> {
  const src = homePaths(sourceHome);
  const dst = homePaths(targetHome);
  if (existsSync(dst.db)) throw new Error(`${dst.db} exists: replay needs a fresh home`);
  mkdirSync(dst.config, { recursive: true });
  copyFileSync(src.genesis, dst.genesis);
  const sdb = new NodeDB(src.db);
  const ddb = new NodeDB(dst.db);
  await sdb.open();
  await ddb.open();
  try {
    const source = new BlockStore(sdb);
    const genesis = source.genesis()!;
    const { app } = buildApp(ddb);
    await app.initChain(genesis);
    const last = source.lastCommit()?.height ?? 0;
    const mismatches: ReplayReport['mismatches'] = [];
    for (let h = 1; h <= last; h++) {
      const b = source.block(h)!;
      const header = { ...b, resultAppHash: '' };
      await app.finalizeBlock({ height: h, timeMs: b.timeMs, proposer: b.proposer, txs: b.txs.map((t) => Buffer.from(t, 'base64')), hash: b.hash, header });
      const { appHash } = await app.commit();
      const got = Buffer.from(appHash).toString('hex').toUpperCase();
      if (got !== b.resultAppHash) mismatches.push({ height: h, expected: b.resultAppHash, got });
      log(`height ${h}: ${got === b.resultAppHash ? 'ok' : 'MISMATCH'} ${got.slice(0, 16)}`);
    }
    return { height: last, mismatches, appHash: Buffer.from(app.lastAppHash).toString('hex').toUpperCase() };
  } finally {
    await sdb.close();
    await ddb.close();
  }
}

