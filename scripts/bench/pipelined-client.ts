// A lean HTTP/1.1 client for throughput benchmarks: raw keep-alive sockets, request bytes built before the
// clock starts, several requests in flight per socket (HTTP pipelining). Node's http client costs about as
// much CPU per request as the node's CheckTx, and the two share this machine's two cores; this one does not.
import { connect, type Socket } from 'node:net';

/** The bytes of one `POST /` carrying `json`. */
export function postBytes(json: string): Buffer {
  const body = Buffer.from(json);
  return Buffer.concat([Buffer.from(`POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`), body]);
}

/** One socket; responses come back in request order, each resolving the oldest waiting request. */
export class PipelinedConnection {
  private buf: Buffer = Buffer.alloc(0);
  private waiting: Array<(body: Buffer) => void> = [];
  private constructor(private sock: Socket) {
    sock.setNoDelay(true);
    sock.on('data', (c: Buffer) => this.onData(c));
  }

  static open(port: number): Promise<PipelinedConnection> {
    return new Promise((resolve, reject) => {
      const s = connect(port, '127.0.0.1', () => resolve(new PipelinedConnection(s)));
      s.once('error', reject);
    });
  }

  get inFlight(): number {
    return this.waiting.length;
  }

  request(bytes: Buffer): Promise<Buffer> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.sock.write(bytes);
    });
  }

  close(): void {
    this.sock.destroy();
  }

  private onData(chunk: Buffer): void {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : Buffer.from(chunk);
    for (;;) {
      const end = this.buf.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = this.buf.subarray(0, end).toString('latin1');
      const m = /\r\ncontent-length:\s*(\d+)/i.exec(head);
      if (!m) throw new Error(`response without content-length: ${head.split('\r\n')[0]}`);
      const total = end + 4 + Number(m[1]);
      if (this.buf.length < total) return;
      const body = this.buf.subarray(end + 4, total);
      this.buf = this.buf.subarray(total);
      this.waiting.shift()!(body);
    }
  }
}
