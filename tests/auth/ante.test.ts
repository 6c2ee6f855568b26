import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import { AuthInfo, SignDoc, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import secp256k1 from 'secp256k1';
import { DEV_BALANCE } from '../../app/genesis.ts';
import { decodeCosmosTx, type DecodedTx } from '../../core/baseapp/tx-decoder.ts';
import { CacheStore } from '../../core/store/cache-store.ts';
import { parseAddress, toBech32Address } from '../../core/types/address.ts';
import { Context, type ExecMode } from '../../core/types/context.ts';
import {
  AppError,
  ErrInsufficientFee,
  ErrInsufficientFunds,
  ErrInvalidGasLimit,
  ErrInvalidPubKey,
  ErrInvalidSequence,
  ErrMemoTooLarge,
  ErrNoSignatures,
  ErrOutOfGas,
  ErrSigVerification,
  ErrUnauthorized,
  ErrUnknownAddress,
} from '../../core/types/errors.ts';
import { GasMeter } from '../../core/types/gas.ts';
import { AuthAnteHandler, feeCollector, runAnte } from '../../x/auth/ante.ts';
import { openApp, runBlock, tempDir, type TestApp } from '../helpers/app.ts';
import { CHAIN_ID, dev, sendMsg, signTx } from '../helpers/cosmos.ts';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest();
const ripemd160 = (b: Uint8Array) => createHash('ripemd160').update(b).digest();

interface BuildOptions {
  privkey: Uint8Array;
  /** The message's sender (the signer); defaults to the key's address. */
  from?: string;
  accountNumber: number;
  sequence: number;
  chainId?: string;
  gas?: bigint;
  /** Fee coins; default ceil(gas × 0.001) utrv. */
  fee?: Array<{ denom: string; amount: string }>;
  memo?: string;
  timeoutHeight?: bigint;
  /** Put this public key in the signer info (default: the signer's own); null leaves it out. */
  pubKey?: Uint8Array | null;
  signMode?: SignMode;
  /** Replace the signature (after signing). */
  signature?: (sig: Uint8Array) => Uint8Array[];
}

/** A SIGN_MODE_DIRECT tx with every field under the test's control. */
function buildTx(o: BuildOptions): Uint8Array {
  const pub = secp256k1.publicKeyCreate(o.privkey, true);
  const from = o.from ?? toBech32Address(ripemd160(sha256(pub)));
  const msg = MsgSend.encode({ fromAddress: from, toAddress: dev[9]!.address, amount: [{ denom: 'utrv', amount: '1' }] }).finish();
  const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages: [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: msg }], memo: o.memo ?? '', timeoutHeight: o.timeoutHeight ?? 0n })).finish();
  const gas = o.gas ?? 200_000n;
  const pk = o.pubKey === null ? undefined : { typeUrl: '/cosmos.crypto.secp256k1.PubKey', value: PubKey.encode({ key: o.pubKey ?? pub }).finish() };
  const authInfoBytes = AuthInfo.encode(
    AuthInfo.fromPartial({
      signerInfos: [{ publicKey: pk, modeInfo: { single: { mode: o.signMode ?? SignMode.SIGN_MODE_DIRECT } }, sequence: BigInt(o.sequence) }],
      fee: { amount: o.fee ?? [{ denom: 'utrv', amount: String((gas + 999n) / 1000n) }], gasLimit: gas },
    }),
  ).finish();
  const signBytes = SignDoc.encode({ bodyBytes, authInfoBytes, chainId: o.chainId ?? CHAIN_ID, accountNumber: BigInt(o.accountNumber) }).finish();
  const { signature } = secp256k1.ecdsaSign(sha256(signBytes), o.privkey);
  const signatures = o.signature ? o.signature(signature) : [signature];
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures }).finish();
}

const devTx = (i: number, o: Partial<BuildOptions> = {}) => buildTx({ privkey: dev[i]!.privkey, accountNumber: i, sequence: 0, ...o });
const flipped = (sig: Uint8Array) => {
  const s = Uint8Array.from(sig);
  s[10]! ^= 0x01;
  return [s];
};

/** The AppError `fn` throws must be exactly `expected` (the factory in core/types/errors.ts, same message). */
function throwsAppError(fn: () => unknown, expected: AppError): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof AppError, `not an AppError: ${String(e)}`);
    assert.deepEqual({ codespace: e.codespace, code: e.code, message: e.message }, { codespace: expected.codespace, code: expected.code, message: expected.message });
    return true;
  });
}

describe('x/auth ante: runAnte and AuthAnteHandler against the devnet genesis', () => {
  const dir = tempDir('ante');
  let t: TestApp;

  before(async () => {
    t = await openApp(join(dir.path, 'db'));
  });
  after(async () => {
    await t.close();
    dir.remove();
  });

  /** A context over a fresh branch of committed state, as CheckTx or DeliverTx builds one. */
  function context(gasLimit = 200_000n, mode: ExecMode = 'deliver', chainId = t.app.chainId, height = t.app.lastHeight + 1): { ctx: Context; store: CacheStore } {
    const store = new CacheStore(t.app.state);
    const info = { ...t.app.blockInfo(height), chainId };
    return { ctx: new Context(store, new GasMeter(gasLimit), info, mode, new Map(), { hash: 'TEST', index: 0 }), store };
  }
  const decode = (bytes: Uint8Array): DecodedTx => decodeCosmosTx(bytes, t.app.router);
  /** runAnte on a fresh branch; returns the branch for inspection. */
  function ante(bytes: Uint8Array, o: { simulate?: boolean; ctx?: Context } = {}) {
    const tx = decode(bytes);
    const c = o.ctx ? { ctx: o.ctx, store: o.ctx.rawStore as CacheStore } : context(tx.authInfo.fee?.gasLimit || 200_000n);
    runAnte(c.ctx, tx, t.keepers.auth, t.keepers.bank, { simulate: o.simulate ?? false, verifiedSigs: new Set() });
    return c;
  }
  const balance = (ctx: Context, addr: Uint8Array) => t.keepers.bank.getBalance(ctx, addr, 'utrv');
  const account = (ctx: Context, i: number) => t.keepers.auth.getAccount(ctx, parseAddress(dev[i]!.address))!;

  it('the test builder signs exactly as CosmJS does (tests/helpers/cosmos.ts signTx)', () => {
    const mine = buildTx({ privkey: dev[0]!.privkey, accountNumber: 0, sequence: 3, memo: 'm' });
    const theirs = signTx([sendMsg(dev[0]!.address, dev[9]!.address, '1')], { privkey: dev[0]!.privkey, accountNumber: 0, sequence: 3, memo: 'm' });
    assert.deepEqual(Buffer.from(mine), Buffer.from(theirs));
  });

  describe('fees', () => {
    it('below the minimum gas price (ceil(gas × 0.001)) → insufficient fee (sdk/13)', () => {
      throwsAppError(() => ante(devTx(0, { fee: [{ denom: 'utrv', amount: '199' }] })), ErrInsufficientFee('insufficient fees; got: 199utrv required: 200utrv'));
      // The minimum rounds up: 200,001 gas needs 201utrv.
      throwsAppError(() => ante(devTx(0, { gas: 200_001n, fee: [{ denom: 'utrv', amount: '200' }] })), ErrInsufficientFee('insufficient fees; got: 200utrv required: 201utrv'));
      throwsAppError(() => ante(devTx(0, { fee: [] })), ErrInsufficientFee('insufficient fees; got: 0utrv required: 200utrv'));
    });

    it('exactly the minimum passes', () => {
      const { ctx } = ante(devTx(0, { gas: 200_001n, fee: [{ denom: 'utrv', amount: '201' }] }));
      assert.equal(account(ctx, 0).sequence, 1n);
    });

    it('a fee in another denom → insufficient fee, even next to enough utrv', () => {
      throwsAppError(() => ante(devTx(0, { fee: [{ denom: 'uatom', amount: '1000' }] })), ErrInsufficientFee('fee denom uatom is not accepted; pay in utrv'));
      throwsAppError(
        () => ante(devTx(0, { fee: [{ denom: 'utrv', amount: '200' }, { denom: 'stake', amount: '1' }] })),
        ErrInsufficientFee('fee denom stake is not accepted; pay in utrv'),
      );
    });

    it('the fee moves from the payer to the fee collector, with a tx event', () => {
      const c0 = context();
      const before = { payer: balance(c0.ctx, parseAddress(dev[0]!.address)), collector: balance(c0.ctx, feeCollector) };
      assert.equal(before.payer, BigInt(DEV_BALANCE));
      const { ctx } = ante(devTx(0, { fee: [{ denom: 'utrv', amount: '777' }] }));
      assert.equal(balance(ctx, parseAddress(dev[0]!.address)), before.payer - 777n);
      assert.equal(balance(ctx, feeCollector), before.collector + 777n);
      const feeEvent = ctx.events.find((e) => e.type === 'tx' && e.attributes.some((a) => a.key === 'fee'))!;
      assert.deepEqual(feeEvent.attributes.map((a) => [a.key, a.value]), [['fee', '777utrv'], ['fee_payer', dev[0]!.address]]);
      // Nothing reached committed state: the branch was never written.
      assert.equal(balance(context().ctx, parseAddress(dev[0]!.address)), BigInt(DEV_BALANCE));
    });

    it('a fee above the payer’s balance → insufficient funds (sdk/5)', () => {
      const fee = String(BigInt(DEV_BALANCE) + 1n);
      throwsAppError(
        () => ante(devTx(1, { fee: [{ denom: 'utrv', amount: fee }] })),
        ErrInsufficientFunds(`${ErrInsufficientFunds(`spendable balance ${DEV_BALANCE}utrv is smaller than ${fee}utrv`).message}: insufficient funds to pay fees`),
      );
    });

    it('a fee payer with no account → unknown address (sdk/9)', () => {
      const key = randomBytes(32);
      const addr = toBech32Address(ripemd160(sha256(secp256k1.publicKeyCreate(key, true))));
      throwsAppError(() => ante(buildTx({ privkey: key, accountNumber: 0, sequence: 0 })), ErrUnknownAddress(`fee payer address: ${addr} does not exist`));
    });
  });

  describe('sequence', () => {
    it('a wrong sequence → incorrect account sequence (sdk/32)', () => {
      throwsAppError(() => ante(devTx(2, { sequence: 1 })), ErrInvalidSequence('account sequence mismatch, expected 0, got 1'));
      assert.equal(ErrInvalidSequence('x').code, 32);
    });

    it('the right sequence is incremented and the public key stored; the same tx again is then out of sequence', () => {
      const bytes = devTx(2);
      const { ctx } = ante(bytes);
      const acc = account(ctx, 2);
      assert.equal(acc.sequence, 1n);
      assert.equal(acc.accountNumber, 2n);
      assert.deepEqual(Buffer.from(acc.pubKey!), Buffer.from(secp256k1.publicKeyCreate(dev[2]!.privkey, true)));
      assert.ok(ctx.events.some((e) => e.attributes.some((a) => a.key === 'acc_seq' && a.value === `${dev[2]!.address}/0`)));
      // Replay on the same branch.
      throwsAppError(() => ante(bytes, { ctx: ctx.withGasMeter(new GasMeter(200_000n)) }), ErrInvalidSequence('account sequence mismatch, expected 1, got 0'));
      // With the key stored, a later tx may leave it out of its signer info.
      const next = devTx(2, { sequence: 1, pubKey: null });
      const after = ante(next, { ctx: ctx.withGasMeter(new GasMeter(200_000n)) });
      assert.equal(account(after.ctx, 2).sequence, 2n);
    });

    it('an account that never signed must carry its public key; a key of another account is refused (sdk/8)', () => {
      throwsAppError(() => ante(devTx(3, { pubKey: null })), ErrInvalidPubKey(`pubkey on account ${dev[3]!.address} is not set`));
      throwsAppError(
        () => ante(devTx(3, { pubKey: secp256k1.publicKeyCreate(dev[4]!.privkey, true) })),
        ErrInvalidPubKey(`pubKey does not match signer address ${dev[3]!.address} with signer index: 0`),
      );
    });
  });

  describe('signatures', () => {
    const sigErr = (i: number, chainId = CHAIN_ID) =>
      ErrSigVerification(`signature verification failed; please verify account number (${i}), sequence (0) and chain-id (${chainId})`);

    it('a tampered signature → signature verification failed (sdk/4)', () => {
      throwsAppError(() => ante(devTx(4, { signature: flipped })), sigErr(4));
      throwsAppError(() => ante(devTx(4, { signature: (s) => [s.subarray(0, 63)] })), sigErr(4));
      throwsAppError(() => ante(devTx(4, { signature: () => [new Uint8Array(64)] })), sigErr(4));
      assert.equal(ErrSigVerification('x').code, 4);
    });

    it('a signature over another chain id fails', () => {
      throwsAppError(() => ante(devTx(4, { chainId: 'other-chain-1' })), sigErr(4));
      // ... and the right one passes on a context of that chain only.
      const other = context(200_000n, 'deliver', 'other-chain-1');
      const ok = ante(devTx(4, { chainId: 'other-chain-1' }), { ctx: other.ctx });
      assert.equal(account(ok.ctx, 4).sequence, 1n);
    });

    it('a signature over a wrong account number fails', () => {
      throwsAppError(() => ante(devTx(4, { accountNumber: 5 })), sigErr(4));
    });

    it('a signature by another key (with that key in the signer info) fails on the address check', () => {
      throwsAppError(
        () => ante(buildTx({ privkey: dev[5]!.privkey, from: dev[4]!.address, accountNumber: 4, sequence: 0 })),
        ErrInvalidPubKey(`pubKey does not match signer address ${dev[4]!.address} with signer index: 0`),
      );
    });

    it('no signature, or a sign mode other than DIRECT and LEGACY_AMINO_JSON, is refused; the mode decides what was signed', () => {
      throwsAppError(() => ante(devTx(4, { signature: () => [] })), ErrNoSignatures('no signatures supplied'));
      throwsAppError(
        () => ante(devTx(4, { signMode: SignMode.SIGN_MODE_TEXTUAL })),
        ErrUnauthorized('sign mode SIGN_MODE_TEXTUAL is not supported; use SIGN_MODE_DIRECT or SIGN_MODE_LEGACY_AMINO_JSON'),
      );
      // A SignDoc signature declared as amino JSON is checked against the StdSignDoc, so it fails.
      throwsAppError(() => ante(devTx(4, { signMode: SignMode.SIGN_MODE_LEGACY_AMINO_JSON })), sigErr(4));
    });

    it('a failed signature leaves the fee and sequence unpaid (CheckTx through baseapp)', async () => {
      const bad = await t.app.checkTx(devTx(6, { signature: flipped }));
      assert.deepEqual({ code: bad.code, codespace: bad.codespace, log: bad.log, gasWanted: bad.gasWanted }, { code: 4, codespace: 'sdk', log: sigErr(6).message, gasWanted: 0n });
      const good = await t.app.checkTx(devTx(6));
      assert.equal(good.code, 0, good.log);
      assert.equal(good.gasWanted, 200_000n);
    });
  });

  describe('gas limit', () => {
    it('0 → invalid gas limit (sdk/41)', () => {
      throwsAppError(() => ante(devTx(7, { gas: 0n, fee: [] })), ErrInvalidGasLimit('gas limit must be positive'));
    });

    it('above the block gas limit or the per-tx gas cap → invalid gas limit; exactly the cap passes', () => {
      assert.equal(t.app.consensus.maxGas, 1_000_000_000n);
      throwsAppError(() => ante(devTx(7, { gas: 1_000_000_001n })), ErrInvalidGasLimit('gas limit 1000000001 exceeds the block gas limit 1000000000'));
      // below the block limit but above the per-tx cap (consensus_params.block.max_tx_gas, 2^26 by default)
      throwsAppError(() => ante(devTx(7, { gas: 67_108_865n })), ErrInvalidGasLimit('gas limit 67108865 exceeds the per-tx gas cap 67108864 (consensus_params.block.max_tx_gas)'));
      const { ctx } = ante(devTx(7, { gas: 67_108_864n }));
      assert.equal(account(ctx, 7).sequence, 1n);
      assert.equal(balance(ctx, parseAddress(dev[7]!.address)), BigInt(DEV_BALANCE) - 67_109n);
    });

    it('too little gas for the tx size → out of gas (sdk/11) in the ante handler', () => {
      const bytes = devTx(7, { gas: 1_000n });
      const gasUsed = BigInt(bytes.length) * 10n;
      throwsAppError(() => ante(bytes), ErrOutOfGas(`out of gas in location: txSize; gasWanted: 1000, gasUsed: ${gasUsed}`));
    });

    it('the ante handler charges tx size, the signature and its KV reads/writes to the tx meter', () => {
      const bytes = devTx(7);
      const { ctx } = ante(bytes);
      // At least 10/byte of tx and 1000 for the secp256k1 verification, plus store gas for account and balances.
      assert.ok(ctx.gasMeter.consumed > BigInt(bytes.length) * 10n + 1000n, `consumed ${ctx.gasMeter.consumed}`);
      assert.ok(ctx.gasMeter.consumed < 200_000n);
    });
  });

  describe('other checks', () => {
    it('a memo above max_memo_characters (256) → memo too large (sdk/12)', () => {
      throwsAppError(() => ante(devTx(8, { memo: 'x'.repeat(257) })), ErrMemoTooLarge('maximum number of characters is 256 but received 257 characters'));
      assert.equal(account(ante(devTx(8, { memo: 'x'.repeat(256) })).ctx, 8).sequence, 1n);
    });

    it('a timeout height below the block height → sdk/30; at the block height it passes', () => {
      const at = (h: number) => ({ ctx: context(200_000n, 'deliver', CHAIN_ID, h).ctx });
      throwsAppError(() => ante(devTx(8, { timeoutHeight: 9n }), at(10)), new AppError('sdk', 30, 'block height: 10, timeout height: 9: tx timeout height'));
      assert.equal(account(ante(devTx(8, { timeoutHeight: 10n }), at(10)).ctx, 8).sequence, 1n);
    });

    it('simulation skips the signature and the fee minimum, not the sequence', () => {
      const { ctx } = ante(devTx(8, { signature: () => [], fee: [] }), { simulate: true });
      assert.equal(account(ctx, 8).sequence, 1n);
      throwsAppError(() => ante(devTx(8, { sequence: 4, signature: () => [], fee: [] }), { simulate: true }), ErrInvalidSequence('account sequence mismatch, expected 0, got 4'));
    });
  });

  describe('AuthAnteHandler: preverify is only an accelerator', () => {
    let handler: AuthAnteHandler;
    before(() => {
      handler = new AuthAnteHandler(t.keepers.auth, t.keepers.bank);
    });
    after(async () => {
      await handler.close();
    });
    const run = (h: AuthAnteHandler, bytes: Uint8Array, ctx = context().ctx) => {
      h.run(ctx, decode(bytes), false);
      return ctx;
    };

    it('without any verdict (preverify never called) a valid tx passes inline and a tampered one fails', () => {
      assert.equal(account(run(handler, devTx(1)), 1).sequence, 1n);
      throwsAppError(() => run(handler, devTx(1, { signature: flipped })), ErrSigVerification('signature verification failed; please verify account number (1), sequence (0) and chain-id (trivium-devnet-1)'));
    });

    it('a verdict still in flight is not waited for: run checks inline', async () => {
      const bytes = devTx(1, { memo: 'in flight' });
      const pending = handler.preverify(context().ctx, decode(bytes));
      assert.ok(pending instanceof Promise);
      assert.equal(account(run(handler, bytes), 1).sequence, 1n);
      await pending;
    });

    it('an accepted verdict lets run pass; a rejected one does not let a bad signature through', async () => {
      const good = devTx(1, { memo: 'verified' });
      await handler.preverify(context().ctx, decode(good));
      assert.equal(account(run(handler, good), 1).sequence, 1n);
      const bad = devTx(1, { memo: 'bad', signature: flipped });
      await handler.preverify(context().ctx, decode(bad));
      throwsAppError(() => run(handler, bad), ErrSigVerification('signature verification failed; please verify account number (1), sequence (0) and chain-id (trivium-devnet-1)'));
    });

    it('a verdict is used and forget() drops it (observed through a context whose chain id the signature does not cover)', async () => {
      const bytes = devTx(1, { memo: 'forget me' });
      const tx = decode(bytes);
      await handler.preverify(context().ctx, tx);
      // The verdict was for this chain's sign bytes; run trusts it even on a context of another chain id...
      const other = () => context(200_000n, 'deliver', 'other-chain-1').ctx;
      assert.equal(account(run(handler, bytes, other()), 1).sequence, 1n);
      // ...until the tx leaves the pipeline: then the inline check decides, and fails on the wrong chain id.
      handler.forget(tx);
      throwsAppError(() => run(handler, bytes, other()), ErrSigVerification('signature verification failed; please verify account number (1), sequence (0) and chain-id (other-chain-1)'));
    });

    it('no verdict for a signer without an account: preverify starts nothing, run rejects', () => {
      const key = randomBytes(32);
      const bytes = buildTx({ privkey: key, accountNumber: 0, sequence: 0 });
      assert.equal(handler.preverify(context().ctx, decode(bytes)), undefined);
      assert.throws(() => run(handler, bytes), (e: unknown) => e instanceof AppError && e.code === 9);
    });

    it('with the worker gone every verdict is missing, and run still decides inline', async () => {
      const h = new AuthAnteHandler(t.keepers.auth, t.keepers.bank);
      await h.preverify(context().ctx, decode(devTx(2, { memo: 'start the worker' }))); // start it, then kill it
      await h.close();
      await new Promise((r) => setTimeout(r, 20)); // the worker's exit event
      const good = devTx(2, { memo: 'after close' });
      await h.preverify(context().ctx, decode(good));
      assert.equal(account(run(h, good), 2).sequence, 1n);
      throwsAppError(() => run(h, devTx(2, { memo: 'after close', signature: flipped })), ErrSigVerification('signature verification failed; please verify account number (2), sequence (0) and chain-id (trivium-devnet-1)'));
    });
  });

  describe('in a block (DeliverTx through baseapp)', () => {
    it('a tx failing its ante handler is in the block with its code, pays no fee and uses no sequence', async () => {
      const payer = parseAddress(dev[9]!.address);
      const q = () => t.app.queryContext();
      const before = t.keepers.bank.getBalance(q(), payer, 'utrv');
      const bad = devTx(9, { signature: flipped });
      const wrongSeq = devTx(9, { sequence: 5 });
      const good = devTx(9, { fee: [{ denom: 'utrv', amount: '250' }] });
      const collectorBefore = t.keepers.bank.getBalance(q(), feeCollector, 'utrv');
      const { fin } = await runBlock(t.app, [bad, wrongSeq, good]);
      assert.deepEqual(fin.txResults.map((r) => [r.code, r.codespace]), [[4, 'sdk'], [32, 'sdk'], [0, '']]);
      assert.equal(fin.txResults[1]!.log, ErrInvalidSequence('account sequence mismatch, expected 0, got 5').message);
      assert.ok(fin.txResults[0]!.gasUsed > 0n, 'the ante handler’s gas is reported');
      assert.equal(t.keepers.auth.getAccount(q(), payer)!.sequence, 1n);
      // Only the good tx paid (250) — and it sent 1utrv to itself (dev9 → dev9).
      assert.equal(t.keepers.bank.getBalance(q(), payer, 'utrv'), before - 250n);
      assert.equal(t.keepers.bank.getBalance(q(), feeCollector, 'utrv'), collectorBefore + 250n);
    });
  });
});
