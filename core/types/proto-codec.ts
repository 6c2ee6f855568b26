import $protobuf from 'protobufjs/minimal.js';
import type { Codec } from './module.ts';

/*
 * Codecs over the pbjs static modules in proto/gen (generated with --force-long). At this boundary a 64-bit
 * integer is a bigint: decode and fromPartial turn pbjs's Long into one and encode turns it back, so no
 * uint64 passes through a JS number.
 */

const Long = $protobuf.util.Long;
if (!Long) throw new Error('protobufjs cannot load long.js: 64-bit fields would lose precision');

/** long.js's Long, which the generated types use for 64-bit fields, as far as we rely on it. */
type Long64 = $protobuf.Long;

type Fields<P> = Exclude<keyof P, `$${string}`>;
type IsMessage<V> = V extends Long64 | Uint8Array | readonly unknown[] ? false : V extends object ? true : false;
type MessageKeys<P> = { [K in Fields<P>]-?: IsMessage<NonNullable<P[K]>> extends true ? K : never }[Fields<P>];
type Element<V> = V extends readonly (infer E)[] ? E : V;

type PlainValue<V> = V extends Long64 ? bigint : V extends Uint8Array ? Uint8Array : V extends readonly (infer E)[] ? PlainValue<E>[] : V extends object ? Plain<V> : V;
/**
 * A message (P: its generated `$Properties`) as msg servers, keepers and queries see it, shaped like
 * cosmjs-types: 64-bit integers as bigint, every scalar and list present, sub-messages optional.
 */
export type Plain<P> = { [K in Exclude<Fields<P>, MessageKeys<P>>]-?: PlainValue<NonNullable<P[K]>> } & { [K in MessageKeys<P>]?: PlainValue<NonNullable<P[K]>> };

type InputValue<V> = V extends Long64
  ? bigint | number | string | Long64
  : V extends Uint8Array
    ? Uint8Array
    : V extends readonly (infer E)[]
      ? InputValue<E>[]
      : V extends object
        ? Input<V>
        : V;
/** What encode and fromPartial take: any subset of the fields; a 64-bit integer as bigint, decimal string, Long or (safe) number. */
export type Input<P> = { [K in Fields<P>]?: InputValue<NonNullable<P[K]>> | null };

/** The static surface of a pbjs-generated message class. */
export interface PbjsType<P> {
  encode(message: P, writer?: $protobuf.Writer): $protobuf.Writer;
  decode(reader: $protobuf.Reader | Uint8Array, length?: number): object;
  toObject(message: never, options?: $protobuf.IConversionOptions): Record<string, unknown>;
  fromObject(object: Record<string, unknown>): object;
  readonly prototype: object;
}

/** A CosmJS-registrable codec (ts-proto's surface) over a generated message type. */
export interface ProtoCodec<P> extends Codec<Plain<P>> {
  encode(message: Input<P>, writer?: $protobuf.Writer): $protobuf.Writer;
  decode(input: Uint8Array | $protobuf.Reader, length?: number): Plain<P>;
  fromPartial(object: Input<P>): Plain<P>;
  /** Proto3 JSON (lowerCamelCase names, 64-bit integers as strings, bytes as base64, defaults included), as ts-proto's toJSON. */
  toJSON(message: Input<P>): Record<string, unknown>;
  fromJSON(object: Record<string, unknown>): Plain<P>;
}

/** Any ProtoCodec, as a CosmJS Registry (or ModuleCli.registryTypes) holds them. */
export interface RegistryCodec extends Codec<unknown> {
  encode(message: object, writer?: $protobuf.Writer): $protobuf.Writer;
  decode(input: Uint8Array | $protobuf.Reader, length?: number): unknown;
  fromPartial(object: object): unknown;
  toJSON(message: object): Record<string, unknown>;
  fromJSON(object: Record<string, unknown>): unknown;
}

/** Whether a message has a 64-bit field, itself or in a sub-message. */
type Has64<P> = true extends { [K in Fields<P>]-?: Has64Value<Element<NonNullable<P[K]>>> }[Fields<P>] ? true : false;
type Has64Value<V> = V extends Long64 ? true : IsMessage<V> extends true ? Has64<V> : false;
/** Fields (singular or repeated) whose sub-message has a 64-bit field: fromPartial needs their codec. */
type Nested64Keys<P> = { [K in Fields<P>]-?: IsMessage<Element<NonNullable<P[K]>>> extends true ? (Has64<Element<NonNullable<P[K]>>> extends true ? K : never) : never }[Fields<P>];

export type ProtoCodecOptions<P> = {
  /** Scalar defaults other than proto3's zero values: fromPartial's, and decode's for a field absent from the wire. */
  defaults?: Partial<Plain<P>>;
} & ([Nested64Keys<P>] extends [never]
  ? { nested?: undefined }
  : /** The codecs of the sub-messages with 64-bit fields, so that fromPartial converts those too (required). */
    { nested: { [K in Nested64Keys<P>]: ProtoCodec<Element<NonNullable<P[K]>>> } });

type Obj = Record<string, unknown>;

/** `options` is required (with `nested`) when a sub-message has 64-bit fields. */
export function pbjsCodec<P>(type: PbjsType<P>, ...[options]: [Nested64Keys<P>] extends [never] ? [options?: ProtoCodecOptions<P>] : [options: ProtoCodecOptions<P>]): ProtoCodec<P> {
  const defaults: Obj = options?.defaults ?? {};
  const nested: Partial<Record<string, { fromPartial(o: unknown): unknown }>> = options?.nested ?? {};
  const fields = fieldsOf(type.prototype);
  const codec: ProtoCodec<P> = {
    encode: (m, writer) => type.encode(toWire(m) as P, writer),
    // Through the wire form: pbjs's converters take its own message objects (Long, not bigint).
    toJSON: (m) => type.toObject(type.decode(type.encode(toWire(m) as P).finish()) as never, { longs: String, bytes: String, defaults: true }),
    fromJSON: (o) => codec.decode(type.encode(type.fromObject(o) as P).finish()),
    decode(input, length) {
      const msg = type.decode(input, length);
      const out = plain(msg);
      for (const k of Object.keys(defaults)) if (!Object.hasOwn(msg, k)) out[k] = defaults[k];
      return out as Plain<P>;
    },
    fromPartial(object) {
      const o: Obj = object ?? {};
      const out: Obj = { ...plain(Object.create(type.prototype) as object), ...defaults };
      for (const [k, zero] of fields) {
        const v = o[k];
        if (v === undefined || v === null) continue;
        const sub = nested[k];
        if (zero instanceof Long) out[k] = toBigInt(v, k, zero.unsigned);
        else if (sub) out[k] = Array.isArray(v) ? v.map((e) => sub.fromPartial(e)) : sub.fromPartial(v);
        else out[k] = v;
      }
      return out as Plain<P>;
    },
  };
  return codec;
}

const fieldCache = new WeakMap<object, ReadonlyArray<readonly [string, unknown]>>();
/** A generated class's fields with their zero values, in declaration order (pbjs sets each on the prototype). */
function fieldsOf(proto: object): ReadonlyArray<readonly [string, unknown]> {
  let f = fieldCache.get(proto);
  if (!f) {
    f = Object.entries(proto).filter(([k, v]) => !k.startsWith('$') && typeof v !== 'function');
    fieldCache.set(proto, f);
  }
  return f;
}

/** A decoded message as a plain object; fields absent from the wire get fresh zero values, absent sub-messages stay absent. */
function plain(msg: object): Obj {
  const out: Obj = {};
  for (const [k] of fieldsOf(Object.getPrototypeOf(msg) as object)) {
    const v = (msg as Obj)[k];
    if (v === undefined || v === null) continue;
    out[k] = Object.hasOwn(msg, k) ? fromWire(v) : v instanceof Uint8Array ? new Uint8Array() : fromWire(v);
  }
  return out;
}

function fromWire(v: unknown): unknown {
  if (v instanceof Long) return longToBigInt(v);
  if (Array.isArray(v)) return v.map(fromWire);
  if (v === null || typeof v !== 'object' || v instanceof Uint8Array) return v;
  return plain(v);
}

const U64_END = 1n << 64n;
const I64_MIN = -(1n << 63n);

/** An Input as the generated encoder takes it: every bigint becomes a Long, the rest is left to pbjs. */
function toWire(v: unknown): unknown {
  if (typeof v === 'bigint') {
    if (v < I64_MIN || v >= U64_END) throw new RangeError(`${v} does not fit in 64 bits`);
    return new Long(Number(v & 0xffffffffn), Number((v >> 32n) & 0xffffffffn), v >= 0n);
  }
  if (Array.isArray(v)) return v.map(toWire);
  if (v === null || typeof v !== 'object' || v instanceof Uint8Array || v instanceof Long) return v;
  const out: Obj = {};
  for (const [k, x] of Object.entries(v)) out[k] = toWire(x);
  return out;
}

function longToBigInt(l: Long64): bigint {
  const bits = (BigInt(l.high >>> 0) << 32n) | BigInt(l.low >>> 0);
  return l.unsigned ? bits : BigInt.asIntN(64, bits);
}

function isLong64(v: object): v is Long64 {
  return typeof (v as Partial<Long64>).low === 'number' && typeof (v as Partial<Long64>).high === 'number';
}

/** A 64-bit field's value from what fromPartial accepts: bigint, integer number, decimal string or Long. */
function toBigInt(v: unknown, field: string, unsigned: boolean): bigint {
  let b: bigint;
  if (typeof v === 'bigint') b = v;
  else if (typeof v === 'number' || typeof v === 'string') {
    try {
      b = BigInt(v);
    } catch {
      throw new TypeError(`${field}: ${JSON.stringify(v)} is not an integer`);
    }
  } else if (typeof v === 'object' && v !== null && isLong64(v)) b = longToBigInt(v);
  else throw new TypeError(`${field}: expected a 64-bit integer (bigint, number, decimal string or Long), got ${typeof v}`);
  if (unsigned ? b < 0n || b >= U64_END : b < I64_MIN || b >= -I64_MIN) throw new RangeError(`${field}: ${b} is out of range for ${unsigned ? 'uint64' : 'int64'}`);
  return b;
}

