/**
 * Trie paths as nibbles (one half-byte per element, 0–15), and Ethereum's hex-prefix ("compact") encoding of a
 * path in a leaf or extension node (Yellow Paper, appendix C).
 */
export type Nibbles = Uint8Array;

export function toNibbles(bytes: Uint8Array): Nibbles {
  const out = new Uint8Array(bytes.length * 2);
  for (let i = 0; i < bytes.length; i++) {
    out[2 * i] = bytes[i]! >> 4;
    out[2 * i + 1] = bytes[i]! & 15;
  }
  return out;
}

/** Back to bytes (an even number of nibbles). */
export function fromNibbles(n: Nibbles): Uint8Array {
  if (n.length % 2 !== 0) throw new Error('odd number of nibbles');
  const out = new Uint8Array(n.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = (n[2 * i]! << 4) | n[2 * i + 1]!;
  return out;
}

export function concatNibbles(a: Nibbles, b: Nibbles): Nibbles {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** How many nibbles `a` from `ai` and `b` from `bi` have in common. */
export function commonPrefix(a: Nibbles, ai: number, b: Nibbles, bi: number): number {
  let n = 0;
  while (ai + n < a.length && bi + n < b.length && a[ai + n] === b[bi + n]) n++;
  return n;
}

/** Whether `key` from `at` starts with all of `path`. */
export function startsWith(key: Nibbles, at: number, path: Nibbles): boolean {
  if (key.length - at < path.length) return false;
  for (let i = 0; i < path.length; i++) if (key[at + i] !== path[i]) return false;
  return true;
}

/** Hex-prefix encoding: flag nibble (2 = leaf, +1 = odd length), a padding nibble if even, then the path. */
export function compactEncode(path: Nibbles, leaf: boolean): Uint8Array {
  const odd = path.length % 2 === 1;
  const out = new Uint8Array(Math.floor(path.length / 2) + 1);
  const flag = (leaf ? 2 : 0) + (odd ? 1 : 0);
  if (odd) {
    out[0] = (flag << 4) | path[0]!;
    for (let i = 1; i < path.length; i += 2) out[(i + 1) / 2] = (path[i]! << 4) | path[i + 1]!;
  } else {
    out[0] = flag << 4;
    for (let i = 0; i < path.length; i += 2) out[i / 2 + 1] = (path[i]! << 4) | path[i + 1]!;
  }
  return out;
}

export function compactDecode(b: Uint8Array): { path: Nibbles; leaf: boolean } {
  if (b.length === 0) throw new Error('empty hex-prefix path');
  const flag = b[0]! >> 4;
  if (flag > 3) throw new Error(`bad hex-prefix flag ${flag}`);
  const all = toNibbles(b);
  return { path: all.subarray(flag & 1 ? 1 : 2), leaf: flag >= 2 };
}
