import { fromBase64, fromUtf8, toBase64, toUtf8 } from '@cosmjs/encoding';
import { AccessConfig, AccessType } from 'cosmjs-types/cosmwasm/wasm/v1/types';
import type {
  MsgClearAdmin, MsgExecuteContract, MsgInstantiateContract, MsgInstantiateContract2, MsgMigrateContract, MsgStoreCode, MsgUpdateAdmin,
} from 'cosmjs-types/cosmwasm/wasm/v1/tx';
import type { AminoConverter } from '../../../core/types/amino.ts';

type Coins = Array<{ denom: string; amount: string }>;

const ACCESS: Array<[AccessType, string]> = [
  [AccessType.ACCESS_TYPE_UNSPECIFIED, 'Unspecified'],
  [AccessType.ACCESS_TYPE_NOBODY, 'Nobody'],
  [AccessType.ACCESS_TYPE_EVERYBODY, 'Everybody'],
  [AccessType.ACCESS_TYPE_ANY_OF_ADDRESSES, 'AnyOfAddresses'],
];
const accessToString = (a: AccessType) => ACCESS.find(([t]) => t === a)?.[1] ?? 'UNRECOGNIZED';
const accessFromString = (s: string) => ACCESS.find(([, n]) => n === s)?.[0] ?? AccessType.UNRECOGNIZED;

/** wasmd's RawContractMessage is raw JSON inside the amino JSON; a message that is not JSON cannot be amino-signed. */
function contractMsg(msg: Uint8Array): unknown {
  try {
    return JSON.parse(fromUtf8(msg));
  } catch {
    throw new Error('msg is not JSON, so it cannot be signed in amino JSON');
  }
}
const coins = (c: Coins) => c.map((x) => ({ denom: x.denom, amount: x.amount }));

/**
 * x/wasm's amino names and JSON, as wasmd and CosmJS's createWasmAminoConverters spell them (`admin` and
 * `fix_msg` omitted when empty, `funds` always present, contract messages as embedded JSON).
 */
export const wasmAmino = {
  '/cosmwasm.wasm.v1.MsgStoreCode': {
    aminoType: 'wasm/MsgStoreCode',
    toAmino: (m: MsgStoreCode) => ({
      sender: m.sender,
      wasm_byte_code: toBase64(m.wasmByteCode),
      instantiate_permission: m.instantiatePermission
        ? { permission: accessToString(m.instantiatePermission.permission), addresses: m.instantiatePermission.addresses.length ? m.instantiatePermission.addresses : undefined }
        : undefined,
    }),
    fromAmino: (v: { sender: string; wasm_byte_code: string; instantiate_permission?: { permission: string; addresses?: string[] } }): MsgStoreCode => ({
      sender: v.sender,
      wasmByteCode: fromBase64(v.wasm_byte_code),
      instantiatePermission: v.instantiate_permission
        ? AccessConfig.fromPartial({ permission: accessFromString(v.instantiate_permission.permission), addresses: v.instantiate_permission.addresses ?? [] })
        : undefined,
    }),
  } satisfies AminoConverter<MsgStoreCode>,
  '/cosmwasm.wasm.v1.MsgInstantiateContract': {
    aminoType: 'wasm/MsgInstantiateContract',
    toAmino: (m: MsgInstantiateContract) => ({
      sender: m.sender, code_id: m.codeId.toString(), label: m.label, msg: contractMsg(m.msg), funds: coins(m.funds), admin: m.admin || undefined,
    }),
    fromAmino: (v: { sender: string; code_id: string; label: string; msg: unknown; funds: Coins; admin?: string }): MsgInstantiateContract => ({
      sender: v.sender, codeId: BigInt(v.code_id), label: v.label, msg: toUtf8(JSON.stringify(v.msg)), funds: [...v.funds], admin: v.admin ?? '',
    }),
  } satisfies AminoConverter<MsgInstantiateContract>,
  '/cosmwasm.wasm.v1.MsgInstantiateContract2': {
    aminoType: 'wasm/MsgInstantiateContract2',
    toAmino: (m: MsgInstantiateContract2) => ({
      sender: m.sender, code_id: m.codeId.toString(), label: m.label, msg: contractMsg(m.msg), funds: coins(m.funds), admin: m.admin || undefined,
      salt: toBase64(m.salt), fix_msg: m.fixMsg || undefined,
    }),
    fromAmino: (v: { sender: string; code_id: string; label: string; msg: unknown; funds: Coins; admin?: string; salt: string; fix_msg?: boolean }): MsgInstantiateContract2 => ({
      sender: v.sender, codeId: BigInt(v.code_id), label: v.label, msg: toUtf8(JSON.stringify(v.msg)), funds: [...v.funds], admin: v.admin ?? '',
      salt: fromBase64(v.salt), fixMsg: v.fix_msg ?? false,
    }),
  } satisfies AminoConverter<MsgInstantiateContract2>,
  '/cosmwasm.wasm.v1.MsgExecuteContract': {
    aminoType: 'wasm/MsgExecuteContract',
    toAmino: (m: MsgExecuteContract) => ({ sender: m.sender, contract: m.contract, msg: contractMsg(m.msg), funds: coins(m.funds) }),
    fromAmino: (v: { sender: string; contract: string; msg: unknown; funds: Coins }): MsgExecuteContract => ({
      sender: v.sender, contract: v.contract, msg: toUtf8(JSON.stringify(v.msg)), funds: [...v.funds],
    }),
  } satisfies AminoConverter<MsgExecuteContract>,
  '/cosmwasm.wasm.v1.MsgMigrateContract': {
    aminoType: 'wasm/MsgMigrateContract',
    toAmino: (m: MsgMigrateContract) => ({ sender: m.sender, contract: m.contract, code_id: m.codeId.toString(), msg: contractMsg(m.msg) }),
    fromAmino: (v: { sender: string; contract: string; code_id: string; msg: unknown }): MsgMigrateContract => ({
      sender: v.sender, contract: v.contract, codeId: BigInt(v.code_id), msg: toUtf8(JSON.stringify(v.msg)),
    }),
  } satisfies AminoConverter<MsgMigrateContract>,
  '/cosmwasm.wasm.v1.MsgUpdateAdmin': {
    aminoType: 'wasm/MsgUpdateAdmin',
    toAmino: (m: MsgUpdateAdmin) => ({ sender: m.sender, new_admin: m.newAdmin, contract: m.contract }),
    fromAmino: (v: { sender: string; new_admin: string; contract: string }): MsgUpdateAdmin => ({ sender: v.sender, newAdmin: v.new_admin, contract: v.contract }),
  } satisfies AminoConverter<MsgUpdateAdmin>,
  '/cosmwasm.wasm.v1.MsgClearAdmin': {
    aminoType: 'wasm/MsgClearAdmin',
    toAmino: (m: MsgClearAdmin) => ({ sender: m.sender, contract: m.contract }),
    fromAmino: (v: { sender: string; contract: string }): MsgClearAdmin => ({ sender: v.sender, contract: v.contract }),
  } satisfies AminoConverter<MsgClearAdmin>,
};
