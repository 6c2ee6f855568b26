import { parseAddress } from '../../core/types/address.ts';
import type { MsgDef } from '../../core/types/module.ts';
import {
  type MsgCrossVMCall, MsgCrossVMCallCodec, MsgCrossVMCallResponseCodec, MsgCrossVMCallTypeUrl,
  type MsgUpdateParams, MsgUpdateParamsCodec, MsgUpdateParamsResponseCodec, MsgUpdateParamsTypeUrl, paramsFromProto,
  type MsgInjectFault, MsgInjectFaultCodec, MsgInjectFaultResponseCodec, MsgInjectFaultTypeUrl,
} from './codec.ts';
import { injectFault } from './faults.ts';
import type { CrossVMKeeper } from './keeper.ts';
import { ErrInvalidRequest, ErrUnauthorized, parseVm } from './types/index.ts';
import { crossvmAmino } from './types/amino.ts';

export const DEFAULT_GAS_LIMIT = 200_000n;

export function crossvmMsgs(keeper: CrossVMKeeper): MsgDef[] {
  const call: MsgDef<MsgCrossVMCall> = {
    typeUrl: MsgCrossVMCallTypeUrl,
    amino: crossvmAmino[MsgCrossVMCallTypeUrl],
    codec: MsgCrossVMCallCodec,
    signers: (m) => [m.sender],
    validateBasic(m) {
      parseAddress(m.sender);
      parseVm(m.sourceVm || 'evm', 'source_vm');
      parseVm(m.targetVm, 'target_vm');
      if (!m.targetContract) throw ErrInvalidRequest('target_contract is required');
    },
    handle(ctx, m) {
      const gasLimit = m.gasLimit || DEFAULT_GAS_LIMIT;
      const msg = keeper.submit(ctx, {
        sender: parseAddress(m.sender),
        sourceVm: parseVm(m.sourceVm || 'evm', 'source_vm'),
        targetVm: parseVm(m.targetVm, 'target_vm'),
        targetContract: m.targetContract,
        payload: m.payload,
        accounts: (m.accounts ?? []).map((a) => ({ pubkey: a.pubkey, is_signer: Boolean(a.isSigner), is_writable: Boolean(a.isWritable) })),
        funds: m.funds ?? [],
        gasLimit,
        callback: Boolean(m.callback),
      });
      return {
        typeUrl: '/trivium.crossvm.v1.MsgCrossVMCallResponse',
        value: MsgCrossVMCallResponseCodec.encode({ messageId: BigInt(msg.id), executed: false, data: new Uint8Array(), gasUsed: 0n }).finish(),
      };
    },
  };
  const updateParams: MsgDef<MsgUpdateParams> = {
    typeUrl: MsgUpdateParamsTypeUrl,
    amino: crossvmAmino[MsgUpdateParamsTypeUrl],
    codec: MsgUpdateParamsCodec,
    signers: (m) => [m.authority],
    validateBasic(m) {
      parseAddress(m.authority);
      if (!m.params) throw ErrInvalidRequest('params are required');
    },
    handle(ctx, m) {
      const authority = keeper.authority(ctx);
      if (!authority || authority !== m.authority) {
        throw ErrUnauthorized(`${m.authority} is not the x/crossvm authority${authority ? ` (${authority})` : ' (none is set)'}`);
      }
      keeper.setParams(ctx, paramsFromProto(m.params!));
      return { typeUrl: '/trivium.crossvm.v1.MsgUpdateParamsResponse', value: MsgUpdateParamsResponseCodec.encode({}).finish() };
    },
  };
  // Devnet only: dev_crossvmInject signs this as the authority; a chain without dev_controls refuses it.
  const inject: MsgDef<MsgInjectFault> = {
    typeUrl: MsgInjectFaultTypeUrl,
    amino: crossvmAmino[MsgInjectFaultTypeUrl],
    codec: MsgInjectFaultCodec,
    signers: (m) => [m.authority],
    validateBasic(m) {
      parseAddress(m.authority);
    },
    handle(ctx, m) {
      const authority = keeper.authority(ctx);
      if (!authority || authority !== m.authority) throw ErrUnauthorized(`${m.authority} is not the x/crossvm authority: only it may inject faults`);
      const id = BigInt(m.messageId ?? 0n);
      injectFault(ctx, { messageId: id, outcome: m.outcome ?? '', blocks: BigInt(m.blocks ?? 0n), reason: m.reason ?? '' }, id ? keeper.getMessage(ctx, id) : undefined);
      return { typeUrl: '/trivium.crossvm.v1.MsgInjectFaultResponse', value: MsgInjectFaultResponseCodec.encode({}).finish() };
    },
  };
  return [call, updateParams, inject];
}
