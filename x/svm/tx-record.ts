import type { Context } from '../../core/types/context.ts';
import { utf8 } from '../../core/store/kv.ts';
import type { EngineOutcome } from './engine/engine.ts';
import { IndexKeys } from './types/index.ts';

/**
 * What getTransaction and getSignatureStatuses need of a processed Solana transaction, kept in the node's
 * non-consensus index (ctx.index): written with the block, never part of the app hash.
 */
export interface SolanaTxRecord {
  slot: number;
  blockTimeMs: number;
  /** base64 wire bytes */
  tx: string;
  /** Solana RPC JSON error, or null */
  err: unknown;
  fee: string;
  logs: string[];
  computeUnits: string;
  preBalances: string[];
  postBalances: string[];
  /** The Cosmos tx that carried it (CometBFT hash). */
  cosmosTxHash: string;
  returnData?: { programId: string; data: string };
}

export function recordSolanaTx(
  ctx: Context,
  a: { signature: string; wire: Uint8Array; outcome: EngineOutcome; fee: bigint; pre: bigint[]; post: bigint[]; returnProgramId?: string },
): void {
  if (ctx.mode !== 'deliver') return;
  const rec: SolanaTxRecord = {
    slot: ctx.block.height,
    blockTimeMs: ctx.block.timeMs,
    tx: Buffer.from(a.wire).toString('base64'),
    err: a.outcome.ok ? null : (a.outcome.error?.json ?? 'UnknownError'),
    fee: a.fee.toString(),
    logs: a.outcome.logs,
    computeUnits: a.outcome.computeUnits.toString(),
    preBalances: a.pre.map(String),
    postBalances: a.post.map(String),
    cosmosTxHash: ctx.tx?.hash ?? '',
    ...(a.outcome.returnData && a.returnProgramId
      ? { returnData: { programId: a.returnProgramId, data: Buffer.from(a.outcome.returnData.data).toString('base64') } }
      : {}),
  };
  ctx.index.set(IndexKeys.tx(a.signature), utf8(JSON.stringify(rec)));
}
