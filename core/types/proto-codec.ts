import type { Codec } from './module.ts';

/** The static surface pbjs generates for each message type. */
interface PbjsType<T> {
  encode(message: T, writer?: any): { finish(): Uint8Array };
  decode(reader: Uint8Array): T;
  fromObject?(object: any): T;
}

/**
 * Wraps a pbjs-generated message type (proto/gen/*.js) as a CosmJS-registrable codec. Decoded messages are
 * normalised to plain objects with defaults filled in, as ts-proto (cosmjs-types) would give them.
 */
export function pbjsCodec<T>(type: PbjsType<T>, defaults: () => T): Codec<T> {
  return {
    encode: (m: T) => type.encode(m as T),
    decode: (b: Uint8Array) => ({ ...defaults(), ...stripUndefined(type.decode(b) as object) }) as T,
    fromPartial: (o: any) => ({ ...defaults(), ...stripUndefined(o ?? {}) }) as T,
  };
}

function stripUndefined(o: object): object {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== null) out[k] = v;
  return out;
}
