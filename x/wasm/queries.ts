import { fromHex, toHex } from '@cosmjs/encoding';
import type { PageRequest, PageResponse } from 'cosmjs-types/cosmos/base/query/v1beta1/pagination';
import {
  QueryAllContractStateRequest,
  QueryAllContractStateResponse,
  QueryBuildAddressRequest,
  QueryBuildAddressResponse,
  QueryCodeInfoRequest,
  QueryCodeInfoResponse,
  QueryCodeRequest,
  QueryCodeResponse,
  QueryCodesRequest,
  QueryCodesResponse,
  QueryContractHistoryRequest,
  QueryContractHistoryResponse,
  QueryContractInfoRequest,
  QueryContractInfoResponse,
  QueryContractsByCodeRequest,
  QueryContractsByCodeResponse,
  QueryContractsByCreatorRequest,
  QueryContractsByCreatorResponse,
  QueryParamsResponse,
  QueryPinnedCodesResponse,
  QueryRawContractStateRequest,
  QueryRawContractStateResponse,
  QuerySmartContractStateRequest,
  QuerySmartContractStateResponse,
} from 'cosmjs-types/cosmwasm/wasm/v1/query';
import type { CodeInfoResponse } from 'cosmjs-types/cosmwasm/wasm/v1/query';
import type { ContractInfo } from 'cosmjs-types/cosmwasm/wasm/v1/types';
import { parseAddress, toBech32Address } from '../../core/types/address.ts';
import { ErrInvalidRequest } from '../../core/types/errors.ts';
import type { QueryHandler } from '../../core/types/module.ts';
import { fromUtf8, u64Key, utf8 } from '../../core/store/kv.ts';
import { predictableContractAddress } from './keeper/addresses.ts';
import { ErrNotFound, ErrNoSuchCode } from './errors.ts';
import type { WasmKeeper } from './keeper/keeper.ts';
import { AccessType, type CodeRecord, type ContractRecord, type TxPosition } from './types/index.ts';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

/**
 * `/cosmwasm.wasm.v1.Query/…` over ABCI, request and response in cosmjs-types' codecs. Paginated lists
 * take `pagination.key` (the `next_key` of the previous page) and `limit`; the last page's `next_key` is
 * empty, which is how CosmJS knows to stop.
 */
export function wasmQueries(k: WasmKeeper): Record<string, QueryHandler> {
  return {
    '/cosmwasm.wasm.v1.Query/ContractInfo': (ctx, data) => {
      const req = QueryContractInfoRequest.decode(data);
      const addr = parseAddress(req.address);
      const r = k.getContract(ctx, addr);
      if (!r) throw ErrNotFound(`no contract at ${req.address}`);
      return QueryContractInfoResponse.encode({ address: toBech32Address(addr), contractInfo: contractInfo(r) }).finish();
    },
    '/cosmwasm.wasm.v1.Query/ContractHistory': (ctx, data) => {
      const req = QueryContractHistoryRequest.decode(data);
      const addr = parseAddress(req.address);
      if (!k.getContract(ctx, addr)) throw ErrNotFound(`no contract at ${req.address}`);
      const entries = [...k.history(ctx, addr)].map((e) => ({ operation: e.operation, codeId: BigInt(e.code_id), updated: txPos(e.updated), msg: utf8(e.msg) }));
      return QueryContractHistoryResponse.encode({ entries, pagination: lastPage(entries.length) }).finish();
    },
    '/cosmwasm.wasm.v1.Query/ContractsByCode': (ctx, data) => {
      const req = QueryContractsByCodeRequest.decode(data);
      const p = page(req.pagination, (start) => k.contractsByCode(ctx, req.codeId, start));
      return QueryContractsByCodeResponse.encode({ contracts: p.items, pagination: p.pagination }).finish();
    },
    '/cosmwasm.wasm.v1.Query/ContractsByCreator': (ctx, data) => {
      const req = QueryContractsByCreatorRequest.decode(data);
      const creator = parseAddress(req.creatorAddress);
      const p = page(req.pagination, (start) => k.contractsByCreator(ctx, creator, start));
      return QueryContractsByCreatorResponse.encode({ contractAddresses: p.items, pagination: p.pagination }).finish();
    },
    '/cosmwasm.wasm.v1.Query/AllContractState': (ctx, data) => {
      const req = QueryAllContractStateRequest.decode(data);
      const addr = parseAddress(req.address);
      if (!k.getContract(ctx, addr)) throw ErrNotFound(`no contract at ${req.address}`);
      const p = k.isWasmContract(ctx, addr)
        ? page(req.pagination, (start) => mapIter(k.wasmState(ctx, addr, start), ([key, v]) => [toHex(key), { key, value: v }] as [string, { key: Uint8Array; value: Uint8Array }]))
        : page(req.pagination, (start) => mapIter(k.allState(ctx, addr, start), ([key, v]) => [key, { key: utf8(key), value: utf8(v) }] as [string, { key: Uint8Array; value: Uint8Array }]));
      return QueryAllContractStateResponse.encode({ models: p.items, pagination: p.pagination }).finish();
    },
    '/cosmwasm.wasm.v1.Query/RawContractState': (ctx, data) => {
      const req = QueryRawContractStateRequest.decode(data);
      const addr = parseAddress(req.address);
      if (!k.getContract(ctx, addr)) throw ErrNotFound(`no contract at ${req.address}`);
      if (k.isWasmContract(ctx, addr)) return QueryRawContractStateResponse.encode({ data: k.wasmRawState(ctx, addr, req.queryData) ?? new Uint8Array() }).finish();
      let key: string;
      try {
        key = new TextDecoder('utf-8', { fatal: true }).decode(req.queryData);
      } catch {
        return QueryRawContractStateResponse.encode({ data: new Uint8Array() }).finish();
      }
      const v = key === '' ? undefined : k.rawState(ctx, addr, key);
      return QueryRawContractStateResponse.encode({ data: v === undefined ? new Uint8Array() : utf8(v) }).finish();
    },
    '/cosmwasm.wasm.v1.Query/SmartContractState': (ctx, data) => {
      const req = QuerySmartContractStateRequest.decode(data);
      const { data: out } = k.querySmart(ctx, req.address, req.queryData);
      return QuerySmartContractStateResponse.encode({ data: out }).finish();
    },
    '/cosmwasm.wasm.v1.Query/Code': (ctx, data) => {
      const req = QueryCodeRequest.decode(data);
      const r = k.getCode(ctx, req.codeId);
      const bytes = k.getCodeBytes(ctx, req.codeId);
      if (!r || !bytes) throw ErrNoSuchCode(`code ${req.codeId}`);
      return QueryCodeResponse.encode({ codeInfo: codeInfo(r), data: bytes }).finish();
    },
    '/cosmwasm.wasm.v1.Query/CodeInfo': (ctx, data) => {
      const req = QueryCodeInfoRequest.decode(data);
      const r = k.getCode(ctx, req.codeId);
      if (!r) throw ErrNoSuchCode(`code ${req.codeId}`);
      const info = codeInfo(r);
      return QueryCodeInfoResponse.encode({ codeId: info.codeId, creator: info.creator, checksum: info.dataHash, instantiatePermission: info.instantiatePermission }).finish();
    },
    '/cosmwasm.wasm.v1.Query/Codes': (ctx, data) => {
      const req = QueryCodesRequest.decode(data);
      const p = page(req.pagination, (start) => mapIter(k.codes(ctx, start === undefined ? undefined : BigInt(start) - 1n), (r) => [u64Key(BigInt(r.code_id)), codeInfo(r)] as [string, CodeInfoResponse]));
      return QueryCodesResponse.encode({ codeInfos: p.items, pagination: p.pagination }).finish();
    },
    '/cosmwasm.wasm.v1.Query/PinnedCodes': () => QueryPinnedCodesResponse.encode({ codeIds: [], pagination: lastPage(0) }).finish(),
    '/cosmwasm.wasm.v1.Query/Params': () =>
      QueryParamsResponse.encode({ params: { codeUploadAccess: { permission: AccessType.Everybody, addresses: [] }, instantiateDefaultPermission: AccessType.Everybody } }).finish(),
    '/cosmwasm.wasm.v1.Query/BuildAddress': (_ctx, data) => {
      const req = QueryBuildAddressRequest.decode(data);
      if (!/^[0-9a-fA-F]{64}$/.test(req.codeHash)) throw ErrInvalidRequest('code_hash must be 32 bytes of hex');
      if (!/^([0-9a-fA-F]{2}){1,64}$/.test(req.salt)) throw ErrInvalidRequest('salt must be 1 to 64 bytes of hex');
      const addr = predictableContractAddress(fromHex(req.codeHash), parseAddress(req.creatorAddress), fromHex(req.salt), req.initArgs);
      return QueryBuildAddressResponse.encode({ address: toBech32Address(addr) }).finish();
    },
  };
}

function contractInfo(r: ContractRecord): ContractInfo {
  return { codeId: BigInt(r.code_id), creator: r.creator, admin: r.admin, label: r.label, created: txPos(r.created), ibcPortId: '', ibc2PortId: '', extension: undefined };
}

function codeInfo(r: CodeRecord): CodeInfoResponse {
  return {
    codeId: BigInt(r.code_id),
    creator: r.creator,
    dataHash: fromHex(r.checksum),
    instantiatePermission: { permission: r.instantiate_permission.permission, addresses: r.instantiate_permission.addresses },
  };
}

const txPos = (p: TxPosition) => ({ blockHeight: BigInt(p.block_height), txIndex: BigInt(p.tx_index) });

function lastPage(total: number): PageResponse {
  return { nextKey: new Uint8Array(), total: BigInt(total) };
}

function* mapIter<A, B>(it: Iterable<A>, f: (a: A) => B): IterableIterator<B> {
  for (const a of it) yield f(a);
}

/**
 * One page of a cursor-ordered listing. `open(start)` iterates [cursor, item] pairs from `start`
 * (inclusive); the next page's key is the cursor of the first item not returned. Offsets are honoured
 * when no key is given.
 */
function page<T>(req: PageRequest | undefined, open: (start?: string) => Iterable<[string, T]>): { items: T[]; pagination: PageResponse } {
  const limitReq = Number(req?.limit ?? 0n);
  const limit = limitReq <= 0 ? DEFAULT_LIMIT : Math.min(limitReq, MAX_LIMIT);
  const start = req?.key && req.key.length ? fromUtf8(req.key) : undefined;
  let skip = start === undefined ? Number(req?.offset ?? 0n) : 0;
  const items: T[] = [];
  let nextKey: Uint8Array = new Uint8Array();
  for (const [cursor, item] of open(start)) {
    if (skip > 0) {
      skip--;
      continue;
    }
    if (items.length === limit) {
      nextKey = utf8(cursor);
      break;
    }
    items.push(item);
  }
  return { items, pagination: { nextKey, total: 0n } };
}
