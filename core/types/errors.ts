/**
 * Typed application errors with Cosmos SDK codespaces and codes, so clients (CosmJS, the CLI) see the same
 * `codespace`/`code` pairs they know from a Cosmos SDK chain.
 */
export class AppError extends Error {
  constructor(
    readonly codespace: string,
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

const sdk = (code: number, prefix: string) => (msg: string) => new AppError('sdk', code, `${msg}: ${prefix}`);

/** The Cosmos SDK's root errors (types/errors/errors.go), message text as the SDK wraps it. */
export const ErrTxDecode = sdk(2, 'tx parse error');
export const ErrInvalidSequence = sdk(32, 'incorrect account sequence');
export const ErrUnauthorized = sdk(4, 'unauthorized');
export const ErrInsufficientFunds = sdk(5, 'insufficient funds');
export const ErrUnknownRequest = sdk(6, 'unknown request');
export const ErrInvalidAddress = sdk(7, 'invalid address');
export const ErrInvalidPubKey = sdk(8, 'invalid pubkey');
export const ErrUnknownAddress = sdk(9, 'unknown address');
export const ErrInvalidCoins = sdk(10, 'invalid coins');
export const ErrOutOfGas = sdk(11, 'out of gas');
export const ErrMemoTooLarge = sdk(12, 'memo too large');
export const ErrInsufficientFee = sdk(13, 'insufficient fee');
export const ErrTooManySignatures = sdk(14, 'maximum number of signatures exceeded');
export const ErrNoSignatures = sdk(15, 'no signatures supplied');
export const ErrInvalidRequest = sdk(18, 'invalid request');
export const ErrMempoolIsFull = sdk(20, 'mempool is full');
export const ErrTxTooLarge = sdk(21, 'tx too large');
export const ErrInvalidChainID = sdk(28, 'tx intended signer does not match the given signer');
export const ErrWrongChainID = sdk(28, 'invalid chain-id');
export const ErrSigVerification = sdk(4, 'signature verification failed');
export const ErrNotFound = sdk(38, 'not found');
export const ErrInvalidGasLimit = sdk(41, 'invalid gas limit');
export const ErrInvalidType = sdk(29, 'invalid type');

/** Any thrown value as an AppError (unexpected ones become codespace "undefined", code 1, like the SDK). */
export function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return new AppError('undefined', 1, msg);
}
