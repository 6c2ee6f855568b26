import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RLP } from '@ethereumjs/rlp';
import { bigIntToUnpaddedBytes, bytesToBigInt } from '@ethereumjs/util';
import { Wallet, getBytes } from 'ethers';
import { EvmError, EvmErrorCode } from '../../x/evm/errors.ts';
import { decodeEthTx } from '../../x/evm/tx/decode.ts';

const w = new Wallet('0x' + '42'.repeat(32));
const CHAIN = 262145n;
const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const base = { to: w.address, value: 1n, gasLimit: 21_000n, nonce: 3 };
const sign = async (req: object) => getBytes(await w.signTransaction({ ...base, ...req }));
const fee = await sign({ type: 2, maxFeePerGas: 10n ** 9n, maxPriorityFeePerGas: 0n, chainId: CHAIN });
const legacy = await sign({ type: 0, gasPrice: 10n ** 9n, chainId: CHAIN });
const feeFields = RLP.decode(fee.subarray(1)) as Uint8Array[];
const legacyFields = RLP.decode(legacy) as Uint8Array[];
const typed = (t: number, fields: Uint8Array[]) => new Uint8Array([t, ...RLP.encode(fields)]);
const withField = (fields: Uint8Array[], i: number, v: Uint8Array) => fields.map((f, j) => (j === i ? v : f));

/** The EvmError decodeEthTx throws for `raw` (fails the test if it decodes). */
function refusal(raw: Uint8Array): EvmError {
  try {
    decodeEthTx(raw);
  } catch (e) {
    assert.ok(e instanceof EvmError, `not an EvmError: ${String(e)}`);
    assert.doesNotMatch(e.message, /=>|function|\{|\n/, 'no library or source text in the error');
    return e;
  }
  assert.fail('decoded a tx that should be refused');
}
const refused = (raw: Uint8Array, kind: EvmErrorCode, text: RegExp) => {
  const e = refusal(raw);
  assert.equal(e.kind, kind, e.message);
  assert.match(e.message, text);
};

describe('raw Ethereum txs: one signed tx, one encoding', () => {
  it('the canonical encodings decode', () => {
    assert.equal(decodeEthTx(fee).sender.toString(), w.address.toLowerCase());
    assert.equal(decodeEthTx(legacy).sender.toString(), w.address.toLowerCase());
    // The re-encoding of what we decoded is the same bytes.
    assert.deepEqual(typed(2, feeFields), fee);
  });

  it('refuses integers with leading zero bytes', () => {
    // nonce 3 written as 0x0003
    refused(typed(2, withField(feeFields, 1, Uint8Array.of(0, 3))), EvmErrorCode.TxDecode, /^rlp: non-canonical integer \(leading zero bytes\)/);
    // zero written as 0x00 rather than the empty string
    refused(typed(2, withField(feeFields, 2, Uint8Array.of(0))), EvmErrorCode.TxDecode, /non-canonical integer/);
    const s = legacyFields[8]!;
    refused(RLP.encode(withField(legacyFields, 8, new Uint8Array([0, ...s]))), EvmErrorCode.TxDecode, /non-canonical integer.*LegacyTx\)\.s/);
  });

  it('refuses non-canonical sizes: a prefixed single byte, long form for short data, zero-padded lengths', () => {
    // nonce 3 as [0x81, 0x03] instead of [0x03]
    const body = RLP.encode(feeFields);
    const payload = body.subarray(body[0]! > 0xf7 ? 1 + body[0]! - 0xf7 : 1);
    const chainIdEnc = RLP.encode(feeFields[0]!);
    const afterNonce = payload.subarray(chainIdEnc.length + 1);
    const items = new Uint8Array([...chainIdEnc, 0x81, 0x03, ...afterNonce]);
    const listHdr = (len: number) => (len <= 55 ? [0xc0 + len] : [0xf8, len]);
    refused(new Uint8Array([2, ...listHdr(items.length), ...items]), EvmErrorCode.TxDecode, /non-canonical size information for single byte/);
    // The whole list (< 56 bytes? no: > 55) with a zero-padded length of length.
    const ok = new Uint8Array([...chainIdEnc, 0x03, ...afterNonce]);
    assert.ok(ok.length > 55 && ok.length < 256);
    assert.deepEqual(new Uint8Array([2, 0xf8, ok.length, ...ok]), fee);
    refused(new Uint8Array([2, 0xf9, 0, ok.length, ...ok]), EvmErrorCode.TxDecode, /non-canonical size information \(leading zero/);
    // "to" (20 bytes) in long form: 0xb8 0x14 instead of 0x94.
    const toEnc = RLP.encode(feeFields[5]!);
    assert.equal(toEnc[0], 0x94);
    const i = ok.indexOf(0x94);
    const longTo = new Uint8Array([...ok.subarray(0, i), 0xb8, 0x14, ...ok.subarray(i + 1)]);
    refused(new Uint8Array([2, 0xf8, longTo.length, ...longTo]), EvmErrorCode.TxDecode, /long form for short data/);
  });

  it('refuses trailing bytes, truncation and wrong envelopes', () => {
    refused(new Uint8Array([...fee, 0]), EvmErrorCode.TxDecode, /^rlp: input contains more than one value \(1 trailing bytes/);
    refused(new Uint8Array([...legacy, 0xc0]), EvmErrorCode.TxDecode, /more than one value/);
    refused(fee.subarray(0, fee.length - 1), EvmErrorCode.TxDecode, /value size exceeds available input length/);
    refused(new Uint8Array([0x02]), EvmErrorCode.TxDecode, /typed transaction too short/);
    refused(new Uint8Array([]), EvmErrorCode.TxDecode, /typed transaction too short/);
    refused(new Uint8Array([0x03, ...fee.subarray(1)]), EvmErrorCode.TxTypeNotSupported, /transaction type not supported/);
    refused(new Uint8Array([0x7f, 0xc0]), EvmErrorCode.TxTypeNotSupported, /transaction type not supported/);
    // A type byte in front of a string, a string where the legacy list goes, a 1559 body under type 1.
    refused(new Uint8Array([0x02, 0x82, 1, 2]), EvmErrorCode.TxDecode, /expected input list/);
    refused(new Uint8Array([0x82, 1, 2]), EvmErrorCode.TxDecode, /expected input list/);
    refused(new Uint8Array([0x01, ...fee.subarray(1)]), EvmErrorCode.TxDecode, /too many elements for types.AccessListTx/);
    refused(typed(2, feeFields.slice(0, 11)), EvmErrorCode.TxDecode, /too few elements/);
    // A list where an integer goes; a 19-byte "to".
    refused(new Uint8Array([2, ...RLP.encode([feeFields[0]!, [], ...feeFields.slice(2)] as never)]), EvmErrorCode.TxDecode, /expected input string/);
    refused(typed(2, withField(feeFields, 5, new Uint8Array(19))), EvmErrorCode.TxDecode, /common.Address/);
  });

  it('refuses high s (EIP-2), zero or out-of-range r/s and bad v/yParity', () => {
    const s = bytesToBigInt(feeFields[11]!);
    const flipped = withField(withField(feeFields, 11, bigIntToUnpaddedBytes(N - s)), 9, feeFields[9]!.length ? new Uint8Array() : Uint8Array.of(1));
    refused(typed(2, flipped), EvmErrorCode.InvalidSignature, /^invalid transaction v, r, s values$/);
    refused(typed(2, withField(feeFields, 11, new Uint8Array())), EvmErrorCode.InvalidSignature, /invalid transaction v, r, s values/);
    refused(typed(2, withField(feeFields, 10, bigIntToUnpaddedBytes(N))), EvmErrorCode.InvalidSignature, /invalid transaction v, r, s values/);
    refused(typed(2, withField(feeFields, 9, Uint8Array.of(2))), EvmErrorCode.InvalidSignature, /invalid transaction v, r, s values/);
    refused(typed(2, withField(feeFields, 9, Uint8Array.of(27))), EvmErrorCode.InvalidSignature, /invalid transaction v, r, s values/);
    for (const v of [0n, 1n, 26n, 29n, 34n]) {
      refused(RLP.encode(withField(legacyFields, 6, bigIntToUnpaddedBytes(v))), EvmErrorCode.InvalidSignature, /invalid transaction v, r, s values/);
    }
    // An r that is no x coordinate on the curve: recovery fails.
    const badR = withField(feeFields, 10, bigIntToUnpaddedBytes(5n));
    const e = refusal(typed(2, badR));
    assert.ok(e.kind === EvmErrorCode.InvalidSignature, e.message);
  });

  it('refuses another chain id, naming both, without leaking library source', async () => {
    const other = await sign({ type: 2, maxFeePerGas: 1n, maxPriorityFeePerGas: 0n, chainId: 5n });
    refused(other, EvmErrorCode.InvalidChainId, /^invalid chain id for signer: have 5 want 262145$/);
    const otherLegacy = await sign({ type: 0, gasPrice: 1n, chainId: 31337n });
    refused(otherLegacy, EvmErrorCode.InvalidChainId, /^invalid chain id for signer: have 31337 want 262145$/);
    const otherAl = await sign({ type: 1, gasPrice: 1n, chainId: 1n, accessList: [] });
    refused(otherAl, EvmErrorCode.InvalidChainId, /have 1 want 262145/);
  });

  it('a pre-EIP-155 tx decodes as unprotected (the RPC policy decides)', async () => {
    const unprotected = await sign({ type: 0, gasPrice: 1n, chainId: 0n });
    assert.equal(decodeEthTx(unprotected).unprotected, true);
  });
});
