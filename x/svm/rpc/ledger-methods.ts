import type { NodeAPI, StoredBlock } from '../../../core/types/node-api.ts';
import { fromUtf8 } from '../../../core/store/kv.ts';
import { u64Key } from '../../../core/store/kv.ts';
import type { SvmKeeper } from '../keeper/keeper.ts';
import type { SolanaTxRecord } from '../tx-record.ts';
import { decodeBase58, encodeBase58 } from '../types/base58.ts';
import { IndexKeys, SOLANA_TX_ENVELOPE } from '../types/index.ts';
import { parseTransaction } from '../wire.ts';
import { SolanaRpcError, invalidParams } from './encoding.ts';
import { type TransactionDetails, encodedTransactionWithMeta, maxVersionParam, txEncodingParam } from './transaction.ts';

type Method = (params: unknown[]) => unknown | Promise<unknown>;

/** Solana's "block not available" (solana-rpc-client-api's JSON_RPC_SERVER_ERROR_BLOCK_NOT_AVAILABLE). */
const BLOCK_NOT_AVAILABLE = -32004;
const MAX_GET_BLOCKS_RANGE = 500_000;
const MAX_SIGNATURES = 1000;

/** Reads a processed Solana transaction's record from the node's index. */
export function txRecord(node: NodeAPI, sig: string): SolanaTxRecord | undefined {
  const v = node.getIndex(IndexKeys.tx(sig));
  return v ? (JSON.parse(fromUtf8(v)) as SolanaTxRecord) : undefined;
}

/** The signatures of the Solana wire transactions a block carries, in block order. */
export function blockSignatures(block: StoredBlock): string[] {
  const out: string[] = [];
  for (const b64 of block.txs) {
    const bytes = Buffer.from(b64, 'base64');
    if (bytes[0] !== SOLANA_TX_ENVELOPE || bytes.length < 66) continue;
    // The wire transaction starts with a short-vec signature count, then the first signature.
    const n = bytes[1]!;
    if (n === 0 || n >= 0x80) continue;
    out.push(encodeBase58(bytes.subarray(2, 66)));
  }
  return out;
}

const slotParam = (v: unknown, what = 'slot'): number => {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw invalidParams(`${what} must be a non-negative integer`);
  return v;
};

/** Blocks and history: getBlock, getBlocks, getBlocksWithLimit, getBlockTime, getSignaturesForAddress. */
export function ledgerMethods(node: NodeAPI, keeper: SvmKeeper): Record<string, Method> {
  const blockhash = (h: number) => encodeBase58(keeper.latestBlockhash(node.chainId, h));
  const config = <T>(v: unknown): T => (v && typeof v === 'object' ? (v as T) : ({} as T));
  const notAvailable = (slot: number) => new SolanaRpcError(BLOCK_NOT_AVAILABLE, `Block not available for slot ${slot}`);
  /** Block `slot` (0 is the genesis, which has no stored block and no transactions). */
  const blockAt = (slot: number): { timeMs: number | undefined; txs: string[] } => {
    if (slot > node.latestHeight()) throw notAvailable(slot);
    if (slot === 0) return { timeMs: node.getBlock(1)?.timeMs, txs: [] };
    const b = node.getBlock(slot);
    if (!b) throw notAvailable(slot);
    return { timeMs: b.timeMs, txs: blockSignatures(b) };
  };
  const seconds = (ms: number | undefined) => (ms === undefined ? null : Math.floor(ms / 1000));

  return {
    getBlock: ([slotP, cfg]) => {
      const slot = slotParam(slotP);
      const c = config<{ encoding?: string; transactionDetails?: string; rewards?: boolean; maxSupportedTransactionVersion?: number }>(typeof cfg === 'string' ? { encoding: cfg } : cfg);
      const encoding = txEncodingParam(c.encoding);
      const details = (c.transactionDetails ?? 'full') as TransactionDetails;
      if (!['full', 'accounts', 'signatures', 'none'].includes(details)) throw invalidParams(`transactionDetails must be full, accounts, signatures or none`);
      const maxVersion = maxVersionParam(c.maxSupportedTransactionVersion);
      const b = blockAt(slot);
      const out: Record<string, unknown> = {
        blockHeight: slot,
        blockTime: seconds(b.timeMs),
        blockhash: blockhash(slot),
        parentSlot: slot === 0 ? 0 : slot - 1,
        previousBlockhash: blockhash(slot === 0 ? 0 : slot - 1),
      };
      if (details === 'signatures') out.signatures = b.txs;
      else if (details !== 'none') {
        out.transactions = b.txs.flatMap((sig) => {
          const rec = txRecord(node, sig);
          return rec ? [encodedTransactionWithMeta(rec, { encoding, maxVersion, details })] : [];
        });
      }
      if (c.rewards !== false) out.rewards = [];
      return out;
    },
    getBlockTime: ([slotP]) => seconds(blockAt(slotParam(slotP)).timeMs),
    getBlocks: ([startP, endP]) => {
      const start = slotParam(startP, 'start slot');
      const end = Math.min(endP === undefined || endP === null || typeof endP === 'object' ? node.latestHeight() : slotParam(endP, 'end slot'), node.latestHeight());
      if (end - start > MAX_GET_BLOCKS_RANGE) throw invalidParams(`Slot range too large; max ${MAX_GET_BLOCKS_RANGE}`);
      const out: number[] = [];
      for (let s = start; s <= end; s++) out.push(s); // one block per slot: none is ever skipped
      return out;
    },
    getBlocksWithLimit: ([startP, limitP]) => {
      const start = slotParam(startP, 'start slot');
      const limit = slotParam(limitP, 'limit');
      if (limit > MAX_GET_BLOCKS_RANGE) throw invalidParams(`Limit too large; max ${MAX_GET_BLOCKS_RANGE}`);
      const out: number[] = [];
      for (let s = start; s < start + limit && s <= node.latestHeight(); s++) out.push(s);
      return out;
    },
    getSignaturesForAddress: async ([addr, cfg]) => {
      if (typeof addr !== 'string') throw invalidParams('address must be a base58 string');
      try {
        if (decodeBase58(addr).length !== 32) throw new Error('not 32 bytes');
      } catch {
        throw invalidParams(`Invalid param: ${addr} is not a pubkey`);
      }
      const c = config<{ limit?: number; before?: string; until?: string }>(cfg);
      const limit = c.limit ?? MAX_SIGNATURES;
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SIGNATURES) throw invalidParams(`limit must be from 1 to ${MAX_SIGNATURES}`);
      const position = (sig: string | undefined, what: string) => {
        if (sig === undefined) return undefined;
        const rec = typeof sig === 'string' ? txRecord(node, sig) : undefined;
        if (!rec) throw invalidParams(`${what}: unknown signature ${JSON.stringify(sig)}`);
        return `${u64Key(rec.slot)}/${String(rec.index ?? 0).padStart(6, '0')}`;
      };
      const before = position(c.before, 'before');
      const until = position(c.until, 'until');
      const prefix = IndexKeys.byAddressPrefix(addr);
      const latest = node.latestHeight();
      const out: unknown[] = [];
      for await (const [k, v] of node.iterateIndex(prefix, { reverse: true })) {
        const at = k.slice(prefix.length);
        if (before !== undefined && at >= before) continue;
        if (until !== undefined && at <= until) break;
        const rec = txRecord(node, fromUtf8(v));
        if (!rec || rec.slot > latest) continue; // a block a devnet revert undid
        out.push({ signature: fromUtf8(v), slot: rec.slot, err: rec.err, memo: null, blockTime: Math.floor(rec.blockTimeMs / 1000), confirmationStatus: 'finalized' });
        if (out.length >= limit) break;
      }
      return out;
    },
  };
}

/** Wire bytes of a Solana tx a block carries (for callers that need the parsed message). */
export function parseRecordTx(rec: SolanaTxRecord) {
  return parseTransaction(new Uint8Array(Buffer.from(rec.tx, 'base64')));
}
