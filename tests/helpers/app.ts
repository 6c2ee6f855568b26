import { proposeBlock as propose } from '../../core/baseapp/propose.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type TriviumApp } from '../../app/app.ts';
import { devnetGenesis } from '../../app/genesis.ts';
import type { Genesis, ProposedBlock } from '../../core/baseapp/baseapp.ts';
import { NodeDB } from '../../core/store/node-db.ts';
import { CHAIN_ID } from './cosmos.ts';

/** A fixed genesis time, so that two apps built from the same blocks agree on every hash. */
export const GENESIS_MS = 1_700_000_000_000;
export const PROPOSER = 'AB'.repeat(20);

/** A temp directory under os.tmpdir(), removed by `remove()`. */
export function tempDir(tag: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), `trivium-${tag}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export interface TestApp extends TriviumApp {
  db: NodeDB;
  genesis: Genesis;
  /** Stops the ante handler's worker and closes the database. */
  close(): Promise<void>;
}

/** The real app (app/app.ts buildApp) over a real LevelDB at `path`; InitChain from the devnet genesis unless `init` is false. */
export async function openApp(path: string, init = true): Promise<TestApp> {
  const db = new NodeDB(path);
  await db.open();
  const built = buildApp(db);
  const genesis = devnetGenesis(CHAIN_ID, built.modules, GENESIS_MS);
  if (init) await built.app.initChain(genesis);
  return {
    ...built,
    db,
    genesis,
    close: async () => {
      built.app.close();
      await db.close();
    },
  };
}

/** The next block, its header built as core/node/producer.ts builds it. */
export function proposeBlock(app: TriviumApp['app'], txs: Uint8Array[], timeMs = GENESIS_MS + (app.lastHeight + 1) * 1000): ProposedBlock {
  return propose(app, txs, timeMs, PROPOSER);
}

/** FinalizeBlock + Commit of one block of `txs`. */
export async function runBlock(app: TriviumApp['app'], txs: Uint8Array[], timeMs?: number) {
  const block = proposeBlock(app, txs, timeMs);
  const fin = await app.finalizeBlock(block);
  const committed = await app.commit();
  return { block, fin, committed };
}
