import { type Dialect, RpcError } from '../../core/jsonrpc/index.ts';

/** A plain JSON-RPC 2.0 dialect for transport tests: positional params, the spec's error codes. */
export const plainDialect: Dialect<unknown[]> = {
  defaultId: null,
  params: (raw) => (Array.isArray(raw) ? raw : []),
  error: (e) => (e instanceof RpcError ? e : new RpcError(-32603, 'internal error')),
  parseError: (e) => new RpcError(-32700, `parse error: ${e.message}`),
  invalidRequest: () => new RpcError(-32600, 'invalid request'),
  methodNotFound: (m) => new RpcError(-32601, `method not found: ${m}`),
};
