import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Service } from '../../../core/types/module.ts';
import type { CommittedBlockEvent } from '../../../core/types/node-api.ts';
import { listen } from '../../../core/rpc/server.ts';
import type { EthApi } from './eth-api.ts';
import { RpcCodes, RpcError, toRpcError } from './errors.ts';
import { type LogFilter, matchLog, parseLogFilter } from './filters.ts';
import { formatHeader, formatLog } from './format.ts';
import { quantity } from './hex.ts';

const MAX_BODY = 16 * 1024 * 1024;
const MAX_BATCH = 1000;

interface Subscription {
  kind: 'newHeads' | 'logs';
  filter?: LogFilter;
}

type JsonRpcResponse = { jsonrpc: '2.0'; id: unknown; result?: unknown; error?: { code: number; message: string; data?: unknown } };

/**
 * The Ethereum JSON-RPC transport on one port: HTTP POST (single and batch), WebSocket (same, plus
 * eth_subscribe newHeads/logs fed by the node's committed blocks).
 */
export class EthRpcServer implements Service {
  readonly name = 'eth-json-rpc';
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly subs = new Map<WebSocket, Map<string, Subscription>>();
  private nextSub = 1n;
  private readonly onBlock = (e: CommittedBlockEvent) => this.publish(e);

  constructor(
    private readonly api: EthApi,
    readonly address: string,
  ) {
    this.server = createServer((req, res) => void this.handleHttp(req, res));
    this.server.keepAliveTimeout = 60_000;
    this.wss = new WebSocketServer({ noServer: true, maxPayload: MAX_BODY });
    this.server.on('upgrade', (req, socket, head) => this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws)));
  }

  async start(): Promise<void> {
    await listen(this.server, this.address, 'json-rpc.address');
    this.api.node.bus.on('block', this.onBlock);
  }

  async stop(): Promise<void> {
    this.api.node.bus.off('block', this.onBlock);
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  get port(): number {
    const a = this.server.address();
    return typeof a === 'object' && a ? a.port : 0;
  }

  private async handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const headers = { 'content-type': 'application/json', 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type' };
    const send = (status: number, body: unknown) => {
      res.writeHead(status, headers);
      res.end(JSON.stringify(body));
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...headers, 'access-control-allow-methods': 'POST, GET, OPTIONS' });
      return void res.end();
    }
    if (req.method === 'GET') return send(200, { jsonrpc: '2.0', id: null, result: { client: 'trivium', methods: Object.keys(this.api.methods).sort() } });
    if (req.method !== 'POST') return send(405, errorResponse(null, new RpcError(RpcCodes.InvalidRequest, 'use POST')));
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const c of req) {
      size += (c as Buffer).length;
      if (size > MAX_BODY) return send(413, errorResponse(null, new RpcError(RpcCodes.InvalidRequest, 'request body too large')));
      chunks.push(c as Buffer);
    }
    send(200, await this.handleText(Buffer.concat(chunks).toString('utf8')));
  }

  /** One HTTP body or WebSocket message: a request or a batch. */
  private async handleText(text: string, ws?: WebSocket): Promise<unknown> {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (e) {
      return errorResponse(null, new RpcError(RpcCodes.ParseError, `parse error: ${(e as Error).message}`));
    }
    if (Array.isArray(body)) {
      if (body.length === 0) return errorResponse(null, new RpcError(RpcCodes.InvalidRequest, 'empty batch'));
      if (body.length > MAX_BATCH) return errorResponse(null, new RpcError(RpcCodes.InvalidRequest, `batch too large: at most ${MAX_BATCH} requests`));
      // In order, one after another: a batch of one sender's raw txs keeps its nonce order.
      const out: JsonRpcResponse[] = [];
      for (const r of body) out.push(await this.handleOne(r, ws));
      return out;
    }
    return this.handleOne(body, ws);
  }

  private async handleOne(req: unknown, ws?: WebSocket): Promise<JsonRpcResponse> {
    if (typeof req !== 'object' || req === null || Array.isArray(req)) return errorResponse(null, new RpcError(RpcCodes.InvalidRequest, 'invalid request: expected a JSON-RPC 2.0 object'));
    const { id = null, method, params } = req as { id?: unknown; method?: unknown; params?: unknown };
    if (typeof method !== 'string') return errorResponse(id, new RpcError(RpcCodes.InvalidRequest, 'invalid request: method must be a string'));
    try {
      if (method === 'eth_subscribe' || method === 'eth_unsubscribe') {
        if (!ws) throw new RpcError(RpcCodes.MethodNotFound, 'notifications not supported over HTTP: use the WebSocket endpoint');
        const p = Array.isArray(params) ? params : [];
        return { jsonrpc: '2.0', id, result: method === 'eth_subscribe' ? this.subscribe(ws, p) : this.unsubscribe(ws, p) };
      }
      return { jsonrpc: '2.0', id, result: await this.api.call(method, params) };
    } catch (e) {
      return errorResponse(id, toRpcError(e));
    }
  }

  // ---- WebSocket ----

  private onConnection(ws: WebSocket): void {
    this.subs.set(ws, new Map());
    ws.on('close', () => this.subs.delete(ws));
    ws.on('message', async (raw) => {
      const out = await this.handleText(raw.toString(), ws);
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(out));
    });
  }

  private subscribe(ws: WebSocket, p: unknown[]): string {
    const list = this.subs.get(ws)!;
    if (list.size >= 100) throw new RpcError(RpcCodes.Server, 'too many subscriptions on this connection (100)');
    let sub: Subscription;
    if (p[0] === 'newHeads') sub = { kind: 'newHeads' };
    else if (p[0] === 'logs') sub = { kind: 'logs', filter: parseLogFilter(p[1] ?? {}, () => 0, false) };
    else throw new RpcError(RpcCodes.InvalidParams, `unsupported subscription ${JSON.stringify(p[0])}: use newHeads or logs`);
    const id = quantity(this.nextSub++);
    list.set(id, sub);
    return id;
  }

  private unsubscribe(ws: WebSocket, p: unknown[]): boolean {
    return this.subs.get(ws)?.delete(String(p[0])) ?? false;
  }

  private publish(e: CommittedBlockEvent): void {
    this.api.onCommitted(e);
    if (this.subs.size === 0) return;
    const block = this.api.view.committed(e.block, e.results);
    const env = this.api.env();
    let header: unknown;
    for (const [ws, list] of this.subs) {
      for (const [id, s] of list) {
        if (s.kind === 'newHeads') {
          notify(ws, id, (header ??= formatHeader(block, env)));
          continue;
        }
        for (const t of block.txs) for (const l of t.logs) if (matchLog(l, s.filter!)) notify(ws, id, formatLog(l));
      }
    }
  }
}

function notify(ws: WebSocket, subscription: string, result: unknown): void {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ jsonrpc: '2.0', method: 'eth_subscription', params: { subscription, result } }));
}

function errorResponse(id: unknown, e: RpcError): JsonRpcResponse {
  return { jsonrpc: '2.0', id, error: e.toJSON() };
}
