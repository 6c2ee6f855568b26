import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { decodeCosmosTx } from '../../core/baseapp/tx-decoder.ts';
import { AppError } from '../../core/types/errors.ts';
import { openApp, tempDir, type TestApp } from '../helpers/app.ts';
import { dev, sendMsg, signTx } from '../helpers/cosmos.ts';

let app: TestApp;
const dir = tempDir('unknown-fields');
before(async () => (app = await openApp(dir.path)));
after(async () => {
  await app.close();
  dir.remove();
});

const tx = () => signTx([sendMsg(dev[0]!.address, dev[1]!.address, '5')], { privkey: dev[0]!.privkey, accountNumber: 0, sequence: 0 });
const cat = (...parts: ArrayLike<number>[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));
const decode = (b: Uint8Array) => decodeCosmosTx(b, app.app.router);
function refused(b: Uint8Array, text: string | RegExp) {
  assert.throws(
    () => decode(b),
    (e: unknown) => e instanceof AppError && e.codespace === 'sdk' && e.code === 2 && (typeof text === 'string' ? e.message === text : text.test(e.message)),
  );
}
/** The signed tx with its body or auth info replaced (the signature no longer matters here: decoding refuses first). */
function withParts(body: (b: Uint8Array) => Uint8Array, auth: (a: Uint8Array) => Uint8Array = (a) => a): Uint8Array {
  const raw = TxRaw.decode(tx());
  return TxRaw.encode({ bodyBytes: body(raw.bodyBytes), authInfoBytes: auth(raw.authInfoBytes), signatures: raw.signatures }).finish();
}

test('a valid signed tx decodes and re-encodes to the same bytes', () => {
  const b = tx();
  const d = decode(b);
  assert.deepEqual(TxRaw.encode(d.raw).finish(), b);
});

test('an unknown field appended to TxRaw is refused, naming the field and the message', () => {
  refused(cat(tx(), [0x22, 0x01, 0x00]), 'unknown protobuf field: cosmos.tx.v1beta1.TxRaw: {TagNum: 4, WireType:"bytes"}: tx parse error');
  refused(cat(tx(), [0x28, 0x01]), /TxRaw: \{TagNum: 5, WireType:"varint"\}/);
});

test('TxRaw follows ADR-027: order, one body, minimal lengths, bytes wire type', () => {
  const raw = TxRaw.decode(tx());
  const field = (n: number, v: Uint8Array) => cat([(n << 3) | 2], varintBytes(v.length), v);
  const b = raw.bodyBytes;
  assert.ok(b.length >= 128 && b.length < 16384, 'test body has a two-byte length');
  refused(cat(field(2, raw.authInfoBytes), field(1, b)), /txRaw must follow ADR-027, got tagNum 1 after tagNum 2/);
  refused(cat(field(1, b), field(1, b)), /got tagNum 1 after tagNum 1/);
  refused(cat([0x0a, (b.length & 0x7f) | 0x80, (b.length >> 7) | 0x80, 0x00], b), /length prefix varint for tagNum 1 is not as short as possible, read 3, only need 2/);
  refused(cat([0x8a, 0x00], varintBytes(b.length), b), /tag varint for tagNum 1 is not as short as possible/);
  refused(cat([0x08, 0x01], tx()), /expected 2 wire type, got 0/);
  refused(cat(tx(), [0x1a, 0x05, 0x01]), /unexpected EOF/);
});

test('unknown critical fields in TxBody, AuthInfo, SignerInfo, Fee, Coin, ModeInfo and PubKey are refused', () => {
  refused(withParts((b) => cat(b, [0x30, 0x01])), /cosmos\.tx\.v1beta1\.TxBody: \{TagNum: 6, WireType:"varint"\}/);
  refused(withParts((b) => b, (a) => cat(a, [0x22, 0x00])), /cosmos\.tx\.v1beta1\.AuthInfo: \{TagNum: 4/);
  // AuthInfo = signer_infos (field 1) then fee (field 2): rebuild each with an unknown field inside.
  const raw = TxRaw.decode(tx());
  const a = raw.authInfoBytes;
  const [si, fee] = topFields(a);
  const wrap = (n: number, v: Uint8Array) => cat([(n << 3) | 2], varintBytes(v.length), v);
  refused(withParts((b) => b, () => cat(wrap(1, cat(si!, [0x20, 0x01])), wrap(2, fee!))), /SignerInfo: \{TagNum: 4/);
  refused(withParts((b) => b, () => cat(wrap(1, si!), wrap(2, cat(fee!, [0x28, 0x01])))), /Fee: \{TagNum: 5/);
  const [pk, mode, seq = new Uint8Array(0)] = topFields(si!, true); // sequence 0 is omitted
  refused(withParts((b) => b, () => cat(wrap(1, cat(wrap(1, pk!), wrap(2, cat(mode!, [0x18, 0x01])), seq)), wrap(2, fee!))), /ModeInfo: \{TagNum: 3/);
  const [url, key] = topFields(pk!);
  const badPk = cat(wrap(1, url!), wrap(2, cat(wrap(1, key!), [0x10, 0x01])));
  refused(withParts((b) => b, () => cat(wrap(1, cat(wrap(1, badPk), wrap(2, mode!), seq)), wrap(2, fee!))), /secp256k1\.PubKey: \{TagNum: 2/);
  const [coin, gas] = topFields(fee!, true);
  refused(withParts((b) => b, () => cat(wrap(1, si!), wrap(2, cat(wrap(1, cat(coin!, [0x18, 0x07])), gas!)))), /Coin: \{TagNum: 3/);
});

test('a wrong wire type for a known field is refused', () => {
  refused(withParts((b) => cat(b, [0x11, 0, 0, 0, 0, 0, 0, 0, 0])), /mismatched wire type: cosmos\.tx\.v1beta1\.TxBody\.memo: \{TagNum: 2, GotWireType:"fixed64" != WantWireType:"bytes"\}/);
  refused(withParts((b) => cat(b, [0x1a, 0x00])), /TxBody\.timeout_height: \{TagNum: 3, GotWireType:"bytes" != WantWireType:"varint"\}/);
});

test('non-critical extension fields (bit 1024 set) may be unknown in TxBody, not in AuthInfo', () => {
  // field 1025, varint: tag (1025 << 3) = 8200 = 0x88 0x40
  const d = decode(withParts((b) => cat(b, [0x88, 0x40, 0x01])));
  assert.equal(d.msgs.length, 1);
  refused(withParts((b) => cat(b, [0xf8, 0x3f, 0x01])), /TxBody: \{TagNum: 1023|TagNum: 1023/); // 1023 is known (Any): wrong wire type
  refused(withParts((b) => b, (a) => cat(a, [0x88, 0x40, 0x01])), /AuthInfo: \{TagNum: 1025, WireType:"varint"\}/);
});

test('an unknown field inside a message is refused (zero values and non-critical numbers pass)', () => {
  // TxBody field 1 is the one Any; its field 2 (value) is the MsgSend. Rebuild the body with the msg changed.
  const rebuild = (extra: number[]) =>
    withParts((b) => {
      const [any] = topFields(b);
      const [url, value] = topFields(any!);
      const wrap = (n: number, v: ArrayLike<number>) => cat([(n << 3) | 2], varintBytes(v.length), v);
      const rest = b.subarray(1 + varintBytes(any!.length).length + any!.length);
      return cat(wrap(1, cat(wrap(1, url!), wrap(2, cat(value!, extra)))), rest);
    });
  refused(rebuild([0x20, 0x01]), 'unknown protobuf field: cosmos.bank.v1beta1.MsgSend: {TagNum: 4, WireType:"varint"}: tx parse error');
  // A known field with the wrong wire type: the codec itself fails (or, had it misread it, the re-encoding check).
  refused(rebuild([0x08, 0x01]), /MsgSend/);
  assert.equal(decode(rebuild([])).msgs.length, 1);
  assert.equal(decode(rebuild([0x20, 0x00])).msgs.length, 1); // a zero value is indistinguishable from an omitted known field
  assert.equal(decode(rebuild([0x88, 0x40, 0x05])).msgs.length, 1); // field 1025: non-critical
});

test('invalid UTF-8 in a string field is refused', () => {
  refused(withParts((b) => cat(b, [0x12, 0x02, 0xc3, 0x28])), /TxBody\.memo: string field contains invalid UTF-8/);
});

function varintBytes(n: number): number[] {
  const out: number[] = [];
  while (n >= 128) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return out;
}

/** A message's fields: the payloads of length-delimited ones, or (raw) the whole field bytes. */
function topFields(buf: Uint8Array, rawForm = false): Uint8Array[] {
  const out: Uint8Array[] = [];
  let p = 0;
  while (p < buf.length) {
    const start = p;
    const wire = buf[p]! & 7;
    p++;
    if (wire === 0) {
      while (buf[p]! & 0x80) p++;
      p++;
      out.push(buf.subarray(start, p));
      continue;
    }
    let len = 0;
    let mul = 1;
    while (buf[p]! & 0x80) {
      len += (buf[p]! & 0x7f) * mul;
      mul *= 128;
      p++;
    }
    len += buf[p]! * mul;
    p++;
    out.push(rawForm && wire === 0 ? buf.subarray(start, p + len) : buf.subarray(p, p + len));
    p += len;
  }
  return out;
}
