import { RpcError } from '../../../core/jsonrpc/index.ts';
import { decodeBase58, encodeBase58 } from '../types/base58.ts';
import type { SvmAccount } from '../types/index.ts';
import type { ParsedTransaction } from '../wire.ts';

/** Solana JSON-RPC's error codes (solana-rpc-client-api custom errors) and JSON-RPC's own. */
export const RpcCodes = {
  parseError: -32700,
  invalidRequest: -32600,
  methodNotFound: -32601,
  invalidParams: -32602,
  internal: -32603,
  sendTransactionPreflightFailure: -32002,
  transactionSignatureVerificationFailure: -32003,
  transactionVersionNotSupported: -32015,
} as const;

/** Solana's errors are the transport's one RpcError (the name stays for methods.ts). */
export { RpcError as SolanaRpcError };

export const invalidParams = (msg: string) => new RpcError(RpcCodes.invalidParams, `Invalid params: ${msg}`);

/**
 * JSON with u64s as bare digits: Solana sends lamports and rent epochs as JSON numbers (kit reads them as
 * bigint, web3.js as number), and 2^64-1 does not survive a trip through a double.
 */
export function stringifyJson(v: unknown): string {
  const marks: string[] = [];
  const s = JSON.stringify(v, (_k, x) => {
    if (typeof x === 'bigint') {
      marks.push(x.toString());
      return `\u0000big${marks.length - 1}\u0000`;
    }
    return x;
  });
  return marks.length ? s.replace(/"\\u0000big(\d+)\\u0000"/g, (_, i: string) => marks[Number(i)]!) : s;
}

export type AccountEncoding = 'base58' | 'base64' | 'base64+zstd' | 'jsonParsed' | 'binary';

export interface DataSlice {
  offset: number;
  length: number;
}

/** An account in the UiAccount shape (`getAccountInfo`, `getMultipleAccounts`, `getProgramAccounts`). */
export function uiAccount(a: SvmAccount, encoding: AccountEncoding = 'base58', slice?: DataSlice) {
  let data = a.data;
  if (slice) data = data.subarray(slice.offset, slice.offset + slice.length);
  let encoded: unknown;
  switch (encoding) {
    case 'base64':
    case 'jsonParsed': // nothing here is parsed: Solana falls back to base64 for unknown programs too
      encoded = [Buffer.from(data).toString('base64'), 'base64'];
      break;
    case 'base64+zstd':
      throw invalidParams('base64+zstd encoding is not supported; use base64');
    case 'binary':
      encoded = encodeBase58(data);
      break;
    default:
      if (data.length > 128) throw invalidParams('Encoded binary (base 58) data should be less than 128 bytes, please use Base64 encoding.');
      encoded = [encodeBase58(data), 'base58'];
  }
  return {
    lamports: a.lamports,
    owner: encodeBase58(a.owner),
    data: encoded,
    executable: a.executable,
    rentEpoch: a.rentEpoch,
    space: a.data.length,
  };
}

/** A transaction in the `json` encoding of getTransaction. */
export function uiTransaction(tx: ParsedTransaction) {
  const message: Record<string, unknown> = {
    accountKeys: tx.accountKeys.map(encodeBase58),
    header: {
      numRequiredSignatures: tx.numRequiredSignatures,
      numReadonlySignedAccounts: tx.numReadonlySigned,
      numReadonlyUnsignedAccounts: tx.numReadonlyUnsigned,
    },
    instructions: tx.instructions.map((ix) => ({ programIdIndex: ix.programIdIndex, accounts: ix.accounts, data: encodeBase58(ix.data), stackHeight: null })),
    recentBlockhash: encodeBase58(tx.recentBlockhash),
  };
  if (tx.version === 0) message.addressTableLookups = [];
  return { signatures: tx.signatures.map(encodeBase58), message };
}

/** Decodes a transaction parameter (base58 by default, or base64). */
export function decodeWire(s: unknown, encoding: unknown): Uint8Array {
  if (typeof s !== 'string') throw invalidParams('the transaction must be an encoded string');
  if (encoding === 'base64') {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s)) throw invalidParams('invalid base64 transaction');
    return new Uint8Array(Buffer.from(s, 'base64'));
  }
  if (encoding !== undefined && encoding !== 'base58') throw invalidParams(`unsupported encoding ${JSON.stringify(encoding)}: use base58 or base64`);
  try {
    return decodeBase58(s);
  } catch (e) {
    throw invalidParams(`invalid base58 transaction: ${(e as Error).message}`);
  }
}
