import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import WebSocket from 'ws';
import { corsWarning, JsonRpcServer, methodTable, RpcError, transportLimits, transportOptions } from '../../core/jsonrpc/index.ts';
import { plainDialect } from '../helpers/jsonrpc-dialect.ts';

// The transport's hard edges: every hostile frame gets a JSON-RPC answer and the server keeps serving.
const dialect = plainDialect;

describe('core/jsonrpc hostile frames', () => {
  const methods = methodTable<unknown[]>({
    echo: (p) => p,
    crash: () => {
      throw new TypeError('bug');
    },
    crashAsync: async () => Promise.reject(new Error('async bug')),
  });
  const server = new JsonRpcServer({ methods, dialect, maxBytes: 1 << 20, maxBatch: 3, maxConnections: 2, name: 'edges' });
  let url = '';
  const logged: unknown[] = [];
  const origError = console.error;
  before(async () => {
    console.error = (...a: unknown[]) => void logged.push(a);
    url = `http://127.0.0.1:${await server.listen('127.0.0.1:0', 'edges.address')}`;
  });
  after(async () => {
    console.error = origError;
    await server.close();
  });

  const postRaw = async (body: string | Buffer, headers: Record<string, string> = {}) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: body as unknown as BodyInit });
    return { status: res.status, headers: res.headers, text: await res.text() };
  };
  const post = async (body: string | Buffer) => JSON.parse((await postRaw(body)).text);
  const alive = async () => assert.deepEqual(await post('{"jsonrpc":"2.0","id":1,"method":"echo","params":[1]}'), { jsonrpc: '2.0', id: 1, result: [1] });

  it('any JSON value that is not a request → -32600; invalid JSON and UTF-8 → -32700', async () => {
    for (const v of ['null', '1', '"x"', 'true', '{}']) assert.equal((await post(v)).error.code, -32600, v);
    const junk = await post('[null, 2, "x"]');
    assert.deepEqual(junk.map((r: any) => r.error.code), [-32600, -32600, -32600]);
    assert.equal((await post('{"id":')).error.code, -32700);
    assert.equal((await post(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]))).error.code, -32700);
    await alive();
  });

  it('10^5-deep nesting → a parse error naming max depth, no stack overflow', async () => {
    const r = await post('['.repeat(100_000) + ']'.repeat(100_000));
    assert.equal(r.error.code, -32700);
    assert.match(r.error.message, /max depth 64/);
    await alive();
  });

  it('huge numeric ids are echoed exactly as sent', async () => {
    for (const id of ['9007199254740993', '1e400', '123456789012345678901234567890', '1.0']) {
      const { text } = await postRaw(`{"jsonrpc":"2.0","id":${id},"method":"echo","params":[]}`);
      assert.ok(text.includes(`"id":${id},`), text);
    }
    const { text } = await postRaw('[{"jsonrpc":"2.0","id":9007199254740993,"method":"nope"}, 5, {"id":18446744073709551617,"method":"echo"}]');
    assert.ok(text.includes('"id":9007199254740993') && text.includes('"id":18446744073709551617'), text);
  });

  it('empty batch → one -32600; a batch over the limit names it', async () => {
    const e = await post('[]');
    assert.equal(e.error.code, -32600);
    const big = await post(JSON.stringify(Array.from({ length: 4 }, (_, i) => ({ jsonrpc: '2.0', id: i, method: 'echo' }))));
    assert.equal(big.error.code, -32600);
    assert.match(big.error.message, /max batch 3/);
  });

  it('a handler bug → -32603 and a logged line with the method; prototype names → -32601', async () => {
    logged.length = 0;
    assert.equal((await post('{"jsonrpc":"2.0","id":2,"method":"crash"}')).error.code, -32603);
    assert.equal((await post('{"jsonrpc":"2.0","id":3,"method":"crashAsync"}')).error.code, -32603);
    assert.ok(logged.some((a) => String((a as unknown[])[0]).includes('crash')));
    for (const m of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) assert.equal((await post(JSON.stringify({ jsonrpc: '2.0', id: 4, method: m }))).error.code, -32601, m);
    await alive();
  });

  it('CORS: localhost origins echoed, others get no ACAO; OPTIONS → 204', async () => {
    const ok = await postRaw('{"jsonrpc":"2.0","id":1,"method":"echo"}', { origin: 'http://localhost:3000' });
    assert.equal(ok.headers.get('access-control-allow-origin'), 'http://localhost:3000');
    const no = await postRaw('{"jsonrpc":"2.0","id":1,"method":"echo"}', { origin: 'https://evil.example' });
    assert.equal(no.headers.get('access-control-allow-origin'), null);
    const pre = await fetch(url, { method: 'OPTIONS', headers: { origin: 'http://127.0.0.1:8080' } });
    assert.equal(pre.status, 204);
    assert.equal(pre.headers.get('access-control-allow-origin'), 'http://127.0.0.1:8080');
  });

  it('over WebSocket: junk, deep, bad binary UTF-8 and handler bugs answered, the socket stays; the connection limit is named', async () => {
    const ws = new WebSocket(url.replace('http', 'ws'));
    await new Promise((r, j) => (ws.once('open', r), ws.once('error', j)));
    const ask = (data: string | Buffer) =>
      new Promise<any>((r) => {
        ws.once('message', (m) => r(JSON.parse(m.toString())));
        ws.send(data);
      });
    assert.equal((await ask('null')).error.code, -32600);
    assert.equal((await ask('{')).error.code, -32700);
    assert.equal((await ask('{'.repeat(100_000))).error.code, -32700);
    assert.equal((await ask(Buffer.from([0xff, 0xfe]))).error.code, -32700);
    assert.equal((await ask('{"jsonrpc":"2.0","id":1,"method":"crashAsync"}')).error.code, -32603);
    assert.equal((await ask('{"jsonrpc":"2.0","id":1,"method":"constructor"}')).error.code, -32601);
    assert.deepEqual(await ask('{"jsonrpc":"2.0","id":7,"method":"echo","params":[2]}'), { jsonrpc: '2.0', id: 7, result: [2] });
    const ws2 = new WebSocket(url.replace('http', 'ws'));
    await new Promise((r) => ws2.once('open', r));
    const ws3 = new WebSocket(url.replace('http', 'ws'));
    const refused = await new Promise<string>((r) => ws3.once('unexpected-response', (_req, res) => {
      let b = '';
      res.on('data', (c) => (b += c));
      res.on('end', () => r(`${res.statusCode} ${b}`));
    }));
    assert.match(refused, /^503 .*max open connections 2/);
    ws.close();
    ws2.close();
  });
});

describe('core/jsonrpc limits from start flags', () => {
  it('reads --rpc.* in either key spelling, refuses bad numbers naming the flag, warns when CORS opens', () => {
    assert.deepEqual(transportOptions({ 'rpc.max-batch': '7', rpcMaxOpenConnections: '3', 'rpc.cors': 'https://a.example, http://b:1/' }), { maxBatch: 7, maxConnections: 3, cors: ['https://a.example', 'http://b:1'] });
    assert.equal(transportLimits({ 'rpc.maxSubscriptionsPerClient': '2' }).maxSubscriptionsPerClient, 2);
    assert.deepEqual(transportOptions({}), {});
    assert.throws(() => transportLimits({ 'rpc.max-body-bytes': '-1' }), /--rpc\.max-body-bytes: expected a positive integer/);
    assert.equal(corsWarning(undefined), undefined);
    assert.match(corsWarning(transportLimits({ 'rpc.cors': '*' }).cors) ?? '', /any|unlocked/);
  });
});
