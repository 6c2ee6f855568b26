import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { getAddressDecoder, getAddressEncoder, address } from '@solana/kit';
import { parseAddress, toBech32Address } from '../../core/types/address.ts';
import { SVM_FACE_PREFIX, addressFace, embeddedAddress, parsePubkey, svmFace } from '../../x/svm/types/address.ts';
import { decodeBase58, encodeBase58 } from '../../x/svm/types/base58.ts';

test('base58 matches @solana/kit both ways, leading zeros included', () => {
  const dec = getAddressDecoder();
  const enc = getAddressEncoder();
  assert.equal(encodeBase58(new Uint8Array(32)), '11111111111111111111111111111111');
  for (let i = 0; i < 200; i++) {
    const b = new Uint8Array(randomBytes(32));
    if (i % 5 === 0) b.fill(0, 0, i % 7);
    const s = encodeBase58(b);
    assert.equal(s, dec.decode(b));
    assert.deepEqual(decodeBase58(s), new Uint8Array(enc.encode(address(s))));
  }
  assert.throws(() => decodeBase58('0OIl'), /invalid base58 character/);
});

test('the SVM face of a 20-byte address round-trips to the same address', () => {
  for (let i = 0; i < 50; i++) {
    const a = new Uint8Array(randomBytes(20));
    const face = svmFace(a);
    assert.equal(face.length, 32);
    assert.deepEqual(face.subarray(0, 12), SVM_FACE_PREFIX);
    assert.deepEqual(addressFace(face), a);
    assert.deepEqual(embeddedAddress(face), a);
  }
  // a known vector: the dev0 account
  const dev0 = parseAddress('trivium15yk64u7zc9g9k2yr2wmzeva5qgwxps6yd2vha3');
  const face = encodeBase58(svmFace(dev0));
  assert.deepEqual(parsePubkey(face), svmFace(dev0));
  assert.deepEqual(parsePubkey('trivium15yk64u7zc9g9k2yr2wmzeva5qgwxps6yd2vha3'), svmFace(dev0));
  assert.deepEqual(parsePubkey('0x' + Buffer.from(dev0).toString('hex')), svmFace(dev0));
});

test('the 20-byte face of a plain pubkey is a domain-separated hash, stable and distinct', () => {
  const p = new Uint8Array(randomBytes(32));
  const f1 = addressFace(p);
  assert.equal(f1.length, 20);
  assert.deepEqual(addressFace(p), f1);
  assert.equal(embeddedAddress(p), undefined);
  const q = p.slice();
  q[31] ^= 1;
  assert.notDeepEqual(addressFace(q), f1);
  // a known vector (sha256("trivium-svm-face:" ‖ 32 zero bytes)[0..20]), so the rule cannot drift silently
  assert.equal(Buffer.from(addressFace(new Uint8Array(32))).toString('hex'), '597122a3cb66a3bdbe4ac3ed118269b46c01cf50');
  assert.equal(toBech32Address(addressFace(p)), toBech32Address(f1));
});

test('bad pubkeys are clear errors', () => {
  assert.throws(() => parsePubkey('abc'), /3 bytes, want 32/);
  assert.throws(() => parsePubkey('not base58 0'), /invalid pubkey/);
  assert.throws(() => svmFace(new Uint8Array(19)), /20-byte/);
  assert.throws(() => addressFace(new Uint8Array(20)), /32-byte/);
});
