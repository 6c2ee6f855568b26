import { event } from '../../core/types/events.ts';
import type { CrossVMMessage } from './types/index.ts';

/** The public event contract (docs/crossvm.md): names and attributes users subscribe to. */
export const EventTypes = {
  request: 'crossvm_request',
  response: 'crossvm_response',
  timeout: 'crossvm_timeout',
  /** Ours: the outcome of a callback into the source contract. */
  callback: 'crossvm_callback',
  /** Ours: one 0x…0901 call that returned (the trace's precompile frame; a reverted one leaves none). */
  sync: 'crossvm_sync',
} as const;

export const requestEvent = (m: CrossVMMessage) =>
  event(EventTypes.request, { message_id: m.id, source_vm: m.source_vm, target_vm: m.target_vm, target_contract: m.target_contract, sender: m.sender });

/** An outcome injected on the devnet (dev_crossvmInject) says so: `injected="true"`; real ones carry no such key. */
const mark = (injected: boolean): Record<string, string> => (injected ? { injected: 'true' } : {});

/** `result`: the result bytes as 0x-hex when EXECUTED, the error text when FAILED. */
export const responseEvent = (m: CrossVMMessage, injected = false) =>
  event(EventTypes.response, { message_id: m.id, status: m.status, result: m.status === 'EXECUTED' ? '0x' + m.result : m.error, ...mark(injected) });

export const timeoutEvent = (m: CrossVMMessage, injected = false) =>
  event(EventTypes.timeout, { message_id: m.id, source_vm: m.source_vm, target_vm: m.target_vm, ...mark(injected) });

/** `gas_used`: the callback's gas (what the trace shows for its frame). */
export const callbackEvent = (m: CrossVMMessage, ok: boolean, error: string, gasUsed: bigint, injected = false) =>
  event(EventTypes.callback, { message_id: m.id, target: m.sender, success: ok, error, gas_used: gasUsed.toString(), ...mark(injected) });

/** `gas_used`: the precompile frame's gas; `target_gas`: the JS contract's share of it (wasm). */
export const syncEvent = (a: { method: string; caller: string; contract: string; gasUsed: bigint; targetGas: bigint; messageId?: string }) =>
  event(EventTypes.sync, {
    method: a.method, caller: a.caller, contract: a.contract, gas_used: a.gasUsed.toString(), target_gas: a.targetGas.toString(),
    ...(a.messageId ? { message_id: a.messageId } : {}),
  });
