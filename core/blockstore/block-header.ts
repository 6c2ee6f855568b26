import { createHash } from 'node:crypto';

const sha256 = (...parts: Uint8Array[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
};

/** CometBFT's merkle root over byte slices (crypto/merkle: RFC 6962 leaf/inner prefixes, split at 2^k < n). */
export function merkleRoot(items: Uint8Array[]): Uint8Array {
  if (items.length === 0) return sha256();
  if (items.length === 1) return sha256(new Uint8Array([0]), items[0]!);
  let k = 1;
  while (k * 2 < items.length) k *= 2;
  return sha256(new Uint8Array([1]), merkleRoot(items.slice(0, k)), merkleRoot(items.slice(k)));
}

/** The data hash of a block: the merkle root of its txs' sha256 hashes (as CometBFT computes it). */
export function dataHash(txs: Uint8Array[]): string {
  return Buffer.from(merkleRoot(txs.map((t) => sha256(t)))).toString('hex').toUpperCase();
}

export interface HeaderFields {
  chainId: string;
  height: number;
  time: string;
  lastBlockHash: string;
  dataHash: string;
  appHash: string;
  proposer: string;
}

/** The block id: a hash over the header fields in a fixed order. */
export function headerHash(h: HeaderFields): string {
  const fields = [h.chainId, String(h.height), h.time, h.lastBlockHash, h.dataHash, h.appHash, h.proposer];
  return Buffer.from(merkleRoot(fields.map((f) => Buffer.from(f, 'utf8')))).toString('hex').toUpperCase();
}

/** RFC 3339 with nanoseconds, from integer milliseconds. */
export function rfc3339Nano(ms: number): string {
  const iso = new Date(ms).toISOString(); // 2026-11-26T16:49:22.123Z
  return iso.slice(0, 23) + '000000Z';
}
