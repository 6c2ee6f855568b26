import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { Keypair, PublicKey, SystemProgram, Transaction, TransactionMessage, VersionedTransaction, AddressLookupTableAccount } from '@solana/web3.js';
import { AppError } from '../../core/types/errors.ts';
import { parseTransaction } from '../../x/svm/wire.ts';
import { kitParseTransaction } from './kit-wire-reference.ts';

/** A deterministic byte stream (the fuzz cases are the same on every run). */
function prng(seed: string): () => number {
  let block = createHash('sha256').update(seed).digest();
  let i = 0;
  return () => {
    if (i === block.length) {
      block = createHash('sha256').update(block).digest();
      i = 0;
    }
    return block[i++]!;
  };
}

const kp = (n: number) => Keypair.fromSeed(new Uint8Array(32).fill(n));

function samples(): Uint8Array[] {
  const out: Uint8Array[] = [];
  const bh = new PublicKey(new Uint8Array(32).fill(6)).toBase58();
  for (let n = 1; n <= 3; n++) {
    const t = new Transaction({ feePayer: kp(1).publicKey, recentBlockhash: bh });
    for (let k = 0; k < n; k++) t.add(SystemProgram.transfer({ fromPubkey: kp(1 + k).publicKey, toPubkey: kp(20 + k).publicKey, lamports: 5 + k }));
    t.sign(...Array.from({ length: n }, (_, k) => kp(1 + k)));
    out.push(t.serialize());
  }
  const lut = new AddressLookupTableAccount({
    key: kp(40).publicKey,
    state: { deactivationSlot: 2n ** 64n - 1n, lastExtendedSlot: 0, lastExtendedSlotStartIndex: 0, addresses: [kp(41).publicKey, kp(42).publicKey, kp(43).publicKey] },
  });
  const msg = new TransactionMessage({
    payerKey: kp(1).publicKey,
    recentBlockhash: bh,
    instructions: [SystemProgram.transfer({ fromPubkey: kp(1).publicKey, toPubkey: kp(41).publicKey, lamports: 7 }), SystemProgram.transfer({ fromPubkey: kp(1).publicKey, toPubkey: kp(42).publicKey, lamports: 8 })],
  }).compileToV0Message([lut]);
  const v0 = new VersionedTransaction(msg);
  v0.sign([kp(1)]);
  out.push(v0.serialize());
  return out;
}

type Outcome = { ok: true; value: unknown } | { ok: false; message: string };
function outcome(f: () => unknown): Outcome {
  try {
    const p = f() as ReturnType<typeof parseTransaction>;
    // plain arrays of numbers so the two readers' byte views compare by content
    const bytes = (u: Uint8Array) => Array.from(u);
    return {
      ok: true,
      value: {
        ...p,
        signatures: p.signatures.map(bytes),
        messageBytes: bytes(p.messageBytes),
        accountKeys: p.accountKeys.map(bytes),
        recentBlockhash: bytes(p.recentBlockhash),
        instructions: p.instructions.map((ix) => ({ ...ix, data: bytes(ix.data) })),
        lookups: p.lookups.map((l) => ({ ...l, accountKey: bytes(l.accountKey) })),
      },
    };
  } catch (e) {
    assert.ok(e instanceof AppError, `not an AppError: ${String(e)}`);
    return { ok: false, message: e.message };
  }
}

describe('the hand-written Solana wire reader agrees with the kit-codec reader it replaced', () => {
  it('on valid legacy and v0 transactions', () => {
    for (const s of samples()) {
      const a = outcome(() => parseTransaction(s));
      assert.ok(a.ok, JSON.stringify(a));
      assert.deepEqual(a, outcome(() => kitParseTransaction(s)));
    }
  });

  it('on 20,000 corrupted ones (flips, truncations, insertions, deletions, short-vec bytes)', () => {
    const rnd = prng('svm-wire-fuzz');
    const base = samples();
    let refused = 0;
    for (let n = 0; n < 20_000; n++) {
      const src = base[n % base.length]!;
      let b = Uint8Array.from(src);
      const edits = 1 + (rnd() % 3);
      for (let e = 0; e < edits; e++) {
        const at = ((rnd() << 8) | rnd()) % Math.max(1, b.length);
        const kind = rnd() % 6;
        if (kind === 0) b[at] = rnd();
        else if (kind === 1) b = b.subarray(0, at);
        else if (kind === 2) b = Uint8Array.from([...b.subarray(0, at), rnd(), ...b.subarray(at)]);
        else if (kind === 3) b = Uint8Array.from([...b.subarray(0, at), ...b.subarray(at + 1)]);
        else if (kind === 4) b[at] = [0x00, 0x01, 0x7f, 0x80, 0x81, 0xff][rnd() % 6]!;
        else b[at] = b[at]! ^ (1 << (rnd() % 8));
      }
      const ours = outcome(() => parseTransaction(b));
      const kit = outcome(() => kitParseTransaction(b));
      const hex = Buffer.from(b).toString('hex');
      if (!ours.ok) {
        refused++;
        // Both refuse (the texts may name a different first fault: kit reads a short-vec past 3 bytes).
        assert.equal(kit.ok, false, `case ${n}: kit accepts what we refuse (${ours.message}): ${hex}`);
        assert.match(ours.message, /: invalid solana transaction$/);
      } else assert.deepEqual(ours, kit, `case ${n}: ${hex}`);
    }
    assert.ok(refused > 10_000, `only ${refused} refused: the corruptions are too mild`);
  });
});
