import { type KeyObject, createPublicKey, verify as cryptoVerify } from 'node:crypto';
import { SigAnswer, type SolanaSignatureWorker } from './signature-worker.ts';
import { bytesEqual, toHex } from './types/index.ts';
import type { ParsedTransaction } from './wire.ts';

/**
 * ed25519 signature checks of Solana transactions, and what the node remembers of them.
 *
 * The RPC's sendTransaction asks a worker thread (signature-worker.ts), which runs the runtime's own checks;
 * CheckTx and MsgSolanaTx check on the main thread with node's OpenSSL. A transaction whose signatures
 * verified is remembered with its exact bytes: the RPC, CheckTx, every recheck and delivery share the check.
 *
 * Delivery: the runtime's check (ed25519-dalek's verify_strict, with its sanitize and account-lock checks) is
 * the consensus rule. Bytes the runtime itself accepted on the worker run with the engine's check off (the
 * same runtime reaches the same verdict); anything else — an OpenSSL-only check, a node that never saw the
 * bytes (a replay, a peer) — leaves the check to the runtime. So the cache only saves work: no outcome
 * depends on it.
 */

/** Public keys as OpenSSL objects, by key hex: importing one costs about as much as a verify. */
const publicKeys = new Map<string, KeyObject>();
function publicKeyOf(pubkey: Uint8Array): KeyObject {
  const hex = toHex(pubkey);
  let k = publicKeys.get(hex);
  if (!k) {
    k = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(pubkey).toString('base64url') }, format: 'jwk' });
    if (publicKeys.size >= 10_000) publicKeys.clear();
    publicKeys.set(hex, k);
  }
  return k;
}

/** ed25519 signature check (node's OpenSSL). */
export function verifyEd25519(pubkey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  try {
    return cryptoVerify(null, message, publicKeyOf(pubkey), signature);
  } catch {
    return false;
  }
}

interface Verified {
  wire: Uint8Array;
  /** The runtime's own checks accepted these bytes (not only OpenSSL). */
  byRuntime: boolean;
}
/** Transactions whose every signature verified here, by first signature hex, with their exact bytes. */
const verified = new Map<string, Verified>();
const MAX_VERIFIED = 50_000;

function remember(tx: ParsedTransaction, sig: string, byRuntime: boolean): void {
  if (verified.size >= MAX_VERIFIED) verified.delete(verified.keys().next().value!);
  verified.set(sig, { wire: tx.wire.slice(), byRuntime });
}

function seen(tx: ParsedTransaction, sig: string): Verified | undefined {
  const v = verified.get(sig);
  return v && bytesEqual(v.wire, tx.wire) ? v : undefined;
}

function firstFailing(tx: ParsedTransaction): number {
  for (let i = 0; i < tx.numRequiredSignatures; i++) {
    if (!verifyEd25519(tx.accountKeys[i]!, tx.messageBytes, tx.signatures[i]!)) return i;
  }
  return -1;
}

/** Every required signature verifies against its key: the first failing index, or -1. */
export function firstBadSignature(tx: ParsedTransaction): number {
  const sig = toHex(tx.signatures[0]!);
  if (seen(tx, sig)) return -1;
  const bad = firstFailing(tx);
  if (bad < 0) remember(tx, sig, false);
  return bad;
}

/**
 * firstBadSignature, checked on the worker by the runtime's rule (the main thread checks what the worker
 * does not answer). A signature the runtime refuses is bad even where OpenSSL would pass it (a weak key).
 */
export async function firstBadSignatureAsync(tx: ParsedTransaction, worker: SolanaSignatureWorker): Promise<number> {
  const sig = toHex(tx.signatures[0]!);
  const known = seen(tx, sig);
  if (known?.byRuntime) return -1;
  const answer = await worker.check(tx);
  if (answer === SigAnswer.Accepted) {
    remember(tx, sig, true);
    return -1;
  }
  if (answer === SigAnswer.SignatureFailure) return Math.max(0, firstFailing(tx));
  return known ? -1 : firstBadSignature(tx);
}

/**
 * Whether the runtime may run these exact bytes with its signature check off: it accepted them itself (on
 * the worker), so with the check on it would reach the same verdict.
 */
export function runtimeMayTrust(tx: ParsedTransaction): boolean {
  return seen(tx, toHex(tx.signatures[0]!))?.byRuntime === true;
}
