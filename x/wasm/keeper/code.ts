import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { toHex } from '@cosmjs/encoding';
import { parseAddress } from '../../../core/types/address.ts';
import type { Context } from '../../../core/types/context.ts';
import { ErrInvalidAddress } from '../../../core/types/errors.ts';
import { fromUtf8, getJSON, setJSON } from '../../../core/store/kv.ts';
import { ErrCreateFailed, ErrInvalid, ErrLimit, ErrNoSuchCode } from '../errors.ts';
import { storeCodeEvent } from '../events.ts';
import { STORE_CODE_GAS_FLAT, STORE_CODE_GAS_PER_BYTE } from '../gas-register.ts';
import { isWasm } from '../cosmwasm/binary.ts';
import { WasmdGas } from '../cosmwasm/gas.ts';
import { DeployValidationError, validateDeploy } from '../runtime/index.ts';
import { meterSource } from '../runtime/metering.ts';
import { AccessType, StoreKeys, type AccessConfigRecord, type CodeRecord, type WasmParams } from '../types/index.ts';
import { isAddress, sameAddress } from './addresses.ts';
import { nextSeq } from './store.ts';
import { checkWasmCode } from './wasm-code.ts';

/** Code storage: MsgStoreCode's validation and records, and the metered sources calls run. */

const METERED_CACHE_SIZE = 256;

/** checksum → metered source: metering is a pure function of the source, so this is only a cache. */
export class MeteredSources {
  private readonly bySum = new Map<string, string>();
  get(checksum: string): string | undefined {
    return this.bySum.get(checksum);
  }
  put(checksum: string, metered: string): void {
    if (this.bySum.size >= METERED_CACHE_SIZE) this.bySum.delete(this.bySum.keys().next().value!);
    this.bySum.set(checksum, metered);
  }
}

/** A code as a call needs it: its record, and its metered source on demand. */
export interface LoadedCode {
  codeId: bigint;
  record: CodeRecord;
  meteredSource: () => string;
  /** The stored bytes (a Wasm contract's binary). */
  bytes: () => Uint8Array;
}

export function storeCode(
  ctx: Context,
  params: WasmParams,
  cache: MeteredSources,
  sender: string,
  wasmByteCode: Uint8Array,
  permission?: AccessConfigRecord,
): { codeId: bigint; checksum: Uint8Array } {
  const raw = unpackCode(wasmByteCode, params.max_code_size);
  if (isWasm(raw)) return storeWasm(ctx, sender, raw, permission);
  const source = decodeSource(raw, params.max_code_size);
  ctx.gasMeter.consume(STORE_CODE_GAS_FLAT + STORE_CODE_GAS_PER_BYTE * BigInt(source.bytes.length), 'wasm store code');
  let check;
  try {
    check = validateDeploy(source.text);
  } catch (e) {
    if (e instanceof DeployValidationError) throw ErrCreateFailed(e.message);
    throw e;
  }
  const checksum = sha256(source.bytes);
  const checksumHex = toHex(checksum);
  const codeId = nextSeq(ctx, 'code');
  const record: CodeRecord = {
    code_id: codeId.toString(),
    creator: sender,
    checksum: checksumHex,
    instantiate_permission: normalizePermission(permission),
  };
  setJSON(ctx.store, StoreKeys.code(codeId), record);
  ctx.rawStore.set(StoreKeys.codeBytes(codeId), source.bytes);
  cache.put(checksumHex, check.meteredSource);
  ctx.emit(storeCodeEvent(codeId, checksumHex, check.warnings));
  return { codeId, checksum };
}

/** A CosmWasm binary: checked as wasmd checks it (and instrumented once, to prove it can run), then stored. */
function storeWasm(ctx: Context, sender: string, raw: Uint8Array, permission?: AccessConfigRecord): { codeId: bigint; checksum: Uint8Array } {
  ctx.gasMeter.consume(WasmdGas.compilePerByte * BigInt(raw.length), 'Compiling wasm bytecode');
  const checksum = sha256(raw);
  const checksumHex = toHex(checksum);
  const { capabilities } = checkWasmCode(checksumHex, raw);
  const codeId = nextSeq(ctx, 'code');
  const record: CodeRecord = {
    code_id: codeId.toString(),
    creator: sender,
    checksum: checksumHex,
    instantiate_permission: normalizePermission(permission),
    runtime: 'wasm',
    capabilities,
  };
  setJSON(ctx.store, StoreKeys.code(codeId), record);
  ctx.rawStore.set(StoreKeys.codeBytes(codeId), raw);
  ctx.emit(storeCodeEvent(codeId, checksumHex, []));
  return { codeId, checksum };
}

export function loadCode(ctx: Context, cache: MeteredSources, codeId: bigint): LoadedCode {
  const record = getJSON<CodeRecord>(ctx.store, StoreKeys.code(codeId));
  if (!record) throw ErrNoSuchCode(`code ${codeId}`);
  const bytes = (): Uint8Array => {
    const b = ctx.rawStore.get(StoreKeys.codeBytes(codeId));
    if (!b) throw ErrNoSuchCode(`code ${codeId} has no bytes`);
    return b;
  };
  return {
    codeId,
    record,
    bytes,
    meteredSource: () => {
      const hit = cache.get(record.checksum);
      if (hit !== undefined) return hit;
      const bytes = ctx.rawStore.get(StoreKeys.codeBytes(codeId));
      if (!bytes) throw ErrNoSuchCode(`code ${codeId} has no bytes`);
      const m = meterSource(fromUtf8(bytes));
      cache.put(record.checksum, m);
      return m;
    },
  };
}

const sha256 = (b: Uint8Array): Uint8Array => new Uint8Array(createHash('sha256').update(b).digest());

/** MsgStoreCode bytes, gunzipped if gzip (as CosmJS uploads): a Wasm binary or JavaScript source. */
export function unpackCode(bytes: Uint8Array, maxSize: number): Uint8Array {
  if (bytes.length === 0) throw ErrCreateFailed('empty code');
  let raw = bytes;
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      raw = new Uint8Array(gunzipSync(bytes, { maxOutputLength: maxSize + 1 }));
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw ErrLimit(`code exceeds ${maxSize} bytes uncompressed`);
      throw ErrCreateFailed(`invalid gzip: ${(e as Error).message}`);
    }
  }
  if (raw.length > maxSize) throw ErrLimit(`code is ${raw.length} bytes; the limit is ${maxSize}`);
  return raw;
}

/** Contract source: strict UTF-8 (after unpackCode). */
export function decodeSource(bytes: Uint8Array, maxSize: number): { bytes: Uint8Array; text: string } {
  const raw = unpackCode(bytes, maxSize);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw ErrCreateFailed('code is neither a Wasm binary (\\0asm) nor UTF-8 JavaScript source');
  }
  return { bytes: raw, text };
}

function normalizePermission(p?: { permission: number; addresses: string[] }): AccessConfigRecord {
  if (!p || p.permission === AccessType.Unspecified) return { permission: AccessType.Everybody, addresses: [] };
  if (p.permission === AccessType.Nobody || p.permission === AccessType.Everybody) return { permission: p.permission, addresses: [] };
  if (p.permission === AccessType.AnyOfAddresses) {
    if (!p.addresses.length) throw ErrInvalid('AnyOfAddresses needs at least one address');
    for (const a of p.addresses) if (!isAddress(a)) throw ErrInvalidAddress(`invalid address ${a} in instantiate permission`);
    return { permission: p.permission, addresses: [...p.addresses] };
  }
  throw ErrInvalid(`unsupported instantiate permission ${p.permission}`);
}

export function mayInstantiate(p: AccessConfigRecord, sender: string, senderBytes: Uint8Array): boolean {
  if (p.permission === AccessType.Everybody) return true;
  if (p.permission === AccessType.AnyOfAddresses) return p.addresses.some((a) => sameAddress(a, sender) || toHex(parseAddress(a)) === toHex(senderBytes));
  return false;
}
