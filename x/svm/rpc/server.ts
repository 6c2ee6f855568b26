import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Service } from '../../../core/types/module.ts';
import type { CommittedBlockEvent, NodeAPI } from '../../../core/types/node-api.ts';
import { fromUtf8 } from '../../../core/store/kv.ts';
import { listen } from '../../../core/rpc/server.ts';
import type { SvmKeeper } from '../keeper/keeper.ts';
import type { SolanaTxRecord } from '../tx-record.ts';
import { IndexKeys } from '../types/index.ts';
import { RpcCodes, SolanaRpcError, stringifyJson } from './encoding.ts';
import { type Method, SOLANA_CORE_VERSION, solanaMethods } from './methods.ts';

export const DEFAULT_SVM_RPC_ADDRESS = '127.0.0.1:8899';
/** web3.js's Connection opens its WebSocket on the HTTP port + 1 unless told otherwise. */
export const DEFAULT_SVM_WS_ADDRESS = '127.0.0.1:8900';

const flag = (flags: Record<string, unknown>, name: string, camel: string): string | undefined => {
  const v = flags[name] ?? flags[camel] ?? flags[camel.replace('.', '')];
  return typeof v === 'string' && v !== '' ? v : undefined;
};

export function svmRpcAddress(flags: Record<string, unknown>): string {
  return flag(flags, 'svm-rpc.address', 'svmRpc.address') ?? DEFAULT_SVM_RPC_ADDRESS;
}
export function svmWsAddress(flags: Record<string, unknown>): string | undefined {
  const v = flag(flags, 'svm-rpc.ws-address', 'svmRpc.wsAddress');
  return v === 'off' ? undefined : (v ?? DEFAULT_SVM_WS_ADDRESS);
}

interface JsonRpcRequest {
  jsonrpc?: string;
  id?: unknown;
  method?: unknown;
  params?: unknown;
}

const MAX_BODY = 10 * 1024 * 1024;

/**
 * Solana JSON-RPC over HTTP POST (single and batch), plus WebSocket subscriptions (signatureSubscribe,
 * slotSubscribe, rootSubscribe) on the same port and on --svm-rpc.ws-address.
 */
export class SolanaRpcService implements Service {
  readonly name = 'svm-rpc';
  private readonly methods: Record<string, Method>;
  private readonly servers: Array<{ server: Server; laddr: string; what: string }> = [];
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_BODY });
  private nextSubId = 1;
  private readonly subs = new Map<number, { ws: WebSocket; kind: 'signature' | 'slot' | 'root'; signature?: string }>();
  private readonly onBlock = (e: CommittedBlockEvent) => this.publish(e);

  constructor(
    private readonly node: NodeAPI,
    keeper: SvmKeeper,
    readonly laddr: string,
    readonly wsLaddr: string | undefined = svmWsAddress(node.flags),
  ) {
    this.methods = solanaMethods(node, keeper);
    this.servers.push({ server: this.httpServer(true), laddr, what: 'svm-rpc.address' });
    if (wsLaddr) this.servers.push({ server: this.httpServer(false), laddr: wsLaddr, what: 'svm-rpc.ws-address' });
  }

  private httpServer(http: boolean): Server {
    const server = createServer((req, res) => {
      if (http) void this.handleHttp(req, res);
      else res.writeHead(426, { 'content-type': 'text/plain' }).end('WebSocket only: JSON-RPC over HTTP is on --svm-rpc.address\n');
    });
    server.keepAliveTimeout = 60_000;
    server.on('upgrade', (req, socket, head) => this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws)));
    return server;
  }

  async start(): Promise<void> {
    for (const s of this.servers) await listen(s.server, s.laddr, s.what);
    this.node.bus.on('block', this.onBlock);
    this.node.log(`Solana JSON-RPC on http://${this.laddr}${this.wsLaddr ? ` (WebSocket also on ws://${this.wsLaddr})` : ''}`);
  }

  async stop(): Promise<void> {
    this.node.bus.off('block', this.onBlock);
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
    for (const { server } of this.servers) {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
  }

  private async handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const headers = { 'content-type': 'application/json', 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type, solana-client' };
    if (req.method === 'OPTIONS') return void res.writeHead(204, headers).end();
    if (req.method === 'GET') {
      const path = (req.url ?? '/').split('?')[0];
      if (path === '/health') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return void res.writeHead(405, headers).end(stringifyJson({ jsonrpc: '2.0', id: null, error: { code: RpcCodes.invalidRequest, message: 'use POST with a JSON-RPC body' } }));
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const c of req) {
      size += (c as Buffer).length;
      if (size > MAX_BODY) return void res.writeHead(413, headers).end();
      chunks.push(c as Buffer);
    }
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return void res.writeHead(200, headers).end(stringifyJson({ jsonrpc: '2.0', id: null, error: { code: RpcCodes.parseError, message: 'Parse error' } }));
    }
    const out = Array.isArray(body) ? await Promise.all(body.map((b) => this.call(b as JsonRpcRequest))) : await this.call(body as JsonRpcRequest);
    res.writeHead(200, headers).end(stringifyJson(out));
  }

  /** One JSON-RPC request → its response object (never throws). */
  async call(req: JsonRpcRequest): Promise<unknown> {
    const id = req?.id ?? null;
    if (!req || typeof req.method !== 'string') return { jsonrpc: '2.0', id, error: { code: RpcCodes.invalidRequest, message: 'Invalid request' } };
    const m = this.methods[req.method];
    if (!m) return { jsonrpc: '2.0', id, error: { code: RpcCodes.methodNotFound, message: `Method not found: ${req.method}` } };
    const params = Array.isArray(req.params) ? req.params : req.params === undefined ? [] : [req.params];
    try {
      return { jsonrpc: '2.0', id, result: await m(params) };
    } catch (e) {
      if (e instanceof SolanaRpcError) return { jsonrpc: '2.0', id, error: { code: e.code, message: e.message, ...(e.data !== undefined ? { data: e.data } : {}) } };
      return { jsonrpc: '2.0', id, error: { code: RpcCodes.internal, message: (e as Error).message } };
    }
  }

  // ---- WebSocket subscriptions ----------------------------------------------------------------------

  private onConnection(ws: WebSocket): void {
    ws.on('message', (data) => void this.onMessage(ws, data.toString()));
    ws.on('close', () => {
      for (const [id, s] of this.subs) if (s.ws === ws) this.subs.delete(id);
    });
  }

  private async onMessage(ws: WebSocket, text: string): Promise<void> {
    let req: JsonRpcRequest;
    try {
      req = JSON.parse(text) as JsonRpcRequest;
    } catch {
      return ws.send(stringifyJson({ jsonrpc: '2.0', id: null, error: { code: RpcCodes.parseError, message: 'Parse error' } }));
    }
    const id = req.id ?? null;
    const params = Array.isArray(req.params) ? req.params : [];
    const reply = (result: unknown) => ws.send(stringifyJson({ jsonrpc: '2.0', id, result }));
    switch (req.method) {
      case 'signatureSubscribe': {
        const signature = params[0];
        if (typeof signature !== 'string') return void ws.send(stringifyJson({ jsonrpc: '2.0', id, error: { code: RpcCodes.invalidParams, message: 'Invalid params: signature' } }));
        const sub = this.nextSubId++;
        this.subs.set(sub, { ws, kind: 'signature', signature });
        reply(sub);
        // Already processed (instant finality): tell at once.
        const rec = this.record(signature);
        if (rec) this.notifySignature(sub, rec);
        return;
      }
      case 'slotSubscribe':
      case 'rootSubscribe': {
        const sub = this.nextSubId++;
        this.subs.set(sub, { ws, kind: req.method === 'slotSubscribe' ? 'slot' : 'root' });
        return reply(sub);
      }
      case 'signatureUnsubscribe':
      case 'slotUnsubscribe':
      case 'rootUnsubscribe':
        return reply(this.subs.delete(Number(params[0])));
      default: {
        // Plain JSON-RPC calls work over the socket too.
        ws.send(stringifyJson(await this.call(req)));
      }
    }
  }

  private record(signature: string): SolanaTxRecord | undefined {
    const v = this.node.getIndex(IndexKeys.tx(signature));
    return v ? (JSON.parse(fromUtf8(v)) as SolanaTxRecord) : undefined;
  }

  private notifySignature(sub: number, rec: SolanaTxRecord): void {
    const s = this.subs.get(sub);
    if (!s) return;
    this.subs.delete(sub); // signature subscriptions end with their one notification
    s.ws.send(stringifyJson({ jsonrpc: '2.0', method: 'signatureNotification', params: { result: { context: { slot: rec.slot, apiVersion: SOLANA_CORE_VERSION }, value: { err: rec.err } }, subscription: sub } }));
  }

  private publish(e: CommittedBlockEvent): void {
    const slot = e.block.height;
    for (const [sub, s] of [...this.subs]) {
      if (s.ws.readyState !== s.ws.OPEN) continue;
      if (s.kind === 'slot') s.ws.send(stringifyJson({ jsonrpc: '2.0', method: 'slotNotification', params: { result: { parent: slot - 1, root: slot, slot }, subscription: sub } }));
      else if (s.kind === 'root') s.ws.send(stringifyJson({ jsonrpc: '2.0', method: 'rootNotification', params: { result: slot, subscription: sub } }));
      else if (s.signature) {
        const rec = this.record(s.signature);
        if (rec) this.notifySignature(sub, rec);
      }
    }
  }
}
