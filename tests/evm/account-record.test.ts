import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RLP } from '@ethereumjs/rlp';
import { bytesToBigInt } from '@ethereumjs/util';
import { type AccountRecord, decodeAccount, encodeAccount } from '../../x/evm/state/account.ts';

/** The decoding before the in-place fast path: @ethereumjs/rlp for every record. */
function reference(b: Uint8Array): AccountRecord {
  const [n, f, c] = RLP.decode(b) as Uint8Array[];
  return { nonce: bytesToBigInt(n!), fractional: bytesToBigInt(f!), codeHash: c!.length === 32 ? c : undefined };
}

const plain = (r: AccountRecord) => ({ nonce: r.nonce, fractional: r.fractional, codeHash: r.codeHash ? Buffer.from(r.codeHash).toString('hex') : undefined });

/** Both decode to the same record, or both throw. */
function same(b: Uint8Array, what: string): void {
  let want: ReturnType<typeof plain> | Error;
  try {
    want = plain(reference(b));
  } catch (e) {
    want = e as Error;
  }
  if (want instanceof Error) {
    assert.throws(() => decodeAccount(b), `${what}: the reference throws (${want.message}), so must the decoder`);
  } else {
    assert.deepEqual(plain(decodeAccount(b)), want, what);
  }
}

const hash = (seed: number) => Uint8Array.from({ length: 32 }, (_, i) => (seed * 31 + i * 7) & 0xff);

describe('x/evm account records: the in-place decoder against @ethereumjs/rlp', () => {
  it('decodes every record encodeAccount writes as @ethereumjs/rlp does', () => {
    const ints = [0n, 1n, 0x7fn, 0x80n, 0xffn, 0x100n, 0xffffn, 10n ** 12n - 1n, 2n ** 56n, 2n ** 64n - 1n];
    let n = 0;
    for (const nonce of ints)
      for (const fractional of ints.filter((v) => v < 10n ** 12n))
        for (const codeHash of [undefined, hash(n)]) {
          const rec = { nonce, fractional, codeHash };
          const b = encodeAccount(rec);
          same(b, `record ${nonce}/${fractional}/${codeHash ? 'code' : 'none'}`);
          assert.deepEqual(plain(decodeAccount(b)), plain(rec), 'round trip');
          n++;
        }
    assert.ok(n > 100);
  });

  it('leaves every other shape to @ethereumjs/rlp: the same record or the same refusal', () => {
    const items = (...xs: number[][]) => xs.flat();
    const list = (payload: number[]) => Uint8Array.from([0xc0 + payload.length, ...payload]);
    const cases: Array<[string, Uint8Array]> = [
      ['empty', new Uint8Array()],
      ['empty list', Uint8Array.from([0xc0])],
      ['two items', list(items([0x01], [0x80]))],
      ['four items', list(items([0x01], [0x80], [0x80], [0x80]))],
      ['a one-byte string below 0x80 (not canonical)', list(items([0x81, 0x05], [0x80], [0x80]))],
      ['a one-byte string of 0x80', list(items([0x81, 0x80], [0x80], [0x80]))],
      ['leading zero bytes', list(items([0x82, 0x00, 0x05], [0x80], [0x80]))],
      ['a nested list', list(items([0xc1, 0x01], [0x80], [0x80]))],
      ['a truncated string', Uint8Array.from([0xc3, 0x01, 0x80, 0x85])],
      ['trailing bytes', Uint8Array.from([...list(items([0x01], [0x80], [0x80])), 0x00])],
      ['a list header longer than the bytes', Uint8Array.from([0xc5, 0x01, 0x80, 0x80])],
      ['a 20-byte code hash', list(items([0x01], [0x80], [0x94, ...hash(1).slice(0, 20)]))],
      ['the long list form', Uint8Array.from([0xf8, 3, 0x01, 0x80, 0x80])],
      ['a long string item', Uint8Array.from([0xf8, 60, 0x01, 0x80, 0xb8, 57, ...new Uint8Array(57)])],
    ];
    for (const [what, b] of cases) same(b, what);
  });
});
