import type { Context } from '../types/context.ts';
import type { DecodedTx } from './tx-decoder.ts';

/**
 * The ante chain baseapp runs before a Cosmos tx's messages (the SDK's AnteHandler). baseapp knows nothing of
 * accounts, fees or keys: the wiring (app/) hands it x/auth's decorators.
 */
export interface AnteHandler {
  /**
   * Checks `tx` against ctx: fees, sequences, signatures. Throws an AppError to reject; writes (fee, sequence)
   * go to ctx's store. `simulate` skips what a simulation cannot have (signatures, the fee minimum).
   */
  run(ctx: Context, tx: DecodedTx, simulate: boolean): void;
  /**
   * Optional accelerator for CheckTx: starts work that can run off the main thread (signature checks) as the
   * tx arrives; `run` then skips what it accepted. Consensus never depends on it.
   */
  preverify?(ctx: Context, tx: DecodedTx): Promise<unknown> | undefined;
  /** The tx left the pipeline (delivered, or rejected at CheckTx): drop what `preverify` kept for it. */
  forget?(tx: DecodedTx): void;
  close?(): Promise<void> | void;
}
