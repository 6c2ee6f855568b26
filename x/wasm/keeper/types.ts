import type { Context } from '../../../core/types/context.ts';
import type { AbciEvent } from '../../../core/types/events.ts';
import type { Coin } from '../../../core/types/coin.ts';
import type { MsgDef } from '../../../core/types/module.ts';
import { ErrMaxCallDepth } from '../errors.ts';
import { MAX_CALL_DEPTH } from '../types/index.ts';

export type { CrossVMCallRequest, CrossVMDispatcher } from '../types/crossvm-call.ts';
export type MsgRouter = (typeUrl: string) => MsgDef | undefined;

/** x/crossvm's view of this module as an executor. */
export interface ExecuteContractRequest {
  /** 20 raw bytes, or a bech32 / 0x address. */
  sender: Uint8Array | string;
  /** bech32 (or 0x) contract address. */
  contract: string;
  /** The execute message, JSON bytes. */
  msg: Uint8Array;
  funds: Coin[];
  /** Cosmos gas. */
  gasLimit: bigint;
}
export interface ContractCallResult {
  data: Uint8Array;
  /** Cosmos gas, already charged to ctx.gasMeter. */
  gasUsed: bigint;
  events: AbciEvent[];
  logs: string[];
}

/** One chain of contract calls within a message: how deep it is and where debug logs collect. */
export interface CallFrame {
  depth: number;
  logs: string[];
}

export interface InstantiateParams {
  sender: string;
  admin: string;
  codeId: bigint;
  label: string;
  msg: Uint8Array;
  funds: Coin[];
  /** MsgInstantiateContract2: the predictable address scheme. */
  salt?: Uint8Array;
  fixMsg?: boolean;
}

export interface ExecuteParams {
  sender: string;
  contract: string;
  msg: Uint8Array;
  funds: Coin[];
}

export interface MigrateParams {
  sender: string;
  contract: string;
  codeId: bigint;
  msg: Uint8Array;
}

export const newFrame = (): CallFrame => ({ depth: 0, logs: [] });

export function checkDepth(frame: CallFrame): void {
  if (frame.depth > MAX_CALL_DEPTH) throw ErrMaxCallDepth(`contract call depth ${frame.depth} exceeds ${MAX_CALL_DEPTH}`);
}
