/**
 * Bitcoin-alphabet base58, as Solana spells addresses, blockhashes and signatures, strict: our errors name
 * the input, and the input length is bounded before decoding (the conversion is quadratic in the length).
 * Byte-wise base conversion (base-x's algorithm): @solana/kit's BigInt codec, used before, cost ≈ 10 µs per
 * signature on every transaction's path; tests/svm/wire-strict.test.ts checks the two agree.
 */
const ALPHABET = /^[1-9A-HJ-NP-Za-km-z]*$/;
/** The longest base58 text we decode: a 1,232-byte Solana packet is 1,683 characters. */
export const MAX_BASE58_LENGTH = 2048;

const CHARS = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < CHARS.length; i++) VALUE[CHARS.charCodeAt(i)] = i;

export function encodeBase58(bytes: Uint8Array): string {
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  // log(256) / log(58) ≈ 1.366 digits per byte
  const size = (((bytes.length - zeros) * 138) / 100 + 1) | 0;
  const digits = new Uint8Array(size);
  let length = 0;
  for (let i = zeros; i < bytes.length; i++) {
    let carry = bytes[i]!;
    let k = 0;
    for (let j = size - 1; (carry !== 0 || k < length) && j >= 0; j--, k++) {
      carry += 256 * digits[j]!;
      digits[j] = carry % 58;
      carry = (carry / 58) | 0;
    }
    length = k;
  }
  let j = size - length;
  while (j < size && digits[j] === 0) j++;
  let out = '1'.repeat(zeros);
  for (; j < size; j++) out += CHARS[digits[j]!];
  return out;
}

function decodeDigits(s: string): Uint8Array {
  let zeros = 0;
  while (zeros < s.length && s.charCodeAt(zeros) === 49) zeros++;
  // log(58) / log(256) ≈ 0.733 bytes per digit
  const size = (((s.length - zeros) * 733) / 1000 + 1) | 0;
  const b256 = new Uint8Array(size);
  let length = 0;
  for (let i = zeros; i < s.length; i++) {
    let carry = VALUE[s.charCodeAt(i)]!;
    let k = 0;
    for (let j = size - 1; (carry !== 0 || k < length) && j >= 0; j--, k++) {
      carry += 58 * b256[j]!;
      b256[j] = carry & 0xff;
      carry >>= 8;
    }
    length = k;
  }
  let j = size - length;
  while (j < size && b256[j] === 0) j++;
  const out = new Uint8Array(zeros + (size - j));
  out.set(b256.subarray(j), zeros);
  return out;
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
  const out = decodeDigits(s);
  if (length !== undefined && out.length !== length) throw new Error(`invalid base58 ${what}: decodes to ${out.length} bytes, expected ${length}`);
  return out;
}

/** A 32-byte address (or blockhash) in base58. */
export const decodeBase58Address = (s: string, what = 'address') => decodeBase58(s, 32, what);
/** A 64-byte signature in base58. */
export const decodeBase58Signature = (s: string, what = 'signature') => decodeBase58(s, 64, what);
