import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import WebSocket from 'ws';
import { startNode, type TestNode } from '../helpers/node.ts';

const PROTOTYPE_NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

/** One message back for one frame sent. */
async function openWs(url: string) {
  const ws = new WebSocket(url);
  const inbox: unknown[] = [];
  const waiters: Array<(m: unknown) => void> = [];
  ws.on('message', (d) => {
    const m = JSON.parse(d.toString());
    const w = waiters.shift();
    if (w) w(m);
    else inbox.push(m);
  });
  ws.on('error', () => undefined);
  const closed = new Promise<number>((r) => ws.on('close', (code) => r(code)));
  await new Promise((r, j) => ws.once('open', r).once('error', j));
  const ask = (frame: string | Buffer): Promise<any> => {
    ws.send(frame);
    return inbox.length ? Promise.resolve(inbox.shift()) : new Promise((r) => waiters.push(r));
  };
  return { ws, ask, closed };
}

/** The three JSON-RPC servers of a real node: prototype names are no methods, odd frames are errors, not crashes. */
describe('JSON-RPC transport of the CometBFT, Ethereum and Solana RPCs', () => {
  let node: TestNode;
  let apis: Array<{ name: string; http: string; ws: string[]; ok: string; maxFrame: number; notFound: (m: string) => object }>;

  before(async () => {
    node = await startNode({ blockTime: '200ms' });
    const eth = node.ports['json-rpc.address'];
    const svm = node.ports['svm-rpc.address'];
    apis = [
      { name: 'cometbft', http: node.rpcUrl, ws: [`${node.wsUrl}/websocket`], ok: 'health', maxFrame: 10 << 20, notFound: (m) => ({ code: -32601, message: 'Method not found', data: m }) },
      { name: 'ethereum', http: `http://${eth}`, ws: [`ws://${eth}`], ok: 'eth_chainId', maxFrame: 16 << 20, notFound: (m) => ({ code: -32601, message: `the method ${m} does not exist/is not available` }) },
      { name: 'solana', http: `http://${svm}`, ws: [`ws://${svm}`, `ws://${node.ports['svm-rpc.ws-address']}`], ok: 'getHealth', maxFrame: 10 << 20, notFound: (m) => ({ code: -32601, message: `Method not found: ${m}` }) },
    ];
  });
  after(async () => {
    await node?.stop();
  });

  const post = async (url: string, body: unknown) => (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json() as Promise<any>;
  const alive = async () => {
    assert.equal(node.proc.exitCode, null, 'the node is still running');
    assert.deepEqual((await post(node.rpcUrl, { jsonrpc: '2.0', id: 1, method: 'health' })).result, {});
  };

  it('HTTP: constructor, toString, __proto__ … are "method not found" (also as a batch, and as CometBFT URI GETs)', async () => {
    for (const api of apis) {
      for (const m of PROTOTYPE_NAMES) {
        assert.deepEqual(await post(api.http, { jsonrpc: '2.0', id: 3, method: m, params: [] }), { jsonrpc: '2.0', id: 3, error: api.notFound(m) }, `${api.name} ${m}`);
      }
      const batch = await post(api.http, PROTOTYPE_NAMES.map((m, i) => ({ jsonrpc: '2.0', id: i, method: m })));
      assert.deepEqual(batch.map((r: any) => r.error.code), PROTOTYPE_NAMES.map(() => -32601), api.name);
    }
    for (const m of PROTOTYPE_NAMES) {
      const r = (await (await fetch(`${node.rpcUrl}/${m}`)).json()) as any;
      assert.deepEqual(r, { jsonrpc: '2.0', id: -1, error: { code: -32601, message: 'Method not found', data: m } }, `GET /${m}`);
    }
    await alive();
  });

  it('WebSocket: a null frame gets a JSON-RPC error, prototype names are "method not found", the socket goes on', async () => {
    for (const api of apis) {
      for (const url of api.ws) {
        const c = await openWs(url);
        const r = await c.ask('null');
        assert.equal(r.jsonrpc, '2.0', `${api.name} ${url}`);
        assert.equal(r.id, null);
        assert.equal(r.error.code, -32600);
        for (const m of PROTOTYPE_NAMES) assert.deepEqual(await c.ask(JSON.stringify({ jsonrpc: '2.0', id: 5, method: m })), { jsonrpc: '2.0', id: 5, error: api.notFound(m) }, `${api.name} ${m}`);
        assert.ok('result' in (await c.ask(JSON.stringify({ jsonrpc: '2.0', id: 6, method: api.ok }))), `${api.name} still answers`);
        c.ws.close();
      }
    }
    await alive();
  });

  it('WebSocket: a frame past the limit closes that socket (1009), not the node', async () => {
    for (const api of apis) {
      const c = await openWs(api.ws[0]!);
      c.ws.send(Buffer.alloc(api.maxFrame + 1, 0x20));
      assert.equal(await c.closed, 1009, api.name);
    }
    await alive();
  });
});
