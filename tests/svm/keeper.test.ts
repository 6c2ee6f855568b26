import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { Keypair, PublicKey, SystemProgram, Transaction } from '@solana/web3.js';
import { DENOM } from '../../core/types/address.ts';
import { AppError } from '../../core/types/errors.ts';
import { addressFace, svmFace } from '../../x/svm/types/address.ts';
import { encodeBase58 } from '../../x/svm/types/base58.ts';
import { blockhashFor } from '../../x/svm/keeper/blockhash.ts';
import { Keys, LAMPORTS_PER_UTRV, SYSTEM_PROGRAM_ID, toHex } from '../../x/svm/types/index.ts';
import { Chain, addr, fixture, svmModuleAddress } from './harness.ts';

const GAS = 10_000_000n;

/** System CreateAccountWithSeed from the caller's face: a program-owned account without a second signer. */
function createWithSeed(c: Chain, caller: Uint8Array, owner: Uint8Array, seed: string, space: number) {
  const base = svmFace(caller);
  const pubkey = new Uint8Array(createHash('sha256').update(base).update(seed).update(owner).digest());
  const s = Buffer.from(seed);
  const b = Buffer.alloc(4 + 32 + 8 + s.length + 8 + 8 + 32);
  let o = b.writeUInt32LE(3, 0);
  o += Buffer.from(base).copy(b, o);
  o = b.writeBigUInt64LE(BigInt(s.length), o);
  o += s.copy(b, o);
  o = b.writeBigUInt64LE(c.keeper.minimumBalanceForRentExemption(space), o);
  o = b.writeBigUInt64LE(BigInt(space), o);
  Buffer.from(owner).copy(b, o);
  const ctx = c.ctx();
  const r = c.keeper.executeInstruction(ctx, {
    caller,
    programId: SYSTEM_PROGRAM_ID,
    data: new Uint8Array(b),
    accounts: [
      { pubkey: base, isSigner: true, isWritable: true },
      { pubkey, isSigner: false, isWritable: true },
      { pubkey: base, isSigner: true, isWritable: false },
    ],
    gasLimit: GAS,
  });
  assert.equal(r.success, true, r.error);
  ctx.commit();
  return pubkey;
}

function deploy(c: Chain, who: Uint8Array, name: string): Uint8Array {
  const ctx = c.ctx();
  const { programId } = c.keeper.deploy(ctx, who, fixture(name));
  ctx.commit();
  return programId;
}

function exec(c: Chain, caller: Uint8Array, programId: Uint8Array, data: Uint8Array, accounts: Array<{ pubkey: Uint8Array; isSigner?: boolean; isWritable?: boolean }>, gasLimit = GAS) {
  const ctx = c.ctx('deliver', gasLimit);
  const r = c.keeper.executeInstruction(ctx, {
    caller,
    programId,
    data,
    accounts: accounts.map((a) => ({ pubkey: a.pubkey, isSigner: a.isSigner ?? false, isWritable: a.isWritable ?? false })),
    gasLimit,
  });
  if (r.success) ctx.commit();
  return r;
}

const alice = addr(1);
const bob = addr(2);

function funded(): Chain {
  const c = new Chain();
  c.fund(alice, 10_000_000_000n);
  c.fund(bob, 10_000_000_000n);
  return c;
}

/** Every lamport accounted for: utrv × 1000 + remainders, with the module's reserve backing the remainders. */
function assertLedgerBacked(c: Chain) {
  let remainders = 0n;
  for (const [, v] of c.state.iterate(Keys.fractionPrefix)) remainders += BigInt((v[0]! << 8) | v[1]!);
  assert.ok(c.balance(svmModuleAddress) * LAMPORTS_PER_UTRV >= remainders, `reserve ${c.balance(svmModuleAddress)} utrv does not back ${remainders} lamports of remainders`);
}

test('deploys the fixtures (EM_BPF and EM_SBF) at deterministic ids and charges the rent-exempt minimum', () => {
  const c = funded();
  const before = c.balance(alice);
  const ids = ['hello_world.so', 'counter.so', 'spl_memo-3.0.0.so', 'spl_memo-4.0.0.so', 'spl_token-3.5.0.so'].map((f) => deploy(c, alice, f));
  assert.equal(new Set(ids.map(encodeBase58)).size, 5);
  const seq1 = Buffer.alloc(8);
  seq1.writeBigUInt64BE(1n);
  assert.deepEqual(ids[0], new Uint8Array(createHash('sha256').update('trivium/svm/program').update(alice).update(seq1).digest()));
  const q = c.ctx('query');
  const info = c.keeper.programInfo(q, ids[3]!)!;
  assert.equal(info.elfSize, fixture('spl_memo-4.0.0.so').length);
  assert.equal(info.elfSha256, '0c92063c6838d9ad8af50aaefea9a166b5bb41a2bfa2bc6327d7db320849bc78');
  const acc = c.keeper.getAccount(q, ids[1]!)!;
  assert.equal(acc.executable, true);
  assert.equal(acc.lamports, c.keeper.minimumBalanceForRentExemption(fixture('counter.so').length));
  assert.deepEqual(acc.data, fixture('counter.so'));
  const rent = ['hello_world.so', 'counter.so', 'spl_memo-3.0.0.so', 'spl_memo-4.0.0.so', 'spl_token-3.5.0.so'].reduce((n, f) => n + c.keeper.minimumBalanceForRentExemption(fixture(f).length), 0n);
  const spent = (before - c.balance(alice)) * LAMPORTS_PER_UTRV + 0n;
  assert.ok(spent >= rent && spent < rent + 5n * LAMPORTS_PER_UTRV, `spent ${spent} lamports for ${rent} of rent`);
  assertLedgerBacked(c);
});

test('hello_world, counter and both memos run and log; the counter keeps its state', () => {
  const c = funded();
  const hello = deploy(c, alice, 'hello_world.so');
  const counter = deploy(c, alice, 'counter.so');
  const memo3 = deploy(c, alice, 'spl_memo-3.0.0.so');
  const memo4 = deploy(c, alice, 'spl_memo-4.0.0.so');
  const h = exec(c, alice, hello, new Uint8Array([1]), [{ pubkey: svmFace(alice), isSigner: true }]);
  assert.equal(h.success, true);
  assert.ok(h.logs.includes('Program log: Hello world!'), h.logs.join('\n'));
  assert.ok(!h.logs.some((l) => l.includes('ComputeBudget')), 'the module’s compute-budget instruction stays out of the logs');

  const acct = createWithSeed(c, alice, counter, 'counter', 4);
  for (let i = 1; i <= 3; i++) {
    const r = exec(c, alice, counter, Uint8Array.of(0), [{ pubkey: acct, isWritable: true }]);
    assert.equal(r.success, true, r.error);
    assert.ok(r.logs.includes(`Program log: Counter state incremented to ${i}`), r.logs.join('\n'));
    assert.ok(r.computeUnits > 1000n && r.gasUsed > r.computeUnits);
  }
  assert.deepEqual(c.keeper.getAccount(c.ctx('query'), acct)!.data, Uint8Array.of(3, 0, 0, 0));

  const m3 = exec(c, alice, memo3, new TextEncoder().encode('hello from memo'), [{ pubkey: svmFace(alice), isSigner: true }]);
  assert.equal(m3.success, true, m3.error);
  assert.ok(m3.logs.some((l) => l.includes('Memo (len 15): "hello from memo"')), m3.logs.join('\n'));
  assert.ok(m3.logs.some((l) => l.includes(`Signed by ${encodeBase58(svmFace(alice))}`)));
  const m4 = exec(c, alice, memo4, new TextEncoder().encode('memo four'), [{ pubkey: svmFace(alice), isSigner: true }]);
  assert.equal(m4.success, true, m4.error);
  assert.ok(m4.logs.some((l) => l.includes('memo four')), m4.logs.join('\n'));
});

test('bad input: clear errors, nothing written', () => {
  const c = funded();
  const memo = deploy(c, alice, 'spl_memo-3.0.0.so');
  const counter = deploy(c, alice, 'counter.so');
  const acct = createWithSeed(c, alice, counter, 'c', 4);
  const snapshot = c.dump();
  const ctx = c.ctx();
  assert.throws(() => c.keeper.deploy(ctx, alice, new TextEncoder().encode('this is not an ELF file, just text…'.repeat(4))), (e: AppError) => e.codespace === 'svm' && /not an ELF file/.test(e.message));
  const wrongMachine = fixture('hello_world.so').slice();
  wrongMachine[18] = 62; // EM_X86_64
  assert.throws(() => c.keeper.deploy(ctx, alice, wrongMachine), /e_machine 62 is neither EM_BPF \(247\) nor EM_SBF \(263\)/);
  const truncated = fixture('hello_world.so').slice(0, 4000);
  assert.throws(() => c.keeper.deploy(ctx, alice, truncated), /SBF loader rejected it/);

  const noSigner = exec(c, alice, memo, new TextEncoder().encode('hi'), [{ pubkey: svmFace(alice), isSigner: false }]);
  assert.equal(noSigner.success, false);
  assert.match(noSigner.error!, /MissingRequiredSignature/);

  assert.throws(() => exec(c, alice, new Uint8Array(32).fill(77), Uint8Array.of(0), []), /no program is deployed at/);
  assert.throws(() => exec(c, alice, memo, Uint8Array.of(0), [{ pubkey: svmFace(bob), isSigner: true }]), /cannot sign: the module vouches only for the sender's SVM face/);

  // Lower the gas limit until the compute budget it buys no longer covers an increment (≈ 1,200 CU).
  let exhausted: ReturnType<typeof exec> | undefined;
  for (let g = 40_000n; g > 0n && !exhausted; g -= 100n) {
    const probe = c.ctx('deliver', g); // never committed
    try {
      const r = c.keeper.executeInstruction(probe, { caller: alice, programId: counter, data: Uint8Array.of(0), accounts: [{ pubkey: acct, isSigner: false, isWritable: true }], gasLimit: g });
      if (!r.success) exhausted = r;
    } catch (e) {
      assert.match((e as Error).message, /out of gas/); // too little for even the account reads
    }
  }
  assert.ok(exhausted, 'some gas limit runs out of compute units');
  assert.match(exhausted.error!, /compute budget exhausted after \d+ compute units \(limit \d+; raise the gas limit\)/);

  const panics = exec(c, alice, counter, new Uint8Array(0), [{ pubkey: acct, isWritable: true }]);
  assert.equal(panics.success, false);
  assert.match(panics.error!, /ProgramFailedToComplete/);
  assert.equal(c.dump(), snapshot, 'failed calls leave the store as it was');
  // and the engine still agrees with the store afterwards
  const ok = exec(c, alice, counter, Uint8Array.of(0), [{ pubkey: acct, isWritable: true }]);
  assert.equal(ok.success, true);
  assert.deepEqual(c.keeper.getAccount(c.ctx('query'), acct)!.data, Uint8Array.of(1, 0, 0, 0));
});

test('lamports are bank utrv at 1,000 per utrv, remainders backed by the module reserve', () => {
  const c = funded();
  const to = new Uint8Array(32).fill(42); // a plain pubkey: its lamports live at its 20-byte hash face
  const amount = 1_234_567n; // not a whole number of utrv
  const data = Buffer.alloc(12);
  data.writeUInt32LE(2, 0);
  data.writeBigUInt64LE(amount, 4);
  const aliceBefore = c.balance(alice);
  const r = exec(c, alice, SYSTEM_PROGRAM_ID, new Uint8Array(data), [{ pubkey: svmFace(alice), isSigner: true, isWritable: true }, { pubkey: to, isWritable: true }]);
  assert.equal(r.success, true, r.error);
  const q = c.ctx('query');
  assert.equal(c.keeper.getAccount(q, to)!.lamports, amount);
  assert.equal(c.bank.getBalance(q, addressFace(to), DENOM), 1234n);
  assert.equal(c.keeper.getAccount(q, svmFace(alice))!.lamports, aliceBefore * 1000n - amount);
  assert.equal(c.balance(alice), aliceBefore - 1235n);
  assertLedgerBacked(c);
  // a bank send to the face is seen as lamports by the SVM
  c.fund(addressFace(to), 10n);
  assert.equal(c.keeper.getAccount(c.ctx('query'), to)!.lamports, amount + 10_000n);
});

test('the engine follows the store: discarded branches and simulations leave no trace', () => {
  const ops = (c: Chain, noisy: boolean) => {
    if (noisy) {
      // a deploy simulated with another ELF at the id the real deploy gets, then thrown away
      const sim = c.ctx('simulate');
      c.keeper.deploy(sim, alice, fixture('hello_world.so'));
    }
    const counter = deploy(c, alice, 'counter.so');
    const acct = createWithSeed(c, alice, counter, 'x', 4);
    for (let i = 0; i < 3; i++) {
      if (noisy) {
        const b = c.ctx();
        const r = c.keeper.executeInstruction(b, { caller: alice, programId: counter, data: Uint8Array.of(0), accounts: [{ pubkey: acct, isSigner: false, isWritable: true }], gasLimit: GAS });
        assert.equal(r.success, true); // then dropped
      }
      assert.equal(exec(c, alice, counter, Uint8Array.of(0), [{ pubkey: acct, isWritable: true }]).success, true);
      c.nextBlock();
    }
    return acct;
  };
  const quiet = funded();
  const noisy = funded();
  const a1 = ops(quiet, false);
  const a2 = ops(noisy, true);
  assert.deepEqual(a1, a2);
  assert.deepEqual(noisy.keeper.getAccount(noisy.ctx('query'), a2)!.data, Uint8Array.of(3, 0, 0, 0));
  assert.equal(noisy.dump(), quiet.dump());
  assert.ok(noisy.keeper.engine.resets >= 1, 'the stale compiled program forced a fresh engine');
});

test('signed Solana transactions: fee, replay protection, blockhash window, failures keep only the fee', () => {
  const c = funded();
  const kp = Keypair.generate();
  const payerFace = addressFace(kp.publicKey.toBytes());
  c.fund(payerFace, 5_000_000n);
  const to = Keypair.generate().publicKey;
  const bh = encodeBase58(blockhashFor(c.chainId, c.height));
  const transfer = (lamports: number, recentBlockhash = bh) => {
    const t = new Transaction({ feePayer: kp.publicKey, recentBlockhash }).add(SystemProgram.transfer({ fromPubkey: kp.publicKey, toPubkey: to, lamports }));
    t.sign(kp);
    return new Uint8Array(t.serialize());
  };
  const wire = transfer(1_000_000_000);
  c.nextBlock();
  let ctx = c.ctx();
  const r = c.keeper.executeWireTx(ctx, wire);
  assert.equal(r.outcome.ok, true, r.outcome.error?.text);
  assert.equal(r.fee, 5000n);
  ctx.commit();
  const q = c.ctx('query');
  assert.equal(c.keeper.getAccount(q, to.toBytes())!.lamports, 1_000_000_000n);
  assert.equal(c.keeper.getAccount(q, kp.publicKey.toBytes())!.lamports, 5_000_000_000n - 1_000_000_000n - 5000n);

  assert.throws(() => c.keeper.executeWireTx(c.ctx(), wire), /already processed/);
  assert.throws(() => c.keeper.executeWireTx(c.ctx(), transfer(1, encodeBase58(new Uint8Array(32).fill(3)))), /blockhash .* is not one of the last 150 blocks/);
  const tampered = transfer(5).slice();
  tampered[tampered.length - 2] ^= 1;
  assert.throws(() => c.keeper.executeWireTx(c.ctx(), tampered), /signature/);

  const before = c.dump();
  ctx = c.ctx();
  const fail = c.keeper.executeWireTx(ctx, transfer(999_000_000_000));
  assert.equal(fail.outcome.ok, false);
  assert.match(fail.outcome.error!.text, /Custom\(1\)/);
  assert.equal(fail.fee, 5000n);
  ctx.commit();
  assert.notEqual(c.dump(), before);
  assert.equal(c.keeper.getAccount(c.ctx('query'), kp.publicKey.toBytes())!.lamports, 5_000_000_000n - 1_000_000_000n - 10_000n);
  assertLedgerBacked(c);

  // after the blockhash window the signature record is pruned (and the blockhash is too old anyway)
  for (let i = 0; i < 152; i++) c.nextBlock();
  assert.equal(c.state.get(Keys.signature(toHex(new PublicKey(kp.publicKey).toBytes()))), undefined);
  assert.equal([...c.state.iterate(Keys.signatureExpiryPrefix)].length, 0);
  assert.throws(() => c.keeper.executeWireTx(c.ctx(), wire), /blockhash/);
});

test('genesis export and import give the same SVM state', () => {
  const c = funded();
  const counter = deploy(c, alice, 'counter.so');
  const acct = createWithSeed(c, alice, counter, 'g', 4);
  exec(c, alice, counter, Uint8Array.of(0), [{ pubkey: acct, isWritable: true }]);
  const exported = c.svm.exportGenesis!(c.ctx('query'));
  const d = new Chain({ ...(exported as object), faucet_utrv: '0' });
  assert.equal(d.dump('svm/'), c.dump('svm/'));
  // the imported program runs (lamports come from the bank, which this chain did not import)
  d.fund(alice, 1_000_000n);
  const r = exec(d, alice, counter, Uint8Array.of(0), [{ pubkey: acct, isWritable: true }]);
  assert.equal(r.success, true, r.error);
  assert.deepEqual(d.keeper.getAccount(d.ctx('query'), acct)!.data, Uint8Array.of(2, 0, 0, 0));
});

test('return data comes back from the runtime (SPL Token GetAccountDataSize)', () => {
  const c = funded();
  const token = deploy(c, alice, 'spl_token-3.5.0.so');
  const mint = createWithSeed(c, alice, token, 'mint', 82);
  const init = exec(c, alice, token, Uint8Array.of(20, 6, ...svmFace(alice), 0), [{ pubkey: mint, isWritable: true }]);
  assert.equal(init.success, true, init.error);
  const r = exec(c, alice, token, Uint8Array.of(21), [{ pubkey: mint }]);
  assert.equal(r.success, true, r.error);
  assert.deepEqual(r.returnData?.programId, token);
  assert.equal(Buffer.from(r.returnData!.data).readBigUInt64LE(0), 165n);
  assert.ok(r.logs.some((l) => l.startsWith('Program return: ')));
  const none = exec(c, alice, token, Uint8Array.of(21), [{ pubkey: mint }], GAS);
  assert.ok(none.returnData, 'each call reads its own return data');
});
