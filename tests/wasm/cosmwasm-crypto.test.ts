import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Secp256k1, sha256 } from '@cosmjs/crypto';
import { bls12_381 } from '@noble/curves/bls12-381.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { p256 } from '@noble/curves/nist.js';
import * as c from '../../x/wasm/cosmwasm/crypto.ts';

// The crypto host functions of the Wasm runtime (x/wasm/cosmwasm/crypto.ts): signatures made by other
// libraries (CosmJS for secp256k1, noble for the rest) verify; tampered ones do not; malformed inputs get
// cosmwasm-crypto's error codes, which the VM hands the contract.

const msg = new TextEncoder().encode('trivium wasm crypto');
const hash = sha256(msg);
const code = (f: () => unknown): number => {
  try {
    f();
  } catch (e) {
    if (e instanceof c.CryptoFailure) return e.code;
    throw e;
  }
  return 0;
};

describe('Wasm runtime crypto host functions', () => {
  it('secp256k1: a CosmJS signature verifies (and its high-S twin too, as cosmwasm normalizes); recovery gives the key', async () => {
    const key = await Secp256k1.makeKeypair(sha256(new TextEncoder().encode('k1')));
    const sig = await Secp256k1.createSignature(hash, key.privkey);
    const compact = new Uint8Array([...sig.r(32), ...sig.s(32)]);
    const compressed = Secp256k1.compressPubkey(key.pubkey);
    assert.equal(c.secp256k1Verify(hash, compact, compressed), true);
    assert.equal(c.secp256k1Verify(hash, compact, key.pubkey), true);
    const n = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
    const highS = n - BigInt('0x' + Buffer.from(sig.s(32)).toString('hex'));
    const twin = new Uint8Array([...sig.r(32), ...Buffer.from(highS.toString(16).padStart(64, '0'), 'hex')]);
    assert.equal(c.secp256k1Verify(hash, twin, compressed), true);
    const other = sha256(new TextEncoder().encode('another message'));
    assert.equal(c.secp256k1Verify(other, compact, compressed), false);
    assert.deepEqual(c.secp256k1Recover(hash, compact, sig.recovery), key.pubkey);
    assert.equal(code(() => c.secp256k1Verify(hash.subarray(1), compact, compressed)), c.CryptoCode.invalidHashFormat);
    assert.equal(code(() => c.secp256k1Verify(hash, compact.subarray(1), compressed)), c.CryptoCode.invalidSignatureFormat);
    assert.equal(code(() => c.secp256k1Verify(hash, compact, compressed.subarray(1))), c.CryptoCode.invalidPubkeyFormat);
    assert.equal(code(() => c.secp256k1Recover(hash, compact, 2)), c.CryptoCode.invalidRecoveryParam);
  });

  it('secp256r1: noble P-256 signatures verify; recovery gives the uncompressed key', () => {
    const sk = p256.utils.randomSecretKey();
    const sig = p256.sign(hash, sk, { prehash: false, format: 'recovered' });
    const compact = sig.subarray(1);
    const pub = p256.getPublicKey(sk, true);
    assert.equal(c.secp256r1Verify(hash, compact, pub), true);
    assert.equal(c.secp256r1Verify(sha256(hash), compact, pub), false);
    assert.deepEqual(c.secp256r1Recover(hash, compact, sig[0]!), p256.getPublicKey(sk, false));
  });

  it('ed25519: single and batch (one message for all, one key for all), tampering fails', () => {
    const keys = [1, 2, 3].map((i) => ed25519.utils.randomSecretKey(new Uint8Array(32).fill(i)));
    const pubs = keys.map((k) => ed25519.getPublicKey(k));
    const sigs = keys.map((k) => ed25519.sign(msg, k));
    assert.equal(c.ed25519Verify(msg, sigs[0]!, pubs[0]!), true);
    assert.equal(c.ed25519Verify(msg, sigs[0]!, pubs[1]!), false);
    assert.equal(c.ed25519BatchVerify([msg], sigs, pubs), true);
    const msgs = [msg, hash, new Uint8Array()];
    const one = msgs.map((m) => ed25519.sign(m, keys[0]!));
    assert.equal(c.ed25519BatchVerify(msgs, one, [pubs[0]!]), true);
    assert.equal(c.ed25519BatchVerify(msgs, one.reverse(), [pubs[0]!]), false);
    assert.equal(code(() => c.ed25519BatchVerify([msg, msg], sigs, pubs)), c.CryptoCode.batchErr);
    // The section encoding the VM reads batches in: each section, then its u32 big-endian length.
    const enc = (xs: Uint8Array[]) => Buffer.concat(xs.flatMap((x) => [Buffer.from(x), Buffer.from([0, 0, 0, x.length])]));
    assert.deepEqual(c.decodeSections(enc(msgs)).map((x) => Buffer.from(x).toString('hex')), msgs.map((x) => Buffer.from(x).toString('hex')));
  });

  it('BLS12-381: aggregation, hash to G1/G2 (as noble hashes), and the pairing equality of a signature', () => {
    const G1 = bls12_381.G1.Point;
    const G2 = bls12_381.G2.Point;
    const a = G1.BASE.multiply(5n);
    const b = G1.BASE.multiply(7n);
    assert.deepEqual(c.bls12381AggregateG1(new Uint8Array([...a.toBytes(true), ...b.toBytes(true)])), G1.BASE.multiply(12n).toBytes(true));
    assert.deepEqual(c.bls12381AggregateG2(new Uint8Array([...G2.BASE.toBytes(true), ...G2.BASE.toBytes(true)])), G2.BASE.multiply(2n).toBytes(true));
    assert.equal(code(() => c.bls12381AggregateG1(new Uint8Array())), c.CryptoCode.aggregation);
    assert.equal(code(() => c.bls12381AggregateG1(new Uint8Array(47))), c.CryptoCode.invalidPoint);
    const dst = new TextEncoder().encode('BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_NUL_');
    const h = c.bls12381HashToG2(0, msg, dst);
    assert.deepEqual(h, bls12_381.G2.hashToCurve(msg, { DST: dst }).toBytes(true));
    assert.equal(c.bls12381HashToG1(0, msg, dst).length, 48);
    assert.equal(code(() => c.bls12381HashToG1(1, msg, dst)), c.CryptoCode.unknownHashFunction);
    // A BLS signature (key sk in G1, signature in G2): e(pk, H(m)) = e(G1, sig).
    const sk = 123456789n;
    const pk = G1.BASE.multiply(sk).toBytes(true);
    const sig = G2.fromBytes(h).multiply(sk).toBytes(true);
    assert.equal(c.bls12381PairingEquality(pk, h, G1.BASE.toBytes(true), sig), true);
    assert.equal(c.bls12381PairingEquality(pk, h, G1.BASE.toBytes(true), G2.BASE.toBytes(true)), false);
  });
});
