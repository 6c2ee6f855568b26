import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DENOM } from '../../core/types/address.ts';
import { CacheStore } from '../../core/store/cache-store.ts';
import { Context } from '../../core/types/context.ts';
import { AppError } from '../../core/types/errors.ts';
import { infiniteGasMeter } from '../../core/types/gas.ts';
import { benchKeypair, signedTransfer } from '../../scripts/bench/lib/solana-transfers.ts';
import { envelopeSolanaTx, solanaRawTxHandler } from '../../x/svm/raw-tx.ts';
import { encodeBase58, encodeKey58 } from '../../x/svm/types/base58.ts';
import { Keys, SYSTEM_PROGRAM_ID, toHex } from '../../x/svm/types/index.ts';
import { parseTransaction } from '../../x/svm/wire.ts';
import { Chain, svmModuleAddress } from './harness.ts';

// sendTransaction's preflight runs the checks and the runtime without the write-back (keeper/solana-tx.ts),
// and raw-tx delivery runs on the tx's own store. What must hold: the preflight's verdict is the full
// simulation's, it writes nothing, and delivery after any number of preflights ends in the same state.

const payer = benchKeypair(9101);
const payee = benchKeypair(9102);
const poor = benchKeypair(9103);
const LAMPORTS = 1_000_000_000n * 1000n;

function chain(): Chain {
  const c = new Chain();
  const ctx = c.ctx();
  c.bank.mintCoins(ctx, payer.face, [{ denom: DENOM, amount: '1000000000' }]);
  c.bank.mintCoins(ctx, poor.face, [{ denom: DENOM, amount: '2000' }]); // 2,000,000 lamports: rent-exempt and the fee, not the transfers
  ctx.commit();
  c.nextBlock();
  return c;
}

test('the preflight gives the full simulation’s verdict, logs and units, and writes nothing', () => {
  const c = chain();
  const bh = c.keeper.latestBlockhash(c.chainId, c.height);
  const cases = [
    signedTransfer(payer, payee.pubkey, 2_000_000_000n, bh).wire, // fine
    signedTransfer(poor, payee.pubkey, 5_000_000_000n, bh).wire, // fails in the runtime after its fee
    signedTransfer(payer, payee.pubkey, LAMPORTS * 10n, bh).wire, // more than the payer has
  ];
  const before = c.dump();
  const verdicts: boolean[] = [];
  for (const wire of cases) {
    const pre = c.ctx('simulate', 100_000_000n);
    const outcome = c.keeper.preflightWireTx(pre, wire, { sigverify: false, checkReplay: false, certain: false })!;
    assert.equal((pre.rawStore as CacheStore).dirtyCount, 0, 'the preflight wrote nothing');
    assert.equal(pre.events.length, 0);
    const full = c.ctx('simulate', 100_000_000n);
    const r = c.keeper.executeWireTx(full, wire, { sigverify: false, checkReplay: false });
    assert.equal(outcome.ok, r.outcome.ok);
    assert.deepEqual(outcome.error?.json, r.outcome.error?.json);
    assert.deepEqual(outcome.logs, r.outcome.logs);
    assert.equal(outcome.computeUnits, r.outcome.computeUnits);
    verdicts.push(outcome.ok);
  }
  assert.deepEqual(verdicts, [true, false, false]);
  assert.equal(c.dump(), before);

  // A check that fails throws the same error from both, before the runtime runs.
  const stale = signedTransfer(payer, payee.pubkey, 7n, new Uint8Array(32).fill(3)).wire;
  const thrown = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e as AppError;
    }
    assert.fail('expected a throw');
  };
  const a = thrown(() => c.keeper.preflightWireTx(c.ctx('simulate'), stale, { sigverify: false }));
  const a2 = thrown(() => c.keeper.preflightWireTx(c.ctx('simulate'), stale, { sigverify: false, certain: false }));
  assert.equal(a2.message, a.message);
  const b = thrown(() => c.keeper.executeWireTx(c.ctx('simulate'), stale, { sigverify: false }));
  assert.ok(a instanceof AppError);
  assert.equal(a.code, b.code);
  assert.equal(a.message, b.message);
});

test('delivery after preflights of the same transactions ends in the state of delivery alone', () => {
  const run = (preflight: boolean) => {
    const c = chain();
    const handler = solanaRawTxHandler(c.keeper);
    const bh = c.keeper.latestBlockhash(c.chainId, c.height);
    // Several from one payer, and a failing one (fee taken) between them.
    const wires = [
      signedTransfer(payer, payee.pubkey, 2_000_000_000n, bh).wire,
      signedTransfer(payer, payee.pubkey, 2_000_000_001n, bh).wire,
      signedTransfer(poor, payee.pubkey, 5_000_000_000n, bh).wire,
      signedTransfer(payer, poor.pubkey, 3_000_000_000n, bh).wire,
    ];
    if (preflight) for (const w of wires) c.keeper.preflightWireTx(c.ctx('simulate', 100_000_000n), w, { sigverify: false, checkReplay: false, certain: false });
    const block = new CacheStore(c.state);
    const results = wires.map((w, index) => {
      const txStore = new CacheStore(block);
      const txCtx = new Context(txStore, infiniteGasMeter(), c.block(), 'deliver', new Map(), { hash: '', index });
      const r = handler.deliverTx(txCtx, envelopeSolanaTx(w)) as { code: number; gasUsed: bigint; events: unknown[] };
      txStore.write();
      return { code: r.code, gasUsed: r.gasUsed, events: JSON.stringify(r.events) };
    });
    block.write();
    return { results, state: c.dump() };
  };
  const alone = run(false);
  const after = run(true);
  assert.deepEqual(alone.results.map((r) => r.code), [0, 0, 4, 0]);
  assert.deepEqual(after.results, alone.results);
  assert.equal(after.state, alone.state);
});

test('a delivered tx refused by its checks leaves its store untouched; one that fails in the runtime keeps its fee', () => {
  const c = chain();
  const handler = solanaRawTxHandler(c.keeper);
  const bh = c.keeper.latestBlockhash(c.chainId, c.height);
  const refused = new CacheStore(c.state);
  const stale = signedTransfer(payer, payee.pubkey, 11n, new Uint8Array(32).fill(4)).wire;
  const r1 = handler.deliverTx(new Context(refused, infiniteGasMeter(), c.block(), 'deliver'), envelopeSolanaTx(stale)) as { code: number; events: unknown[] };
  assert.notEqual(r1.code, 0);
  assert.equal(refused.dirtyCount, 0);
  assert.equal(r1.events.length, 0);

  const failing = new CacheStore(c.state);
  const before = c.bank.getBalance(c.ctx('query'), poor.face, DENOM);
  const r2 = handler.deliverTx(new Context(failing, infiniteGasMeter(), c.block(), 'deliver'), envelopeSolanaTx(signedTransfer(poor, payee.pubkey, 5_000_000_000n, bh).wire)) as { code: number };
  assert.equal(r2.code, 4, (r2 as { log?: string }).log);
  failing.write();
  assert.equal(c.bank.getBalance(c.ctx('query'), poor.face, DENOM), before - 5n, 'the 5,000-lamport fee, 5 utrv');
});

test('account keys’ remembered base58 is the encoding', () => {
  for (let i = 0; i < 200; i++) {
    const k = benchKeypair(20_000 + i).pubkey;
    assert.equal(encodeKey58(k), encodeBase58(k));
    assert.equal(encodeKey58(k), encodeBase58(k), 'and again from the cache');
  }
  assert.equal(encodeKey58(new Uint8Array(32)), '11111111111111111111111111111111');
});

test('a transfer the state decides is one the runtime accepts (the preflight skips its run only then)', () => {
  const c = chain();
  const back = c.ctx();
  c.bank.mintCoins(back, svmModuleAddress, [{ denom: DENOM, amount: '1000000' }]); // backs the sub-utrv remainders set below
  back.commit();
  const bh = c.keeper.latestBlockhash(c.chainId, c.height);
  const rent = c.keeper.minimumBalanceForRentExemption(0);
  const fee = 5000n;
  let next = 30_000;
  /** A fresh key holding exactly `lamports` (utrv in x/bank, the rest as the svm remainder). */
  const wallet = (lamports: bigint) => {
    const k = benchKeypair(next++);
    if (lamports > 0n) {
      const ctx = c.ctx();
      if (lamports >= 1000n) c.bank.mintCoins(ctx, k.face, [{ denom: DENOM, amount: (lamports / 1000n).toString() }]);
      const r = Number(lamports % 1000n);
      if (r) ctx.store.set(Keys.fraction(toHex(k.face)), Uint8Array.of(r >> 8, r & 0xff));
      ctx.commit();
    }
    return k;
  };
  const amounts = [0n, 1n, rent - 1n, rent, rent + 1n, 10n ** 12n];
  const payees = [0n, 1n, rent - 1n, rent, 10n ** 15n];
  let decided = 0;
  let cases = 0;
  let failed = 0;
  for (const amount of amounts) {
    for (const payeeHas of payees) {
      for (const slack of [-1n, 0n, 1n, 10n ** 9n]) {
        const payerHas = rent + fee + amount + slack;
        if (payerHas < fee) continue;
        const from = wallet(payerHas);
        const to = wallet(payeeHas);
        const wire = signedTransfer(from, to.pubkey, amount, bh).wire;
        const fast = c.keeper.preflightWireTx(c.ctx('simulate', 100_000_000n), wire, { sigverify: false, checkReplay: false });
        const run = c.keeper.executeWireTx(c.ctx('simulate', 100_000_000n), wire, { sigverify: false, checkReplay: false });
        cases++;
        if (!run.outcome.ok) failed++;
        if (fast === undefined) {
          decided++;
          assert.equal(run.outcome.ok, true, `decided without a run, but the runtime says ${run.outcome.error?.text} (payer ${payerHas}, payee ${payeeHas}, amount ${amount})`);
        } else {
          assert.equal(fast.ok, run.outcome.ok);
          assert.deepEqual(fast.error?.json, run.outcome.error?.json);
        }
      }
    }
  }
  // The plain case is decided (payer and payee exempt before and after), the boundaries are left to the runtime.
  assert.ok(decided >= 20 && decided < cases - failed, `${decided} of ${cases} decided, ${failed} fail in the runtime`);
  assert.ok(failed >= 10, `${failed} of the boundary cases fail in the runtime`);

  // Shapes it leaves to the runtime: the payee a builtin (the System program itself), a payer with an account record.
  const rich = wallet(10n ** 12n);
  const toSystem = signedTransfer(rich, SYSTEM_PROGRAM_ID, 5_000_000n, bh).wire;
  const sysRun = c.keeper.executeWireTx(c.ctx('simulate'), toSystem, { sigverify: false, checkReplay: false });
  const sysFast = c.keeper.preflightWireTx(c.ctx('simulate'), toSystem, { sigverify: false, checkReplay: false });
  assert.ok(sysFast, 'a transfer to a builtin is run');
  assert.equal(sysFast.ok, sysRun.outcome.ok);
  const owned = wallet(10n ** 12n);
  const rec = c.ctx();
  rec.store.set(Keys.account(toHex(owned.pubkey)), Uint8Array.of(1, 0, ...new Uint8Array(32).fill(9), 0, 0, 0, 0, 0, 0, 0, 0));
  rec.commit();
  const fromOwned = signedTransfer(owned, rich.pubkey, 5_000_000n, bh).wire;
  const fast = c.keeper.preflightWireTx(c.ctx('simulate'), fromOwned, { sigverify: false, checkReplay: false });
  assert.ok(fast, 'a program-owned payer is run');
  assert.equal(fast.ok, false);
});

test('an envelope carrying the RPC’s parse is checked and delivered as one parsed afresh', () => {
  const run = (withParse: boolean) => {
    const c = chain();
    const handler = solanaRawTxHandler(c.keeper);
    const bh = c.keeper.latestBlockhash(c.chainId, c.height);
    const wires = [signedTransfer(payer, payee.pubkey, 2_000_000_000n, bh).wire, signedTransfer(poor, payee.pubkey, 5_000_000_000n, bh).wire];
    const envelopes = wires.map((w) => envelopeSolanaTx(w, withParse ? parseTransaction(w) : undefined));
    const checks = envelopes.map((e) => String(handler.checkTx(c.ctx('check'), e).gasWanted));
    const ctx = c.ctx();
    const results = envelopes.map((e) => {
      const r = handler.deliverTx(ctx, e) as { code: number; gasUsed: bigint; log: string };
      return `${r.code}/${r.gasUsed}/${r.log}`;
    });
    ctx.commit();
    return { checks, results, state: c.dump() };
  };
  const fresh = run(false);
  assert.deepEqual(run(true), fresh);
  assert.equal(fresh.results[0]!.split('/')[0], '0');
});
