import type { Context } from '../../../core/types/context.ts';
import type { Coin } from '../../../core/types/coin.ts';

/** The cross-VM call a contract emitted, handed to x/crossvm's dispatcher. */
export interface CrossVMCallRequest {
  /** The calling contract, bech32 and raw. */
  sender: string;
  senderBytes: Uint8Array;
  targetVm: string;
  targetContract: string;
  payload: string;
  funds: Coin[];
  gasLimit: bigint | null;
  callback: string | null;
}
export type CrossVMDispatcher = (ctx: Context, call: CrossVMCallRequest) => void | Promise<void>;
