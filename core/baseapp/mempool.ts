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

  constructor(readonly maxTxs = 50_000) {}

  get size(): number {
    return this.txs.length;
  }
  get totalBytes(): number {
    return this.txs.reduce((s, t) => s + t.bytes.length, 0);
  }
  has(hash: string): boolean {
    return this.hashes.has(hash);
  }
  add(bytes: Uint8Array, r: CheckTxResult): void {
    this.txs.push({ bytes, hash: r.hash, gasWanted: r.gasWanted });
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
