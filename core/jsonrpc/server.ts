import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { randomBytes } from 'node:crypto';
import { type Connection, WsConnection } from './connection.ts';
import { corsHeaders, type CorsOrigins, preflight } from './cors.ts';
import { ErrorCodes, RpcError } from './errors.ts';
import { scanFrame } from './frame.ts';
import { listen } from './listen.ts';
import type { MethodTable } from './methods.ts';
import { logError } from '../types/log-format.ts';

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
  /** The largest HTTP body (and WebSocket message unless maxWsBytes), in bytes. */
  maxBytes: number;
  /** The largest WebSocket message (a larger one closes the socket with 1009); default maxBytes. */
  maxWsBytes?: number;
  /** The most requests in one batch (default DEFAULT_LIMITS.maxBatch, as geth). */
  maxBatch?: number;
  /** The deepest nesting of arrays and objects in one frame (checked on the raw text before parsing). */
  maxDepth?: number;
  /** The most open WebSocket connections; more upgrades get a 503 naming the limit. */
  maxConnections?: number;
  /** Which browser origins may call (CORS): default localhost only; '*' any. */
  cors?: CorsOrigins;
  /** Names the API in logged internal errors. */
  name?: string;
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

/** The transport's limits unless an API or a flag says otherwise (CometBFT's and geth's defaults). */
export const DEFAULT_LIMITS = { maxBatch: 1000, maxDepth: 64, maxConnections: 900 } as const;

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
  /** The same as [name, value, …], what writeHead takes without building an object per reply. */
  private readonly jsonHeaderList: string[];
  private readonly maxBatch: number;
  private readonly maxDepth: number;
  private readonly maxConnections: number;
  /** Marks a reply id to be written as the request's raw number text (a nonce: no client string can forge it). */
  private readonly rawTag = `@@rawid-${randomBytes(8).toString('hex')}:`;
  private readonly rawRe = new RegExp(`"${this.rawTag}([-+0-9.eE]+)@@"`, 'g');

  constructor(private readonly opts: JsonRpcServerOptions<P>) {
    this.methods = opts.methods;
    this.dialect = opts.dialect;
    const base = opts.stringify ?? JSON.stringify;
    this.stringify = (v) => {
      const s = base(v);
      return s.includes(this.rawTag) ? s.replace(this.rawRe, '$1') : s;
    };
    this.jsonHeaders = { 'content-type': 'application/json', ...opts.headers };
    this.jsonHeaderList = Object.entries(this.jsonHeaders).flat();
    this.maxBatch = opts.maxBatch ?? DEFAULT_LIMITS.maxBatch;
    this.maxDepth = opts.maxDepth ?? DEFAULT_LIMITS.maxDepth;
    this.maxConnections = opts.maxConnections ?? DEFAULT_LIMITS.maxConnections;
    this.wss = new WebSocketServer({ noServer: true, maxPayload: opts.maxWsBytes ?? opts.maxBytes });
  }

  /**
   * Serves HTTP and WebSocket on laddr ("tcp://HOST:PORT" or "HOST:PORT"; port 0 picks one) and resolves with
   * the port. `what` names the flag in errors; `route` replaces the server's own here (a WebSocket-only port
   * answers all HTTP itself).
   */
  async listen(laddr: string, what: string, route: HttpRoute | undefined = this.opts.route): Promise<number> {
    const server = createServer((req, res) => {
      this.onHttp(req, res, route).catch((e: unknown) => {
        // A route or the transport itself failed: still a JSON-RPC answer, the connection stays.
        this.logInternal('(http)', e);
        if (res.headersSent) return res.destroy();
        this.sendHttp(res, { status: 500, json: errorResponse(null, internalError()) }, req);
      });
    });
    server.keepAliveTimeout = 60_000;
    server.on('upgrade', (req, socket, head) => {
      if (this.opts.wsPath !== undefined && req.url?.split('?')[0] !== this.opts.wsPath) return socket.destroy();
      if (this.wss.clients.size >= this.maxConnections) {
        const body = `too many WebSocket connections: max open connections ${this.maxConnections}\n`;
        socket.end(`HTTP/1.1 503 Service Unavailable\r\ncontent-type: text/plain\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
        return;
      }
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
    if (req.method === 'OPTIONS') return this.sendHttp(res, preflight(), req);
    const routed = route && (await route(req));
    if (routed) return this.sendHttp(res, routed, req);
    const body = await readBody(req, this.opts.maxBytes);
    if (body === undefined) {
      const e = this.dialect.bodyTooLarge;
      const json = errorResponse(null, e ? withLimit(e, `max body bytes ${this.opts.maxBytes}`) : new RpcError(ErrorCodes.InvalidRequest, `request body too large: max body bytes ${this.opts.maxBytes}`));
      return this.sendHttp(res, { status: 413, json }, req);
    }
    let text: string;
    try {
      text = utf8.decode(body);
    } catch {
      return this.sendHttp(res, { status: 200, json: errorResponse(this.dialect.defaultId, this.dialect.parseError(new Error('invalid UTF-8'))) }, req);
    }
    const { reply, after } = await this.handle(text);
    this.sendHttp(res, { status: 200, json: reply }, req);
    this.runAfter(after);
  }

  private sendHttp(res: ServerResponse, r: HttpReply, req: IncomingMessage): void {
    // A known length instead of chunked framing, and the body as a string: Node then sends the head and the
    // body as one string in one write (a Buffer body goes out as a second chunk of a writev, and costs a copy).
    let body: string | undefined;
    try {
      body = r.json !== undefined ? this.stringify(r.json) : r.body;
    } catch (e) {
      this.logInternal('(reply)', e); // a result that does not serialize
      body = this.stringify(errorResponse(null, internalError()));
    }
    const origin = req.headers.origin;
    if (r.json !== undefined && origin === undefined) {
      // The common reply (JSON, no CORS): the headers as a flat list, and the head and body as one write() (end()
      // with the body corks the socket and sends the body and an empty chunk as a writev).
      res.writeHead(r.status, [...this.jsonHeaderList, 'content-length', String(Buffer.byteLength(body!))]);
      res.write(body);
      res.end();
      return;
    }
    const base = r.json !== undefined ? this.jsonHeaders : (r.headers ?? {});
    const headers: Record<string, string | number> = origin === undefined ? { ...base } : { ...base, ...corsHeaders(this.opts.cors, origin) };
    if (body !== undefined) headers['content-length'] = Buffer.byteLength(body);
    res.writeHead(r.status, headers);
    res.end(body);
  }

  /** The after-reply hooks (first notifications); one that throws is logged, never ends the connection. */
  private runAfter(after: Array<() => void>): void {
    for (const fn of after) {
      try {
        fn();
      } catch (e) {
        this.logInternal('(after reply)', e);
      }
    }
  }

  private logInternal(method: string, e: unknown): void {
    logError(`${this.opts.name ?? 'json-rpc'}: internal error in ${method}`, e, { module: 'rpc' });
  }

  // ---- WebSocket ----

  private onConnection(ws: WebSocket): void {
    const conn = new WsConnection(ws, this.stringify);
    // A frame past maxBytes or not UTF-8: ws closes the socket (1009, 1007) after emitting 'error', which
    // would end the process were nobody listening.
    ws.on('error', () => undefined);
    // Text frames are UTF-8-checked by ws (1007, as RFC 6455 requires); binary frames here (-32700).
    ws.on('message', (data, isBinary) => {
      this.onFrame(conn, data as Buffer, isBinary).catch((e: unknown) => {
        this.logInternal('(websocket)', e);
        try {
          conn.send(errorResponse(null, internalError()));
        } catch {
          /* the socket is gone */
        }
      });
    });
  }

  private async onFrame(conn: Connection, data: Buffer, isBinary: boolean): Promise<void> {
    let text: string;
    try {
      text = isBinary ? utf8.decode(data) : data.toString();
    } catch {
      conn.send(errorResponse(this.dialect.defaultId, this.dialect.parseError(new Error('invalid UTF-8'))));
      return;
    }
    if (process.env.TRIVIUM_DEBUG_WS) console.log('WS<', text.slice(0, 200));
    const { reply, after } = await this.handle(text, conn);
    try {
      conn.send(reply);
    } catch (e) {
      this.logInternal('(reply)', e); // a result that does not serialize
      conn.send(errorResponse(null, internalError()));
    }
    this.runAfter(after);
  }

  // ---- JSON-RPC ----

  /** One HTTP body or WebSocket frame: a request or a batch. */
  private async handle(text: string, conn?: Connection): Promise<Outcome> {
    const d = this.dialect;
    const after: Array<() => void> = [];
    const scan = scanFrame(text, this.maxDepth);
    if (scan.tooDeep) return { reply: errorResponse(d.defaultId, d.parseError(new Error(`nested deeper than max depth ${this.maxDepth}`))), after };
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (e) {
      return { reply: errorResponse(d.defaultId, d.parseError(e as Error)), after };
    }
    if (!Array.isArray(body)) return { reply: await this.one(body, conn, after, scan.rawIds.get(0)), after };
    if (body.length === 0) return { reply: errorResponse(null, d.emptyBatch ?? new RpcError(ErrorCodes.InvalidRequest, 'empty batch')), after };
    const max = this.maxBatch;
    if (body.length > max) {
      const e = d.batchTooLarge?.(max) ?? new RpcError(ErrorCodes.InvalidRequest, `batch too large: ${body.length} requests, max batch ${max}`);
      return { reply: errorResponse(null, e), after };
    }
    if (!this.opts.sequentialBatches) return { reply: await Promise.all(body.map((r, i) => this.one(r, conn, after, scan.rawIds.get(i)))), after };
    const replies: JsonRpcResponse[] = [];
    for (let i = 0; i < body.length; i++) replies.push(await this.one(body[i], conn, after, scan.rawIds.get(i)));
    return { reply: replies, after };
  }

  /** The dialect's error for e; a non-RpcError is logged (a bug, not a bad request), and a dialect that throws gives -32603. */
  private errorOf(e: unknown, method: string): RpcError {
    if (!(e instanceof RpcError)) this.logInternal(method, e);
    try {
      return this.dialect.error(e);
    } catch {
      return internalError();
    }
  }

  private async one(req: unknown, conn: Connection | undefined, after: Array<() => void>, rawId?: string): Promise<JsonRpcResponse> {
    const d = this.dialect;
    if (typeof req !== 'object' || req === null || Array.isArray(req)) return errorResponse(null, d.invalidRequest('object'));
    const r = req as Record<string, unknown>;
    // A number the parse changed (2^53+1, 1e400, 1.0) goes back as its source text.
    const id = typeof r.id === 'number' && rawId !== undefined && JSON.stringify(r.id) !== rawId ? `${this.rawTag}${rawId}@@` : r.id;
    try {
      d.check?.(r, conn);
    } catch (e) {
      return errorResponse(id ?? null, this.errorOf(e, String(r.method)));
    }
    const method = r.method;
    if (typeof method !== 'string') return errorResponse(id ?? null, d.invalidRequest('method'));
    const fn = this.methods.get(method);
    if (!fn) return errorResponse(id ?? null, d.methodNotFound(method));
    let params: P;
    try {
      params = d.params(r.params, method);
    } catch (e) {
      return errorResponse(id ?? null, this.errorOf(e, method));
    }
    const replyId = id ?? d.defaultId;
    try {
      return { jsonrpc: '2.0', id: replyId, result: await fn(params, { id: r.id, method, conn, after: (f) => void after.push(f) }) };
    } catch (e) {
      return errorResponse(replyId, this.errorOf(e, method));
    }
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

const internalError = () => new RpcError(ErrorCodes.Internal, 'internal error');

/** e with the limit named in its data (or message, when it has no data). */
function withLimit(e: RpcError, limit: string): RpcError {
  return e.data === undefined ? new RpcError(e.code, `${e.message}: ${limit}`) : new RpcError(e.code, e.message, `${String(e.data)}: ${limit}`);
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
