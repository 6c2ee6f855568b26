import type { Context } from '../../core/types/context.ts';
import { u64Key, utf8 } from '../../core/store/kv.ts';
import { encodeBase58, encodeKey58 } from './types/base58.ts';
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
  /** Position of the carrying tx in its block (orders getSignaturesForAddress and getBlock). */
  index?: number;
  /** Cross-program invocations per top-level instruction: [programIdIndex, accounts, data base58, stackHeight]. */
  inner?: Array<{ index: number; instructions: Array<[number, number[], string, number]> }>;
}

export function recordSolanaTx(
  ctx: Context,
  a: { signature: string; wire: Uint8Array; outcome: EngineOutcome; fee: bigint; pre: bigint[]; post: bigint[]; returnProgramId?: string; accountKeys?: Uint8Array[] },
): void {
  if (ctx.mode !== 'deliver') return;
  const rec: SolanaTxRecord = {
    slot: ctx.block.height,
    blockTimeMs: ctx.block.timeMs,
    tx: Buffer.from(a.wire.buffer, a.wire.byteOffset, a.wire.byteLength).toString('base64'),
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
    index: ctx.tx?.index ?? 0,
    ...(a.outcome.innerInstructions ? { inner: innerRecord(a.outcome.innerInstructions) } : {}),
  };
  ctx.index.set(IndexKeys.tx(a.signature), utf8(JSON.stringify(rec)));
  // getSignaturesForAddress: one row per account key, newest last in key order.
  const at = `${u64Key(rec.slot)}/${String(rec.index).padStart(6, '0')}`;
  const seen = new Set<string>();
  const sig = utf8(a.signature); // one value for every row (index rows are never changed in place)
  for (const k of a.accountKeys ?? []) {
    const b58 = encodeKey58(k);
    if (seen.has(b58)) continue;
    seen.add(b58);
    ctx.index.set(IndexKeys.byAddress(b58, at), sig);
  }
}

function innerRecord(inner: NonNullable<EngineOutcome['innerInstructions']>): NonNullable<SolanaTxRecord['inner']> {
  const out: NonNullable<SolanaTxRecord['inner']> = [];
  inner.forEach((list, index) => {
    if (list.length) out.push({ index, instructions: list.map((i) => [i.programIdIndex, i.accounts, encodeBase58(i.data), i.stackHeight]) });
  });
  return out;
}
