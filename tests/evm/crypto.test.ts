import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { createCustomCommon, Mainnet } from '@ethereumjs/common';
import { createTxFromRLP } from '@ethereumjs/tx';
import { bigIntToBytes, ecrecover as jsEcrecover, publicToAddress, setLengthLeft } from '@ethereumjs/util';
import { SigningKey, Wallet, getBytes, keccak256 as ethersKeccak, recoverAddress, toBeHex } from 'ethers';
import { ecrecoverNative, keccak256, keccak256Hex, keccak256Js, keccakNative } from '../../x/evm/crypto.ts';
import { txCommon } from '../../x/evm/executor/common.ts';
import { makeEnv } from './helpers.ts';

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const seeded = (i: number) => new Uint8Array(createHash('sha256').update(`trivium-evm-test-${i}`).digest());

describe('native keccak256 (the keccak package\'s XKCP sponge) agrees with @noble/hashes', () => {
  it('is the native one on this platform (a prebuilt binary ships in the package)', () => {
    assert.equal(keccakNative(), true);
  });

  it('same digests for every length 0–600 (rate boundaries 135/136/137, 271/272), Buffers, views at an offset and subarrays', () => {
    const big = new Uint8Array(700).map((_, i) => (i * 131 + 7) & 255);
    for (let n = 0; n <= 600; n++) {
      const m = big.subarray(50, 50 + n);
      const want = keccak256Js(m);
      assert.deepEqual(keccak256(m), want, `length ${n}`);
      assert.deepEqual(keccak256(Buffer.from(m)), want, `Buffer, length ${n}`);
      assert.equal(keccak256Hex(m), Buffer.from(want).toString('hex'), `hex, length ${n}`);
    }
    assert.equal(Buffer.from(keccak256(new Uint8Array())).toString('hex'), 'c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470');
  });

  it('returns a fresh plain Uint8Array each call (not a Buffer; slice copies)', () => {
    const a = keccak256(new Uint8Array([1]));
    const b = keccak256(new Uint8Array([1]));
    assert.equal(Object.getPrototypeOf(a), Uint8Array.prototype);
    assert.notEqual(a.buffer, b.buffer);
    a.slice(0, 4).fill(0);
    assert.deepEqual(a, b);
  });
});

describe('native secp256k1 (libsecp256k1) agrees with the JS path (@noble via @ethereumjs/util)', () => {
  it('recovers the same public keys: v 27/28, EIP-155 v, high-s, across 50 keys', () => {
    for (let i = 0; i < 50; i++) {
      const key = new SigningKey(seeded(i));
      const hash = seeded(1000 + i);
      const sig = key.sign(hash);
      const r = getBytes(sig.r);
      const s = getBytes(sig.s);
      const v = BigInt(sig.v);
      assert.deepEqual(ecrecoverNative(hash, v, r, s), jsEcrecover(hash, v, r, s));
      assert.deepEqual(ecrecoverNative(hash, v - 27n, r, s), jsEcrecover(hash, v - 27n, r, s));
      const v155 = v - 27n + 262145n * 2n + 35n;
      assert.deepEqual(ecrecoverNative(hash, v155, r, s, 262145n), jsEcrecover(hash, v155, r, s, 262145n));
      // The malleable twin (n − s, other parity): both paths accept it and agree (the precompile allows it).
      const highS = setLengthLeft(bigIntToBytes(N - BigInt(sig.s)), 32);
      const flipped = v === 27n ? 28n : 27n;
      assert.deepEqual(ecrecoverNative(hash, flipped, r, highS), jsEcrecover(hash, flipped, r, highS));
      assert.equal('0x' + Buffer.from(publicToAddress(ecrecoverNative(hash, v, r, s))).toString('hex'), new Wallet(key).address.toLowerCase());
    }
  });

  it('both reject what cannot be a signature', () => {
    const hash = seeded(7);
    const zero = new Uint8Array(32);
    assert.throws(() => ecrecoverNative(hash, 27n, zero, seeded(8)));
    assert.throws(() => jsEcrecover(hash, 27n, zero, seeded(8)));
    assert.throws(() => ecrecoverNative(hash, 29n, seeded(9), seeded(8)));
    assert.throws(() => jsEcrecover(hash, 29n, seeded(9), seeded(8)));
  });

  it('keccak256 matches ethers', () => {
    for (const m of [new Uint8Array(), seeded(1), new Uint8Array(1000).fill(7)]) assert.equal('0x' + Buffer.from(keccak256(m)).toString('hex'), ethersKeccak(m));
  });

  it('tx sender recovery: the chain Common (native) and a plain Common (noble) give the same sender', async () => {
    const plain = createCustomCommon({ name: 'plain', chainId: 262145 }, Mainnet, { hardfork: 'cancun' });
    for (let i = 0; i < 10; i++) {
      const w = new Wallet(toBeHex(BigInt('0x' + Buffer.from(seeded(i)).toString('hex')) % (N - 1n) + 1n, 32));
      const raw = getBytes(await w.signTransaction({ chainId: 262145n, nonce: i, to: w.address, gasLimit: 21000n, maxFeePerGas: 1n, maxPriorityFeePerGas: 1n, type: 2 }));
      const a = createTxFromRLP(raw, { common: txCommon }).getSenderAddress().toString();
      const b = createTxFromRLP(raw, { common: plain }).getSenderAddress().toString();
      assert.equal(a, b);
      assert.equal(a, w.address.toLowerCase());
    }
  });

  it('the ecrecover precompile (0x01) runs on the native path and returns the signer', async () => {
    const env = makeEnv();
    const key = new SigningKey(seeded(42));
    const hash = seeded(43);
    const sig = key.sign(hash);
    const input = Buffer.concat([hash, setLengthLeft(bigIntToBytes(BigInt(sig.v)), 32), getBytes(sig.r), getBytes(sig.s)]);
    const r = await env.evm.executor.simulate(env.query(), { to: getBytes('0x0000000000000000000000000000000000000001'), data: input, value: 0n });
    assert.ok(r.success);
    assert.equal('0x' + Buffer.from(r.returnData.subarray(12)).toString('hex'), recoverAddress(hash, sig).toLowerCase());
  });
});
