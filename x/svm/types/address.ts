import { createHash } from 'node:crypto';
import { parseAddress, wrongBech32Prefix } from '../../../core/types/address.ts';
import { ErrInvalidAddress } from '../../../core/types/errors.ts';
import { decodeBase58, encodeBase58 } from './base58.ts';

/**
 * Address faces: the one rule that joins 20-byte Trivium accounts and 32-byte SVM accounts (docs/architecture.md).
 *
 * - The SVM face of a 20-byte address A is `"trivium-svm:" (12 ASCII bytes) ‖ A`. It is reversible, so the
 *   20-byte face of that pubkey is A again. Nobody holds an ed25519 key for it (finding one is a 2^96 search);
 *   the module vouches for its signature when A signed the Cosmos tx (or is the x/crossvm caller).
 * - The 20-byte face of any other pubkey P (an ed25519 wallet, a PDA, a mint) is
 *   `sha256("trivium-svm-face:" ‖ P)[0..20]`. Utrv sent to that 20-byte address is P's lamports.
 *
 * Lamports always live in x/bank: an SVM account's lamports are the utrv balance of its 20-byte face times
 * LAMPORTS_PER_UTRV, plus a sub-utrv remainder the module keeps (see keeper/lamports.ts).
 */
export const SVM_FACE_PREFIX = new TextEncoder().encode('trivium-svm:');
const HASH_DOMAIN = new TextEncoder().encode('trivium-svm-face:');

/** The 32-byte SVM face of a 20-byte Trivium address. */
export function svmFace(addr: Uint8Array): Uint8Array {
  if (addr.length !== 20) throw ErrInvalidAddress(`expected a 20-byte address, got ${addr.length} bytes`);
  const out = new Uint8Array(32);
  out.set(SVM_FACE_PREFIX, 0);
  out.set(addr, 12);
  return out;
}

/** The 20-byte address embedded in an SVM face, or undefined when `pubkey` is not one. */
export function embeddedAddress(pubkey: Uint8Array): Uint8Array | undefined {
  if (pubkey.length !== 32) return undefined;
  for (let i = 0; i < 12; i++) if (pubkey[i] !== SVM_FACE_PREFIX[i]) return undefined;
  return pubkey.slice(12);
}

/** The 20-byte Trivium face of a 32-byte SVM pubkey (the account that holds its lamports). */
export function addressFace(pubkey: Uint8Array): Uint8Array {
  if (pubkey.length !== 32) throw ErrInvalidAddress(`expected a 32-byte pubkey, got ${pubkey.length} bytes`);
  const embedded = embeddedAddress(pubkey);
  if (embedded) return embedded;
  const h = createHash('sha256').update(HASH_DOMAIN).update(pubkey).digest();
  return new Uint8Array(h.buffer, h.byteOffset, 20).slice();
}

/**
 * A pubkey as users type it: base58 (32 bytes), or a `trivium1…`/`0x…` address meaning its SVM face.
 * Anything else is ErrInvalidAddress with the reason.
 */
export function parsePubkey(s: string): Uint8Array {
  const t = s.trim();
  if (t.startsWith('trivium1') || /^0x[0-9a-fA-F]{40}$/.test(t)) {
    const a = parseAddress(t);
    return a.length === 32 ? a : svmFace(a);
  }
  let b: Uint8Array | undefined;
  let why = '';
  try {
    b = decodeBase58(t);
    if (b.length !== 32) why = `${b.length} bytes, want 32`;
  } catch (e) {
    why = (e as Error).message;
  }
  if (!why) return b!;
  // Not a pubkey: if it is another chain's bech32 address, say that rather than what base58 made of it.
  const hrp = wrongBech32Prefix(t);
  if (hrp) throw ErrInvalidAddress(`invalid pubkey ${JSON.stringify(s)}: not base58, and as an address: expected prefix trivium, got ${hrp}`);
  throw ErrInvalidAddress(`invalid pubkey ${JSON.stringify(s)}: ${why}`);
}

export const pubkeyToString = (pubkey: Uint8Array): string => encodeBase58(pubkey);
