import { Capability, createTxFromRLP, type TypedTransaction, TransactionType } from '@ethereumjs/tx';
import { Address, bytesToHex } from '@ethereumjs/util';
import { keccak256 } from '../crypto.ts';
import { txCommon } from '../executor/common.ts';
import { ErrInvalidChainId, ErrInvalidSignature, ErrTxDecode, EvmError } from '../errors.ts';
import { EVM_CHAIN_ID } from '../types/index.ts';
import { checkRawEthTx } from './strict.ts';

/** A decoded, signature-checked Ethereum transaction. */
export interface EthTx {
  tx: TypedTransaction;
  raw: Uint8Array;
  /** keccak256 of the raw bytes: the Ethereum tx hash. */
  hash: Uint8Array;
  hashHex: string;
  sender: Address;
  /** Legacy tx without EIP-155 replay protection (valid on any chain). */
  unprotected: boolean;
}

/**
 * Whether block/mempool bytes are an Ethereum tx: an EIP-2718 type byte (0x01, 0x02) followed by an RLP
 * list, or a legacy RLP list (first byte ≥ 0xc0), whose RLP header covers exactly the rest of the bytes.
 * A Cosmos TxRaw starts with 0x0a; a Solana wire tx starts with its signature count (often 0x01 or 0x02)
 * followed by 64 signature bytes, whose RLP length would not match.
 */
export function claimsEthTx(b: Uint8Array): boolean {
  if (b.length < 2) return false;
  const first = b[0]!;
  if (first >= 0xc0) return rlpListSpans(b, 0);
  if (first === TransactionType.AccessListEIP2930 || first === TransactionType.FeeMarketEIP1559) return rlpListSpans(b, 1);
  return false;
}

/** The RLP list header at `off` declares a payload that ends exactly at the end of `b`. */
function rlpListSpans(b: Uint8Array, off: number): boolean {
  const h = b[off];
  if (h === undefined || h < 0xc0) return false;
  if (h <= 0xf7) return off + 1 + (h - 0xc0) === b.length;
  const lenOfLen = h - 0xf7;
  if (off + 1 + lenOfLen > b.length || lenOfLen > 4) return false;
  let len = 0;
  for (let i = 0; i < lenOfLen; i++) len = len * 256 + b[off + 1 + i]!;
  return off + 1 + lenOfLen + len === b.length;
}

/**
 * The same bytes are decoded at CheckTx, at every re-check, in the block and by the JSON-RPC: remember the
 * last few thousand (decoding copies a Common and recovering the sender is a signature operation). The result
 * depends only on the bytes, so the cache cannot change an outcome.
 */
const cache = new Map<string, EthTx>();
const CACHE_SIZE = 8192;

/**
 * Devnet impersonation (anvil_impersonateAccount): eth_sendTransaction signs an impersonated sender's tx with a
 * throwaway key and records its hash here, so the tx counts as sent by the impersonated address — its signature
 * check skipped. Only the devnet's RPC records hashes (a node run for a network refuses the devnet controls),
 * and only for txs it built itself, before their first decode.
 */
const impersonatedSenders = new Map<string, Address>();
export function recordImpersonatedTx(hashHex: string, sender: Address): void {
  impersonatedSenders.set(hashHex.toLowerCase(), sender);
  if (impersonatedSenders.size > 100_000) impersonatedSenders.delete(impersonatedSenders.keys().next().value!);
}

/**
 * The impersonated senders of a block's txs, [tx hash, sender] (x/evm's devRecord: kept in the block, so a
 * replay, which has no such memory, runs them as the same senders); undefined when there are none.
 */
export function impersonatedIn(txs: readonly Uint8Array[]): Array<[string, string]> | undefined {
  if (impersonatedSenders.size === 0) return undefined;
  const out: Array<[string, string]> = [];
  for (const raw of txs) {
    const h = bytesToHex(keccak256(raw));
    const sender = impersonatedSenders.get(h);
    if (sender) out.push([h, sender.toString()]);
  }
  return out.length > 0 ? out : undefined;
}

/**
 * Decode and authenticate raw tx bytes; a clear EvmError for anything that is not a valid signed tx for us.
 * `recoveredSender`: the sender SenderRecovery's worker recovered from these very bytes (a pure function of
 * them, so the same address this thread would recover); used only once the bytes passed every check here.
 */
export function decodeEthTx(raw: Uint8Array, recoveredSender?: Uint8Array): EthTx {
  const key = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('latin1');
  const hit = cache.get(key);
  if (hit) return hit;
  const e = decodeUncached(raw, recoveredSender);
  cache.set(key, e);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return e;
}

function decodeUncached(raw: Uint8Array, recoveredSender: Uint8Array | undefined): EthTx {
  // Our own strict pass first: canonical RLP, no trailing bytes, field kinds, chain id, v/r/s ranges.
  checkRawEthTx(raw, EVM_CHAIN_ID);
  let tx: TypedTransaction;
  try {
    tx = createTxFromRLP(raw, { common: txCommon });
  } catch (e) {
    // Library messages may quote values or even function source: answer with fixed texts only.
    const msg = (e as Error)?.message ?? '';
    if (/chain ?id|EIP155/i.test(msg)) throw ErrInvalidChainId(`invalid chain id for signer: want ${EVM_CHAIN_ID}`);
    if (/s-values|signature|yParity|v value/i.test(msg)) throw ErrInvalidSignature('invalid transaction v, r, s values');
    throw ErrTxDecode('rlp: invalid transaction fields');
  }
  if (!tx.isSigned()) throw ErrInvalidSignature('invalid sender: transaction is not signed');
  let sender: Address;
  try {
    // getSenderAddress() hashes the key with @noble's JS keccak: the same address through our native one.
    sender = recoveredSender?.length === 20 ? new Address(recoveredSender) : new Address(keccak256(tx.getSenderPublicKey()).subarray(12));
  } catch (e) {
    if (e instanceof EvmError) throw e;
    throw ErrInvalidSignature('invalid sender: signature recovery failed');
  }
  // tx.hash() re-serialises the tx to hash it; the strict pass above made sure the bytes are canonical, so
  // they are that serialisation (tests/evm/decode.test.ts checks the two agree).
  const hash = keccak256(raw);
  const impersonated = impersonatedSenders.get(bytesToHex(hash));
  if (impersonated) sender = impersonated;
  const unprotected = tx.type === TransactionType.Legacy && !tx.supports(Capability.EIP155ReplayProtection);
  return { tx, raw: Uint8Array.from(raw), hash, hashHex: bytesToHex(hash), sender, unprotected };
}
