// Issue 17: `triviumd start` binds its JSON-RPC ports first (core/jsonrpc/early-listen.ts) and each server takes
// its port over as it starts. A client that connects while the node is still opening is held, not refused, and
// gets the answer the started node gives; a WebSocket opened then works; nothing is answered before its server is
// up. In-process: a held request reaches the server that adopts the port, an early bind that failed or was never
// taken leaves listen()'s behaviour (and its error) as it was. One node for the file.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { connect, createServer as createNetServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import WebSocket from 'ws';
import { bindEarly, releaseEarly } from '../../core/jsonrpc/early-listen.ts';
import { listen } from '../../core/jsonrpc/listen.ts';
import { freePort, repoRoot, servicePorts } from '../helpers/node.ts';

/** Connects as soon as the port accepts (retrying every millisecond). */
function connectSoon(port: number, deadline = Date.now() + 60_000): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const s = connect(port, '127.0.0.1');
      s.once('connect', () => resolve(s));
      s.once('error', () => (Date.now() > deadline ? reject(new Error(`port ${port} never accepted`)) : setTimeout(attempt, 1)));
    };
    attempt();
  });
}

/** One HTTP/1.1 POST of a JSON-RPC body on socket s (written in one go, answered once, connection: close). */
function post(s: Socket, method: string): Promise<{ status: string; body: { result?: unknown; error?: unknown } }> {
  const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method, params: [] });
  s.write(`POST / HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n${body}`);
  return new Promise((resolve, reject) => {
    let reply = '';
    s.on('data', (d) => (reply += d));
    s.once('error', reject);
    s.once('end', () => resolve({ status: reply.split('\r\n')[0]!, body: JSON.parse(reply.slice(reply.indexOf('\r\n\r\n') + 4)) }));
  });
}

describe('ports bound before the node is open (issue 17)', () => {
  let proc: ChildProcess;
  let home: string;
  let out = '';
  let ports: Record<string, string>;
  const early: { dashboard?: string; status?: Promise<Awaited<ReturnType<typeof post>>>; height?: Promise<Awaited<ReturnType<typeof post>>>; eth?: Promise<Awaited<ReturnType<typeof post>>>; ws?: WebSocket } = {};

  before(async () => {
    home = mkdtempSync(join(tmpdir(), 'trivium-early-'));
    ports = { 'rpc.laddr': `127.0.0.1:${await freePort()}`, ...(await servicePorts()), 'dashboard.address': `127.0.0.1:${await freePort()}`, 'grpc.address': '', 'api.address': '' };
    const args = ['--no-node-snapshot', join(repoRoot, 'cmd', 'triviumd.js'), 'start', '--home', home, '--block-time', '100ms'];
    for (const [f, a] of Object.entries(ports)) args.push(`--${f}`, f === 'rpc.laddr' ? `tcp://${a}` : a);
    proc = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    proc.stdout!.on('data', (d) => (out += d));
    proc.stderr!.on('data', (d) => (out += d));
    // The CometBFT RPC's server starts last, after the dashboard's: its port accepting while the dashboard (not
    // bound early) still refuses means the node's servers had not started.
    const comet = await connectSoon(Number(ports['rpc.laddr']!.split(':')[1]));
    early.dashboard = await new Promise<string>((r) => {
      const d = connect(Number(ports['dashboard.address']!.split(':')[1]), '127.0.0.1');
      d.once('connect', () => (d.destroy(), r('accepted')));
      d.once('error', (e: NodeJS.ErrnoException) => r(e.code ?? e.message));
    });
    early.status = post(comet, 'status');
    const eth = Number(ports['json-rpc.address']!.split(':')[1]);
    early.eth = post(await connectSoon(eth), 'eth_chainId');
    early.height = post(await connectSoon(eth), 'eth_blockNumber');
    early.ws = new WebSocket(`ws://${ports['json-rpc.address']}`);
  });
  after(async () => {
    early.ws?.terminate();
    if (proc.exitCode === null) {
      proc.kill('SIGTERM');
      await new Promise((r) => proc.once('exit', r));
    }
    rmSync(home, { recursive: true, force: true });
  });

  it('requests sent while the node is opening are held and answered by the started node (CometBFT RPC, Ethereum JSON-RPC)', async () => {
    assert.equal(early.dashboard, 'ECONNREFUSED', `the CometBFT RPC port accepted before the node's servers started\n${out}`);
    const status = await early.status!;
    assert.equal(status.status, 'HTTP/1.1 200 OK');
    const info = (status.body.result as { node_info: { network: string }; sync_info: { latest_block_height: string } });
    assert.equal(info.node_info.network, 'trivium-devnet-1');
    assert.ok(Number(info.sync_info.latest_block_height) >= 0);
    const r = await early.eth!;
    assert.equal(r.status, 'HTTP/1.1 200 OK');
    assert.deepEqual(r.body, { jsonrpc: '2.0', id: 1, result: '0x40001' });
    // Answered at the genesis: the held requests go before block 1 executes (core/node/producer.ts).
    assert.deepEqual((await early.height!).body, { jsonrpc: '2.0', id: 1, result: '0x0' });
  });

  it('a WebSocket opened during the start is served once its server is up', async () => {
    const ws = early.ws!;
    if (ws.readyState !== WebSocket.OPEN) await new Promise((r, j) => (ws.once('open', r), ws.once('error', j)));
    ws.send(JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'eth_blockNumber', params: [] }));
    const reply = JSON.parse(String(await new Promise((r) => ws.once('message', r)))) as { id: number; result: string };
    assert.equal(reply.id, 7);
    assert.ok(BigInt(reply.result) >= 0n);
  });

  it('every port is served once the node is up (the Solana RPC too)', async () => {
    const svm = await post(await connectSoon(Number(ports['svm-rpc.address']!.split(':')[1])), 'getHealth');
    assert.deepEqual(svm.body.result, 'ok');
  });
});

describe('core/jsonrpc early-listen', () => {
  const serve = () => createHttpServer((req, res) => res.end(`served ${req.method} ${req.url}`));
  const get = (s: Socket, path: string): Promise<string> => {
    s.write(`GET ${path} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n`);
    return new Promise((resolve) => {
      let reply = '';
      s.on('data', (d) => (reply += d));
      s.once('end', () => resolve(reply.slice(reply.indexOf('\r\n\r\n') + 4)));
    });
  };

  it('holds a connection until a server listens on the address, which then reads it from its first byte', async () => {
    const port = await freePort();
    bindEarly(`tcp://127.0.0.1:${port}`);
    const held = await connectSoon(port);
    const first = get(held, '/first');
    await new Promise((r) => setTimeout(r, 50));
    const server = serve();
    await listen(server, `127.0.0.1:${port}`, 'test.address');
    try {
      assert.equal(await first, 'served GET /first');
      assert.equal(await get(await connectSoon(port), '/after'), 'served GET /after');
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });

  it('a port in use: the early bind is forgotten and listen reports it as always', async () => {
    const taken = createNetServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
    const port = (taken.address() as { port: number }).port;
    try {
      bindEarly(`127.0.0.1:${port}`);
      await assert.rejects(listen(serve(), `127.0.0.1:${port}`, 'json-rpc.address'), new RegExp(`^Error: json-rpc.address: address 127.0.0.1:${port} is already in use \\(choose another with its flag\\)$`));
    } finally {
      await new Promise((r) => taken.close(r));
    }
  });

  it('releaseEarly closes what no server took: its held clients are disconnected and the port is free', async () => {
    const port = await freePort();
    bindEarly(`127.0.0.1:${port}`);
    const held = await connectSoon(port);
    const closed = new Promise((r) => held.once('close', r));
    held.on('error', () => undefined);
    releaseEarly();
    await closed;
    const server = serve();
    await listen(server, `127.0.0.1:${port}`, 'test.address');
    await new Promise((r) => server.close(r));
  });
});
