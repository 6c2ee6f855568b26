/**
 * The Cosmos SDK's strict tx decoding rules (codec/unknownproto, x/tx/decode), applied to the raw protobuf
 * bytes before cosmjs-types decodes them (cosmjs-types silently skips what it does not know):
 * - TxRaw follows ADR-027: fields 1, 2, 3… in order, only length-delimited, varints as short as possible.
 *   Stricter than the SDK, bodyBytes and authInfoBytes may each appear once (a repeated field 1 is
 *   "last one wins" in protobuf: the same signed tx under a second hash).
 * - TxRaw, AuthInfo and every message nested in them refuse unknown fields; TxBody (and what it nests) allows
 *   unknown non-critical fields, those whose number has bit 11 (1024) set, as the SDK does for extensions.
 * - A known field with the wrong wire type is refused (it would be read as something else).
 * Messages inside TxBody.messages have no schema here: checkMsgFields compares their bytes with what their
 * codec re-encodes (a field the codec does not know is dropped by decoding, so missing from the re-encoding).
 */
import { ErrTxDecode } from '../types/errors.ts';

type Scalar = 'varint' | 'bytes' | 'string' | 'fixed64' | 'fixed32';
interface Field {
  name: string;
  /** A scalar kind, or the nested message's schema (a thunk for recursive types). */
  kind: Scalar | (() => Schema);
}
interface Schema {
  name: string;
  fields: Readonly<Record<number, Field>>;
}

const WIRE_NAMES = ['varint', 'fixed64', 'bytes', 'start_group', 'end_group', 'fixed32'];
const wireName = (w: number) => WIRE_NAMES[w] ?? `unknown(${w})`;
const WIRE_OF: Record<Scalar, number> = { varint: 0, fixed64: 1, bytes: 2, string: 2, fixed32: 5 };
/** The SDK's bit11NonCritical: field numbers with this bit set may be unknown in TxBody. */
const NON_CRITICAL_BIT = 1024;
/** Nesting bound (ModeInfo.Multi nests itself): a 1 MiB tx could otherwise recurse ~500k deep. */
const MAX_DEPTH = 32;

const s = (name: string, fields: Record<number, Field>): Schema => ({ name, fields });
const f = (name: string, kind: Field['kind']): Field => ({ name, kind });

const Coin = s('cosmos.base.v1beta1.Coin', { 1: f('denom', 'string'), 2: f('amount', 'string') });
const Any = s('google.protobuf.Any', { 1: f('type_url', 'string'), 2: f('value', 'bytes') });
const Timestamp = s('google.protobuf.Timestamp', { 1: f('seconds', 'varint'), 2: f('nanos', 'varint') });
const CompactBitArray = s('cosmos.crypto.multisig.v1beta1.CompactBitArray', { 1: f('extra_bits_stored', 'varint'), 2: f('elems', 'bytes') });
const Single = s('cosmos.tx.v1beta1.ModeInfo.Single', { 1: f('mode', 'varint') });
const Multi: Schema = s('cosmos.tx.v1beta1.ModeInfo.Multi', { 1: f('bitarray', () => CompactBitArray), 2: f('mode_infos', () => ModeInfo) });
const ModeInfo: Schema = s('cosmos.tx.v1beta1.ModeInfo', { 1: f('single', () => Single), 2: f('multi', () => Multi) });
const Fee = s('cosmos.tx.v1beta1.Fee', { 1: f('amount', () => Coin), 2: f('gas_limit', 'varint'), 3: f('payer', 'string'), 4: f('granter', 'string') });
const Tip = s('cosmos.tx.v1beta1.Tip', { 1: f('amount', () => Coin), 2: f('tipper', 'string') });
const SignerInfo = s('cosmos.tx.v1beta1.SignerInfo', { 1: f('public_key', () => Any), 2: f('mode_info', () => ModeInfo), 3: f('sequence', 'varint') });
const AuthInfo = s('cosmos.tx.v1beta1.AuthInfo', { 1: f('signer_infos', () => SignerInfo), 2: f('fee', () => Fee), 3: f('tip', () => Tip) });
const TxBody = s('cosmos.tx.v1beta1.TxBody', {
  1: f('messages', () => Any),
  2: f('memo', 'string'),
  3: f('timeout_height', 'varint'),
  4: f('unordered', 'varint'),
  5: f('timeout_timestamp', () => Timestamp),
  1023: f('extension_options', () => Any),
  2047: f('non_critical_extension_options', () => Any),
});
const PubKeyBytes = (name: string) => s(name, { 1: f('key', 'bytes') });
const LegacyAminoPubKey: Schema = s('cosmos.crypto.multisig.LegacyAminoPubKey', { 1: f('threshold', 'varint'), 2: f('public_keys', () => Any) });
/** Any payloads walked further (public keys); other type URLs are their consumer's to check. */
const ANY_TYPES: Record<string, Schema> = {
  '/cosmos.crypto.secp256k1.PubKey': PubKeyBytes('cosmos.crypto.secp256k1.PubKey'),
  '/cosmos.crypto.ed25519.PubKey': PubKeyBytes('cosmos.crypto.ed25519.PubKey'),
  '/cosmos.crypto.secp256r1.PubKey': PubKeyBytes('cosmos.crypto.secp256r1.PubKey'),
  '/cosmos.crypto.multisig.LegacyAminoPubKey': LegacyAminoPubKey,
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a varint at `pos`: its value (as a number, exact up to 2^53) and its length in bytes. */
function varint(buf: Uint8Array, pos: number): { value: number; len: number } {
  let value = 0;
  let mul = 1;
  for (let i = 0; i < 10; i++) {
    if (pos + i >= buf.length) throw ErrTxDecode('invalid length; unexpected EOF');
    const b = buf[pos + i]!;
    if (i === 9 && b > 1) throw ErrTxDecode('invalid length; variable length integer overflow');
    value += (b & 0x7f) * mul;
    mul *= 128;
    if (b < 0x80) return { value, len: i + 1 };
  }
  throw ErrTxDecode('invalid length; variable length integer overflow');
}

function minimalLen(value: number): number {
  let n = 1;
  while (value >= 128) {
    value = Math.floor(value / 128);
    n++;
  }
  return n;
}

interface Item {
  num: number;
  wire: number;
  /** For length-delimited fields, the payload. */
  payload?: Uint8Array;
  tagLen: number;
  lenLen: number;
  lenValue: number;
  /** The value's bytes (after the tag; for length-delimited fields, after the length too). */
  value: Uint8Array;
}

/** Splits a message into its fields (tag, wire type, payload), refusing truncation and groups. */
function* fields(buf: Uint8Array): Generator<Item> {
  let pos = 0;
  while (pos < buf.length) {
    const tag = varint(buf, pos);
    const num = Math.floor(tag.value / 8);
    const wire = tag.value % 8;
    if (num < 1 || num > 0x1fffffff) throw ErrTxDecode(`invalid field number ${num}`);
    pos += tag.len;
    const start = pos;
    const item: Item = { num, wire, tagLen: tag.len, lenLen: 0, lenValue: 0, value: buf.subarray(0, 0) };
    switch (wire) {
      case 0:
        pos += varint(buf, pos).len;
        break;
      case 1:
      case 5: {
        const n = wire === 1 ? 8 : 4;
        if (pos + n > buf.length) throw ErrTxDecode('invalid length; unexpected EOF');
        pos += n;
        break;
      }
      case 2: {
        const l = varint(buf, pos);
        pos += l.len;
        if (l.value > buf.length - pos) throw ErrTxDecode('invalid length; unexpected EOF');
        item.payload = buf.subarray(pos, pos + l.value);
        item.lenLen = l.len;
        item.lenValue = l.value;
        pos += l.value;
        break;
      }
      default:
        throw ErrTxDecode(`unsupported wire type ${wireName(wire)} for field ${num}`);
    }
    item.value = item.payload ?? buf.subarray(start, pos);
    yield item;
  }
}

function walk(buf: Uint8Array, schema: Schema, allowNonCritical: boolean, depth: number): void {
  if (depth > MAX_DEPTH) throw ErrTxDecode(`${schema.name}: nested deeper than ${MAX_DEPTH}`);
  let typeUrl: string | undefined;
  let anyValue: Uint8Array | undefined;
  for (const it of fields(buf)) {
    const field = Object.hasOwn(schema.fields, it.num) ? schema.fields[it.num] : undefined;
    if (!field) {
      if ((it.num & NON_CRITICAL_BIT) !== 0 && allowNonCritical) continue;
      throw ErrTxDecode(`unknown protobuf field: ${schema.name}: {TagNum: ${it.num}, WireType:"${wireName(it.wire)}"}`);
    }
    const want = typeof field.kind === 'string' ? WIRE_OF[field.kind] : 2;
    if (it.wire !== want) {
      throw ErrTxDecode(
        `mismatched wire type: ${schema.name}.${field.name}: {TagNum: ${it.num}, GotWireType:"${wireName(it.wire)}" != WantWireType:"${wireName(want)}"}`,
      );
    }
    if (typeof field.kind === 'function') walk(it.payload!, field.kind(), allowNonCritical, depth + 1);
    else if (field.kind === 'string') {
      try {
        const text = utf8.decode(it.payload!);
        if (schema === Any && it.num === 1) typeUrl = text;
      } catch {
        throw ErrTxDecode(`${schema.name}.${field.name}: string field contains invalid UTF-8`);
      }
    } else if (schema === Any && it.num === 2) anyValue = it.payload;
  }
  const inner = typeUrl !== undefined && Object.hasOwn(ANY_TYPES, typeUrl) ? ANY_TYPES[typeUrl] : undefined;
  if (inner) walk(anyValue ?? new Uint8Array(0), inner, allowNonCritical, depth + 1);
}

/** ADR-027 for TxRaw: fields 1, 2, 3… ascending (1 and 2 at most once), all bytes, minimal tags and lengths. */
export function checkTxRaw(bytes: Uint8Array): void {
  let prev = 0;
  for (const it of fields(bytes)) {
    if (it.num > 3) throw ErrTxDecode(`unknown protobuf field: cosmos.tx.v1beta1.TxRaw: {TagNum: ${it.num}, WireType:"${wireName(it.wire)}"}`);
    if (it.wire !== 2) throw ErrTxDecode(`expected 2 wire type, got ${it.wire}`);
    if (it.num < prev || (it.num === prev && it.num !== 3)) {
      throw ErrTxDecode(`txRaw must follow ADR-027, got tagNum ${it.num} after tagNum ${prev}`);
    }
    prev = it.num;
    if (it.tagLen !== 1) throw ErrTxDecode(`tag varint for tagNum ${it.num} is not as short as possible, read ${it.tagLen}, only need 1`);
    const need = minimalLen(it.lenValue);
    if (it.lenLen !== need) {
      throw ErrTxDecode(`length prefix varint for tagNum ${it.num} is not as short as possible, read ${it.lenLen}, only need ${need}`);
    }
  }
}

export function checkTxBody(bytes: Uint8Array): void {
  walk(bytes, TxBody, true, 0);
}

export function checkAuthInfo(bytes: Uint8Array): void {
  walk(bytes, AuthInfo, false, 0);
}

/** A proto3 default: zero (any varint spelling of it), all-zero fixed bytes, or an empty length-delimited value. */
const isDefault = (it: Item): boolean => it.value.every((b) => (it.wire === 0 ? (b & 0x7f) === 0 : b === 0));

/**
 * A message's top-level fields against its codec's re-encoding: a field number the re-encoding lacks holds a
 * non-default value only if the codec does not know it (unknown: refused unless non-critical, as in TxBody);
 * a known number with another wire type was misread. Packed repeated scalars may arrive unpacked.
 */
export function checkMsgFields(typeUrl: string, original: Uint8Array, reencoded: Uint8Array): void {
  const name = typeUrl.replace(/^\//, '');
  const known = new Map<number, number>();
  for (const it of fields(reencoded)) known.set(it.num, it.wire);
  for (const it of fields(original)) {
    const want = known.get(it.num);
    if (want === undefined) {
      if ((it.num & NON_CRITICAL_BIT) !== 0 || isDefault(it)) continue;
      throw ErrTxDecode(`unknown protobuf field: ${name}: {TagNum: ${it.num}, WireType:"${wireName(it.wire)}"}`);
    }
    if (want !== it.wire && !(want === 2 && it.wire !== 2)) {
      throw ErrTxDecode(`mismatched wire type: ${name}: {TagNum: ${it.num}, GotWireType:"${wireName(it.wire)}" != WantWireType:"${wireName(want)}"}`);
    }
  }
}
