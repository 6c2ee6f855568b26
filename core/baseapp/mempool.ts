import type { CheckTxResult } from './baseapp.ts';

export interface MempoolTx {
  bytes: Uint8Array;
  hash: string;
  gasWanted: bigint;
}

/** FIFO mempool: CheckTx already ordered one sender's txs by sequence/nonce against the check state. */
export class Mempool {
  private txs: MempoolTx[] = [];
  private readonly hashes = new Set<string>();
  private waiters: Array<() => void> = [];

  private bytesHeld = 0;

  /** CometBFT's defaults: mempool.size 5000, mempool.max_txs_bytes 1 GiB. */
  constructor(
    readonly maxTxs = 5000,
    readonly maxTxsBytes = 1073741824,
  ) {}

  get size(): number {
    return this.txs.length;
  }
  get totalBytes(): number {
    return this.bytesHeld;
  }
  /**
   * CometBFT's ErrMempoolIsFull text when one more tx of `txBytes` (plus `pendingTxs`/`pendingBytes` still in
   * CheckTx, which hold their place) would not fit; undefined when it fits.
   */
  fullError(txBytes: number, pendingTxs = 0, pendingBytes = 0): string | undefined {
    const n = this.txs.length + pendingTxs;
    const b = this.bytesHeld + pendingBytes;
    if (n + 1 <= this.maxTxs && b + txBytes <= this.maxTxsBytes) return undefined;
    return `mempool is full: number of txs ${n} (max: ${this.maxTxs}), total txs bytes ${b} (max: ${this.maxTxsBytes})`;
  }
  has(hash: string): boolean {
    return this.hashes.has(hash);
  }
  add(bytes: Uint8Array, r: CheckTxResult): void {
    this.txs.push({ bytes, hash: r.hash, gasWanted: r.gasWanted });
    this.bytesHeld += bytes.length;
    this.hashes.add(r.hash);
    for (const w of this.waiters.splice(0)) w();
  }
  /** Txs for the next block, in arrival order, within the block's gas and byte limits. */
  reap(maxGas: bigint, maxBytes: number): MempoolTx[] {
    const out: MempoolTx[] = [];
    let gas = 0n;
    let bytes = 0;
    for (const t of this.txs) {
      if (gas + t.gasWanted > maxGas || bytes + t.bytes.length > maxBytes) break;
      gas += t.gasWanted;
      bytes += t.bytes.length;
      out.push(t);
    }
    return out;
  }
  /** Removes included txs; returns the rest for re-checking against the new state. */
  removeIncluded(included: MempoolTx[]): MempoolTx[] {
    const inc = new Set(included.map((t) => t.hash));
    for (const h of inc) this.hashes.delete(h);
    const rest = this.txs.filter((t) => !inc.has(t.hash));
    this.txs = [];
    this.bytesHeld = 0;
    for (const t of rest) this.hashes.delete(t.hash);
    return rest;
  }
  /** Resolves when a tx arrives. */
  waitForTx(): Promise<void> {
    if (this.txs.length > 0) return Promise.resolve();
    return new Promise((r) => this.waiters.push(r));
  }
  wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }
}
