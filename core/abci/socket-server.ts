import { createServer, type Server, type Socket } from 'node:net';
import { Request, Response } from 'cosmjs-types/tendermint/abci/types';
import type { Service } from '../types/module.ts';
import { parseLaddr } from '../jsonrpc/index.ts';
import { type AbciHandlers, isStateful } from './handlers.ts';
import { FrameReader, frame } from './varint.ts';

export { DEFAULT_ABCI_LADDR } from '../node/home.ts';

/**
 * CometBFT's ABCI socket server (abci/server/socket_server.go, v0.38): uvarint-length-prefixed protobuf
 * `tendermint.abci.Request`s in, `Response`s out. CometBFT opens four connections (consensus, mempool, query,
 * snapshot). Each connection's requests are answered strictly in order; requests that touch the app run one at
 * a time across all connections (the Go server's app mutex), so a CheckTx never interleaves with a Commit.
 */
export class AbciSocketServer implements Service {
  readonly name = 'abci';
  private readonly server: Server;
  private readonly conns = new Set<Socket>();
  private appLock: Promise<unknown> = Promise.resolve();
  private stopping = false;
  private nextConn = 0;

  constructor(
    readonly laddr: string,
    readonly handlers: AbciHandlers,
    private readonly log: (line: string) => void = () => undefined,
  ) {
    this.server = createServer((s) => this.serve(s));
  }

  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      const where = this.laddr.startsWith('unix://') ? { path: this.laddr.slice('unix://'.length) } : parseLaddr(this.laddr);
      this.server.once('error', (e: NodeJS.ErrnoException) => {
        reject(new Error(e.code === 'EADDRINUSE' ? `abci: address ${this.laddr} is already in use (choose another with --abci)` : `abci: cannot listen on ${this.laddr}: ${e.message}`));
      });
      if ('path' in where) this.server.listen(where.path, () => resolve());
      else this.server.listen(where.port, where.host, () => resolve());
    });
  }

  /** Stops accepting work; the request in flight (a FinalizeBlock or Commit) finishes first. */
  async stop(): Promise<void> {
    this.stopping = true;
    const closed = new Promise<void>((r) => this.server.close(() => r()));
    await this.appLock;
    for (const s of this.conns) s.destroy();
    await closed;
  }

  private serve(sock: Socket): void {
    const id = ++this.nextConn;
    this.conns.add(sock);
    sock.setNoDelay(true);
    this.log(`abci: connection ${id} from ${sock.remoteAddress ?? 'unix'}:${sock.remotePort ?? ''}`);
    const reader = new FrameReader();
    let queue: Promise<void> = Promise.resolve();
    let broken = false;
    sock.on('data', (chunk: Buffer) => {
      if (broken) return;
      let msgs: Uint8Array[];
      try {
        msgs = reader.push(chunk);
      } catch (e) {
        broken = true;
        queue = queue.then(() => this.fail(sock, (e as Error).message));
        return;
      }
      for (const m of msgs) queue = queue.then(() => this.process(sock, m));
    });
    sock.on('error', () => undefined); // the peer went away; 'close' follows
    sock.on('close', () => {
      this.conns.delete(sock);
      if (!this.stopping) this.log(`abci: connection ${id} closed`);
    });
  }

  private async process(sock: Socket, bytes: Uint8Array): Promise<void> {
    if (this.stopping || sock.destroyed || sock.writableEnded) return;
    let req: Request;
    try {
      req = Request.decode(bytes);
    } catch (e) {
      return this.fail(sock, `cannot decode request: ${(e as Error).message}`);
    }
    let res: Response;
    try {
      res = isStateful(req) ? await this.withApp(() => this.handlers.handle(req)) : await this.handlers.handle(req);
    } catch (e) {
      res = Response.fromPartial({ exception: { error: (e as Error).message } });
    }
    if (!sock.destroyed && !sock.writableEnded) sock.write(frame(Response.encode(res).finish()));
  }

  /** A stream we cannot parse: say why (as the Go server does) and close the connection. */
  private async fail(sock: Socket, error: string): Promise<void> {
    if (sock.destroyed || sock.writableEnded) return;
    this.log(`abci: ${error}; closing the connection`);
    sock.end(frame(Response.encode(Response.fromPartial({ exception: { error } })).finish()));
  }

  private withApp<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.appLock.then(() => (this.stopping ? Promise.reject(new Error('abci: shutting down')) : fn()));
    this.appLock = run.catch(() => undefined);
    return run;
  }
}
