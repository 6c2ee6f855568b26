import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Keypair, PublicKey, SystemProgram, Transaction, TransactionMessage, VersionedTransaction } from '@solana/web3.js';
import { encodeBase58 } from '../../x/svm/types/base58.ts';
import { airdropTransaction, faucetKeypair } from '../../x/svm/faucet.ts';
import { compileTransaction, isWritableIndex, parseTransaction, requestedComputeUnits, setComputeUnitLimitData, transactionFee } from '../../x/svm/wire.ts';
import { firstBadSignature } from '../../x/svm/signatures.ts';
import { COMPUTE_BUDGET_PROGRAM_ID } from '../../x/svm/types/index.ts';

const key = (n: number) => new Uint8Array(32).fill(n);

test('compiled transactions decode in web3.js with the same instructions and flags', () => {
  const payer = key(1);
  const prog = key(9);
  const c = compileTransaction(
    payer,
    [
      { programId: COMPUTE_BUDGET_PROGRAM_ID, accounts: [], data: setComputeUnitLimitData(12345) },
      { programId: prog, accounts: [{ pubkey: key(3), isSigner: false, isWritable: false }, { pubkey: key(2), isSigner: true, isWritable: false }, { pubkey: key(4), isSigner: false, isWritable: true }, { pubkey: key(3), isSigner: false, isWritable: true }], data: Uint8Array.of(7, 8) },
    ],
    key(5),
  );
  const tx = VersionedTransaction.deserialize(c.tx);
  const msg = TransactionMessage.decompile(tx.message);
  assert.equal(msg.payerKey.toBase58(), encodeBase58(payer));
  assert.equal(msg.recentBlockhash, encodeBase58(key(5)));
  const ix = msg.instructions[1]!;
  assert.equal(ix.programId.toBase58(), encodeBase58(prog));
  assert.deepEqual([...ix.data], [7, 8]);
  // key(3) appears twice: flags merge to writable, both positions point at it
  assert.deepEqual(
    ix.keys.map((k) => [k.pubkey.toBase58(), k.isSigner, k.isWritable]),
    [
      [encodeBase58(key(3)), false, true],
      [encodeBase58(key(2)), true, false],
      [encodeBase58(key(4)), false, true],
      [encodeBase58(key(3)), false, true],
    ],
  );
  const parsed = parseTransaction(c.tx);
  assert.equal(parsed.numRequiredSignatures, 2);
  assert.equal(requestedComputeUnits(parsed, COMPUTE_BUDGET_PROGRAM_ID, 1_400_000, 200_000), 12345);
  assert.deepEqual(parsed.accountKeys.map((_, i) => isWritableIndex(parsed, i)), c.writable);
});

test('parses web3.js legacy and v0 transactions and checks their signatures', () => {
  const payer = Keypair.generate();
  const to = Keypair.generate().publicKey;
  const blockhash = encodeBase58(key(6));
  const legacy = new Transaction({ feePayer: payer.publicKey, recentBlockhash: blockhash }).add(SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: to, lamports: 1000 }));
  legacy.sign(payer);
  const p1 = parseTransaction(legacy.serialize());
  assert.equal(p1.version, 'legacy');
  assert.equal(encodeBase58(p1.accountKeys[0]!), payer.publicKey.toBase58());
  assert.equal(firstBadSignature(p1), -1);
  assert.equal(transactionFee(p1, COMPUTE_BUDGET_PROGRAM_ID, 1_400_000, 200_000, 5000n), 5000n);

  const v0 = new VersionedTransaction(new TransactionMessage({ payerKey: payer.publicKey, recentBlockhash: blockhash, instructions: legacy.instructions }).compileToV0Message());
  v0.sign([payer]);
  const bytes = v0.serialize();
  const p2 = parseTransaction(bytes);
  assert.equal(p2.version, 0);
  assert.equal(firstBadSignature(p2), -1);
  const tampered = bytes.slice();
  tampered[tampered.length - 3] ^= 1; // inside the transfer amount
  assert.equal(firstBadSignature(parseTransaction(tampered)), 0);
});

test('malformed wire bytes are clear errors', () => {
  assert.throws(() => parseTransaction(new Uint8Array([])), /ends early/);
  assert.throws(() => parseTransaction(new Uint8Array([0])), /no signatures/);
  const ok = compileTransaction(key(1), [{ programId: key(2), accounts: [], data: new Uint8Array() }], key(3)).tx;
  assert.throws(() => parseTransaction(new Uint8Array([...ok, 0])), /trailing bytes/);
  assert.throws(() => parseTransaction(ok.subarray(0, ok.length - 3)), /ends early/);
});

test('the faucet signs airdrops that verify, each one unique', () => {
  const to = key(8);
  const a = parseTransaction(airdropTransaction(to, 1_000_000n, key(4), 'a'));
  const b = parseTransaction(airdropTransaction(to, 1_000_000n, key(4), 'b'));
  assert.equal(firstBadSignature(a), -1);
  assert.deepEqual(a.accountKeys[0], faucetKeypair().publicKey);
  assert.notDeepEqual(a.signatures[0], b.signatures[0]);
  assert.equal(new PublicKey(a.accountKeys[0]!).toBase58(), encodeBase58(faucetKeypair().publicKey));
});

test('a transaction without a compute-unit limit asks for what the runtime budgets (3,000 per builtin instruction)', async () => {
  const { Account } = await import('litesvm');
  const { newNativeSvm } = await import('../../x/svm/engine/engine.ts');
  const { BUILTIN_BUDGET } = await import('../../x/svm/keeper/solana-tx.ts');
  const { SYSTEM_PROGRAM_ID } = await import('../../x/svm/types/index.ts');
  const svm = newNativeSvm();
  svm.setSigverify(false);
  svm.setBlockhashCheck(false);
  const payer = key(11);
  svm.setAccount(payer, new Account(10n ** 15n, new Uint8Array(0), SYSTEM_PROGRAM_ID, false, 0n));
  // a priority fee of 1 lamport per compute unit makes the runtime's limit visible in the fee it takes
  const price = new Uint8Array(9);
  price[0] = 3;
  new DataView(price.buffer).setBigUint64(1, 1_000_000n, true);
  for (const transfers of [1, 2, 3]) {
    const amount = 1_000_000_000n + BigInt(transfers);
    const data = new Uint8Array(12);
    new DataView(data.buffer).setUint32(0, 2, true);
    new DataView(data.buffer).setBigUint64(4, amount, true);
    const ixs = [
      { programId: COMPUTE_BUDGET_PROGRAM_ID, accounts: [], data: price },
      ...Array.from({ length: transfers }, () => ({ programId: SYSTEM_PROGRAM_ID, accounts: [{ pubkey: payer, isSigner: true, isWritable: true }, { pubkey: key(12), isSigner: false, isWritable: true }], data })),
    ];
    const { tx } = compileTransaction(payer, ixs, key(20 + transfers));
    const before = svm.getAccount(payer)!.lamports();
    const r = svm.sendLegacyTransaction(tx);
    assert.notEqual(typeof (r as { err?: unknown }).err, 'function');
    const taken = before - svm.getAccount(payer)!.lamports() - amount * BigInt(transfers);
    const parsed = parseTransaction(tx);
    assert.equal(taken, transactionFee(parsed, COMPUTE_BUDGET_PROGRAM_ID, 1_400_000, 200_000, 5000n, BUILTIN_BUDGET));
    assert.equal(requestedComputeUnits(parsed, COMPUTE_BUDGET_PROGRAM_ID, 1_400_000, 200_000, BUILTIN_BUDGET), 3_000 * (transfers + 1));
  }
});
