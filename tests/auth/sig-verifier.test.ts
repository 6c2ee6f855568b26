import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, describe, it } from 'node:test';
import secp256k1 from 'secp256k1';
import { SigVerifier } from '../../x/auth/sig-verifier.ts';

const sha256 = (b: Uint8Array) => new Uint8Array(createHash('sha256').update(b).digest());
const key = (i: number) => sha256(Buffer.from(`sig-verifier-${i}`));

function job(i: number, msg: string) {
  const signBytes = new Uint8Array(Buffer.from(msg.repeat(1 + (i % 7)))); // varied lengths in one batch
  const { signature } = secp256k1.ecdsaSign(sha256(signBytes), key(i));
  return { signBytes, sig: signature, pubKey: secp256k1.publicKeyCreate(key(i), true) };
}

describe('SigVerifier: the CheckTx signature worker', () => {
  const v = new SigVerifier();
  after(() => v.close());

  it('answers each job of a batch in order: good, tampered, wrong key, short signature', async () => {
    const jobs = Array.from({ length: 40 }, (_, i) => job(i, `tx ${i};`));
    const want = jobs.map((_, i) => i % 4 === 0);
    jobs.forEach((j, i) => {
      if (i % 4 === 1) j.sig = Uint8Array.from(j.sig, (x, k) => (k === 10 ? x ^ 1 : x));
      if (i % 4 === 2) j.pubKey = secp256k1.publicKeyCreate(key(i + 1000), true);
      if (i % 4 === 3) j.sig = j.sig.subarray(0, 63);
    });
    // All sent in one turn of the event loop: they travel to the worker as one message.
    const got = await Promise.all(jobs.map((j) => v.verify(j)));
    assert.deepEqual(got, want);
    // The caller's arrays are untouched (the batch is copied into its own transferred buffer).
    assert.equal(jobs[0]!.sig.length, 64);
    assert.ok(await v.verify(jobs[0]!));
  });

  it('a second batch after the first still resolves (ids matched to their callers)', async () => {
    const [a, b] = await Promise.all([v.verify(job(1, 'x')), v.verify({ ...job(2, 'y'), signBytes: new Uint8Array([1, 2, 3]) })]);
    assert.equal(a, true);
    assert.equal(b, false);
  });
});
