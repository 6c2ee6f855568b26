import { toHex } from '@cosmjs/encoding';
import { dataHash, headerHash, rfc3339Nano } from '../blockstore/block-header.ts';
import type { StoredBlock } from '../blockstore/types.ts';
import type { BaseApp, ProposedBlock } from './baseapp.ts';

/** The next block over `app`'s last commit: its header (hashes as CometBFT computes them) and its txs. */
export function proposeBlock(app: Pick<BaseApp, 'lastHeight' | 'chainId' | 'lastBlockHash' | 'lastAppHash'>, txs: Uint8Array[], timeMs: number, proposer: string): ProposedBlock {
  const height = app.lastHeight + 1;
  const header: StoredBlock = {
    height,
    time: rfc3339Nano(timeMs),
    timeMs,
    chainId: app.chainId,
    hash: '',
    lastBlockHash: app.lastBlockHash,
    dataHash: dataHash(txs),
    appHash: toHex(app.lastAppHash).toUpperCase(),
    resultAppHash: '',
    proposer,
    txs: txs.map((t) => Buffer.from(t).toString('base64')),
  };
  header.hash = headerHash(header);
  return { height, timeMs, proposer, txs, hash: header.hash, header };
}
