import { MAX_TX_BYTES } from '../baseapp/tx-decoder.ts';
import { startFlag } from '../types/node-api.ts';

/** The mempool's limits, from the `start` flags named as CometBFT's config (mempool.size, max_txs_bytes, max_tx_bytes). */
export interface MempoolOptions {
  size: number;
  maxTxsBytes: number;
  maxTxBytes: number;
}

export const MEMPOOL_DEFAULTS: MempoolOptions = { size: 5000, maxTxsBytes: 1073741824, maxTxBytes: MAX_TX_BYTES };

function positiveInt(flags: Readonly<Record<string, unknown>>, name: string, dflt: number, max = Number.MAX_SAFE_INTEGER): number {
  const v = startFlag(flags, name);
  if (v === undefined) return dflt;
  const s = String(v);
  if (!/^[1-9][0-9]*$/.test(s) || Number(s) > max) throw new Error(`--${name} must be an integer from 1 to ${max}, got ${JSON.stringify(s)}`);
  return Number(s);
}

export function mempoolOptions(flags: Readonly<Record<string, unknown>>): MempoolOptions {
  return {
    size: positiveInt(flags, 'mempool.size', MEMPOOL_DEFAULTS.size),
    maxTxsBytes: positiveInt(flags, 'mempool.max-txs-bytes', MEMPOOL_DEFAULTS.maxTxsBytes),
    // Only lowers the limit: a block's txs are decoded under the fixed MAX_TX_BYTES on every validator.
    maxTxBytes: positiveInt(flags, 'mempool.max-tx-bytes', MEMPOOL_DEFAULTS.maxTxBytes, MAX_TX_BYTES),
  };
}
