import { pbjsCodec } from '../../core/types/proto-codec.ts';
import { trivium } from '../../proto/gen/crossvm.js';
import type { CrossVMMessage as StoredMessage, Params as StoredParams } from './types/index.ts';

/** Wire types of x/crossvm (proto/trivium/crossvm/v1), as CosmJS-registrable codecs. */
const pb = (trivium as any).crossvm.v1;

export const MsgCrossVMCallTypeUrl = '/trivium.crossvm.v1.MsgCrossVMCall';
export const MsgUpdateParamsTypeUrl = '/trivium.crossvm.v1.MsgUpdateParams';

export interface AccountMetaProto {
  pubkey: string;
  isSigner: boolean;
  isWritable: boolean;
}
export interface MsgCrossVMCall {
  sender: string;
  sourceVm: string;
  targetVm: string;
  targetContract: string;
  payload: Uint8Array;
  funds: Array<{ denom: string; amount: string }>;
  async: boolean;
  gasLimit: number | string | bigint;
  callback: boolean;
  accounts: AccountMetaProto[];
}
export interface ParamsProto {
  maxMessageSize: number;
  maxQueueSize: number;
  queueTimeoutBlocks: number;
  enabled: boolean;
  maxExecutionsPerBlock: number;
  maxCallbackGas: number;
}
export interface MsgUpdateParams {
  authority: string;
  params?: ParamsProto;
}

export const MsgCrossVMCallCodec = pbjsCodec<MsgCrossVMCall>(pb.MsgCrossVMCall, () => ({
  sender: '', sourceVm: '', targetVm: '', targetContract: '', payload: new Uint8Array(), funds: [], async: true, gasLimit: 0, callback: false, accounts: [],
}));
export const MsgCrossVMCallResponseCodec = pbjsCodec<{ messageId: number | string; executed: boolean; data: Uint8Array; gasUsed: number }>(pb.MsgCrossVMCallResponse, () => ({
  messageId: 0, executed: false, data: new Uint8Array(), gasUsed: 0,
}));
export const MsgUpdateParamsCodec = pbjsCodec<MsgUpdateParams>(pb.MsgUpdateParams, () => ({ authority: '' }));
export const MsgUpdateParamsResponseCodec = pbjsCodec<object>(pb.MsgUpdateParamsResponse, () => ({}));

export const QueryTypes = {
  Params: { req: pb.QueryParamsRequest, res: pb.QueryParamsResponse, path: '/trivium.crossvm.v1.Query/Params' },
  Message: { req: pb.QueryMessageRequest, res: pb.QueryMessageResponse, path: '/trivium.crossvm.v1.Query/Message' },
  PendingMessages: { req: pb.QueryPendingMessagesRequest, res: pb.QueryPendingMessagesResponse, path: '/trivium.crossvm.v1.Query/PendingMessages' },
  MessagesBySender: { req: pb.QueryMessagesBySenderRequest, res: pb.QueryMessagesBySenderResponse, path: '/trivium.crossvm.v1.Query/MessagesBySender' },
} as const;

export const paramsToProto = (p: StoredParams): ParamsProto => ({
  maxMessageSize: p.max_message_size, maxQueueSize: p.max_queue_size, queueTimeoutBlocks: p.queue_timeout_blocks,
  enabled: p.enabled, maxExecutionsPerBlock: p.max_executions_per_block, maxCallbackGas: p.max_callback_gas,
});
export const paramsFromProto = (p: Partial<ParamsProto>): StoredParams => ({
  max_message_size: Number(p.maxMessageSize ?? 0), max_queue_size: Number(p.maxQueueSize ?? 0), queue_timeout_blocks: Number(p.queueTimeoutBlocks ?? 0),
  enabled: Boolean(p.enabled), max_executions_per_block: Number(p.maxExecutionsPerBlock ?? 0), max_callback_gas: Number(p.maxCallbackGas ?? 0),
});

export function messageToProto(m: StoredMessage) {
  return {
    id: m.id, sender: m.sender, sourceVm: m.source_vm, targetVm: m.target_vm, targetContract: m.target_contract,
    payload: Buffer.from(m.payload, 'hex'), funds: m.funds, gasLimit: m.gas_limit, callback: m.callback, status: m.status,
    submittedHeight: m.submitted_height, updatedHeight: m.updated_height, result: Buffer.from(m.result, 'hex'), error: m.error,
    gasUsed: m.gas_used, accounts: m.accounts.map((a) => ({ pubkey: a.pubkey, isSigner: a.is_signer, isWritable: a.is_writable })),
    callbackStatus: m.callback_status, escrow: m.escrow,
  };
}

export function messageFromProto(p: any): StoredMessage {
  return {
    id: String(p.id), sender: p.sender, source_vm: p.sourceVm, target_vm: p.targetVm, target_contract: p.targetContract,
    payload: Buffer.from(p.payload ?? []).toString('hex'), funds: p.funds ?? [], gas_limit: String(p.gasLimit ?? 0), callback: Boolean(p.callback),
    status: p.status, submitted_height: String(p.submittedHeight ?? 0), updated_height: String(p.updatedHeight ?? 0),
    result: Buffer.from(p.result ?? []).toString('hex'), error: p.error ?? '', gas_used: String(p.gasUsed ?? 0),
    accounts: (p.accounts ?? []).map((a: any) => ({ pubkey: a.pubkey, is_signer: Boolean(a.isSigner), is_writable: Boolean(a.isWritable) })),
    callback_status: p.callbackStatus ?? '', escrow: String(p.escrow ?? '0'),
  };
}

export { pb };
