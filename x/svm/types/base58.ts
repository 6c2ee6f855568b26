import { getBase58Decoder, getBase58Encoder } from '@solana/kit';

/**
 * Bitcoin-alphabet base58, as Solana spells addresses, blockhashes and signatures: @solana/kit's codec, made
 * strict. Kit's errors are replaced by ours (its texts depend on NODE_ENV and name no input), and the input
 * length is bounded before decoding (kit's codec is quadratic in the length).
 */
const ALPHABET = /^[1-9A-HJ-NP-Za-km-z]*$/;
/** The longest base58 text we decode: a 1,232-byte Solana packet is 1,683 characters. */
export const MAX_BASE58_LENGTH = 2048;

const encoder = getBase58Encoder();
const decoder = getBase58Decoder();

export function encodeBase58(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/**
 * Decodes base58 (each leading '1' is a zero byte, as Solana and Bitcoin have it); throws on a character
 * outside the alphabet, on text longer than MAX_BASE58_LENGTH, and — when `length` is given — unless the
 * result is exactly that many bytes (32 for an address or blockhash, 64 for a signature).
 */
export function decodeBase58(s: string, length?: number, what = 'value'): Uint8Array {
  if (typeof s !== 'string') throw new Error(`invalid base58 ${what}: expected a string`);
  if (s.length > MAX_BASE58_LENGTH) throw new Error(`invalid base58 ${what}: ${s.length} characters, more than ${MAX_BASE58_LENGTH}`);
  if (!ALPHABET.test(s)) {
    const bad = [...s].find((c) => !ALPHABET.test(c))!;
    throw new Error(`invalid base58 character ${JSON.stringify(bad)} in ${what}`);
  }
  const out = new Uint8Array(encoder.encode(s));
  if (length !== undefined && out.length !== length) throw new Error(`invalid base58 ${what}: decodes to ${out.length} bytes, expected ${length}`);
  return out;
}

/** A 32-byte address (or blockhash) in base58. */
export const decodeBase58Address = (s: string, what = 'address') => decodeBase58(s, 32, what);
/** A 64-byte signature in base58. */
export const decodeBase58Signature = (s: string, what = 'signature') => decodeBase58(s, 64, what);
