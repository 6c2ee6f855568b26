import { hash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommitStore } from '../store/commit-store.ts';
import { exportSnapshot, type SnapshotManifest } from '../store/snapshot.ts';

/** What an ABCI Snapshot's metadata carries: the chunk manifest and the block the state is after. */
export interface SnapshotMetadata {
  manifest: SnapshotManifest;
  /** CometBFT's hash of the block at manifest.height (the next block's last_block_id). */
  blockHash: string;
}

export interface StoredSnapshot {
  height: number;
  format: number;
  chunks: number;
  /** sha256 of the metadata: what CometBFT compares snapshots by. */
  hash: Uint8Array;
  metadata: Uint8Array;
}

export const SNAPSHOT_FORMAT = 1;
const CHUNK_BYTES = 4 << 20;

/**
 * State-sync snapshots on disk, as the SDK's snapshot manager keeps them: every `interval` blocks the state at
 * that height is exported (core/store/snapshot.ts) into data/snapshots/<height>/ (metadata.json and one file
 * per chunk, written to a temporary folder and renamed whole), the `keepRecent` newest kept.
 */
export class SnapshotStore {
  private taking: Promise<void> = Promise.resolve();

  constructor(
    readonly dir: string,
    readonly interval: number,
    readonly keepRecent: number,
  ) {}

  /** After Commit of `height`: takes a snapshot in the background when the height is on the interval. */
  maybeTake(store: CommitStore, height: number, blockHash: string, log: (l: string) => void): void {
    if (this.interval <= 0 || height % this.interval !== 0) return;
    this.taking = this.taking
      .then(() => new Promise((r) => setImmediate(r))) // after the Commit response is on its way
      .then(() => this.take(store, height, blockHash))
      .then((s) => log(`state sync: snapshot at height ${height} (${s.chunks} chunks)`))
      .catch((e: unknown) => log(`state sync: snapshot at height ${height} failed: ${(e as Error).message}`));
  }

  /** Waits for snapshots in flight (tests, shutdown). */
  settled(): Promise<void> {
    return this.taking;
  }

  take(store: CommitStore, height: number, blockHash: string): StoredSnapshot {
    const { manifest, chunks } = exportSnapshot(store, height, CHUNK_BYTES);
    const meta: SnapshotMetadata = { manifest, blockHash };
    const tmp = join(this.dir, `.${height}.tmp`);
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    chunks.forEach((c, i) => writeFileSync(join(tmp, `${i}.chunk`), c));
    writeFileSync(join(tmp, 'metadata.json'), JSON.stringify(meta));
    const final = join(this.dir, String(height));
    rmSync(final, { recursive: true, force: true });
    renameSync(tmp, final);
    for (const old of this.heights().slice(0, -this.keepRecent)) rmSync(join(this.dir, String(old)), { recursive: true, force: true });
    return this.get(height)!;
  }

  /** Heights with a complete snapshot, ascending. */
  heights(): number[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((d) => /^\d+$/.test(d) && existsSync(join(this.dir, d, 'metadata.json')))
      .map(Number)
      .sort((a, b) => a - b);
  }

  get(height: number): StoredSnapshot | undefined {
    const file = join(this.dir, String(height), 'metadata.json');
    if (!existsSync(file)) return undefined;
    const metadata = new Uint8Array(readFileSync(file));
    const meta = JSON.parse(Buffer.from(metadata).toString('utf8')) as SnapshotMetadata;
    return { height, format: SNAPSHOT_FORMAT, chunks: meta.manifest.chunks.length, hash: snapshotHash(metadata), metadata };
  }

  list(): StoredSnapshot[] {
    return this.heights().map((h) => this.get(h)!).reverse();
  }

  chunk(height: number, format: number, index: number): Uint8Array {
    if (format !== SNAPSHOT_FORMAT) return new Uint8Array();
    const file = join(this.dir, String(height), `${index}.chunk`);
    return existsSync(file) ? new Uint8Array(readFileSync(file)) : new Uint8Array();
  }
}

export const snapshotHash = (metadata: Uint8Array): Uint8Array => new Uint8Array(hash('sha256', metadata, 'buffer'));

/** Parses and checks an offered snapshot's metadata against its hash, height and format. */
export function parseOffered(s: { height: bigint; format: number; chunks: number; hash: Uint8Array; metadata: Uint8Array }): SnapshotMetadata {
  if (s.format !== SNAPSHOT_FORMAT) throw new Error(`snapshot format ${s.format} (this app makes format ${SNAPSHOT_FORMAT})`);
  if (Buffer.compare(Buffer.from(snapshotHash(s.metadata)), Buffer.from(s.hash)) !== 0) throw new Error('snapshot metadata does not match its hash');
  const meta = JSON.parse(Buffer.from(s.metadata).toString('utf8')) as SnapshotMetadata;
  if (meta.manifest?.height !== Number(s.height)) throw new Error(`snapshot metadata is for height ${meta.manifest?.height}, offered as ${s.height}`);
  if (meta.manifest.chunks.length !== s.chunks) throw new Error(`snapshot metadata lists ${meta.manifest.chunks.length} chunks, offered with ${s.chunks}`);
  return meta;
}
