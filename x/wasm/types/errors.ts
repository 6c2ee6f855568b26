import { AppError } from '../../../core/types/errors.ts';
import { ContractResourceError, ContractRevertError, GasExhaustedError, type ExecutionError } from '../runtime/errors.ts';

export type FailureKind = 'revert' | 'out_of_gas' | 'error' | 'resource';

/**
 * A contract call that failed, as the chain reports it: an AppError (code, codespace, log) that also
 * carries what x/crossvm and tests need — the kind, the contract's reason, the gas it used, its logs.
 * Out of gas uses the SDK's code (sdk/11), like a Cosmos SDK chain running out of gas anywhere.
 * In types/ because x/crossvm reads gasUsed from it.
 */
export class WasmExecutionError extends AppError {
  constructor(
    readonly kind: FailureKind,
    readonly reason: string,
    readonly gasUsed: bigint,
    readonly logs: string[],
    codespace: string,
    code: number,
    message: string,
  ) {
    super(codespace, code, message);
    this.name = 'WasmExecutionError';
  }

  static from(e: ExecutionError, wrap: (msg: string) => AppError, gasUsed: bigint, logs: string[]): WasmExecutionError {
    if (e instanceof GasExhaustedError) {
      return new WasmExecutionError('out_of_gas', e.message, gasUsed, logs, 'sdk', 11, `${e.message}: out of gas`);
    }
    const kind: FailureKind = e instanceof ContractRevertError ? 'revert' : e instanceof ContractResourceError ? 'resource' : 'error';
    const reason = e instanceof ContractRevertError ? e.reason : e.message;
    const wrapped = wrap(kind === 'revert' ? `reverted: ${reason}` : reason);
    return new WasmExecutionError(kind, reason, gasUsed, logs, wrapped.codespace, wrapped.code, wrapped.message);
  }
}
