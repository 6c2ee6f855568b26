import type { NodeAPI } from '../../../core/types/node-api.ts';

/**
 * Transactions in committed blocks (getTransactionCount, getEpochInfo.transactionCount): counted once
 * and then block by block as the chain grows; recounted when the chain is not the one counted (a devnet
 * revert or reset put other blocks at those heights).
 */
export class TransactionCounter {
  private height = 0;
  private hash = '';
  private total = 0;

  constructor(private readonly node: NodeAPI) {}

  count(): number {
    const latest = this.node.latestHeight();
    if (latest < this.height || (this.height > 0 && this.node.getBlock(this.height)?.hash !== this.hash)) {
      this.height = 0;
      this.total = 0;
    }
    for (let h = this.height + 1; h <= latest; h++) {
      const b = this.node.getBlock(h);
      if (!b) break;
      this.total += b.txs.length;
      this.height = h;
      this.hash = b.hash;
    }
    return this.total;
  }
}
