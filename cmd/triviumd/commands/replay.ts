import { Command } from 'commander';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { App } from '../../../core/baseapp/baseapp.ts';
import type { Genesis } from '../../../core/baseapp/baseapp.ts';
import { homePaths } from '../../../core/node/home.ts';
import { buildModules } from '../../../app/modules.ts';
import type { StoredBlock } from '../../../core/node/node-api.ts';
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
    const genesis = sdb.getJSON<Genesis>('g/genesis')!;
    const { keepers, modules } = buildModules();
    const app = new App(ddb, modules, keepers.auth, keepers.bank);
    await app.initChain(genesis);
    const last = sdb.getJSON<{ height: number }>('m/last')?.height ?? 0;
    const mismatches: ReplayReport['mismatches'] = [];
    for (let h = 1; h <= last; h++) {
      const b = sdb.getJSON<StoredBlock>(`b/${h}`)!;
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

export function replayCommand(): Command {
  return new Command('replay')
    .description("re-execute a stopped node's blocks on a fresh home and compare app hashes at every height")
    .requiredOption('--source <home>', 'home of the node whose blocks are replayed (stopped)')
    .requiredOption('--home <dir>', 'fresh home to replay into')
    .option('-o, --output <format>', 'json or text', 'text')
    .action(async (o: { source: string; home: string; output: string }) => {
      const r = await replayBlocks(o.source, o.home, o.output === 'text' ? (s) => process.stdout.write(s + '\n') : undefined);
      if (o.output === 'json') process.stdout.write(JSON.stringify(r) + '\n');
      else process.stdout.write(`replayed ${r.height} blocks, ${r.mismatches.length} mismatches, app hash ${r.appHash}\n`);
      if (r.mismatches.length) process.exitCode = 1;
    });
}
