import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { BlockStore } from '../../../core/blockstore/block-store.ts';
import { headerHash } from '../../../core/blockstore/block-header.ts';
import { homePaths } from '../../../core/node/home.ts';
import { type AppOptions, buildApp } from '../../../app/app.ts';
export { appOptionsFromFlags } from '../../../app/app.ts';
import { NodeDB } from '../../../core/store/node-db.ts';

export interface ReplayReport {
  height: number;
  /** `tx` is set when a tx's result differs (then expected/got are its code/gas/data), absent for the app hash. */
  mismatches: Array<{ height: number; tx?: number; expected: string; got: string }>;
  txs: number;
  appHash: string;
}

/** What CometBFT's LastResultsHash commits to of a tx result: code, data, gas wanted, gas used. */
const consensusResult = (r: { code: number; data: string; gasWanted: string; gasUsed: string }): string =>
  `code=${r.code} gas_wanted=${r.gasWanted} gas_used=${r.gasUsed} data=${r.data}`;

/**
 * Re-executes every committed block of a stopped node's home on a fresh home from the same genesis, and
 * compares the app hash at every height and each tx's consensus result (the determinism check; also a way
 * to rebuild state).
 */
export async function replayBlocks(sourceHome: string, targetHome: string, log: (s: string) => void = () => undefined, appOpts: AppOptions = {}): Promise<ReplayReport> {
  const src = homePaths(sourceHome);
  const dst = homePaths(targetHome);
  if (existsSync(dst.db)) throw new Error(`${dst.db} exists: replay needs a fresh home`);
  mkdirSync(dst.config, { recursive: true });
  copyFileSync(src.genesis, dst.genesis);
  // The rebuilt home is the same validator: its key comes along, so the home starts and its genesis names it.
  if (existsSync(src.validatorKey) && !existsSync(dst.validatorKey)) copyFileSync(src.validatorKey, dst.validatorKey);
  const sdb = new NodeDB(src.db);
  const ddb = new NodeDB(dst.db);
  await sdb.open();
  await ddb.open();
  try {
    const source = new BlockStore(sdb);
    const genesis = source.genesis()!;
    const { app } = buildApp(ddb, appOpts);
    await app.initChain(genesis, { consume: true });
    const last = source.lastCommit()?.height ?? 0;
    const mismatches: ReplayReport['mismatches'] = [];
    let txs = 0;
    for (let h = 1; h <= last; h++) {
      const b = source.block(h)!;
      const header = { ...b, resultAppHash: '' };
      await app.finalizeBlock({ height: h, timeMs: b.timeMs, proposer: b.proposer, txs: b.txs.map((t) => Buffer.from(t, 'base64')), hash: b.hash, header });
      const { appHash, results } = await app.commit();
      const got = Buffer.from(appHash).toString('hex').toUpperCase();
      const before = mismatches.length;
      // A block the embedded producer made (issue 20 on) carries its whole CometBFT header: its hash must recompute.
      if (b.validatorsHash !== undefined && headerHash(b) !== b.hash) mismatches.push({ height: h, expected: `block hash ${b.hash}`, got: `block hash ${headerHash(b)}` });
      if (got !== b.resultAppHash) mismatches.push({ height: h, expected: b.resultAppHash, got });
      const expected = source.results(h)?.txResults ?? [];
      results.txResults.forEach((r, i) => {
        const want = expected[i] ? consensusResult(expected[i]) : 'no result';
        const have = consensusResult(r);
        if (have !== want) mismatches.push({ height: h, tx: i, expected: want, got: have });
      });
      txs += results.txResults.length;
      log(`height ${h}: ${mismatches.length === before ? 'ok' : 'MISMATCH'} ${got.slice(0, 16)}`);
    }
    return { height: last, mismatches, txs, appHash: Buffer.from(app.lastAppHash).toString('hex').toUpperCase() };
  } finally {
    await sdb.close();
    await ddb.close();
  }
}

