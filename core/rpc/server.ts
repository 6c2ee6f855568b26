import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Node } from '../node/node.ts';
import type { CommittedBlockEvent } from '../types/node-api.ts';
import * as C from './comet38.ts';
import { addEvents, type Condition, matches, parseQuery } from './event-query.ts';
import { buildMethods, type Method, paramNames, RpcError, txEventMap } from './methods.ts';

/** Parses CometBFT listen addresses: "tcp://127.0.0.1:26657" or "127.0.0.1:26657". */
export function parseLaddr(laddr: string): { host: string; port: number } {
  const m = /^(?:tcp:\/\/)?([^:/]+|\[[^\]]+\]):(\d+)$/.exec(laddr);
  if (!m) throw new Error(`invalid listen address ${JSON.stringify(laddr)}: expected tcp://HOST:PORT`);
  return { host: m[1]!.replace(/^\[|\]$/g, ''), port: Number(m[2]) };
}

/** Listens or fails with one clear line (a port in use is the common case). */
export function listen(server: Server, laddr: string, what: string): Promise<void> {
  const { host, port } = parseLaddr(laddr);
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      reject(new Error(e.code === 'EADDRINUSE' ? `${what}: address ${host}:${port} is already in use (choose another with its flag)` : `${what}: cannot listen on ${host}:${port}: ${e.message}`));
    });
    server.listen(port, host, () => resolve());
  });
}

interface Subscription {
  query: string;
  conds: Condition[];
  id: unknown;
}

const MAX_BODY = 10 * 1024 * 1024;

/** The CometBFT-compatible RPC: JSON-RPC over HTTP POST, URI GET, and /websocket with subscriptions. */
export class CometRpcServer {
  readonly name = 'cometbft-rpc';
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly methods: Record<string, Method>;
  private readonly subs = new Map<WebSocket, Subscription[]>();
  private readonly onBlock = (e: CommittedBlockEvent) => this.publish(e);

  constructor(private readonly node: Node, readonly laddr: string) {
    this.methods = buildMethods(node);
    this.server = createServer((req, res) => void this.handleHttp(req, res).catch(() => res.destroy()));
    this.server.keepAliveTimeout = 60_000;
    this.wss = new WebSocketServer({ noServer: true, maxPayload: MAX_BODY });
    this.server.on('upgrade', (req, socket, head) => {
      if (req.url?.split('?')[0] !== '/websocket') return socket.destroy();
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws));
    });
  }

  async start(): Promise<void> {
    await listen(this.server, this.laddr, 'rpc.laddr');
    this.node.bus.on('block', this.onBlock);
  }

  async stop(): Promise<void> {
    this.node.bus.off('block', this.onBlock);
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  private async handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const send = (status: number, body: unknown) => {
      // A known length instead of chunked framing: one write per response, as CometBFT answers.
      const bytes = Buffer.from(JSON.stringify(body));
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': bytes.length });
      res.end(bytes);
    };
    if (req.method === 'GET') {
      const url = new URL(req.url ?? '/', 'http://x');
      const method = url.pathname.slice(1);
      if (method === '') return send(200, { jsonrpc: '2.0', id: -1, result: { methods: Object.keys(this.methods).sort() } });
      const params: Record<string, unknown> = {};
      for (const [k, v] of url.searchParams) params[k] = uriValue(v);
      return send(200, await this.call({ jsonrpc: '2.0', id: -1, method, params }));
    }
    if (req.method !== 'POST') return send(405, rpcError(null, -32600, 'Invalid Request', 'use POST or GET'));
    const raw = await readBody(req);
    if (raw === undefined) return send(413, rpcError(null, -32600, 'Invalid Request', 'request body too large'));
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch (e) {
      return send(200, rpcError(-1, -32700, 'Parse error. Invalid JSON', (e as Error).message));
    }
    if (Array.isArray(body)) {
      if (body.length === 0) return send(200, rpcError(null, -32600, 'Invalid Request', 'empty batch'));
      return send(200, await Promise.all(body.map((b) => this.call(b))));
    }
    return send(200, await this.call(body));
  }

  private async call(req: unknown): Promise<unknown> {
    if (typeof req !== 'object' || req === null || (req as { jsonrpc?: unknown }).jsonrpc !== '2.0') {
      return rpcError((req as { id?: unknown })?.id ?? null, -32600, 'Invalid Request', 'expected a JSON-RPC 2.0 request object');
    }
    const { id, method, params } = req as { id?: unknown; method?: unknown; params?: unknown };
    if (typeof method !== 'string') return rpcError(id ?? null, -32600, 'Invalid Request', 'method must be a string');
    const fn = this.methods[method];
    if (!fn) return rpcError(id ?? null, -32601, 'Method not found', method);
    let named: Record<string, unknown> = {};
    if (Array.isArray(params)) (paramNames[method] ?? []).forEach((n, i) => (named[n] = params[i]));
    else if (params && typeof params === 'object') named = params as Record<string, unknown>;
    else if (params !== undefined && params !== null) return rpcError(id ?? null, -32602, 'Invalid params', 'params must be an object or array');
    try {
      return { jsonrpc: '2.0', id: id ?? -1, result: await fn(named) };
    } catch (e) {
      if (e instanceof RpcError) return rpcError(id ?? -1, e.code, e.message, e.data);
      return rpcError(id ?? -1, -32603, 'Internal error', (e as Error).message);
    }
  }

  // ---- WebSocket ----

  private onConnection(ws: WebSocket): void {
    this.subs.set(ws, []);
    ws.on('close', () => this.subs.delete(ws));
    ws.on('message', async (data) => {
      let req: { id?: unknown; method?: string; params?: any; jsonrpc?: string };
      try {
        req = JSON.parse(data.toString());
      } catch (e) {
        return ws.send(JSON.stringify(rpcError(-1, -32700, 'Parse error. Invalid JSON', (e as Error).message)));
      }
      if (process.env.TRIVIUM_DEBUG_WS) console.log('WS<', data.toString().slice(0, 200));
      const list = this.subs.get(ws) ?? [];
      const p = Array.isArray(req.params) ? { query: req.params[0] } : (req.params ?? {});
      if (req.method === 'subscribe') {
        try {
          const conds = parseQuery(String(p.query));
          if (list.some((s) => s.query === p.query)) throw new Error('already subscribed');
          if (list.length >= 100) throw new Error('max_subscriptions_per_client 100 reached');
          list.push({ query: p.query, conds, id: req.id });
          ws.send(JSON.stringify({ jsonrpc: '2.0', id: req.id, result: {} }));
        } catch (e) {
          ws.send(JSON.stringify(rpcError(req.id ?? -1, -32603, 'Internal error', (e as Error).message)));
        }
        return;
      }
      if (req.method === 'unsubscribe') {
        const i = list.findIndex((s) => s.query === p.query);
        if (i < 0) return ws.send(JSON.stringify(rpcError(req.id ?? -1, -32603, 'Internal error', 'subscription not found')));
        list.splice(i, 1);
        return ws.send(JSON.stringify({ jsonrpc: '2.0', id: req.id, result: {} }));
      }
      if (req.method === 'unsubscribe_all') {
        list.splice(0);
        return ws.send(JSON.stringify({ jsonrpc: '2.0', id: req.id, result: {} }));
      }
      ws.send(JSON.stringify(await this.call(req)));
    });
  }

  private publish(e: CommittedBlockEvent): void {
    if (this.subs.size === 0) return;
    const blockMap = (type: string) =>
      addEvents(new Map([['tm.event', [type]], ['block.height', [String(e.block.height)]]]), e.results.finalizeBlockEvents);
    const newBlock = { map: blockMap('NewBlock'), type: 'NewBlock' };
    const newBlockEvents = { map: blockMap('NewBlockEvents'), type: 'NewBlockEvents' };
    const prev = this.node.getBlock(e.block.height - 1);
    for (const [ws, list] of this.subs) {
      for (const s of list) {
        for (const ev of [newBlock, newBlockEvents]) {
          if (!matches(s.conds, ev.map)) continue;
          const value =
            ev.type === 'NewBlock'
              ? { ...C.block(e.block, prev, this.node.validator.address), result_finalize_block: { events: C.events(e.results.finalizeBlockEvents), tx_results: e.results.txResults.map(C.txResult), app_hash: Buffer.from(e.results.appHash, 'hex').toString('base64') } }
              : { height: String(e.block.height), events: C.events(e.results.finalizeBlockEvents), num_txs: String(e.block.txs.length) };
          send(ws, s, { type: `tendermint/event/${ev.type}`, value }, ev.map);
        }
        for (const t of e.txs) {
          const map = txEventMap(t);
          if (!matches(s.conds, map)) continue;
          send(ws, s, { type: 'tendermint/event/Tx', value: { TxResult: { height: String(t.height), index: t.index, tx: t.tx, result: { ...C.txResult(t.result) } } } }, map);
        }
      }
    }
  }
}

function send(ws: WebSocket, s: Subscription, data: unknown, map: Map<string, string[]>): void {
  ws.send(JSON.stringify({ jsonrpc: '2.0', id: s.id, result: { query: s.query, data, events: Object.fromEntries(map) } }));
}

function rpcError(id: unknown, code: number, message: string, data?: string) {
  return { jsonrpc: '2.0', id, error: { code, message, data: data ?? '' } };
}

/** URI params: "quoted" strings, 0x-hex bytes, bare numbers (CometBFT's URI conventions). */
function uriValue(v: string): unknown {
  if (/^".*"$/.test(v)) return v.slice(1, -1);
  if (v === 'true' || v === 'false') return v === 'true';
  return v;
}

/** The request body, or undefined past MAX_BODY. Plain stream events: cheaper per request than `for await`. */
function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () => resolve(size > MAX_BODY ? undefined : chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
