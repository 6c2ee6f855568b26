import { RLP } from '@ethereumjs/rlp';
import type { RlpItem } from './trie-node.ts';

/**
 * RLP of a trie node's structure. A branch of hashes and empty slots, an extension over a hashed child and a leaf
 * are lists of byte strings: encoded here into one buffer with their lengths computed first, instead of
 * @ethereumjs/rlp's allocation per item and concatenation per level (the state root's commit seals a handful
 * of such nodes per changed key every block: issue 17). Anything nested (an embedded child) goes to RLP.encode.
 * RLP is canonical, so both give the same bytes (tests/evm/state-root.test.ts checks them against each other).
 */
export function encodeNode(item: RlpItem): Uint8Array {
  if (!Array.isArray(item)) return RLP.encode(item);
  let payload = 0;
  for (const x of item) {
    if (!(x instanceof Uint8Array)) return RLP.encode(item);
    payload += x.length === 1 && x[0]! < 0x80 ? 1 : headerLength(x.length) + x.length;
  }
  const out = new Uint8Array(headerLength(payload) + payload);
  let o = writeHeader(out, 0, payload, 0xc0);
  for (const x of item as Uint8Array[]) {
    if (x.length === 1 && x[0]! < 0x80) {
      out[o++] = x[0]!;
      continue;
    }
    o = writeHeader(out, o, x.length, 0x80);
    out.set(x, o);
    o += x.length;
  }
  return out;
}

function headerLength(len: number): number {
  if (len <= 55) return 1;
  let n = 1;
  for (let x = len; x > 0xff; x = Math.floor(x / 256)) n++;
  return 1 + n;
}

/** RLP's length prefix for `len` bytes at `o` (`base` 0x80 for a string, 0xc0 for a list); returns the offset after it. */
function writeHeader(out: Uint8Array, o: number, len: number, base: number): number {
  if (len <= 55) {
    out[o] = base + len;
    return o + 1;
  }
  const n = headerLength(len) - 1;
  out[o] = base + 55 + n;
  for (let i = n, x = len; i >= 1; i--, x = Math.floor(x / 256)) out[o + i] = x & 0xff;
  return o + 1 + n;
}
