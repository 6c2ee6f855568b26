import { RpcError } from '../../../core/jsonrpc/index.ts';
import { AppError } from '../../../core/types/errors.ts';
import { EvmError, EvmErrorCode } from '../errors.ts';

// The transport's one error class, re-exported for eth-api.ts: thrown with the codes below.
export { RpcError };

/** The codes ethers and geth clients expect. */
export const RpcCodes = {
  ParseError: -32700,
  InvalidRequest: -32600,
  MethodNotFound: -32601,
  InvalidParams: -32602,
  Internal: -32603,
  /** geth's generic server error: nonce, funds, gas, underpriced, … */
  Server: -32000,
  /** Execution reverted: `data` holds the revert data. */
  ExecutionReverted: 3,
} as const;

export const invalidParams = (msg: string) => new RpcError(RpcCodes.InvalidParams, msg);

/** An error thrown anywhere below (an EvmError, another AppError, or a bug) as the JSON-RPC error to send. */
export function toRpcError(e: unknown): RpcError {
  if (e instanceof RpcError) return e;
  if (e instanceof EvmError) {
    if (e.kind === EvmErrorCode.InvalidParams) return new RpcError(RpcCodes.InvalidParams, e.message);
    if (e.kind === EvmErrorCode.TxDecode) return new RpcError(RpcCodes.InvalidParams, e.message);
    if (e.kind === EvmErrorCode.ExecutionReverted) {
      return new RpcError(RpcCodes.ExecutionReverted, e.message, e.data ? '0x' + Buffer.from(e.data).toString('hex') : '0x');
    }
    return new RpcError(RpcCodes.Server, e.message);
  }
  if (e instanceof AppError) {
    // ErrInvalidAddress and friends from shared code are the caller's fault.
    if (e.codespace === 'sdk' && (e.code === 7 || e.code === 2)) return new RpcError(RpcCodes.InvalidParams, e.message);
    return new RpcError(RpcCodes.Server, e.message);
  }
  return new RpcError(RpcCodes.Internal, e instanceof Error ? e.message : String(e));
}
