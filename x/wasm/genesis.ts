import { fromBase64, toBase64, toHex } from '@cosmjs/encoding';
import { createHash } from 'node:crypto';
import { parseAddress, toBech32Address } from '../../core/types/address.ts';
import type { Context } from '../../core/types/context.ts';
import { fromUtf8, getJSON, setJSON, u64Key, utf8 } from '../../core/store/kv.ts';
import { ErrInvalidGenesis } from './errors.ts';
import type { WasmKeeper } from './keeper/keeper.ts';
import { validateDeploy } from './runtime/index.ts';
import { checkWasmCode } from './keeper/wasm-code.ts';
import { DEFAULT_PARAMS, StoreKeys, type CodeRecord, type ContractRecord, type HistoryEntry, type WasmParams } from './types/index.ts';

/** x/wasm's genesis: codes (with their source), contracts (with their storage and history), sequences. */
export interface WasmGenesis {
  params: WasmParams;
  codes: Array<CodeRecord & { code_bytes: string }>;
  contracts: Array<{ contract_address: string; contract_info: ContractRecord; contract_state: Array<{ key: string; value: string }>; history: HistoryEntry[] }>;
  sequences: { code: string; instance: string; position: string };
}

export const defaultWasmGenesis = (): WasmGenesis => ({
  params: { ...DEFAULT_PARAMS },
  codes: [],
  contracts: [],
  sequences: { code: '0', instance: '0', position: '0' },
});

/** Imports genesis state; every code is validated exactly as MsgStoreCode would validate it. */
export function initWasmGenesis(k: WasmKeeper, ctx: Context, g: WasmGenesis): void {
  const s = ctx.rawStore;
  let maxCode = 0n;
  for (const c of g.codes ?? []) {
    const bytes = fromBase64(c.code_bytes);
    const checksum = toHex(createHash('sha256').update(bytes).digest());
    if (checksum !== c.checksum) throw ErrInvalidGenesis(`code ${c.code_id}: checksum ${c.checksum} does not match its bytes (${checksum})`);
    try {
      if (c.runtime === 'wasm') checkWasmCode(checksum, bytes);
      else validateDeploy(fromUtf8(bytes));
    } catch (e) {
      throw ErrInvalidGenesis(`code ${c.code_id}: ${(e as Error).message}`);
    }
    const id = BigInt(c.code_id);
    if (id > maxCode) maxCode = id;
    const { code_bytes: _omit, ...record } = c;
    setJSON(s, StoreKeys.code(id), record);
    s.set(StoreKeys.codeBytes(id), bytes);
  }
  let maxPos = 0n;
  for (const c of g.contracts ?? []) {
    const addr = parseAddress(c.contract_address);
    const hex = toHex(addr);
    const r = c.contract_info;
    if (!getJSON(s, StoreKeys.code(BigInt(r.code_id)))) throw ErrInvalidGenesis(`contract ${c.contract_address}: no code ${r.code_id}`);
    setJSON(s, StoreKeys.contract(hex), r);
    s.set(StoreKeys.byCode(BigInt(r.code_id)) + r.by_code_pos, utf8(hex));
    s.set(StoreKeys.byCreator(toHex(parseAddress(r.creator))) + r.creator_pos, utf8(hex));
    for (const pos of [r.by_code_pos, r.creator_pos]) if (BigInt(pos) > maxPos) maxPos = BigInt(pos);
    c.history.forEach((h, i) => setJSON(s, StoreKeys.history(hex) + u64Key(i), h));
    const wasm = getJSON<CodeRecord>(s, StoreKeys.code(BigInt(r.code_id)))?.runtime === 'wasm';
    for (const { key, value } of c.contract_state) {
      if (wasm && !/^(?:[0-9a-f]{2})+$/.test(key)) throw ErrInvalidGenesis(`contract ${c.contract_address}: a Wasm contract's state keys are lower-case hex`);
      s.set(StoreKeys.state(hex) + key, wasm ? fromBase64(value) : utf8(value));
    }
    k.auth.getOrCreateAccount(ctx, addr);
  }
  const seq = g.sequences ?? defaultWasmGenesis().sequences;
  if (BigInt(seq.code) < maxCode) throw ErrInvalidGenesis(`sequences.code ${seq.code} is below the highest code id ${maxCode}`);
  if (BigInt(seq.position) < maxPos) throw ErrInvalidGenesis(`sequences.position ${seq.position} is below the highest position ${maxPos}`);
  setJSON(s, StoreKeys.seq('code'), seq.code);
  setJSON(s, StoreKeys.seq('instance'), seq.instance);
  setJSON(s, StoreKeys.seq('position'), seq.position);
}

export function exportWasmGenesis(k: WasmKeeper, ctx: Context): WasmGenesis {
  const s = ctx.rawStore;
  const codes = [...k.codes(ctx)].map((r) => ({ ...r, code_bytes: toBase64(k.getCodeBytes(ctx, BigInt(r.code_id))!) }));
  const contracts: WasmGenesis['contracts'] = [];
  for (const [key, v] of s.iterate(StoreKeys.contractPrefix)) {
    const hex = key.slice(StoreKeys.contractPrefix.length);
    const addr = Uint8Array.from(Buffer.from(hex, 'hex'));
    contracts.push({
      contract_address: toBech32Address(addr),
      contract_info: JSON.parse(fromUtf8(v)) as ContractRecord,
      // A Wasm contract's state: hex keys (as stored), base64 values (its values are bytes).
      contract_state: k.isWasmContract(ctx, addr)
        ? [...k.wasmState(ctx, addr)].map(([key, value]) => ({ key: toHex(key), value: toBase64(value) }))
        : [...k.allState(ctx, addr)].map(([key, value]) => ({ key, value })),
      history: [...k.history(ctx, addr)],
    });
  }
  const seq = (n: 'code' | 'instance' | 'position') => getJSON<string>(s, StoreKeys.seq(n)) ?? '0';
  return { params: k.params(ctx), codes, contracts, sequences: { code: seq('code'), instance: seq('instance'), position: seq('position') } };
}
