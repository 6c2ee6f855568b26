import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { Request, Response } from 'cosmjs-types/tendermint/abci/types';
import { FrameReader, frame } from '../../core/abci/varint.ts';
import { repoRoot } from './node.ts';

const MAIN = join(repoRoot, 'cmd', 'triviumd.js');

/** One ABCI connection, driven the way CometBFT's socket client drives it: requests, then Flush. */
export class AbciConn {
  private readonly reader = new FrameReader();
  private readonly waiting: Array<(r: Response) => void> = [];
  private constructor(private readonly sock: Socket) {
    sock.on('data', (chunk) => {
      for (const m of this.reader.push(chunk)) this.waiting.shift()!(Response.decode(m));
    });
  }
  static open(port: number): Promise<AbciConn> {
    return new Promise((resolve, reject) => {
      const s = connect(port, '127.0.0.1', () => resolve(new AbciConn(s)));
      s.once('error', reject);
    });
  }
  /** Sends the requests and a Flush in one write; resolves with the responses (the Flush's last). */
  send(...reqs: Array<Partial<Request>>): Promise<Response[]> {
    const all = [...reqs.map((r) => Request.fromPartial(r)), Request.fromPartial({ flush: {} })];
    const done = all.map(() => new Promise<Response>((r) => this.waiting.push(r)));
    this.sock.write(Buffer.concat(all.map((r) => frame(Request.encode(r).finish()))));
    return Promise.all(done);
  }
  async one(req: Partial<Request>): Promise<Response> {
    const [res, flush] = await this.send(req);
    assert.ok(flush!.flush, 'Flush answered, after the request');
    if (res!.exception) throw new Error(`exception: ${res!.exception.error}`);
    return res!;
  }
  close(): void {
    this.sock.destroy();
  }
}

export interface AppProc {
  proc: ChildProcess;
  out: () => string;
  stop(): Promise<number | null>;
}

export async function startAbciApp(home: string, abciPort: number, args: string[]): Promise<AppProc> {
  return spawnApp(['start', '--home', home, '--abci', `tcp://127.0.0.1:${abciPort}`, ...args]);
}

/** `triviumd ARGS` as a child process; resolves once its ABCI socket listens. */
export async function spawnApp(triviumdArgs: string[]): Promise<AppProc> {
  const proc = spawn(process.execPath, ['--no-node-snapshot', MAIN, ...triviumdArgs], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((r) => proc.once('exit', (c) => r(c)));
  let alive = true;
  void exited.then(() => (alive = false));
  const deadline = Date.now() + 60_000;
  while (!/abci: listening/.test(out)) {
    if (!alive) throw new Error(`triviumd exited during start:\n${out}`);
    if (Date.now() > deadline) {
      proc.kill('SIGKILL');
      throw new Error(`triviumd --abci did not come up:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  return {
    proc,
    out: () => out,
    stop: async () => {
      if (alive) proc.kill('SIGTERM');
      return exited;
    },
  };
}

