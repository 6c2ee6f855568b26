import { MAX_TX_BYTES } from '../baseapp/tx-decoder.ts';
import { intStartFlag } from '../types/node-api.ts';

/** The mempool's limits, from the `start` flags named as CometBFT's config (mempool.size, max_txs_bytes, max_tx_bytes). */
export interface MempoolOptions {
  size: number;
  maxTxsBytes: number;
  maxTxBytes: number;
}

export const MEMPOOL_DEFAULTS: MempoolOptions = { size: 5000, maxTxsBytes: 1073741824, maxTxBytes: MAX_TX_BYTES };

export function mempoolOptions(flags: Readonly<Record<string, unknown>>): MempoolOptions {
  return {
    size: intStartFlag(flags, 'mempool.size', MEMPOOL_DEFAULTS.size, 1),
    maxTxsBytes: intStartFlag(flags, 'mempool.max-txs-bytes', MEMPOOL_DEFAULTS.maxTxsBytes, 1),
    // Only lowers the limit: a block's txs are decoded under the fixed MAX_TX_BYTES on every validator.
    maxTxBytes: intStartFlag(flags, 'mempool.max-tx-bytes', MEMPOOL_DEFAULTS.maxTxBytes, 1, MAX_TX_BYTES),
  };
}
