import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { type BranchNode, decodeNode, encodeNode, innerHash, varint } from '../../core/store/tree/node.ts';

/** The branch layout as written before the in-place encoder: the parts, concatenated (the on-disk format). */
function referenceEncoding(n: BranchNode): Uint8Array {
  const skip = Uint8Array.from([...n.skip].map((c) => c.charCodeAt(0) - 1));
  const parts: Uint8Array[] = [new Uint8Array([1]), varint(skip.length), skip, varint(n.children.length)];
  for (const [s, c] of n.children) parts.push(varint(s.charCodeAt(0)), varint(c.version), c.hash);
  return Buffer.concat(parts);
}

let seed = 7;
const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
const hash32 = () => Uint8Array.from({ length: 32 }, () => rand(256));

describe('state tree rows: branch encoding and inner hashes', () => {
  it('encodes branches byte for byte as the row layout says, for every width, skip and version size, and decodes them back', () => {
    for (const width of [1, 2, 3, 16, 127, 128, 200, 256]) {
      for (const skipLen of [0, 1, 5, 130]) {
        for (const version of [0, 1, 127, 128, 16_384, 2 ** 35 + 3]) {
          const syms = [...new Set(Array.from({ length: width }, (_, i) => (width === 256 ? i : rand(256)) + 1))].sort((a, b) => a - b);
          const node: BranchNode = {
            kind: 'branch',
            skip: Array.from({ length: skipLen }, () => String.fromCharCode(rand(255) + 2)).join(''),
            children: syms.map((s, i) => [String.fromCharCode(s), { version: version + i, hash: hash32() }]),
          };
          const got = encodeNode(node);
          assert.deepEqual(Buffer.from(got), Buffer.from(referenceEncoding(node)), `width ${width}, skip ${skipLen}, version ${version}`);
          const back = decodeNode(got) as BranchNode;
          assert.equal(back.skip, node.skip);
          assert.deepEqual(back.children.map(([s, c]) => [s, c.version, Buffer.from(c.hash).toString('hex')]), node.children.map(([s, c]) => [s, c.version, Buffer.from(c.hash).toString('hex')]));
        }
      }
    }
  });

  it('hashes an inner node as sha256(0x01 ‖ left ‖ right), call after call (the input buffer is reused)', () => {
    const outs: Uint8Array[] = [];
    const ins: Array<[Uint8Array, Uint8Array]> = Array.from({ length: 50 }, () => [hash32(), hash32()]);
    for (const [l, r] of ins) outs.push(innerHash(l, r));
    ins.forEach(([l, r], i) => assert.equal(Buffer.from(outs[i]!).toString('hex'), createHash('sha256').update(Buffer.concat([Buffer.from([1]), l, r])).digest('hex')));
    // Not 32-byte halves (never in the tree, but the function takes any): the general path, same definition.
    const odd = innerHash(new Uint8Array([9]), new Uint8Array(40).fill(3));
    assert.equal(Buffer.from(odd).toString('hex'), createHash('sha256').update(Buffer.concat([Buffer.from([1, 9]), Buffer.alloc(40, 3)])).digest('hex'));
  });
});
