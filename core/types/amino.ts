/**
 * SIGN_MODE_LEGACY_AMINO_JSON: how a message looks in a StdSignDoc. Each module declares its messages' amino
 * names and JSON shapes (x/<m>/types/amino.ts) and hangs them on its MsgDefs; x/auth builds the sign bytes from
 * them. The shape is CosmJS's AminoConverter, so the CLI hands the same objects to CosmJS's AminoTypes.
 */
export interface AminoConverter<T = any> {
  /** The legacy amino name, e.g. "cosmos-sdk/MsgSend" (unique across the app). */
  readonly aminoType: string;
  /** The decoded protobuf message → its amino JSON value (what the StdSignDoc's msgs[i].value holds). */
  toAmino(msg: T): unknown;
  /** The inverse, for clients that sign amino JSON and send protobuf (CosmJS's SigningStargateClient). */
  fromAmino(value: any): T;
}

/** The SDK's aminojson rules for our own messages: 64-bit integers as decimal strings, bytes as base64. */
export const aminoU64 = (v: bigint | number | string | undefined): string => BigInt(v ?? 0).toString();
export const aminoBytes = (b: Uint8Array | undefined): string => Buffer.from(b ?? new Uint8Array()).toString('base64');
export const fromAminoBytes = (s: string | undefined): Uint8Array => new Uint8Array(Buffer.from(s ?? '', 'base64'));

/**
 * Drops zero values (empty strings, "0", false, empty lists) as the SDK's aminojson encoder omits empty fields;
 * `keep` names fields marked `(amino.dont_omitempty)` (coin lists, as bank's and wasm's).
 */
export function omitEmpty(value: Record<string, unknown>, keep: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) {
    const v = value[k];
    if (!keep.includes(k) && (v === undefined || v === '' || v === '0' || v === false || (Array.isArray(v) && v.length === 0))) continue;
    out[k] = v;
  }
  return out;
}

function sorted(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sorted);
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o).sort()) out[k] = sorted(o[k]);
  return out;
}

/**
 * The SDK's sorted JSON (sdk.MustSortJSON) with Go's HTML escapes, byte for byte what CosmJS's
 * serializeSignDoc signs: keys sorted at every level, no whitespace, `&`, `<`, `>` as \u0026, \u003c, \u003e.
 */
export function sortedJsonBytes(v: unknown): Uint8Array {
  const s = JSON.stringify(sorted(v)).replace(/&/g, '\\u0026').replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
  return new Uint8Array(Buffer.from(s, 'utf8'));
}
