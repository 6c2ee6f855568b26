import { type Connection, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_SUBSCRIPTIONS_PER_CLIENT, type Dialect, errorResponse, type HttpReply, JsonRpcServer, type Method, methodTable, RpcError, Subscriptions, transportLimits } from '../jsonrpc/index.ts';
import type { CommittedBlockEvent } from '../types/node-api.ts';
import * as C from './comet38.ts';
import { addEvents, type Condition, matches, parseQuery } from './event-query.ts';
import { buildMethods, type CometNode, type Params, paramNames, txEventMap } from './methods.ts';

interface Subscription {
  query: unknown;
  conds: Condition[];
  /** The subscribe request's id: CometBFT sends each event with it. */
  id: unknown;
}

const WS_METHODS = new Set(['subscribe', 'unsubscribe', 'unsubscribe_all']);

const internal = (data: string) => new RpcError(-32603, 'Internal error', data);

/** CometBFT's wording: a fixed message, the detail in `data` (always a string). */
const dialect: Dialect<Params> = {
  defaultId: -1,
  params(raw, method) {
    if (Array.isArray(raw)) {
      const named: Params = {};
      (Object.hasOwn(paramNames, method) ? paramNames[method]! : []).forEach((n, i) => (named[n] = raw[i]));
      return named;
    }
    if (raw && typeof raw === 'object') return raw as Params;
    if (raw === undefined || raw === null) return {};
    throw new RpcError(-32602, 'Invalid params', 'params must be an object or array');
  },
  // The subscription methods over /websocket never asked for the version.
  check(req, conn) {
    if (req.jsonrpc !== '2.0' && !(conn && WS_METHODS.has(req.method as string))) throw dialect.invalidRequest('object');
  },
  error(e) {
    if (e instanceof RpcError) return e.data === undefined ? new RpcError(e.code, e.message, '') : e;
    return internal(e instanceof Error ? e.message : String(e));
  },
  parseError: (e) => new RpcError(-32700, 'Parse error. Invalid JSON', e.message),
  invalidRequest: (why) => new RpcError(-32600, 'Invalid Request', why === 'method' ? 'method must be a string' : 'expected a JSON-RPC 2.0 request object'),
  methodNotFound: (method) => new RpcError(-32601, 'Method not found', method),
  emptyBatch: new RpcError(-32600, 'Invalid Request', 'empty batch'),
  bodyTooLarge: new RpcError(-32600, 'Invalid Request', 'request body too large'),
};

/** The CometBFT-compatible RPC: JSON-RPC over HTTP POST, URI GET, and /websocket with subscriptions. */
export class CometRpcServer {
  readonly name = 'cometbft-rpc';
  private readonly rpc: JsonRpcServer<Params>;
  /** What GET / lists: the HTTP methods (the subscription ones are /websocket's). */
  private readonly listing: string[];
  private readonly subs = new Subscriptions<unknown, Subscription>();
  private readonly onBlock = (e: CommittedBlockEvent) => this.publish(e);
  private readonly maxSubscriptions: number;

  constructor(
    private readonly node: CometNode,
    readonly laddr: string,
  ) {
    const methods = methodTable<Params>(buildMethods(node));
    this.listing = [...methods.keys()].sort();
    for (const [name, fn] of Object.entries(this.subscriptionMethods())) methods.set(name, fn);
    const { maxSubscriptionsPerClient, maxBytes, ...limits } = transportLimits(node.flags);
    this.maxSubscriptions = maxSubscriptionsPerClient ?? DEFAULT_MAX_SUBSCRIPTIONS_PER_CLIENT;
    this.rpc = new JsonRpcServer({ methods, dialect, maxBytes: maxBytes ?? DEFAULT_MAX_BODY_BYTES, ...limits, name: 'cometbft-rpc', wsPath: '/websocket', route: (req) => this.route(req.method, req.url) });
  }

  async start(): Promise<void> {
    await this.rpc.listen(this.laddr, 'rpc.laddr');
    this.node.bus.on('block', this.onBlock);
  }

  async stop(): Promise<void> {
    this.node.bus.off('block', this.onBlock);
    await this.rpc.close();
  }

  /** URI GET (`/block?height=5`, `/` lists the methods); anything but GET and POST is refused. */
  private async route(verb: string | undefined, path: string | undefined): Promise<HttpReply | undefined> {
    if (verb === 'POST') return undefined;
    if (verb !== 'GET') return { status: 405, json: errorResponse(null, new RpcError(-32600, 'Invalid Request', 'use POST or GET')) };
    const url = new URL(path ?? '/', 'http://x');
    const method = url.pathname.slice(1);
    if (method === '') return { status: 200, json: { jsonrpc: '2.0', id: -1, result: { methods: this.listing } } };
    const params: Params = Object.create(null);
    for (const [k, v] of url.searchParams) params[k] = uriValue(v);
    return { status: 200, json: await this.rpc.call({ jsonrpc: '2.0', id: -1, method, params }) };
  }

  // ---- /websocket subscriptions ----

  private subscriptionMethods(): Record<string, Method<Params>> {
    const subsOf = (conn: Connection | undefined, method: string) => {
      if (!conn) throw dialect.methodNotFound(method);
      return this.subs.of(conn);
    };
    return {
      subscribe: (p, { conn, id, method }) => {
        const list = subsOf(conn, method);
        let conds: Condition[];
        try {
          conds = parseQuery(String(p.query));
        } catch (e) {
          throw internal((e as Error).message);
        }
        if (list.has(p.query)) throw internal('already subscribed');
        if (list.size >= this.maxSubscriptions) throw internal(`max subscriptions per client ${this.maxSubscriptions} reached`);
        list.set(p.query, { query: p.query, conds, id });
        return {};
      },
      unsubscribe: (p, { conn, method }) => {
        if (!subsOf(conn, method).delete(p.query)) throw internal('subscription not found');
        return {};
      },
      unsubscribe_all: (_p, { conn, method }) => {
        subsOf(conn, method).clear();
        return {};
      },
    };
  }

  private publish(e: CommittedBlockEvent): void {
    if (this.subs.size === 0) return;
    const blockMap = (type: string) =>
      addEvents(new Map([['tm.event', [type]], ['block.height', [String(e.block.height)]]]), e.results.finalizeBlockEvents);
    const newBlock = { map: blockMap('NewBlock'), type: 'NewBlock' };
    const newBlockEvents = { map: blockMap('NewBlockEvents'), type: 'NewBlockEvents' };
    const newBlockHeader = { map: blockMap('NewBlockHeader'), type: 'NewBlockHeader' };
    const prev = this.node.getBlock(e.block.height - 1);
    for (const [conn, list] of this.subs) {
      for (const s of list.values()) {
        for (const ev of [newBlock, newBlockEvents, newBlockHeader]) {
          if (!matches(s.conds, ev.map)) continue;
          const value =
            ev.type === 'NewBlock'
              ? { ...C.block(e.block, prev, this.node.validator.address), result_finalize_block: { events: C.events(e.results.finalizeBlockEvents), tx_results: e.results.txResults.map(C.txResult), app_hash: Buffer.from(e.results.appHash, 'hex').toString('base64') } }
              : ev.type === 'NewBlockHeader'
                ? { header: C.header(e.block) }
                : { height: String(e.block.height), events: C.events(e.results.finalizeBlockEvents), num_txs: String(e.block.txs.length) };
          send(conn, s, { type: `tendermint/event/${ev.type}`, value }, ev.map);
        }
        for (const t of e.txs) {
          const map = txEventMap(t);
          if (!matches(s.conds, map)) continue;
          send(conn, s, { type: 'tendermint/event/Tx', value: { TxResult: { height: String(t.height), index: t.index, tx: t.tx, result: { ...C.txResult(t.result) } } } }, map);
        }
      }
    }
  }
}

function send(conn: Connection, s: Subscription, data: unknown, map: Map<string, string[]>): void {
  conn.send({ jsonrpc: '2.0', id: s.id, result: { query: s.query, data, events: Object.fromEntries(map) } });
}

/** URI params: "quoted" strings, 0x-hex bytes, bare numbers (CometBFT's URI conventions). */
function uriValue(v: string): unknown {
  if (/^".*"$/.test(v)) return v.slice(1, -1);
  if (v === 'true' || v === 'false') return v === 'true';
  return v;
}
