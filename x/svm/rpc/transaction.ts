import { decodeBase58 as decodeB58, encodeBase58 } from '../types/base58.ts';
import type { SolanaTxRecord } from '../tx-record.ts';
import { type ParsedTransaction, isWritableIndex, parseTransaction } from '../wire.ts';
import { RpcCodes, SolanaRpcError, invalidParams, uiTransaction } from './encoding.ts';
import { parseInstruction } from './parsed-instruction.ts';

/** A processed transaction as getTransaction and getBlock show it (encodings json, jsonParsed, base64, base58). */

export type TxEncoding = 'json' | 'jsonParsed' | 'base64' | 'base58';
export type TransactionDetails = 'full' | 'accounts' | 'signatures' | 'none';

export function txEncodingParam(v: unknown): TxEncoding {
  if (v === undefined || v === null) return 'json';
  if (v === 'json' || v === 'jsonParsed' || v === 'base64' || v === 'base58') return v;
  throw invalidParams(`unsupported encoding ${JSON.stringify(v)}: use json, jsonParsed, base64 or base58`);
}

export function maxVersionParam(v: unknown): number | undefined {
  if (v === undefined || v === null) return undefined;
  if (v !== 0) throw invalidParams('maxSupportedTransactionVersion must be 0');
  return 0;
}

/** The -32015 Solana answers when a v0 transaction meets a client that did not say it reads them. */
export function checkVersion(tx: ParsedTransaction, maxVersion: number | undefined): void {
  if (tx.version === 0 && maxVersion === undefined) {
    throw new SolanaRpcError(
      RpcCodes.transactionVersionNotSupported,
      'Transaction version (0) is not supported by the requesting client. Please try the request again with the following configuration parameter: "maxSupportedTransactionVersion": 0',
    );
  }
}

const accountKeysParsed = (tx: ParsedTransaction) =>
  tx.accountKeys.map((k, i) => ({ pubkey: encodeBase58(k), writable: isWritableIndex(tx, i), signer: i < tx.numRequiredSignatures, source: 'transaction' }));

function instructionParsed(keys: string[], programIdIndex: number, accounts: number[], data: Uint8Array, stackHeight: number | null) {
  const programId = keys[programIdIndex] ?? '';
  const accs = accounts.map((i) => keys[i] ?? '');
  return parseInstruction(programId, accs, data, stackHeight) ?? { programId, accounts: accs, data: encodeBase58(data), stackHeight };
}

function parsedTransactionJson(tx: ParsedTransaction) {
  const keys = tx.accountKeys.map(encodeBase58);
  const message: Record<string, unknown> = {
    accountKeys: accountKeysParsed(tx),
    instructions: tx.instructions.map((ix) => instructionParsed(keys, ix.programIdIndex, ix.accounts, ix.data, null)),
    recentBlockhash: encodeBase58(tx.recentBlockhash),
  };
  if (tx.version === 0) message.addressTableLookups = [];
  return { signatures: tx.signatures.map(encodeBase58), message };
}

function innerInstructions(rec: SolanaTxRecord, tx: ParsedTransaction, parsed: boolean) {
  const keys = tx.accountKeys.map(encodeBase58);
  return (rec.inner ?? []).map(({ index, instructions }) => ({
    index,
    instructions: instructions.map(([programIdIndex, accounts, data, stackHeight]) =>
      parsed
        ? instructionParsed(keys, programIdIndex, accounts, Buffer.from(decodeB58(data)), stackHeight)
        : { programIdIndex, accounts, data, stackHeight },
    ),
  }));
}

/** The transaction's meta (status, fee, balances, logs, inner instructions). */
export function txMeta(rec: SolanaTxRecord, tx: ParsedTransaction, encoding: TxEncoding) {
  return {
    err: rec.err,
    status: rec.err === null ? { Ok: null } : { Err: rec.err },
    fee: BigInt(rec.fee),
    preBalances: rec.preBalances.map(BigInt),
    postBalances: rec.postBalances.map(BigInt),
    innerInstructions: innerInstructions(rec, tx, encoding === 'jsonParsed'),
    logMessages: rec.logs,
    preTokenBalances: [],
    postTokenBalances: [],
    rewards: [],
    loadedAddresses: { writable: [], readonly: [] },
    computeUnitsConsumed: BigInt(rec.computeUnits),
    ...(rec.returnData ? { returnData: { programId: rec.returnData.programId, data: [rec.returnData.data, 'base64'] } } : {}),
  };
}

/** `{transaction, meta, version?}` — the part getTransaction and getBlock's `transactions` share. */
export function encodedTransactionWithMeta(rec: SolanaTxRecord, o: { encoding: TxEncoding; maxVersion: number | undefined; details?: TransactionDetails }) {
  const wire = new Uint8Array(Buffer.from(rec.tx, 'base64'));
  const tx = parseTransaction(wire);
  checkVersion(tx, o.maxVersion);
  let transaction: unknown;
  if (o.details === 'accounts') transaction = { signatures: tx.signatures.map(encodeBase58), accountKeys: accountKeysParsed(tx) };
  else if (o.encoding === 'base64') transaction = [rec.tx, 'base64'];
  else if (o.encoding === 'base58') transaction = [encodeBase58(wire), 'base58'];
  else if (o.encoding === 'jsonParsed') transaction = parsedTransactionJson(tx);
  else transaction = uiTransaction(tx);
  const meta: Record<string, unknown> = txMeta(rec, tx, o.encoding);
  if (o.details === 'accounts') {
    // Solana's "accounts" details leave out the instructions, logs and inner instructions.
    delete meta.innerInstructions;
    delete meta.logMessages;
    delete meta.returnData;
    delete meta.computeUnitsConsumed;
  }
  const out: Record<string, unknown> = { transaction, meta };
  if (o.maxVersion !== undefined) out.version = tx.version;
  return out;
}
