import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { AuthInfo, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { decodeCosmosTx } from '../../core/baseapp/tx-decoder.ts';
import { AppError } from '../../core/types/errors.ts';
import { openApp, tempDir, type TestApp } from '../helpers/app.ts';
import { dev, sendMsg, signTx } from '../helpers/cosmos.ts';

// Random and mutated Cosmos tx bytes: a clear AppError or a decoded tx, never anything else; valid txs
// round-trip byte for byte; a mutated signed tx is never admitted (one signed tx, one hash). FC_RUNS for long runs.
const numRuns = Number(process.env.FC_RUNS ?? 150);
const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n; // secp256k1 group order

describe('property: Cosmos tx decoding', () => {
  let app: TestApp;
  const dir = tempDir('prop-tx');
  before(async () => (app = await openApp(dir.path)));
  after(async () => {
    await app.close();
    dir.remove();
  });
  const decode = (b: Uint8Array) => decodeCosmosTx(b, app.app.router);
  /** Decodes, or throws only an AppError with an sdk code and a message. */
  const decodeOrClearError = (b: Uint8Array) => {
    try {
      return decode(b);
    } catch (e) {
      assert.ok(e instanceof AppError, `not an AppError: ${(e as Error)?.stack ?? String(e)}`);
      assert.ok(e.code > 1 && e.message.length > 0, e.message);
      return undefined;
    }
  };

  const validTx = fc
    .record({ acct: fc.integer({ min: 0, max: 9 }), seq: fc.integer({ min: 0, max: 1000 }), amount: fc.bigInt({ min: 1n, max: 10n ** 30n }), memo: fc.string({ maxLength: 300, unit: 'grapheme' }) })
    .map(({ acct, seq, amount, memo }) => signTx([sendMsg(dev[acct]!.address, dev[(acct + 1) % 10]!.address, String(amount))], { privkey: dev[acct]!.privkey, accountNumber: acct, sequence: seq, memo }));

  it('random bytes: a decoded tx or a clear decode error', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      fc.uint8Array({ maxLength: 2000 }).map((b) => Uint8Array.from([0x0a, ...b])),
      // Deeply nested length prefixes (recursion bombs) and long varints.
      fc.integer({ min: 1, max: 5000 }).map((n) => new Uint8Array(n).fill(0x0a)),
      fc.integer({ min: 1, max: 40 }).map((n) => Uint8Array.from([0x0a, ...new Array(n).fill(0xff), 0x01])),
    );
    fc.assert(fc.property(bytes, (b) => void decodeOrClearError(b)), { numRuns });
  });

  it('valid txs: decode, and TxRaw/TxBody/AuthInfo encode back to the same bytes', () => {
    fc.assert(
      fc.property(validTx, (b) => {
        const d = decode(b);
        assert.deepEqual(TxRaw.encode(d.raw).finish(), b);
        assert.deepEqual(TxBody.encode(d.body).finish(), d.raw.bodyBytes);
        assert.deepEqual(AuthInfo.encode(d.authInfo).finish(), d.raw.authInfoBytes);
        assert.equal(d.msgs.length, 1);
      }),
      { numRuns },
    );
  });

  // Mutations of a signed tx: flip, insert, delete, truncate, append a field, repeat a field, re-split.
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('append' as const), bytes: fc.uint8Array({ minLength: 1, maxLength: 12 }) }),
    fc.record({ kind: fc.constant('field' as const), num: fc.integer({ min: 1, max: 5000 }), wire: fc.constantFrom(0, 1, 2, 5), payload: fc.uint8Array({ maxLength: 8 }) }),
    fc.record({ kind: fc.constant('repeat' as const), which: fc.constantFrom(1, 2, 3) }),
  );
  type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;
  function mutate(b: Uint8Array, m: Mutation): Uint8Array {
    const a = Array.from(b);
    switch (m.kind) {
      case 'flip':
        a[m.at % a.length]! ^= 1 << m.bit;
        break;
      case 'insert':
        a.splice(m.at % (a.length + 1), 0, m.byte);
        break;
      case 'delete':
        a.splice(m.at % a.length, 1);
        break;
      case 'truncate':
        a.length = m.at % a.length;
        break;
      case 'append':
        a.push(...m.bytes);
        break;
      case 'field': {
        const tag = varint(m.num * 8 + m.wire);
        const value = m.wire === 0 ? [1] : m.wire === 1 ? new Array(8).fill(0) : m.wire === 5 ? [0, 0, 0, 0] : [...varint(m.payload.length), ...m.payload];
        a.push(...tag, ...value);
        break;
      }
      case 'repeat': {
        const raw = TxRaw.decode(b);
        const part = m.which === 1 ? raw.bodyBytes : m.which === 2 ? raw.authInfoBytes : raw.signatures[0]!;
        a.push(m.which * 8 + 2, ...varint(part.length), ...part);
        break;
      }
    }
    return Uint8Array.from(a);
  }

  // Signed for the check state as it is (sequence 0): unmutated, each would be admitted (checked last, below).
  const admissibleTx = fc
    .record({ acct: fc.integer({ min: 0, max: 8 }), amount: fc.bigInt({ min: 1n, max: 10n ** 6n }), memo: fc.string({ maxLength: 100 }) })
    .map(({ acct, amount, memo }) => signTx([sendMsg(dev[acct]!.address, dev[9]!.address, String(amount))], { privkey: dev[acct]!.privkey, accountNumber: acct, sequence: 0, memo }));

  it('a mutated signed tx is refused at decoding or at CheckTx: never admitted under another hash', () => {
    fc.assert(
      fc.property(admissibleTx, mutation, (b, m) => {
        const x = mutate(b, m);
        fc.pre(Buffer.compare(Buffer.from(x), Buffer.from(b)) !== 0);
        const d = decodeOrClearError(x);
        if (!d) return;
        const r = app.app.recheckTx(x, d);
        assert.notEqual(r.code, 0, `mutation ${JSON.stringify(m)} admitted: ${Buffer.from(x).toString('hex')}`);
      }),
      { numRuns },
    );
    // The same kind of tx, unmutated, is admitted: the refusals above are the mutations' doing.
    const fresh = signTx([sendMsg(dev[8]!.address, dev[9]!.address, '1')], { privkey: dev[8]!.privkey, accountNumber: 8, sequence: 0 });
    assert.equal(app.app.recheckTx(fresh).code, 0);
  });

  it('the high-s twin of a valid signature is refused (no signature malleability)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 7 }), fc.string({ maxLength: 40 }), (acct, memo) => {
        const b = signTx([sendMsg(dev[acct]!.address, dev[0]!.address, '1')], { privkey: dev[acct]!.privkey, accountNumber: acct, sequence: 0, memo });
        const raw = TxRaw.decode(b);
        const sig = raw.signatures[0]!;
        const s = BigInt('0x' + Buffer.from(sig.subarray(32)).toString('hex'));
        const twin = Uint8Array.from([...sig.subarray(0, 32), ...Buffer.from((N - s).toString(16).padStart(64, '0'), 'hex')]);
        const x = TxRaw.encode({ ...raw, signatures: [twin] }).finish();
        const r = app.app.recheckTx(x);
        assert.equal(r.code, 4, r.log); // sdk ErrUnauthorized: signature verification failed
      }),
      { numRuns: Math.min(numRuns, 50) },
    );
  });
});

function varint(n: number): number[] {
  const out: number[] = [];
  while (n >= 128) {
    out.push((n % 128) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}
