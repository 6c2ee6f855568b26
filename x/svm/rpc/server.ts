import { type Dialect, type HttpReply, type HttpRoute, JsonRpcServer, methodTable, RpcError, transportOptions } from '../../../core/jsonrpc/index.ts';
import type { Service } from '../../../core/types/module.ts';
import type { CommittedBlockEvent, NodeAPI } from '../../../core/types/node-api.ts';
import type { SvmKeeper } from '../keeper/keeper.ts';
import { DEFAULT_SVM_RPC_ADDRESS, DEFAULT_SVM_WS_ADDRESS } from '../types/index.ts';
import { RpcCodes, stringifyJson } from './encoding.ts';
import { devMethods } from './dev.ts';
import { solanaMethods } from './methods.ts';
import { SUBSCRIPTION_METHODS, SolanaSubscriptions } from './subscriptions.ts';

const flag = (flags: Record<string, unknown>, name: string, camel: string): string | undefined => {
  const v = flags[name] ?? flags[camel] ?? flags[camel.replace('.', '')];
  return typeof v === 'string' && v !== '' ? v : undefined;
};

export { DEFAULT_SVM_RPC_ADDRESS, DEFAULT_SVM_WS_ADDRESS };

export function svmRpcAddress(flags: Record<string, unknown>): string {
  return flag(flags, 'svm-rpc.address', 'svmRpc.address') ?? DEFAULT_SVM_RPC_ADDRESS;
}
export function svmWsAddress(flags: Record<string, unknown>): string | undefined {
  const v = flag(flags, 'svm-rpc.ws-address', 'svmRpc.wsAddress');
  return v === 'off' ? undefined : (v ?? DEFAULT_SVM_WS_ADDRESS);
}

const MAX_BODY = 10 * 1024 * 1024;
const HEADERS = { 'content-type': 'application/json' };
const SUBSCRIPTION_METHOD_SET = new Set(SUBSCRIPTION_METHODS);

/** Solana's wording. Params are positional; a lone non-array value is the first (subscriptions ignore it). */
const dialect: Dialect<unknown[]> = {
  defaultId: null,
  params: (raw, method) => (Array.isArray(raw) ? raw : raw === undefined || SUBSCRIPTION_METHOD_SET.has(method) ? [] : [raw]),
  error: (e) => (e instanceof RpcError ? e : new RpcError(RpcCodes.internal, e instanceof Error ? e.message : String(e))),
  parseError: () => new RpcError(RpcCodes.parseError, 'Parse error'),
  invalidRequest: () => new RpcError(RpcCodes.invalidRequest, 'Invalid request'),
  methodNotFound: (method) => new RpcError(RpcCodes.methodNotFound, `Method not found: ${method}`),
  // no emptyBatch: `[]` is answered with `[]`; no bodyTooLarge: the 413 is empty
};

/** The HTTP of the WebSocket-only port. */
const wsOnly: HttpRoute = () => ({ status: 426, headers: { 'content-type': 'text/plain' }, body: 'WebSocket only: JSON-RPC over HTTP is on --svm-rpc.address\n' });

/**
 * Solana JSON-RPC over HTTP POST (single and batch), plus WebSocket subscriptions (subscriptions.ts) on the
 * same port and on --svm-rpc.ws-address.
 */
export class SolanaRpcService implements Service {
  readonly name = 'svm-rpc';
  private readonly rpc: JsonRpcServer<unknown[]>;
  private readonly subscriptions: SolanaSubscriptions;
  private readonly onBlock = (e: CommittedBlockEvent) => this.subscriptions.publish(e);

  constructor(
    private readonly node: NodeAPI,
    keeper: SvmKeeper,
    readonly laddr: string,
    readonly wsLaddr: string | undefined = svmWsAddress(node.flags),
  ) {
    const methods = methodTable<unknown[]>({ ...solanaMethods(node, keeper), ...devMethods(node, keeper) });
    this.subscriptions = new SolanaSubscriptions(node, keeper);
    for (const [name, fn] of Object.entries(this.subscriptions.methods())) methods.set(name, fn);
    this.rpc = new JsonRpcServer({ methods, dialect, maxBytes: MAX_BODY, ...transportOptions(node.flags), name: 'svm-rpc', headers: HEADERS, stringify: stringifyJson, route: (req) => route(req.method, req.url) });
  }

  async start(): Promise<void> {
    await this.rpc.listen(this.laddr, 'svm-rpc.address');
    if (this.wsLaddr) await this.rpc.listen(this.wsLaddr, 'svm-rpc.ws-address', wsOnly);
    this.node.bus.on('block', this.onBlock);
    this.node.log(`Solana JSON-RPC on http://${this.laddr}${this.wsLaddr ? ` (WebSocket also on ws://${this.wsLaddr})` : ''}`);
  }

  async stop(): Promise<void> {
    this.node.bus.off('block', this.onBlock);
    await this.rpc.close();
  }
}

/** OPTIONS (CORS preflight) and GET /health; any other GET is refused; the rest is JSON-RPC. */
function route(verb: string | undefined, url: string | undefined): HttpReply | undefined {
  if (verb === 'OPTIONS') return { status: 204, headers: HEADERS };
  if (verb !== 'GET') return undefined;
  if ((url ?? '/').split('?')[0] === '/health') return { status: 200, headers: { 'content-type': 'text/plain' }, body: 'ok' };
  return { status: 405, json: { jsonrpc: '2.0', id: null, error: { code: RpcCodes.invalidRequest, message: 'use POST with a JSON-RPC body' } } };
}
