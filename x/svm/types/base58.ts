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

/** 58^5: base58 digits are produced five at a time, in limbs below 2^30. */
const LIMB = 656_356_768;

export function encodeBase58(bytes: Uint8Array): string {
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  // Multiply-and-add in limbs of 58^5, two input bytes a step: carry ≤ 65,536 × 58^5 < 2^53 stays exact
  // (≈ 10× fewer steps than a digit and a byte at a time; a signature is on every transaction's path).
  const n = bytes.length - zeros;
  const size = ((n * 138) / 500 + 2) | 0; // log(256) / log(58^5) ≈ 0.2731 limbs per byte
  const limbs = new Float64Array(size);
  let length = 0;
  let i = zeros;
  const step = (carry: number, base: number) => {
    let k = 0;
    for (let j = size - 1; (carry !== 0 || k < length) && j >= 0; j--, k++) {
      carry += base * limbs[j]!;
      const q = Math.floor(carry / LIMB);
      limbs[j] = carry - q * LIMB;
      carry = q;
    }
    length = k;
  };
  if (n % 2 === 1) step(bytes[i++]!, 256);
  for (; i < bytes.length; i += 2) step(bytes[i]! * 256 + bytes[i + 1]!, 65_536);
  const digits = new Uint8Array(5 * length);
  for (let j = size - length, o = 0; j < size; j++, o += 5) {
    let v = limbs[j]!;
    for (let d = 4; d >= 0; d--) {
      const q = Math.floor(v / 58);
      digits[o + d] = v - q * 58;
      v = q;
    }
  }
  let d = 0;
  while (d < digits.length && digits[d] === 0) d++; // the digit 0 ('1') never leads the number itself
  let out = '';
  for (; d < digits.length; d++) out += CHARS[digits[d]!];
  return '1'.repeat(zeros) + out;
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

/** base58 of 32-byte keys by their bytes (as latin1 text): the same wallets and programs recur in every block's records. */
const keyText = new Map<string, string>();
const MAX_KEY_TEXTS = 100_000;

/** encodeBase58 of a 32-byte account key, remembered (a lookup costs a fifth of the encoding). */
export function encodeKey58(key: Uint8Array): string {
  const id = Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('latin1');
  let s = keyText.get(id);
  if (s === undefined) {
    s = encodeBase58(key);
    if (keyText.size >= MAX_KEY_TEXTS) keyText.clear();
    keyText.set(id, s);
  }
  return s;
}
