import { hash } from 'node:crypto';
import type { CommitStore } from './commit-store.ts';
import { StoreKeys, flatRow, layoutRow } from './commit-store.ts';
import type { NodeDB } from './node-db.ts';
import { EMPTY_ROOT, encodeRef, keyPath, varint } from './tree/node.ts';
import { type Change, MerkleTree } from './tree/tree.ts';

/**
 * The state at a height as verifiable chunks (what ABCI state-sync snapshots carry): the key/values in key
 * order, cut into chunks of about `maxChunkBytes`. The manifest lists each chunk's sha256 and the app hash; an
 * importer checks every chunk as it arrives and the rebuilt tree's root against the app hash at the end (the
 * root depends only on the content, so the rebuilt tree is the same tree).
 */
export interface SnapshotManifest {
  height: number;
  format: 1;
  appHash: string;
  chunks: string[];
}

const sha256hex = (b: Uint8Array) => hash('sha256', b, 'hex');

/** Chunk layout: (varint key length ‖ key ‖ varint value length ‖ value)*. */
export function exportSnapshot(store: CommitStore, height: number, maxChunkBytes = 4 << 20): { manifest: SnapshotManifest; chunks: Uint8Array[] } {
  const view = store.at(height);
  const chunks: Uint8Array[] = [];
  let parts: Uint8Array[] = [];
  let size = 0;
  const cut = () => {
    if (parts.length === 0) return;
    chunks.push(Buffer.concat(parts));
    parts = [];
    size = 0;
  };
  for (const [k, v] of view.iterate('')) {
    const kb = Buffer.from(k, 'utf8');
    parts.push(varint(kb.length), kb, varint(v.length), v);
    size += kb.length + v.length + 8;
    if (size >= maxChunkBytes) cut();
  }
  cut();
  const manifest: SnapshotManifest = { height, format: 1, appHash: Buffer.from(store.rootHashAt(height)).toString('hex'), chunks: chunks.map(sha256hex) };
  return { manifest, chunks };
}

function decodeChunk(b: Uint8Array): Array<[string, Uint8Array]> {
  const out: Array<[string, Uint8Array]> = [];
  let i = 0;
  const read = (): number => {
    let n = 0;
    let mul = 1;
    for (;;) {
      if (i >= b.length) throw new Error('snapshot chunk is truncated');
      const byte = b[i++]!;
      n += (byte & 0x7f) * mul;
      if (byte < 0x80) return n;
      mul *= 0x80;
    }
  };
  while (i < b.length) {
    const kl = read();
    const key = Buffer.from(b.subarray(i, i + kl)).toString('utf8');
    i += kl;
    const vl = read();
    if (i + vl > b.length) throw new Error('snapshot chunk is truncated');
    out.push([key, new Uint8Array(b.subarray(i, i + vl))]);
    i += vl;
  }
  return out;
}

/** Rebuilds a snapshot into an empty database, chunk by chunk, each checked before anything is written. */
export class SnapshotImporter {
  private readonly tree: MerkleTree;
  private root: ReturnType<MerkleTree['update']>['root'];
  private next = 0;
  private lastKey: string | undefined;

  constructor(
    private readonly db: NodeDB,
    readonly manifest: SnapshotManifest,
  ) {
    if (manifest.format !== 1) throw new Error(`unknown snapshot format ${String(manifest.format)}`);
    this.tree = new MerkleTree((k) => db.get(k), 16 << 20);
  }

  get done(): boolean {
    return this.next === this.manifest.chunks.length;
  }

  async applyChunk(index: number, chunk: Uint8Array): Promise<void> {
    if (index !== this.next) throw new Error(`snapshot chunk ${index} out of order: expected ${this.next}`);
    if (sha256hex(chunk) !== this.manifest.chunks[index]) throw new Error(`snapshot chunk ${index} does not match its hash in the manifest`);
    const entries = decodeChunk(chunk);
    const changes: Change[] = [];
    for (const [key, value] of entries) {
      if (this.lastKey !== undefined && key <= this.lastKey) throw new Error(`snapshot chunk ${index}: keys out of order at ${key}`);
      this.lastKey = key;
      changes.push({ key, value, path: keyPath(key) });
    }
    const u = this.tree.update(this.root, this.manifest.height, changes);
    const puts: Array<[string, Uint8Array]> = entries.map(([k, v]) => [StoreKeys.flat(k), flatRow(this.manifest.height, v)]);
    for (const [k, { bytes }] of u.puts) puts.push([k, bytes]);
    await this.db.write(puts, u.dropped);
    this.tree.forget(u.dropped);
    this.tree.remember(u);
    this.root = u.root;
    this.next++;
  }

  /** Checks the rebuilt root against the manifest's app hash, then records the height as the store's only one. */
  async finish(): Promise<void> {
    if (!this.done) throw new Error(`snapshot incomplete: ${this.next} of ${this.manifest.chunks.length} chunks applied`);
    const got = Buffer.from(this.root?.hash ?? EMPTY_ROOT).toString('hex');
    if (got !== this.manifest.appHash) throw new Error(`snapshot rebuilds app hash ${got}, the manifest says ${this.manifest.appHash}`);
    await this.db.write([[StoreKeys.root(this.manifest.height), encodeRef(this.root)], [StoreKeys.meta, Buffer.from(JSON.stringify({ earliest: this.manifest.height }))], layoutRow()], []);
  }
}
