import { fromBase64, toBase64, toHex } from '@cosmjs/encoding';
import { parseAddress } from '../../../core/types/address.ts';
import type { Context } from '../../../core/types/context.ts';
import { AppError } from '../../../core/types/errors.ts';
import { infiniteGasMeter } from '../../../core/types/gas.ts';
import { utf8 } from '../../../core/store/kv.ts';
import type { BankKeeper } from '../expected-keepers.ts';
import { StoreKeys, type CodeRecord, type ContractRecord } from '../types/index.ts';
import { getCode, getContract } from './store.ts';
import { contractStorage, rawGet } from './wasm-storage.ts';

/**
 * query_chain for Wasm contracts: a CosmWasm QueryRequest (JSON) → SystemResult<ContractResult<Binary>>,
 * as wasmd's QueryPlugins answer it. Bank balances; wasm smart (either runtime), raw, contract and code
 * info; staking from the chain's validator set — this chain has no staking module, so the bonded set is
 * empty and the bonded denom is the staking denom. Anything else is `unsupported_request`.
 */

export const BONDED_DENOM = 'utrv';

export interface QuerierHost {
  readonly bank: BankKeeper;
  querySmart(ctx: Context, contractAddr: string, msg: Uint8Array, gasLimit?: bigint, queryDepth?: number): { data: Uint8Array; gasUsed: bigint };
}

type Json = Record<string, any>;

const systemErr = (e: Json): Uint8Array => utf8(JSON.stringify({ error: e }));
const ok = (v: unknown): Uint8Array => utf8(JSON.stringify({ ok: { ok: toBase64(utf8(JSON.stringify(v))) } }));
const okBytes = (b: Uint8Array): Uint8Array => utf8(JSON.stringify({ ok: { ok: toBase64(b) } }));
const contractErr = (msg: string): Uint8Array => utf8(JSON.stringify({ ok: { error: msg } }));
const unsupported = (kind: string): Uint8Array => systemErr({ unsupported_request: { kind } });

export function queryChain(k: QuerierHost, ctx: Context, queryDepth: number): (request: Uint8Array) => Uint8Array {
  const free = ctx.withGasMeter(infiniteGasMeter());
  return (request) => {
    let q: Json;
    try {
      q = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(request));
    } catch (e) {
      return systemErr({ invalid_request: { error: `parsing cosmwasm_std::query::QueryRequest: ${(e as Error).message}`, request: toBase64(request) } });
    }
    const [kind] = Object.keys(q ?? {});
    try {
      switch (kind) {
        case 'bank':
          return bank(k, free, q.bank);
        case 'wasm':
          return wasm(k, ctx, free, q.wasm, queryDepth);
        case 'staking':
          return staking(q.staking);
        default:
          return unsupported(kind ?? 'empty');
      }
    } catch (e) {
      if (e instanceof AppError && !(e.codespace === 'sdk' && e.code === 11)) return contractErr(e.message);
      throw e;
    }
  };
}

function address(s: unknown): Uint8Array {
  if (typeof s !== 'string') throw new AppError('sdk', 7, 'address must be a string');
  return parseAddress(s);
}

function bank(k: QuerierHost, ctx: Context, q: Json): Uint8Array {
  const [kind] = Object.keys(q ?? {});
  if (kind === 'balance') {
    const { address: a, denom } = q.balance;
    return ok({ amount: { denom, amount: k.bank.getBalance(ctx, address(a), String(denom)).toString() } });
  }
  if (kind === 'all_balances') return ok({ amount: k.bank.getAllBalances(ctx, address(q.all_balances.address)) });
  if (kind === 'supply' && k.bank.getSupply) return ok({ amount: { denom: String(q.supply.denom), amount: k.bank.getSupply(ctx, String(q.supply.denom)).toString() } });
  return unsupported(`bank.${kind}`);
}

function wasm(k: QuerierHost, ctx: Context, free: Context, q: Json, depth: number): Uint8Array {
  const [kind] = Object.keys(q ?? {});
  switch (kind) {
    case 'smart': {
      const addr = q.smart.contract_addr as string;
      if (!getContract(free, address(addr))) return systemErr({ no_such_contract: { addr } });
      // The nested query spends the caller's gas, as wasmd's querier does.
      try {
        const r = k.querySmart(free, addr, fromBase64(q.smart.msg), ctx.gasMeter.remaining, depth + 1);
        ctx.gasMeter.consume(r.gasUsed, 'wasm query');
        return okBytes(r.data);
      } catch (e) {
        const used = (e as { gasUsed?: bigint }).gasUsed;
        if (typeof used === 'bigint') ctx.gasMeter.consume(used, 'wasm query');
        throw e;
      }
    }
    case 'raw': {
      const addr = q.raw.contract_addr as string;
      const bytes = address(addr);
      const c = getContract(free, bytes);
      if (!c) return systemErr({ no_such_contract: { addr } });
      const key = fromBase64(q.raw.key);
      const code = getCode(free, BigInt(c.code_id));
      const v = code?.runtime === 'wasm' ? rawGet(free, toHex(bytes), key) : free.rawStore.get(StoreKeys.state(toHex(bytes)) + new TextDecoder().decode(key));
      return okBytes(v ?? new Uint8Array());
    }
    case 'raw_range': {
      // CosmWasm 2.2: [start, end) of a contract's storage, at most `limit` entries, and where to go on.
      const { contract_addr: addr, start, end, limit, order } = q.raw_range as { contract_addr: string; start?: string | null; end?: string | null; limit: number; order: string };
      const bytes = address(addr);
      const c = getContract(free, bytes);
      if (!c) return systemErr({ no_such_contract: { addr } });
      if (getCode(free, BigInt(c.code_id))?.runtime !== 'wasm') return unsupported('wasm.raw_range of a JS contract');
      const n = Math.max(0, Math.min(Number(limit) || 0, 65_535));
      // Over `free` (an unlimited meter), like the other raw reads of the querier.
      const it = contractStorage(free, toHex(bytes)).scan(start ? fromBase64(start) : null, end ? fromBase64(end) : null, order === 'descending' ? 2 : 1);
      const data: Array<[string, string]> = [];
      let nextKey: string | null = null;
      for (let r = it.next(); !r.done; r = it.next()) {
        if (data.length === n) {
          nextKey = toBase64(r.value[0]);
          break;
        }
        data.push([toBase64(r.value[0]), toBase64(r.value[1])]);
      }
      return ok({ data, next_key: nextKey });
    }
    case 'contract_info': {
      const addr = q.contract_info.contract_addr as string;
      const c: ContractRecord | undefined = getContract(free, address(addr));
      if (!c) return systemErr({ no_such_contract: { addr } });
      return ok({ code_id: Number(c.code_id), creator: c.creator, admin: c.admin || null, pinned: false, ibc_port: null });
    }
    case 'code_info': {
      const code: CodeRecord | undefined = getCode(free, BigInt(q.code_info.code_id));
      if (!code) return systemErr({ no_such_code: { code_id: Number(q.code_info.code_id) } });
      return ok({ code_id: Number(code.code_id), creator: code.creator, checksum: code.checksum });
    }
    default:
      return unsupported(`wasm.${kind}`);
  }
}

function staking(q: Json): Uint8Array {
  const [kind] = Object.keys(q ?? {});
  switch (kind) {
    case 'bonded_denom':
      return ok({ denom: BONDED_DENOM });
    case 'all_validators':
      return ok({ validators: [] });
    case 'validator':
      return ok({ validator: null });
    case 'all_delegations':
      return ok({ delegations: [] });
    case 'delegation':
      return ok({ delegation: null });
    default:
      return unsupported(`staking.${kind}`);
  }
}
