import type { Context } from '../../../core/types/context.ts';

/** What a Trivium precompile is told about the call (ethereumjs only gives data and gas; we add the rest). */
export interface PrecompileCall {
  /** The precompile's own address. */
  address: Uint8Array;
  /** msg.sender: the contract or account that called the precompile. */
  caller: Uint8Array;
  /** tx.origin (the Ethereum sender, or the caller of executor.callContract). */
  origin: Uint8Array;
  /** msg.value in wei (already moved to the precompile's address by the EVM). */
  value: bigint;
  data: Uint8Array;
  /** Gas available to the precompile (after the 63/64 rule). */
  gasLimit: bigint;
  /** Inside a STATICCALL (or a static executor call): the precompile must not write. */
  isStatic: boolean;
  /** Reached through DELEGATECALL/CALLCODE: `caller` then is the delegating frame's caller. */
  delegatecall: boolean;
  depth: number;
  /**
   * A context over the EVM's current call frame, gas-limited to `gasLimit`: its writes and events are part of
   * the frame, so an EVM revert above discards them, and a precompile failure discards them too.
   */
  ctx: Context;
}

export interface PrecompileResult {
  returnData: Uint8Array;
  gasUsed: bigint;
  /** Revert with `returnData` as revert data (Solidity sees ok=false and can bubble the reason). */
  reverted?: boolean;
}

/**
 * A precompile implementation. Throwing is a revert with the message as `Error(string)` revert data and
 * the gas used so far; running out of the ctx meter's gas is an out-of-gas failure.
 */
export type Precompile = (call: PrecompileCall) => PrecompileResult | Promise<PrecompileResult>;
