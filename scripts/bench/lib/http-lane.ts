/**
 * A minimal HTTP/1.1 keep-alive client on one socket, one request in flight: pre-built request bytes in,
 * the response body out. Lighter than node:http (no agent, no header objects, no stream per request), so a
 * load generator spends its CPU on sending rather than on its own client library.
 */
import net from 'node:net';

/** The bytes of one JSON POST, built once and sent as many times as needed. */
export function postBytes(host: string, port: number, body: string): Buffer {
  const b = Buffer.from(body);
  return Buffer.concat([Buffer.from(`POST / HTTP/1.1\r\nHost: ${host}:${port}\r\nContent-Type: application/json\r\nContent-Length: ${b.length}\r\n\r\n`), b]);
}

export class HttpLane {
  private buf = Buffer.alloc(0);
  private waiter: { resolve: (body: string) => void; reject: (e: Error) => void } | undefined;
  private readonly sock: net.Socket;

  private constructor(sock: net.Socket) {
    this.sock = sock;
    sock.setNoDelay(true);
    sock.on('data', (d) => {
      this.buf = this.buf.length === 0 ? d : Buffer.concat([this.buf, d]);
      this.tryParse();
    });
    sock.on('error', (e) => this.fail(e));
    sock.on('close', () => this.fail(new Error('connection closed')));
  }

  static connect(host: string, port: number): Promise<HttpLane> {
    return new Promise((resolve, reject) => {
      const s = net.connect({ host, port }, () => resolve(new HttpLane(s)));
      s.once('error', reject);
    });
  }

  /** Send one pre-built request; resolve with the response body (status must be 200). */
  request(bytes: Buffer): Promise<string> {
    if (this.waiter) throw new Error('one request at a time per lane');
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
      this.sock.write(bytes);
    });
  }

  close(): void {
    this.sock.removeAllListeners('close');
    this.sock.destroy();
  }

  private fail(e: Error): void {
    const w = this.waiter;
    this.waiter = undefined;
    w?.reject(e);
  }

  private tryParse(): void {
    const end = this.buf.indexOf('\r\n\r\n');
    if (end < 0) return;
    const head = this.buf.subarray(0, end).toString('latin1');
    const status = Number(head.slice(9, 12));
    const cl = /\r\ncontent-length:\s*(\d+)/i.exec(head);
    let body: string;
    let rest: Buffer;
    if (cl) {
      const n = Number(cl[1]);
      if (this.buf.length < end + 4 + n) return;
      body = this.buf.subarray(end + 4, end + 4 + n).toString('utf8');
      rest = this.buf.subarray(end + 4 + n);
    } else if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
      const parts: Buffer[] = [];
      let off = end + 4;
      for (;;) {
        const lineEnd = this.buf.indexOf('\r\n', off);
        if (lineEnd < 0) return;
        const size = parseInt(this.buf.subarray(off, lineEnd).toString('latin1'), 16);
        if (this.buf.length < lineEnd + 2 + size + 2) return;
        if (size === 0) {
          off = lineEnd + 4;
          break;
        }
        parts.push(this.buf.subarray(lineEnd + 2, lineEnd + 2 + size));
        off = lineEnd + 2 + size + 2;
      }
      body = Buffer.concat(parts).toString('utf8');
      rest = this.buf.subarray(off);
    } else {
      this.fail(new Error(`response without a length: ${head.slice(0, 200)}`));
      return;
    }
    this.buf = rest.length ? Buffer.from(rest) : Buffer.alloc(0);
    const w = this.waiter;
    this.waiter = undefined;
    if (!w) return;
    if (status !== 200) w.reject(new Error(`HTTP ${status}: ${body.slice(0, 300)}`));
    else w.resolve(body);
  }
}
