import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { type Connection, WsConnection } from './connection.ts';
import { ErrorCodes, RpcError } from './errors.ts';
import { listen } from './listen.ts';
import type { MethodTable } from './methods.ts';

export interface JsonRpcResponse {
  jsonrpc: '2.0';
  id: unknown;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

export function errorResponse(id: unknown, e: RpcError): JsonRpcResponse {
  return { jsonrpc: '2.0', id, error: e.toJSON() };
}

/**
 * How one API words and shapes what the transport does alike for all: the errors it sends for malformed
 * requests, the id of a reply to a request without one, the params its methods take. Clients depend on these.
 */
export interface Dialect<P> {
  /** The id of a reply (and of a parse error) when the request had none: CometBFT answers -1, others null. */
  readonly defaultId: unknown;
  /** The request's params as the API's methods take them (called once the method is known); throws an RpcError for a bad shape. */
  params(raw: unknown, method: string): P;
  /** Anything a method (or params, or check) threw → the error to send. */
  error(e: unknown): RpcError;
  parseError(e: Error): RpcError;
  /** A request that is not an object ('object') or has no string method ('method'). */
  invalidRequest(why: 'object' | 'method'): RpcError;
  methodNotFound(method: string): RpcError;
  /** More checks of a request object before its method is looked up (e.g. `jsonrpc: "2.0"`); throws an RpcError. */
  check?(req: Readonly<Record<string, unknown>>, conn: Connection | undefined): void;
  /** The reply to `[]`; without it an empty batch is answered with an empty array. */
  readonly emptyBatch?: RpcError;
  batchTooLarge?(max: number): RpcError;
  /** The 413's JSON-RPC error; without it the 413 has no body. */
  readonly bodyTooLarge?: RpcError;
}

/** An HTTP reply a route gives instead of JSON-RPC over POST. */
export interface HttpReply {
  status: number;
  /** Sent as JSON, with the server's headers and serializer. */
  json?: unknown;
  /** Or this body (and no other headers than `headers`). */
  body?: string;
  headers?: Record<string, string>;
}

/** Answers the HTTP requests that are not JSON-RPC bodies (GET routes, OPTIONS, 405s); undefined: the body is JSON-RPC. */
export type HttpRoute = (req: IncomingMessage) => HttpReply | undefined | Promise<HttpReply | undefined>;

export interface JsonRpcServerOptions<P> {
  methods: MethodTable<P>;
  dialect: Dialect<P>;
  /** The largest HTTP body and WebSocket frame, in bytes (a larger frame closes the socket with 1009). */
  maxBytes: number;
  /** The most requests in one batch (default: no limit). */
  maxBatch?: number;
  /** A batch's calls one after another, in order (one sender's txs keep their nonce order), instead of all at once. */
  sequentialBatches?: boolean;
  /** Headers of every JSON reply besides content-type and content-length (CORS). */
  headers?: Record<string, string>;
  /** Default JSON.stringify (Solana needs its u64s as bare digits). */
  stringify?: (v: unknown) => string;
  route?: HttpRoute;
  /** Only upgrades to this path become WebSockets (others are dropped); default any path. */
  wsPath?: string;
}

interface Outcome {
  reply: unknown;
  after: Array<() => void>;
}

/**
 * JSON-RPC 2.0 over HTTP POST and WebSocket, on one or more listeners: requests and batches, size limits,
 * errors, and the connection a subscription method keeps to push notifications. Each API mounts it with its
 * method table and its dialect.
 */
export class JsonRpcServer<P> {
  private readonly servers: Server[] = [];
  private readonly wss: WebSocketServer;
  private readonly methods: MethodTable<P>;
  private readonly dialect: Dialect<P>;
  private readonly stringify: (v: unknown) => string;
  private readonly jsonHeaders: Record<string, string>;

  constructor(private readonly opts: JsonRpcServerOptions<P>) {
    this.methods = opts.methods;
    this.dialect = opts.dialect;
    this.stringify = opts.stringify ?? JSON.stringify;
    this.jsonHeaders = { 'content-type': 'application/json', ...opts.headers };
    this.wss = new WebSocketServer({ noServer: true, maxPayload: opts.maxBytes });
  }

  /**
   * Serves HTTP and WebSocket on laddr ("tcp://HOST:PORT" or "HOST:PORT"; port 0 picks one) and resolves with
   * the port. `what` names the flag in errors; `route` replaces the server's own here (a WebSocket-only port
   * answers all HTTP itself).
   */
  async listen(laddr: string, what: string, route: HttpRoute | undefined = this.opts.route): Promise<number> {
    const server = createServer((req, res) => {
      this.onHttp(req, res, route).catch(() => res.destroy());
    });
    server.keepAliveTimeout = 60_000;
    server.on('upgrade', (req, socket, head) => {
      if (this.opts.wsPath !== undefined && req.url?.split('?')[0] !== this.opts.wsPath) return socket.destroy();
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws));
    });
    await listen(server, laddr, what);
    this.servers.push(server);
    return (server.address() as AddressInfo).port;
  }

  /** The first listener's port (0 before listen). */
  get port(): number {
    return (this.servers[0]?.address() as AddressInfo | undefined)?.port ?? 0;
  }

  async close(): Promise<void> {
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
    for (const server of this.servers.splice(0)) {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
  }

  /** One request object → its reply (never throws). `conn`: the WebSocket it came on. */
  async call(req: unknown, conn?: Connection): Promise<JsonRpcResponse> {
    const after: Array<() => void> = [];
    const reply = await this.one(req, conn, after);
    for (const fn of after) fn();
    return reply;
  }

  // ---- HTTP ----

  private async onHttp(req: IncomingMessage, res: ServerResponse, route: HttpRoute | undefined): Promise<void> {
    const routed = route && (await route(req));
    if (routed) return this.sendHttp(res, routed);
    const body = await readBody(req, this.opts.maxBytes);
    if (body === undefined) {
      const e = this.dialect.bodyTooLarge;
      return this.sendHttp(res, e ? { status: 413, json: errorResponse(null, e) } : { status: 413, headers: this.jsonHeaders });
    }
    const { reply, after } = await this.handle(body.toString('utf8'));
    this.sendHttp(res, { status: 200, json: reply });
    for (const fn of after) fn();
  }

  private sendHttp(res: ServerResponse, r: HttpReply): void {
    // A known length instead of chunked framing: one write per reply.
    const body = r.json !== undefined ? Buffer.from(this.stringify(r.json)) : r.body !== undefined ? Buffer.from(r.body) : undefined;
    const headers = r.json !== undefined ? this.jsonHeaders : (r.headers ?? {});
    res.writeHead(r.status, body ? { ...headers, 'content-length': body.length } : headers);
    res.end(body);
  }

  // ---- WebSocket ----

  private onConnection(ws: WebSocket): void {
    const conn = new WsConnection(ws, this.stringify);
    // A frame past maxBytes or not UTF-8: ws closes the socket (1009, 1007) after emitting 'error', which
    // would end the process were nobody listening.
    ws.on('error', () => undefined);
    ws.on('message', (data) => {
      this.onFrame(conn, data.toString()).catch(() => ws.terminate());
    });
  }

  private async onFrame(conn: Connection, text: string): Promise<void> {
    if (process.env.TRIVIUM_DEBUG_WS) console.log('WS<', text.slice(0, 200));
    const { reply, after } = await this.handle(text, conn);
    try {
      conn.send(reply);
    } catch (e) {
      conn.send(errorResponse(null, this.dialect.error(e))); // a result that does not serialize
    }
    for (const fn of after) fn();
  }

  // ---- JSON-RPC ----

  /** One HTTP body or WebSocket frame: a request or a batch. */
  private async handle(text: string, conn?: Connection): Promise<Outcome> {
    const d = this.dialect;
    const after: Array<() => void> = [];
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (e) {
      return { reply: errorResponse(d.defaultId, d.parseError(e as Error)), after };
    }
    if (!Array.isArray(body)) return { reply: await this.one(body, conn, after), after };
    if (body.length === 0 && d.emptyBatch) return { reply: errorResponse(null, d.emptyBatch), after };
    const max = this.opts.maxBatch ?? Infinity;
    if (body.length > max) {
      return { reply: errorResponse(null, d.batchTooLarge?.(max) ?? new RpcError(ErrorCodes.InvalidRequest, `batch too large: at most ${max} requests`)), after };
    }
    if (!this.opts.sequentialBatches) return { reply: await Promise.all(body.map((r) => this.one(r, conn, after))), after };
    const replies: JsonRpcResponse[] = [];
    for (const r of body) replies.push(await this.one(r, conn, after));
    return { reply: replies, after };
  }

  private async one(req: unknown, conn: Connection | undefined, after: Array<() => void>): Promise<JsonRpcResponse> {
    const d = this.dialect;
    if (typeof req !== 'object' || req === null || Array.isArray(req)) return errorResponse(null, d.invalidRequest('object'));
    const r = req as Record<string, unknown>;
    const id = r.id;
    try {
      d.check?.(r, conn);
    } catch (e) {
      return errorResponse(id ?? null, d.error(e));
    }
    const method = r.method;
    if (typeof method !== 'string') return errorResponse(id ?? null, d.invalidRequest('method'));
    const fn = this.methods.get(method);
    if (!fn) return errorResponse(id ?? null, d.methodNotFound(method));
    let params: P;
    try {
      params = d.params(r.params, method);
    } catch (e) {
      return errorResponse(id ?? null, d.error(e));
    }
    const replyId = id ?? d.defaultId;
    try {
      return { jsonrpc: '2.0', id: replyId, result: await fn(params, { id, method, conn, after: (f) => void after.push(f) }) };
    } catch (e) {
      return errorResponse(replyId, d.error(e));
    }
  }
}

/** The request body, or undefined past max (read to the end, so the 413 reaches the client). Plain stream events: cheaper per request than `for await`. */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= max) chunks.push(c);
    });
    req.on('end', () => resolve(size > max ? undefined : chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
