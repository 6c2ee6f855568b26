import { type Call, type Connection, type Dialect, errorResponse, type HttpReply, JsonRpcServer, type Method, RpcError, Subscriptions, transportOptions } from '../../../core/jsonrpc/index.ts';
import type { Service } from '../../../core/types/module.ts';
import type { CommittedBlockEvent } from '../../../core/types/node-api.ts';
import type { EthApi } from './eth-api.ts';
import { logSources } from './chain-view.ts';
import { RpcCodes, toRpcError } from './errors.ts';
import { type LogFilter, matchLog, parseLogFilter } from './filters.ts';
import { formatHeader, formatLog } from './format.ts';
import { quantity } from './hex.ts';

const MAX_BODY = 16 * 1024 * 1024;
const MAX_BATCH = 1000;
const MAX_SUBSCRIPTIONS = 100;

interface Subscription {
  kind: 'newHeads' | 'logs' | 'newPendingTransactions';
  filter?: LogFilter;
  /** newPendingTransactions with `true`: whole tx objects, not hashes (geth's option). */
  fullTx?: boolean;
}

/** geth's wording; params reach EthApi.call as sent (it checks they are an array). */
const dialect: Dialect<unknown> = {
  defaultId: null,
  params: (raw) => raw,
  error: toRpcError,
  parseError: (e) => new RpcError(RpcCodes.ParseError, `parse error: ${e.message}`),
  invalidRequest: (why) => new RpcError(RpcCodes.InvalidRequest, why === 'method' ? 'invalid request: method must be a string' : 'invalid request: expected a JSON-RPC 2.0 object'),
  methodNotFound: (method) => new RpcError(RpcCodes.MethodNotFound, `the method ${method} does not exist/is not available`),
  emptyBatch: new RpcError(RpcCodes.InvalidRequest, 'empty batch'),
  batchTooLarge: (max) => new RpcError(RpcCodes.InvalidRequest, `batch too large: at most ${max} requests`),
  bodyTooLarge: new RpcError(RpcCodes.InvalidRequest, 'request body too large'),
};

/**
 * The Ethereum JSON-RPC on one port: HTTP POST and WebSocket (single and batch, a batch in order), plus
 * eth_subscribe newHeads/logs over WebSocket, fed by the node's committed blocks.
 */
export class EthRpcServer implements Service {
  readonly name = 'eth-json-rpc';
  private readonly rpc: JsonRpcServer<unknown>;
  private readonly subs = new Subscriptions<string, Subscription>();
  private nextSub = 1n;
  private readonly onBlock = (e: CommittedBlockEvent) => this.publish(e);
  private readonly onRewind = (e: { height: number }) => this.api.onRewound(e.height);
  private readonly onPending = (hash: string, tx: () => unknown) => this.publishPending(hash, tx);

  constructor(
    private readonly api: EthApi,
    readonly address: string,
  ) {
    const methods = new Map<string, Method<unknown>>();
    // EthApi's methods are a plain object: only its own names are methods.
    for (const name of Object.keys(api.methods)) methods.set(name, (params) => api.call(name, params));
    methods.set('eth_subscribe', (params, call) => this.subscribe(socket(call), Array.isArray(params) ? params : []));
    methods.set('eth_unsubscribe', (params, call) => this.subs.of(socket(call)).delete(String((Array.isArray(params) ? params : [])[0])));
    this.rpc = new JsonRpcServer({ methods, dialect, maxBytes: MAX_BODY, maxBatch: MAX_BATCH, ...transportOptions(api.node.flags), name: 'eth-json-rpc', sequentialBatches: true, route: (req) => this.route(req.method) });
  }

  async start(): Promise<void> {
    await this.rpc.listen(this.address, 'json-rpc.address');
    this.api.node.bus.on('block', this.onBlock);
    this.api.node.bus.on('rewind', this.onRewind);
    this.api.pendingListeners.add(this.onPending);
  }

  async stop(): Promise<void> {
    this.api.node.bus.off('block', this.onBlock);
    this.api.node.bus.off('rewind', this.onRewind);
    this.api.pendingListeners.delete(this.onPending);
    await this.rpc.close();
    await this.api.senders.close();
  }

  get port(): number {
    return this.rpc.port;
  }

  /** GET lists the methods; JSON-RPC is POST only. */
  private route(verb: string | undefined): HttpReply | undefined {
    if (verb === 'POST') return undefined;
    if (verb === 'GET') return { status: 200, json: { jsonrpc: '2.0', id: null, result: { client: 'trivium', methods: Object.keys(this.api.methods).sort() } } };
    return { status: 405, json: errorResponse(null, new RpcError(RpcCodes.InvalidRequest, 'use POST')) };
  }

  // ---- eth_subscribe ----

  private subscribe(conn: Connection, p: unknown[]): string {
    const list = this.subs.of(conn);
    if (list.size >= MAX_SUBSCRIPTIONS) throw new RpcError(RpcCodes.Server, `too many subscriptions on this connection (${MAX_SUBSCRIPTIONS})`);
    let sub: Subscription;
    if (p[0] === 'newHeads') sub = { kind: 'newHeads' };
    else if (p[0] === 'logs') sub = { kind: 'logs', filter: parseLogFilter(p[1] ?? {}, () => 0, false) };
    else if (p[0] === 'newPendingTransactions') {
      if (p[1] !== undefined && p[1] !== null && typeof p[1] !== 'boolean') throw new RpcError(RpcCodes.InvalidParams, 'invalid newPendingTransactions option: expected true (full transactions) or false (hashes)');
      sub = { kind: 'newPendingTransactions', fullTx: p[1] === true };
    } else throw new RpcError(RpcCodes.InvalidParams, `unsupported subscription ${JSON.stringify(p[0])}: use newHeads, logs or newPendingTransactions`);
    const id = quantity(this.nextSub++);
    list.set(id, sub);
    return id;
  }

  private publish(e: CommittedBlockEvent): void {
    this.api.onCommitted(e);
    this.api.view.heard(e.block, e.results);
    if (this.subs.size === 0) return;
    const block = this.api.view.committed(e.block, e.results);
    const env = this.api.env();
    let header: unknown;
    for (const [conn, list] of this.subs) {
      for (const [id, s] of list) {
        if (s.kind === 'newPendingTransactions') continue;
        if (s.kind === 'newHeads') {
          notify(conn, id, (header ??= formatHeader(block, env)));
          continue;
        }
        for (const t of logSources(block)) for (const l of t.logs) if (matchLog(l, s.filter!)) notify(conn, id, formatLog(l));
      }
    }
  }

  /** A tx this port admitted to the mempool, to every newPendingTransactions subscription. */
  private publishPending(hash: string, tx: () => unknown): void {
    let full: unknown;
    for (const [conn, list] of this.subs) for (const [id, s] of list) if (s.kind === 'newPendingTransactions') notify(conn, id, s.fullTx ? (full ??= tx()) : hash);
  }
}

function socket(call: Call): Connection {
  if (!call.conn) throw new RpcError(RpcCodes.MethodNotFound, 'notifications not supported over HTTP: use the WebSocket endpoint');
  return call.conn;
}

function notify(conn: Connection, subscription: string, result: unknown): void {
  conn.send({ jsonrpc: '2.0', method: 'eth_subscription', params: { subscription, result } });
}
