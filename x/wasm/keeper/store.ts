import { fromHex, toHex } from '@cosmjs/encoding';
import { BECH32_PREFIX, parseAddress, toBech32Address } from '../../../core/types/address.ts';
import type { Context } from '../../../core/types/context.ts';
import { ErrInvalidAddress } from '../../../core/types/errors.ts';
import { fromUtf8, getJSON, setJSON, u64Key } from '../../../core/store/kv.ts';
import { ErrNoSuchContract } from '../errors.ts';
import { StoreKeys, type CodeRecord, type ContractRecord, type HistoryEntry, type TxPosition } from '../types/index.ts';

/** Reads and small writes of x/wasm's records: codes, contracts, their indexes, history and sequences. */

/** A contract resolved from an address, as calls use it. */
export interface LoadedContract {
  address: string;
  bytes: Uint8Array;
  hex: string;
  record: ContractRecord;
}

export function getCode(ctx: Context, codeId: bigint): CodeRecord | undefined {
  return getJSON<CodeRecord>(ctx.rawStore, StoreKeys.code(codeId));
}

export function getCodeBytes(ctx: Context, codeId: bigint): Uint8Array | undefined {
  return ctx.rawStore.get(StoreKeys.codeBytes(codeId));
}

export function* codes(ctx: Context, startAfter?: bigint): IterableIterator<CodeRecord> {
  const start = startAfter === undefined ? undefined : StoreKeys.code(startAfter + 1n);
  for (const [, v] of ctx.rawStore.iterate(StoreKeys.codePrefix, { start })) yield JSON.parse(fromUtf8(v)) as CodeRecord;
}

export function getContract(ctx: Context, addr: Uint8Array): ContractRecord | undefined {
  return getJSON<ContractRecord>(ctx.rawStore, StoreKeys.contract(toHex(addr)));
}

/** The contract at `address` (metered read), or ErrInvalidAddress / ErrNoSuchContract. */
export function loadContract(ctx: Context, address: string): LoadedContract {
  let bytes: Uint8Array;
  try {
    bytes = parseAddress(address);
  } catch {
    throw ErrInvalidAddress(`invalid contract address ${JSON.stringify(address)}`);
  }
  const hex = toHex(bytes);
  const record = getJSON<ContractRecord>(ctx.store, StoreKeys.contract(hex));
  if (!record) throw ErrNoSuchContract(`address ${address}`);
  // The canonical spelling is lower-case bech32; reuse the caller's when it already is.
  return { address: address.startsWith(BECH32_PREFIX + '1') && address === address.toLowerCase() ? address : toBech32Address(bytes), bytes, hex, record };
}

/** Contract storage as the chain holds it (RawContractState / AllContractState). */
export function rawState(ctx: Context, addr: Uint8Array, key: string): string | undefined {
  const v = ctx.rawStore.get(StoreKeys.state(toHex(addr)) + key);
  return v === undefined ? undefined : fromUtf8(v);
}

export function* allState(ctx: Context, addr: Uint8Array, startKey?: string): IterableIterator<[string, string]> {
  const prefix = StoreKeys.state(toHex(addr));
  for (const [k, v] of ctx.rawStore.iterate(prefix, { start: startKey === undefined ? undefined : prefix + startKey })) {
    yield [k.slice(prefix.length), fromUtf8(v)];
  }
}

export function* contractsByCode(ctx: Context, codeId: bigint, startPos?: string): IterableIterator<[string, string]> {
  const prefix = StoreKeys.byCode(codeId);
  for (const [k, v] of ctx.rawStore.iterate(prefix, { start: startPos === undefined ? undefined : prefix + startPos })) {
    yield [k.slice(prefix.length), toBech32Address(fromHex(fromUtf8(v)))];
  }
}

export function* contractsByCreator(ctx: Context, creator: Uint8Array, startPos?: string): IterableIterator<[string, string]> {
  const prefix = StoreKeys.byCreator(toHex(creator));
  for (const [k, v] of ctx.rawStore.iterate(prefix, { start: startPos === undefined ? undefined : prefix + startPos })) {
    yield [k.slice(prefix.length), toBech32Address(fromHex(fromUtf8(v)))];
  }
}

export function* history(ctx: Context, addr: Uint8Array): IterableIterator<HistoryEntry> {
  for (const [, v] of ctx.rawStore.iterate(StoreKeys.history(toHex(addr)))) yield JSON.parse(fromUtf8(v)) as HistoryEntry;
}

export function appendHistory(ctx: Context, hex: string, e: HistoryEntry): void {
  const prefix = StoreKeys.history(hex);
  let n = 0n;
  for (const [k] of ctx.rawStore.iterate(prefix, { reverse: true })) {
    n = BigInt(k.slice(prefix.length)) + 1n;
    break;
  }
  setJSON(ctx.rawStore, prefix + u64Key(n), e);
}

export function nextSeq(ctx: Context, name: 'code' | 'instance' | 'position'): bigint {
  const next = BigInt(getJSON<string>(ctx.store, StoreKeys.seq(name)) ?? '0') + 1n;
  setJSON(ctx.store, StoreKeys.seq(name), next.toString());
  return next;
}

/** Where in the chain ctx is (contract creation and history entries). */
export function position(ctx: Context): TxPosition {
  return { block_height: String(ctx.block.height), tx_index: String(ctx.tx?.index ?? 0) };
}
