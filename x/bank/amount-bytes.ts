import { fromUtf8 } from '../../core/store/kv.ts';

// A balance or supply row holds its amount as ASCII decimal digits. These two read and write exactly the bytes
// utf8(amount.toString()) gives and the value BigInt(fromUtf8(bytes)) reads, without a TextEncoder/TextDecoder
// call per row (they ran twice per account on every transfer).

/** The amount a row's bytes spell; anything but 1–15 plain digits takes the general path (same result). */
export function decodeAmount(v: Uint8Array): bigint {
  const n = v.length;
  if (n === 0 || n > 15) return BigInt(fromUtf8(v));
  let x = 0;
  for (let i = 0; i < n; i++) {
    const d = v[i]! - 48;
    if (d < 0 || d > 9) return BigInt(fromUtf8(v));
    x = x * 10 + d; // < 10^15: exact in a double
  }
  return BigInt(x);
}

/** The row bytes of an amount: its decimal digits (a minus sign for a negative one, as toString writes it). */
export function encodeAmount(a: bigint): Uint8Array {
  const s = a.toString();
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
