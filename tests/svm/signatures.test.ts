import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { DENOM } from '../../core/types/address.ts';
import { benchKeypair, signedTransfer } from '../../scripts/bench/lib/solana-transfers.ts';
import { envelopeSolanaTx, solanaRawTxHandler } from '../../x/svm/raw-tx.ts';
import { SigAnswer, SolanaSignatureWorker } from '../../x/svm/signature-worker.ts';
import { firstBadSignature, firstBadSignatureAsync, runtimeMayTrust } from '../../x/svm/signatures.ts';
import { parseTransaction } from '../../x/svm/wire.ts';
import { Chain } from './harness.ts';

// The signature worker runs the runtime's own checks; delivery of bytes it accepted skips the engine's check.
// What must hold: its verdicts are the runtime's, and a chain that delivers checked transactions ends in the
// same state as one that delivers the same bytes unseen (the runtime checking them).

const worker = new SolanaSignatureWorker();
after(() => worker.close());

const payer = benchKeypair(9001);
const payee = benchKeypair(9002);
let amount = 1000n;
const transfer = (blockhash: Uint8Array) => signedTransfer(payer, payee.pubkey, amount++, blockhash).wire;
const tampered = (wire: Uint8Array) => {
  const bad = wire.slice();
  bad[1 + 10] ^= 0x01; // inside signature 0
  return bad;
};
/** Several jobs in one turn, so the worker answers them (a lone job while it is idle is left to the caller). */
const checkAll = (wires: Uint8Array[]) => Promise.all(wires.map((w) => worker.check(parseTransaction(w))));

test('the worker accepts good signatures and refuses a tampered one, by the runtime', async () => {
  const bh = new Uint8Array(32).fill(7);
  const good = Array.from({ length: 20 }, () => transfer(bh));
  const answers = await checkAll([...good, tampered(good[0]!)]);
  assert.deepEqual(answers.slice(0, 20), good.map(() => SigAnswer.Accepted));
  assert.equal(answers[20], SigAnswer.SignatureFailure);
});

test('a lone check while the worker is idle is left to the caller (the round trip costs more)', async () => {
  await checkAll([transfer(new Uint8Array(32).fill(8)), transfer(new Uint8Array(32).fill(8))]);
  assert.equal(await worker.check(parseTransaction(transfer(new Uint8Array(32).fill(8)))), SigAnswer.Unknown);
});

test('only bytes the runtime accepted on the worker are trusted at delivery', async () => {
  const bh = new Uint8Array(32).fill(9);
  const byWorker = Array.from({ length: 10 }, () => parseTransaction(transfer(bh)));
  const bad = await Promise.all(byWorker.map((t) => firstBadSignatureAsync(t, worker)));
  assert.deepEqual(bad, byWorker.map(() => -1));
  for (const t of byWorker) assert.equal(runtimeMayTrust(t), true);

  // OpenSSL alone (CheckTx of a tx that never came through the RPC): verified, but left to the runtime.
  const byOpenSsl = parseTransaction(transfer(bh));
  assert.equal(firstBadSignature(byOpenSsl), -1);
  assert.equal(runtimeMayTrust(byOpenSsl), false);

  // Same first signature, other bytes: not the transaction that was checked.
  const other = byWorker[0]!.wire.slice();
  other[other.length - 1] ^= 1;
  assert.equal(runtimeMayTrust(parseTransaction(other)), false);

  const forged = Array.from({ length: 4 }, () => parseTransaction(tampered(transfer(bh))));
  assert.deepEqual(await Promise.all(forged.map((t) => firstBadSignatureAsync(t, worker))), [0, 0, 0, 0]);
  for (const t of forged) assert.equal(runtimeMayTrust(t), false);
});

test('delivering checked transactions (engine check off) ends in the state of delivering them unseen', async () => {
  const run = async (preverify: boolean) => {
    const chain = new Chain();
    const ctx0 = chain.ctx();
    chain.bank.mintCoins(ctx0, payer.face, [{ denom: DENOM, amount: '1000000000' }]);
    ctx0.commit();
    chain.nextBlock();
    const handler = solanaRawTxHandler(chain.keeper);
    const bh = chain.keeper.latestBlockhash(chain.chainId, chain.height);
    const a0 = 1_000_000_000n; // above the payee's rent-exempt minimum
    const wires = Array.from({ length: 12 }, (_, i) => signedTransfer(payer, payee.pubkey, a0 + BigInt(i), bh).wire);
    wires.push(tampered(signedTransfer(payer, payee.pubkey, a0 + 99n, bh).wire));
    for (const w of wires.slice(0, 12)) assert.equal(runtimeMayTrust(parseTransaction(w)), false);
    if (preverify) {
      await Promise.all(wires.map((w) => firstBadSignatureAsync(parseTransaction(w), worker)));
      for (const w of wires.slice(0, 12)) assert.equal(runtimeMayTrust(parseTransaction(w)), true);
    }
    const results: Array<{ code: number; log: string }> = [];
    const ctx = chain.ctx();
    for (const w of wires) {
      const r = handler.deliverTx(ctx, envelopeSolanaTx(w)) as { code: number; log: string };
      results.push({ code: r.code, log: r.log.replace(/^\S+: /, '') });
    }
    ctx.commit();
    return { results, state: chain.dump() };
  };
  // Unseen first: the same bytes are then checked on the worker for the second chain.
  const unseen = await run(false);
  const checked = await run(true);
  assert.deepEqual(checked.results.map((r) => r.code), [...Array(12).fill(0), checked.results[12]!.code], checked.results[0]!.log);
  assert.notEqual(checked.results[12]!.code, 0, 'the forged transfer fails in both');
  assert.deepEqual(checked.results, unseen.results);
  assert.equal(checked.state, unseen.state);
});
