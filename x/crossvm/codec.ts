import { type Input, type Plain, pbjsCodec } from '../../core/types/proto-codec.ts';
import { trivium } from '../../proto/gen/crossvm.js';
import type { CrossVMMessage as StoredMessage, Params as StoredParams, Status, VmName } from './types/index.ts';

/** Wire types of x/crossvm (proto/trivium/crossvm/v1), as CosmJS-registrable codecs; uint64 fields are bigint. */
const pb = trivium.crossvm.v1;

export const MsgCrossVMCallTypeUrl = '/trivium.crossvm.v1.MsgCrossVMCall';
export const MsgUpdateParamsTypeUrl = '/trivium.crossvm.v1.MsgUpdateParams';
export const MsgInjectFaultTypeUrl = '/trivium.crossvm.v1.MsgInjectFault';

export type AccountMetaProto = Plain<trivium.crossvm.v1.AccountMeta.$Properties>;
export type MsgCrossVMCall = Plain<trivium.crossvm.v1.MsgCrossVMCall.$Properties>;
export type ParamsProto = Plain<trivium.crossvm.v1.Params.$Properties>;
export type MsgUpdateParams = Plain<trivium.crossvm.v1.MsgUpdateParams.$Properties>;
export type MsgInjectFault = Plain<trivium.crossvm.v1.MsgInjectFault.$Properties>;
export type CrossVMMessageProto = Plain<trivium.crossvm.v1.CrossVMMessage.$Properties>;

export const ParamsCodec = pbjsCodec(pb.Params);
// async defaults to true: the call is always asynchronous (the field is kept for QoreChain's wire format).
export const MsgCrossVMCallCodec = pbjsCodec(pb.MsgCrossVMCall, { defaults: { async: true } });
export const MsgCrossVMCallResponseCodec = pbjsCodec(pb.MsgCrossVMCallResponse);
export const MsgUpdateParamsCodec = pbjsCodec(pb.MsgUpdateParams, { nested: { params: ParamsCodec } });
export const MsgUpdateParamsResponseCodec = pbjsCodec(pb.MsgUpdateParamsResponse);
export const MsgInjectFaultCodec = pbjsCodec(pb.MsgInjectFault);
export const MsgInjectFaultResponseCodec = pbjsCodec(pb.MsgInjectFaultResponse);

export const CrossVMMessageCodec = pbjsCodec(pb.CrossVMMessage);
const PageRequestCodec = pbjsCodec(pb.PageRequest);

export const QueryTypes = {
  Params: { req: pbjsCodec(pb.QueryParamsRequest), res: pbjsCodec(pb.QueryParamsResponse, { nested: { params: ParamsCodec } }), path: '/trivium.crossvm.v1.Query/Params' },
  Message: { req: pbjsCodec(pb.QueryMessageRequest), res: pbjsCodec(pb.QueryMessageResponse, { nested: { message: CrossVMMessageCodec } }), path: '/trivium.crossvm.v1.Query/Message' },
  PendingMessages: {
    req: pbjsCodec(pb.QueryPendingMessagesRequest, { nested: { pagination: PageRequestCodec } }),
    res: pbjsCodec(pb.QueryPendingMessagesResponse, { nested: { messages: CrossVMMessageCodec } }),
    path: '/trivium.crossvm.v1.Query/PendingMessages',
  },
  MessagesBySender: {
    req: pbjsCodec(pb.QueryMessagesBySenderRequest, { nested: { pagination: PageRequestCodec } }),
    res: pbjsCodec(pb.QueryMessagesBySenderResponse, { nested: { messages: CrossVMMessageCodec } }),
    path: '/trivium.crossvm.v1.Query/MessagesBySender',
  },
} as const;

export const paramsToProto = (p: StoredParams): ParamsProto => ({
  maxMessageSize: BigInt(p.max_message_size), maxQueueSize: BigInt(p.max_queue_size), queueTimeoutBlocks: BigInt(p.queue_timeout_blocks),
  enabled: p.enabled, maxExecutionsPerBlock: BigInt(p.max_executions_per_block), maxCallbackGas: BigInt(p.max_callback_gas),
});
/** Params as the keeper stores them (numbers; setParams rejects what is not a safe integer). */
export const paramsFromProto = (p: Partial<ParamsProto>): StoredParams => ({
  max_message_size: Number(p.maxMessageSize ?? 0), max_queue_size: Number(p.maxQueueSize ?? 0), queue_timeout_blocks: Number(p.queueTimeoutBlocks ?? 0),
  enabled: Boolean(p.enabled), max_executions_per_block: Number(p.maxExecutionsPerBlock ?? 0), max_callback_gas: Number(p.maxCallbackGas ?? 0),
});

export function messageToProto(m: StoredMessage): Input<trivium.crossvm.v1.CrossVMMessage.$Properties> {
  return {
    id: BigInt(m.id), sender: m.sender, sourceVm: m.source_vm, targetVm: m.target_vm, targetContract: m.target_contract,
    payload: Buffer.from(m.payload, 'hex'), funds: m.funds, gasLimit: BigInt(m.gas_limit), callback: m.callback, status: m.status,
    submittedHeight: BigInt(m.submitted_height), updatedHeight: BigInt(m.updated_height), result: Buffer.from(m.result, 'hex'), error: m.error,
    gasUsed: BigInt(m.gas_used), accounts: m.accounts.map((a) => ({ pubkey: a.pubkey, isSigner: a.is_signer, isWritable: a.is_writable })),
    callbackStatus: m.callback_status, escrow: m.escrow,
  };
}

export function messageFromProto(p: CrossVMMessageProto | undefined): StoredMessage {
  if (!p) throw new Error('no message');
  return {
    id: p.id.toString(), sender: p.sender, source_vm: p.sourceVm as VmName, target_vm: p.targetVm as VmName, target_contract: p.targetContract,
    payload: Buffer.from(p.payload).toString('hex'), funds: p.funds, gas_limit: p.gasLimit.toString(), callback: p.callback,
    status: p.status as Status, submitted_height: p.submittedHeight.toString(), updated_height: p.updatedHeight.toString(),
    result: Buffer.from(p.result).toString('hex'), error: p.error, gas_used: p.gasUsed.toString(),
    accounts: p.accounts.map((a) => ({ pubkey: a.pubkey, is_signer: a.isSigner, is_writable: a.isWritable })),
    callback_status: p.callbackStatus, escrow: p.escrow,
  };
}

export { pb };
