import {
  MsgClearAdmin,
  MsgClearAdminResponse,
  MsgExecuteContract,
  MsgExecuteContractResponse,
  MsgInstantiateContract,
  MsgInstantiateContract2,
  MsgInstantiateContract2Response,
  MsgInstantiateContractResponse,
  MsgMigrateContract,
  MsgMigrateContractResponse,
  MsgStoreCode,
  MsgStoreCodeResponse,
  MsgUpdateAdmin,
  MsgUpdateAdminResponse,
} from 'cosmjs-types/cosmwasm/wasm/v1/tx';
import type { Coin } from '../../core/types/coin.ts';
import { ErrInvalidAddress, ErrInvalidRequest } from '../../core/types/errors.ts';
import type { MsgDef } from '../../core/types/module.ts';
import { parseCoins } from '../bank/types/index.ts';
import { ErrEmpty, ErrInvalid, ErrLimit } from './errors.ts';
import { isAddress, type WasmKeeper } from './keeper/keeper.ts';
import { MAX_LABEL } from './runtime/validator.ts';
import { DEFAULT_PARAMS } from './types/index.ts';
import { wasmAmino } from './types/amino.ts';

/** The CosmWasm messages, with their type URLs, so CosmJS's SigningCosmWasmClient works unmodified. */
export function wasmMsgs(k: WasmKeeper): MsgDef[] {
  const storeCode: MsgDef<MsgStoreCode> = {
    typeUrl: '/cosmwasm.wasm.v1.MsgStoreCode',
    amino: wasmAmino['/cosmwasm.wasm.v1.MsgStoreCode'],
    codec: MsgStoreCode,
    signers: (m) => [m.sender],
    validateBasic(m) {
      address(m.sender, 'sender');
      if (m.wasmByteCode.length === 0) throw ErrEmpty('code bytes');
      if (m.wasmByteCode.length > DEFAULT_PARAMS.max_code_size) throw ErrLimit(`code is ${m.wasmByteCode.length} bytes`);
    },
    handle(ctx, m) {
      const { codeId, checksum } = k.storeCode(ctx, m.sender, m.wasmByteCode, m.instantiatePermission);
      return response('/cosmwasm.wasm.v1.MsgStoreCodeResponse', MsgStoreCodeResponse.encode({ codeId, checksum }).finish());
    },
  };

  const instantiate: MsgDef<MsgInstantiateContract> = {
    typeUrl: '/cosmwasm.wasm.v1.MsgInstantiateContract',
    amino: wasmAmino['/cosmwasm.wasm.v1.MsgInstantiateContract'],
    codec: MsgInstantiateContract,
    signers: (m) => [m.sender],
    validateBasic(m) {
      address(m.sender, 'sender');
      if (m.admin) address(m.admin, 'admin');
      codeId(m.codeId);
      label(m.label);
      message(m.msg);
      funds(m.funds);
    },
    async handle(ctx, m) {
      const r = await k.instantiate(ctx, { sender: m.sender, admin: m.admin, codeId: m.codeId, label: m.label, msg: m.msg, funds: m.funds });
      return response('/cosmwasm.wasm.v1.MsgInstantiateContractResponse', MsgInstantiateContractResponse.encode(r).finish());
    },
  };

  const instantiate2: MsgDef<MsgInstantiateContract2> = {
    typeUrl: '/cosmwasm.wasm.v1.MsgInstantiateContract2',
    amino: wasmAmino['/cosmwasm.wasm.v1.MsgInstantiateContract2'],
    codec: MsgInstantiateContract2,
    signers: (m) => [m.sender],
    validateBasic(m) {
      instantiate.validateBasic!(m);
      if (m.salt.length < 1 || m.salt.length > 64) throw ErrInvalid('salt must be 1 to 64 bytes');
    },
    async handle(ctx, m) {
      const r = await k.instantiate(ctx, { sender: m.sender, admin: m.admin, codeId: m.codeId, label: m.label, msg: m.msg, funds: m.funds, salt: m.salt, fixMsg: m.fixMsg });
      return response('/cosmwasm.wasm.v1.MsgInstantiateContract2Response', MsgInstantiateContract2Response.encode(r).finish());
    },
  };

  const execute: MsgDef<MsgExecuteContract> = {
    typeUrl: '/cosmwasm.wasm.v1.MsgExecuteContract',
    amino: wasmAmino['/cosmwasm.wasm.v1.MsgExecuteContract'],
    codec: MsgExecuteContract,
    signers: (m) => [m.sender],
    validateBasic(m) {
      address(m.sender, 'sender');
      address(m.contract, 'contract');
      message(m.msg);
      funds(m.funds);
    },
    async handle(ctx, m) {
      const data = await k.execute(ctx, { sender: m.sender, contract: m.contract, msg: m.msg, funds: m.funds });
      return response('/cosmwasm.wasm.v1.MsgExecuteContractResponse', MsgExecuteContractResponse.encode({ data }).finish());
    },
  };

  const migrate: MsgDef<MsgMigrateContract> = {
    typeUrl: '/cosmwasm.wasm.v1.MsgMigrateContract',
    amino: wasmAmino['/cosmwasm.wasm.v1.MsgMigrateContract'],
    codec: MsgMigrateContract,
    signers: (m) => [m.sender],
    validateBasic(m) {
      address(m.sender, 'sender');
      address(m.contract, 'contract');
      codeId(m.codeId);
      message(m.msg);
    },
    async handle(ctx, m) {
      const data = await k.migrate(ctx, { sender: m.sender, contract: m.contract, codeId: m.codeId, msg: m.msg });
      return response('/cosmwasm.wasm.v1.MsgMigrateContractResponse', MsgMigrateContractResponse.encode({ data }).finish());
    },
  };

  const updateAdmin: MsgDef<MsgUpdateAdmin> = {
    typeUrl: '/cosmwasm.wasm.v1.MsgUpdateAdmin',
    amino: wasmAmino['/cosmwasm.wasm.v1.MsgUpdateAdmin'],
    codec: MsgUpdateAdmin,
    signers: (m) => [m.sender],
    validateBasic(m) {
      address(m.sender, 'sender');
      address(m.contract, 'contract');
      address(m.newAdmin, 'new admin');
    },
    handle(ctx, m) {
      k.updateAdmin(ctx, m.sender, m.contract, m.newAdmin);
      return response('/cosmwasm.wasm.v1.MsgUpdateAdminResponse', MsgUpdateAdminResponse.encode({}).finish());
    },
  };

  const clearAdmin: MsgDef<MsgClearAdmin> = {
    typeUrl: '/cosmwasm.wasm.v1.MsgClearAdmin',
    amino: wasmAmino['/cosmwasm.wasm.v1.MsgClearAdmin'],
    codec: MsgClearAdmin,
    signers: (m) => [m.sender],
    validateBasic(m) {
      address(m.sender, 'sender');
      address(m.contract, 'contract');
    },
    handle(ctx, m) {
      k.updateAdmin(ctx, m.sender, m.contract, '');
      return response('/cosmwasm.wasm.v1.MsgClearAdminResponse', MsgClearAdminResponse.encode({}).finish());
    },
  };

  return [storeCode, instantiate, instantiate2, execute, migrate, updateAdmin, clearAdmin];
}

const response = (typeUrl: string, value: Uint8Array) => ({ typeUrl, value });

function address(s: string, what: string): void {
  if (!isAddress(s)) throw ErrInvalidAddress(`invalid ${what} address ${JSON.stringify(s)}`);
}
function codeId(id: bigint): void {
  if (id <= 0n) throw ErrInvalid('code id must be positive');
}
function label(l: string): void {
  if (l.trim().length === 0) throw ErrEmpty('label');
  if (l.length > MAX_LABEL) throw ErrLimit(`label is longer than ${MAX_LABEL} characters`);
}
function message(msg: Uint8Array): void {
  if (msg.length > DEFAULT_PARAMS.max_msg_size) throw ErrLimit(`message is ${msg.length} bytes; the limit is ${DEFAULT_PARAMS.max_msg_size}`);
  try {
    JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(msg));
  } catch {
    throw ErrInvalid('message must be valid JSON');
  }
}
function funds(coins: Coin[]): void {
  parseCoins(coins);
  if (coins.some((c) => c.amount === '0' || /^0+$/.test(c.amount))) throw ErrInvalidRequest('funds must not contain zero amounts');
}
