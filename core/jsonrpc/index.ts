/** One JSON-RPC 2.0 transport (HTTP, WebSocket, batches, limits, subscriptions) that each API mounts with its method table. */
export { type Connection, Subscriptions } from './connection.ts';
export { type CorsOrigins, corsHeaders, originAllowed, parseCors } from './cors.ts';
export { ErrorCodes, RpcError } from './errors.ts';
export { listen, parseLaddr } from './listen.ts';
export { type Call, type Method, type MethodTable, methodTable } from './methods.ts';
export { DEFAULT_LIMITS, type Dialect, errorResponse, type HttpReply, type HttpRoute, JsonRpcServer, type JsonRpcResponse, type JsonRpcServerOptions } from './server.ts';
export { corsWarning, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_SUBSCRIPTIONS_PER_CLIENT, type TransportLimits, transportLimits, transportOptions } from './limits.ts';
