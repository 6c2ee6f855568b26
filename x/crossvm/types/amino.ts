import { type AminoConverter, aminoBytes, aminoU64, fromAminoBytes, omitEmpty } from '../../../core/types/amino.ts';
import type { MsgCrossVMCall, MsgInjectFault, MsgUpdateParams, ParamsProto } from '../codec.ts';

type Coins = Array<{ denom: string; amount: string }>;
type AminoAccount = { pubkey: string; is_signer?: boolean; is_writable?: boolean };
type AminoParams = Partial<Record<'max_message_size' | 'max_queue_size' | 'queue_timeout_blocks' | 'max_executions_per_block' | 'max_callback_gas', string>> & { enabled?: boolean };

const paramsToAmino = (p: ParamsProto) => omitEmpty({
  max_message_size: aminoU64(p.maxMessageSize), max_queue_size: aminoU64(p.maxQueueSize), queue_timeout_blocks: aminoU64(p.queueTimeoutBlocks),
  enabled: p.enabled, max_executions_per_block: aminoU64(p.maxExecutionsPerBlock), max_callback_gas: aminoU64(p.maxCallbackGas),
});
const paramsFromAmino = (v: AminoParams): ParamsProto => ({
  maxMessageSize: BigInt(v.max_message_size ?? 0), maxQueueSize: BigInt(v.max_queue_size ?? 0), queueTimeoutBlocks: BigInt(v.queue_timeout_blocks ?? 0),
  enabled: v.enabled ?? false, maxExecutionsPerBlock: BigInt(v.max_executions_per_block ?? 0), maxCallbackGas: BigInt(v.max_callback_gas ?? 0),
});

/**
 * x/crossvm's amino names and JSON, by the SDK's aminojson rules: snake_case fields, empty ones omitted
 * (`funds` always present, as wasm's), uint64 as strings, bytes (the payload) as base64. `async` is left out:
 * the call is always asynchronous, and proto3 cannot carry a signed `false` for a field that defaults to true.
 */
export const crossvmAmino = {
  '/trivium.crossvm.v1.MsgCrossVMCall': {
    aminoType: 'trivium/MsgCrossVMCall',
    toAmino: (m: MsgCrossVMCall) => omitEmpty({
      sender: m.sender, source_vm: m.sourceVm, target_vm: m.targetVm, target_contract: m.targetContract, payload: aminoBytes(m.payload),
      funds: (m.funds ?? []).map((c) => ({ denom: c.denom, amount: c.amount })), gas_limit: aminoU64(m.gasLimit), callback: m.callback,
      accounts: (m.accounts ?? []).map((a) => omitEmpty({ pubkey: a.pubkey, is_signer: a.isSigner, is_writable: a.isWritable })),
    }, ['funds']),
    fromAmino: (v: { sender: string; source_vm?: string; target_vm?: string; target_contract?: string; payload?: string; funds?: Coins; gas_limit?: string; callback?: boolean; accounts?: AminoAccount[] }): MsgCrossVMCall => ({
      sender: v.sender, sourceVm: v.source_vm ?? '', targetVm: v.target_vm ?? '', targetContract: v.target_contract ?? '', payload: fromAminoBytes(v.payload),
      funds: [...(v.funds ?? [])], async: true, gasLimit: BigInt(v.gas_limit ?? 0), callback: v.callback ?? false,
      accounts: (v.accounts ?? []).map((a) => ({ pubkey: a.pubkey, isSigner: a.is_signer ?? false, isWritable: a.is_writable ?? false })),
    }),
  } satisfies AminoConverter<MsgCrossVMCall>,
  '/trivium.crossvm.v1.MsgUpdateParams': {
    // The SDK's spelling for a name several modules share: cosmos-sdk/x/bank/MsgUpdateParams.
    aminoType: 'trivium/x/crossvm/MsgUpdateParams',
    toAmino: (m: MsgUpdateParams) => omitEmpty({ authority: m.authority, params: m.params ? paramsToAmino(m.params) : undefined }),
    fromAmino: (v: { authority: string; params?: AminoParams }): MsgUpdateParams => ({ authority: v.authority, params: v.params ? paramsFromAmino(v.params) : undefined }),
  } satisfies AminoConverter<MsgUpdateParams>,
  '/trivium.crossvm.v1.MsgInjectFault': {
    aminoType: 'trivium/MsgInjectFault',
    toAmino: (m: MsgInjectFault) => omitEmpty({ authority: m.authority, message_id: aminoU64(m.messageId), outcome: m.outcome, blocks: aminoU64(m.blocks), reason: m.reason }),
    fromAmino: (v: { authority: string; message_id?: string; outcome?: string; blocks?: string; reason?: string }): MsgInjectFault => ({
      authority: v.authority, messageId: BigInt(v.message_id ?? 0), outcome: v.outcome ?? '', blocks: BigInt(v.blocks ?? 0), reason: v.reason ?? '',
    }),
  } satisfies AminoConverter<MsgInjectFault>,
};
