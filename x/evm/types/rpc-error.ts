/** Other modules' eth-port methods throw the transport's one RpcError (x/crossvm imports it from core/jsonrpc). */
export { RpcError } from '../../../core/jsonrpc/index.ts';
