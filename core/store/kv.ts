/**
 * The key-value contract every module's keeper writes through.
 *
 * Keys are ASCII strings ("<module>/<room>/<id>"), so JavaScript's string order is byte order and the
 * iteration order — and therefore the app hash — is the same on every machine. Binary key parts are hex.
 * Reads are synchronous: executors (EVM, isolates, LiteSVM) call into state from synchronous callbacks.
 */
export interface KVStore {
  get(key: string): Uint8Array | undefined;
  has(key: string): boolean;
  set(key: string, value: Uint8Array): void;
  delete(key: string): void;
  /** Entries whose key starts with `prefix`, in key order (reverse when asked). */
  iterate(prefix: string, opts?: IterateOptions): IterableIterator<[string, Uint8Array]>;
}

export interface IterateOptions {
  reverse?: boolean;
  /** Inclusive lower bound (a full key). */
  start?: string;
  /** Exclusive upper bound (a full key). */
  end?: string;
}

/** Smallest string greater than every string with this prefix (for range ends). */
export function prefixEnd(prefix: string): string {
  return prefix + '\uffff';
}

export function inRange(key: string, prefix: string, opts?: IterateOptions): boolean {
  if (!key.startsWith(prefix)) return false;
  if (opts?.start !== undefined && key < opts.start) return false;
  if (opts?.end !== undefined && key >= opts.end) return false;
  return true;
}

const enc = new TextEncoder();
const dec = new TextDecoder();
export const utf8 = (s: string): Uint8Array => enc.encode(s);
export const fromUtf8 = (b: Uint8Array): string => dec.decode(b);

/** JSON values in the store: convenient for module records that are not on the wire. */
export function getJSON<T>(store: KVStore, key: string): T | undefined {
  const v = store.get(key);
  return v === undefined ? undefined : (JSON.parse(fromUtf8(v)) as T);
}
export function setJSON(store: KVStore, key: string, value: unknown): void {
  store.set(key, utf8(JSON.stringify(value)));
}

/** A fixed-width decimal for numeric key parts, so string order is numeric order. */
export function u64Key(n: bigint | number): string {
  return BigInt(n).toString().padStart(20, '0');
}
