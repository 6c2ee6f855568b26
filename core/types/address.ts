import { keccak_256 } from '@noble/hashes/sha3.js';
import { fromBech32, toBech32, toHex, fromHex } from '@cosmjs/encoding';
import { createHash } from 'node:crypto';
import { ErrInvalidAddress } from './errors.ts';

/** One 20-byte account, two spellings: bech32 `trivium1…` and EVM `0x…` (docs/architecture.md). */
export const BECH32_PREFIX = 'trivium';
export const DENOM = 'utrv';

// Bech32 checksums are a hot path (every signer, every transfer): remember recent conversions.
const CACHE_MAX = 50_000;
const toBech32Cache = new Map<string, string>();
const fromBech32Cache = new Map<string, Uint8Array>();
function remember<V>(cache: Map<string, V>, k: string, v: V): V {
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(k, v);
  return v;
}

export function toBech32Address(addr: Uint8Array, prefix = BECH32_PREFIX): string {
  const k = prefix + Buffer.from(addr.buffer, addr.byteOffset, addr.byteLength).toString('hex');
  return toBech32Cache.get(k) ?? remember(toBech32Cache, k, toBech32(prefix, addr));
}

/** An address's two spellings that keepers build keys and events from. */
export interface AddressSpellings {
  /** Lower-case hex (store keys). */
  hex: string;
  /** `trivium1…` (events, account records). */
  bech32: string;
}

/** `addr`'s hex and bech32 (default prefix) spellings, each encoded once per address rather than per use. */
export function addressSpellings(addr: Uint8Array): AddressSpellings {
  const hex = Buffer.from(addr.buffer, addr.byteOffset, addr.byteLength).toString('hex');
  const k = BECH32_PREFIX + hex; // toBech32Address's cache and key
  const bech32 = toBech32Cache.get(k) ?? remember(toBech32Cache, k, toBech32(BECH32_PREFIX, addr));
  return { hex, bech32 };
}

/** Parse `trivium1…` or `0x…` (40 hex digits) into 20 bytes; anything else is ErrInvalidAddress. */
export function parseAddress(s: string): Uint8Array {
  if (/^0x[0-9a-fA-F]{40}$/.test(s)) return fromHex(s.slice(2));
  const cached = fromBech32Cache.get(s);
  if (cached) return cached.slice();
  // The prefix first: an address from another chain (or one with its prefix swapped) is named as such, not as
  // a bad checksum (bech32's checksum covers the prefix, so a swapped prefix fails it too).
  const wrong = wrongBech32Prefix(s);
  if (wrong) throw ErrInvalidAddress(`invalid address ${JSON.stringify(s)}: expected prefix ${BECH32_PREFIX}, got ${wrong}`);
  try {
    const { prefix, data } = fromBech32(s, 100);
    if (prefix !== BECH32_PREFIX) throw new Error(`expected prefix ${BECH32_PREFIX}, got ${prefix}`);
    if (data.length !== 20 && data.length !== 32) throw new Error(`length ${data.length}`);
    return remember(fromBech32Cache, s, data).slice();
  } catch (e) {
    throw ErrInvalidAddress(`invalid address ${JSON.stringify(s)} (${(e as Error).message})`);
  }
}

/**
 * The human-readable part of `s` when `s` looks like a bech32 string of another chain (`cosmos1…`, `osmo1…`,
 * `triviumvaloper1…`), else undefined. Bech32 strings are all one case; their separator is the last "1".
 */
export function wrongBech32Prefix(s: string, expected = BECH32_PREFIX): string | undefined {
  const sep = s.lastIndexOf('1');
  if (sep < 1 || s.length - sep < 7 || s !== s.toLowerCase()) return undefined;
  const hrp = s.slice(0, sep);
  if (!/^[a-z][a-z0-9]*$/.test(hrp) || !/^[qpzry9x8gf2tvdw0s3jn54khce6mua7l]+$/.test(s.slice(sep + 1))) return undefined;
  return hrp === expected ? undefined : hrp;
}

export const addrHex = (addr: Uint8Array): string => toHex(addr);
export const toEvmAddress = (addr: Uint8Array): string => '0x' + toHex(addr);

/** The SDK's module account address: sha256("<name>")[:20] (authtypes.NewModuleAddress). */
export function moduleAddress(name: string): Uint8Array {
  return new Uint8Array(createHash('sha256').update(name).digest().subarray(0, 20));
}

/**
 * The EIP-55 mixed-case checksum spelling of a 20-byte address (what ethers' getAddress prints). `keccak256` may be a
 * faster one than noble's (x/evm's native one: the start banner's few addresses cost ≈ 30 ms in cold JS).
 */
export function toChecksumAddress(addr: Uint8Array, keccak256: (b: Uint8Array) => Uint8Array = keccak_256): string {
  const hex = Buffer.from(addr).toString('hex');
  const hash = keccak256(new TextEncoder().encode(hex));
  let out = '0x';
  for (let i = 0; i < hex.length; i++) out += (hash[i >> 1]! >> (i % 2 ? 0 : 4)) & 0x8 ? hex[i]!.toUpperCase() : hex[i]!;
  return out;
}
