/**
 * What the store benchmarks share: the key/value shapes, a CommitStore on a fresh LevelDB home filled to a size,
 * a block commit as BaseApp does it (prepare, one synced batch, publish), and min/median/max.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommitStore } from '../../../core/store/commit-store.ts';
import { NodeDB } from '../../../core/store/node-db.ts';

/** Keys shaped as the bank's balances of fresh addresses, in hash order (as new accounts arrive). */
export const keyOf = (i: number): string => `bank/b/${createHash('sha256').update(String(i)).digest('hex').slice(0, 40)}/utrv`;
export const valueOf = (i: number, v: number): Uint8Array => new Uint8Array(Buffer.from(`${i}:${v}`));

export interface Stats {
  min: number;
  median: number;
  max: number;
}
export function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0]!, median: s[Math.floor(s.length / 2)]!, max: s[s.length - 1]! };
}
export const fmtStats = (x: Stats, unit: string, digits: number): string => `${x.min.toFixed(digits)} / ${x.median.toFixed(digits)} / ${x.max.toFixed(digits)} ${unit}`;

export interface BenchStore {
  name: string;
  size: number;
  db: NodeDB;
  store: CommitStore;
  /** Commits the changes (sorted here) as the next version; its app hash. */
  commit(changes: Array<[string, Uint8Array | null]>): Promise<Uint8Array>;
  /** Rows the last commit put (tree nodes, flat rows, the root). */
  lastPuts: number;
  close(): Promise<void>;
}

/** A CommitStore holding keyOf(0 … size−1), loaded in blocks of 50,000 keys. */
export async function buildStore(size: number, cacheBytes: number): Promise<BenchStore> {
  const home = mkdtempSync(join(tmpdir(), 'trivium-bench-store-'));
  const db = new NodeDB(join(home, 'db'));
  await db.open();
  const store = new CommitStore(db, { cacheBytes, pruning: { kind: 'nothing' } });
  const s: BenchStore = {
    name: `${size.toLocaleString('en-US')} keys`,
    size,
    db,
    store,
    lastPuts: 0,
    async commit(changes) {
      changes.sort((a, b) => (a[0] < b[0] ? -1 : 1));
      const p = store.prepare(changes, store.version + 1);
      s.lastPuts = p.puts.length;
      await db.write(p.puts, p.dels, () => store.publish(p));
      return p.appHash;
    },
    async close() {
      await db.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
  const t = performance.now();
  for (let i = 0; i < size; i += 50_000) {
    const ch: Array<[string, Uint8Array | null]> = [];
    for (let j = i; j < Math.min(size, i + 50_000); j++) ch.push([keyOf(j), valueOf(j, 0)]);
    await s.commit(ch);
  }
  console.log(`  built ${s.name} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return s;
}
