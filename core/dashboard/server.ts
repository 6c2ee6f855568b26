import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import { connect, type Socket } from 'node:net';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listen, parseLaddr } from '../jsonrpc/listen.ts';
import type { Service } from '../types/module.ts';

/** `triviumd start`'s default dashboard address (`--dashboard.address`; empty turns it off). */
export const DEFAULT_DASHBOARD_ADDRESS = '127.0.0.1:26680';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

interface Asset {
  type: string;
  body: Buffer;
  gzip?: Buffer;
  /** Vite's hashed file names never change content: cache them for good; index.html never. */
  immutable: boolean;
}

/** The built page (dashboard/dist): read once, on the first page request, text assets gzipped once. */
function loadAssets(dir: string): Map<string, Asset> {
  const out = new Map<string, Asset>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const body = readFileSync(p);
        const type = MIME[extname(p)] ?? 'application/octet-stream';
        const path = '/' + relative(dir, p).split(sep).join('/');
        out.set(path, { type, body, gzip: /^(text|application\/json|image\/svg)/.test(type) && body.length > 512 ? gzipSync(body, { level: 9 }) : undefined, immutable: path.startsWith('/assets/') });
      }
    }
  };
  walk(dir);
  return out;
}

export interface DashboardOptions {
  /** Where the dashboard listens, e.g. 127.0.0.1:26680. */
  address: string;
  /** The node's CometBFT RPC (its `--rpc.laddr`): mounted at /rpc and /websocket on the dashboard's origin. */
  rpcLaddr: string;
  /** The built front end (dashboard/dist). */
  assetsDir: string;
}

/**
 * The web dashboard: the built front end, and the node's CometBFT RPC mounted on the same origin — POST /rpc
 * (JSON-RPC) and /websocket (subscriptions) are passed through to `--rpc.laddr` unchanged — so the page needs no
 * CORS opening and reads nothing the RPC does not serve to every client.
 */
export class DashboardServer implements Service {
  readonly name = 'dashboard';
  private readonly server: Server;
  private readonly hasPage: boolean;
  private loadedAssets: Map<string, Asset> | undefined;
  private readonly rpc: { host: string; port: number };
  private readonly sockets = new Set<Socket>();

  constructor(private readonly opts: DashboardOptions) {
    this.rpc = parseLaddr(opts.rpcLaddr);
    this.hasPage = existsSync(join(opts.assetsDir, 'index.html'));
    this.server = createServer((req, res) => this.handle(req, res));
    this.server.on('upgrade', (req, socket: Socket, head) => this.upgrade(req, socket, head));
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.once('close', () => this.sockets.delete(s));
    });
  }

  /** Whether the built page was found (a checkout without `npm run build` serves a page saying so). */
  get built(): boolean {
    return this.hasPage;
  }

  // Read (and gzipped, at level 9) when the page is first asked for, not at every start of a node nobody browses.
  private get assets(): Map<string, Asset> {
    return (this.loadedAssets ??= this.hasPage ? loadAssets(this.opts.assetsDir) : new Map());
  }

  url(): string {
    return `http://${this.opts.address}/`;
  }

  async start(): Promise<void> {
    await listen(this.server, this.opts.address, 'dashboard.address');
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/rpc') return this.proxyRpc(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (!this.built || this.assets.size === 0) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end(`the dashboard's page is not built in ${this.opts.assetsDir}: run \`npm run build\` (npm ci does it)\n`);
      return;
    }
    // The page routes in the browser (/#/…); any other path that is not a file gets the page itself.
    const asset = this.assets.get(url.pathname) ?? (url.pathname.startsWith('/assets/') ? undefined : this.assets.get('/index.html'));
    if (!asset) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    const gzip = asset.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? asset.gzip! : asset.body;
    res.writeHead(200, {
      'content-type': asset.type,
      'content-length': body.length,
      'cache-control': asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  /** POST /rpc → the CometBFT RPC's POST /, body and answer passed through. */
  private proxyRpc(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    if (!sameOrigin(req)) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('the dashboard serves its own page only: call the RPC at --rpc.laddr\n');
      return;
    }
    const up = request({ host: this.rpc.host, port: this.rpc.port, method: 'POST', path: '/', headers: { 'content-type': 'application/json', ...(req.headers['content-length'] ? { 'content-length': req.headers['content-length'] } : {}) } }, (r) => {
      res.writeHead(r.statusCode ?? 502, { 'content-type': r.headers['content-type'] ?? 'application/json', 'cache-control': 'no-store' });
      r.pipe(res);
    });
    up.on('error', (e) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`the node's RPC did not answer: ${e.message}\n`);
    });
    req.pipe(up);
  }

  /** /websocket → the CometBFT RPC's /websocket: the upgrade request replayed upstream, then bytes both ways. */
  private upgrade(req: IncomingMessage, socket: Socket, head: Buffer): void {
    if (new URL(req.url ?? '/', 'http://x').pathname !== '/websocket') {
      socket.end('HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    if (!sameOrigin(req)) {
      socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    const up = connect(this.rpc.port, this.rpc.host, () => {
      const lines = [`GET /websocket HTTP/1.1`, `host: ${this.rpc.host}:${this.rpc.port}`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) {
        const k = req.rawHeaders[i]!;
        // The upstream checks Origin against its CORS list: the page's origin is ours, already same-origin here.
        if (!/^(host|origin)$/i.test(k)) lines.push(`${k}: ${req.rawHeaders[i + 1]}`);
      }
      up.write(lines.join('\r\n') + '\r\n\r\n');
      if (head.length) up.write(head);
      up.pipe(socket);
      socket.pipe(up);
    });
    this.sockets.add(up);
    up.once('close', () => {
      this.sockets.delete(up);
      socket.destroy();
    });
    up.on('error', () => socket.destroy());
    socket.on('error', () => up.destroy());
    socket.once('close', () => up.destroy());
  }
}

/**
 * A browser names the page that makes a request in Origin: only the dashboard's own page may use its mount of
 * the RPC (the dev accounts are unlocked; another site open in the same browser must not drive them through
 * it). A request without Origin is not from a page's script (curl, a test).
 */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://${req.headers.host}`;
}

/** The repository's built page: dashboard/dist beside the package.json of this checkout. */
export function defaultAssetsDir(from: string): string {
  let dir = from;
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'dashboard'))) return join(dir, 'dashboard', 'dist');
    const parent = join(dir, '..');
    if (parent === dir) break;
    dir = parent;
  }
  return join(from, 'dashboard', 'dist');
}
