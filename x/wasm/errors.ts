import { AppError } from '../../core/types/errors.ts';

/** wasmd's error codes (x/wasm/types/errors.go), codespace "wasm", message text as wasmd wraps it. */
const wasm = (code: number, text: string) => (msg: string) => new AppError('wasm', code, `${msg}: ${text}`);

export const ErrCreateFailed = wasm(2, 'create wasm contract failed');
export const ErrAccountExists = wasm(3, 'contract account already exists');
export const ErrInstantiateFailed = wasm(4, 'instantiate wasm contract failed');
export const ErrExecuteFailed = wasm(5, 'execute wasm contract failed');
export const ErrInvalidGenesis = wasm(7, 'invalid genesis');
export const ErrNotFound = wasm(8, 'not found');
export const ErrQueryFailed = wasm(9, 'query wasm contract failed');
export const ErrInvalidMsg = wasm(10, 'invalid CosmosMsg from the contract');
export const ErrMigrationFailed = wasm(11, 'migrate wasm contract failed');
export const ErrEmpty = wasm(12, 'empty');
export const ErrLimit = wasm(13, 'exceeds limit');
export const ErrInvalid = wasm(14, 'invalid');
export const ErrDuplicate = wasm(15, 'duplicate');
export const ErrUnknownMsg = wasm(20, 'unknown message from the contract');
export const ErrNoSuchContract = wasm(22, 'no such contract');
export const ErrMaxQueryDepth = wasm(23, 'max query stack size exceeded');
export const ErrMaxCallDepth = wasm(24, 'max call depth exceeded');
export const ErrNoSuchCode = wasm(28, 'no such code');
export const ErrCrossVMUnavailable = wasm(29, 'x/crossvm not available');

export { type FailureKind, WasmExecutionError } from './types/errors.ts';
