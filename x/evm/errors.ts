import { AppError } from '../../core/types/errors.ts';

/**
 * x/evm's typed errors (codespace "evm"). Messages follow geth's wording, because ethers and other clients
 * recognise errors by their text ("nonce too low", "insufficient funds", …).
 */
export const Codespace = 'evm';

export enum EvmErrorCode {
  TxDecode = 2,
  InvalidChainId = 3,
  NonceTooLow = 4,
  NonceTooHigh = 5,
  InsufficientFunds = 6,
  IntrinsicGas = 7,
  GasLimitExceedsBlock = 8,
  FeeCapTooLow = 9,
  UnprotectedTx = 10,
  SenderNotEOA = 11,
  TxTypeNotSupported = 12,
  InvalidSignature = 13,
  InvalidParams = 14,
  ExecutionReverted = 15,
  KnownTx = 16,
  Internal = 17,
}

export class EvmError extends AppError {
  constructor(
    readonly kind: EvmErrorCode,
    message: string,
    /** Revert data (ExecutionReverted). */
    readonly data?: Uint8Array,
  ) {
    super(Codespace, kind, message);
    this.name = 'EvmError';
  }
}

const mk = (kind: EvmErrorCode) => (msg: string) => new EvmError(kind, msg);
export const ErrTxDecode = mk(EvmErrorCode.TxDecode);
export const ErrInvalidChainId = mk(EvmErrorCode.InvalidChainId);
export const ErrNonceTooLow = mk(EvmErrorCode.NonceTooLow);
export const ErrNonceTooHigh = mk(EvmErrorCode.NonceTooHigh);
export const ErrInsufficientFunds = mk(EvmErrorCode.InsufficientFunds);
export const ErrIntrinsicGas = mk(EvmErrorCode.IntrinsicGas);
export const ErrGasLimitExceedsBlock = mk(EvmErrorCode.GasLimitExceedsBlock);
export const ErrFeeCapTooLow = mk(EvmErrorCode.FeeCapTooLow);
export const ErrUnprotectedTx = mk(EvmErrorCode.UnprotectedTx);
export const ErrSenderNotEOA = mk(EvmErrorCode.SenderNotEOA);
export const ErrTxTypeNotSupported = mk(EvmErrorCode.TxTypeNotSupported);
export const ErrInvalidSignature = mk(EvmErrorCode.InvalidSignature);
export const ErrInvalidParams = mk(EvmErrorCode.InvalidParams);
export const ErrInternal = mk(EvmErrorCode.Internal);
