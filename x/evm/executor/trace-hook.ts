import type { EVM } from '@ethereumjs/evm';
import type { BlockInfo, Context } from '../../../core/types/context.ts';
import type { EvmStateManager } from '../state/state-manager.ts';

/** What a tracer learns as an execution starts, before the sender pays for gas (geth's OnTxStart). */
export interface TraceStart {
  evm: EVM;
  /** Bound to the execution's context: reads see every write made so far. */
  state: EvmStateManager;
  from: Uint8Array;
  /** Absent for a contract creation. */
  to?: Uint8Array;
  value: bigint;
  data: Uint8Array;
  /** The tx's whole gas limit (intrinsic gas included). */
  gasLimit: bigint;
  intrinsicGas: bigint;
  gasPrice: bigint;
  /** Where the fee goes (x/auth's fee collector, our coinbase). */
  feeRecipient: Uint8Array;
}

/** How the execution ended (what the receipt says). */
export interface TraceEnd {
  /** Gas charged after the refund: the receipt's gasUsed. */
  gasUsed: bigint;
  returnData: Uint8Array;
  /** ethereumjs' error ("revert", "out of gas", …), absent on success. */
  error?: string;
  contractAddress?: Uint8Array;
}

/** An execution observer (x/evm/trace): start attaches to the EVM's events and returns what detaches it. */
export interface EvmTracer {
  /** The Ethereum tx (0x hash) to trace in a block replay; undefined traces every simulate() in the context. */
  readonly txHash?: string;
  /** A whole block's tracer: the tracer for each Ethereum tx the replay runs (its 0x hash), if any. */
  forTx?(txHash: string): EvmTracer | undefined;
  start(s: TraceStart): () => void;
  end(e: TraceEnd): void;
}

// Keyed by the BlockInfo object every context of one replay or traced call shares (contexts are branched
// and re-created per tx, the block info is passed along by reference): no field on Context, no cost unless set.
const tracers = new WeakMap<BlockInfo, EvmTracer>();

export function setTracer(block: BlockInfo, tracer: EvmTracer): void {
  tracers.set(block, tracer);
}

export function tracerFor(ctx: Context): EvmTracer | undefined {
  return tracers.get(ctx.block);
}
