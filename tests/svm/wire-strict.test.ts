import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Keypair, SystemProgram, Transaction } from '@solana/web3.js';
import { AppError } from '../../core/types/errors.ts';
import { decodeBase58, decodeBase58Address, decodeBase58Signature, encodeBase58 } from '../../x/svm/types/base58.ts';
import { parseTransaction } from '../../x/svm/wire.ts';
import { firstBadSignature } from '../../x/svm/signatures.ts';

const fill = (n: number, len = 32) => new Array<number>(len).fill(n);
/** A legacy message: 1 signer, keys [payer, program], one instruction to the program with `accounts`. */
const message = (o: { keys?: number[][]; ixCount?: number[]; accounts?: number[]; program?: number; header?: number[] } = {}) => {
  const keys = o.keys ?? [fill(7), fill(9)];
  const accounts = o.accounts ?? [];
  return [...(o.header ?? [1, 0, 1]), keys.length, ...keys.flat(), ...fill(5), ...(o.ixCount ?? [1]), o.program ?? 1, accounts.length, ...accounts, 0];
};
const wire = (msg: number[], nsig = 1, prefix: number[] = [nsig]) => new Uint8Array([...prefix, ...fill(3, 64 * nsig), ...msg]);

function refused(bytes: Uint8Array, text: RegExp): void {
  assert.throws(
    () => parseTransaction(bytes),
    (e: unknown) => {
      assert.ok(e instanceof AppError, `not an AppError: ${String(e)}`);
      assert.equal(e.codespace, 'svm');
      assert.match(e.message, text);
      assert.match(e.message, /invalid solana transaction$/);
      return true;
    },
  );
}

describe('Solana wire transactions: strict, on kit codecs', () => {
  it('a well-formed hand-built transaction parses', () => {
    const p = parseTransaction(wire(message({ accounts: [0, 1] })));
    assert.equal(p.numRequiredSignatures, 1);
    assert.deepEqual([...p.accountKeys[1]!], fill(9));
    assert.deepEqual([...p.recentBlockhash], fill(5));
    assert.deepEqual(p.instructions[0]!.accounts, [0, 1]);
  });

  it('refuses trailing bytes and truncation', () => {
    refused(new Uint8Array([...wire(message()), 0]), /^1 trailing bytes/);
    const ok = wire(message());
    for (const cut of [1, 10, 40, ok.length - 1]) refused(ok.subarray(0, cut), /ends early|no signatures|malformed/);
    refused(new Uint8Array(), /ends early/);
  });

  it('refuses non-minimal compact-u16 lengths, in the envelope and in the message', () => {
    refused(wire(message(), 1, [0x81, 0x00]), /^signature count: non-minimal compact-u16/);
    refused(wire(message({ ixCount: [0x81, 0x00] })), /non-minimal compact-u16/);
    refused(wire(message({ ixCount: [0x81, 0x80, 0x00] })), /non-minimal compact-u16/);
  });

  it('refuses a signature count that does not match the header, and no signatures', () => {
    refused(wire(message(), 2), /^2 signatures for a message that requires 1/);
    refused(wire(message({ header: [2, 0, 0] }), 1), /^1 signatures for a message that requires 2/);
    refused(wire(message(), 0), /no signatures/);
  });

  it('refuses unsupported message versions', () => {
    for (const v of [1, 2, 127]) refused(wire([0x80 | v, ...message()]), new RegExp(`^message version ${v} is not supported`));
    // v0 with no lookups parses
    assert.equal(parseTransaction(wire([0x80, ...message(), 0])).version, 0);
  });

  it('refuses out-of-range indexes, a bad header and duplicate accounts', () => {
    refused(wire(message({ accounts: [2] })), /^account index 2 out of range/);
    refused(wire(message({ program: 2 })), /program index 2 is invalid/);
    refused(wire(message({ program: 0 })), /program index 0 is invalid/);
    refused(wire(message({ header: [1, 1, 0] })), /fee payer must be writable/);
    refused(wire(message({ header: [1, 0, 2] })), /header counts exceed the keys/);
    refused(wire(message({ keys: [fill(7), fill(9), fill(9)] })), /appears twice/);
  });

  it('finds invalid signatures', () => {
    const payer = Keypair.generate();
    const t = new Transaction({ feePayer: payer.publicKey, recentBlockhash: encodeBase58(new Uint8Array(fill(6))) });
    t.add(SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: Keypair.generate().publicKey, lamports: 5 }));
    t.sign(payer);
    const good = t.serialize();
    assert.equal(firstBadSignature(parseTransaction(good)), -1);
    const bad = Uint8Array.from(good);
    bad[5]! ^= 1;
    assert.equal(firstBadSignature(parseTransaction(bad)), 0);
  });
});

describe('base58: kit codec, strict', () => {
  it('round-trips and keeps leading zeros as 1s', () => {
    assert.equal(encodeBase58(new Uint8Array([0, 0, 1])), '112');
    assert.deepEqual([...decodeBase58('1111')], [0, 0, 0, 0]);
    assert.deepEqual([...decodeBase58('')], []);
    assert.equal(encodeBase58(new Uint8Array(32)), '11111111111111111111111111111111');
    const k = Keypair.generate().publicKey;
    assert.equal(encodeBase58(decodeBase58Address(k.toBase58())), k.toBase58());
  });

  it('refuses characters outside the alphabet, overlong text and wrong lengths', () => {
    for (const c of ['0', 'O', 'I', 'l', '+', ' ', 'é']) assert.throws(() => decodeBase58(`abc${c}def`), new RegExp(`invalid base58 character ${JSON.stringify(c).replace(/[+]/g, '\\+')}`));
    assert.throws(() => decodeBase58('2'.repeat(3000)), /more than 2048/);
    assert.throws(() => decodeBase58Address('1'.repeat(31)), /decodes to 31 bytes, expected 32/);
    assert.throws(() => decodeBase58Address('1'.repeat(33)), /decodes to 33 bytes, expected 32/);
    assert.throws(() => decodeBase58Signature(Keypair.generate().publicKey.toBase58()), /decodes to 32 bytes, expected 64/);
  });
});

describe('base58: our byte-wise codec agrees with kit', () => {
  it('on 5,000 values of lengths 0–80, leading zeros included', async () => {
    const { getBase58Decoder, getBase58Encoder } = await import('@solana/kit');
    const kitText = getBase58Decoder();
    const kitBytes = getBase58Encoder();
    const { createHash } = await import('node:crypto');
    for (let n = 0; n < 5000; n++) {
      const h = createHash('sha512').update(`b58-${n}`).digest();
      const len = n % 81;
      const b = new Uint8Array(len);
      for (let i = 0; i < len; i++) b[i] = h[i % 64]! ^ (i >> 6);
      for (let z = 0; z < (n % 4) && z < len; z++) b[z] = 0;
      const text = encodeBase58(b);
      assert.equal(text, kitText.decode(b));
      assert.deepEqual([...decodeBase58(text)], [...kitBytes.encode(text)]);
    }
  });
});
