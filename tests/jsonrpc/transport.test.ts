import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import WebSocket from 'ws';
import { type Dialect, JsonRpcServer, type Method, methodTable, parseLaddr, RpcError, Subscriptions } from '../../core/jsonrpc/index.ts';

/** The spec's wording, the detail in `data`. */
const dialect: Dialect<unknown[]> = {
  defaultId: null,
  params(raw) {
    if (raw === undefined) return [];
    if (!Array.isArray(raw)) throw new RpcError(-32602, 'Invalid params', 'expected an array');
    return raw;
  },
  error: (e) => (e instanceof RpcError ? e : new RpcError(-32603, 'Internal error', (e as Error).message)),
  parseError: () => new RpcError(-32700, 'Parse error'),
  invalidRequest: (why) => new RpcError(-32600, 'Invalid Request', why),
  methodNotFound: (m) => new RpcError(-32601, 'Method not found', m),
  emptyBatch: new RpcError(-32600, 'Invalid Request', 'empty batch'),
  bodyTooLarge: new RpcError(-32600, 'Invalid Request', 'too large'),
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const PROTOTYPE_NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__'];

describe('core/jsonrpc transport', () => {
  const ticks = new Subscriptions<number, string>();
  let nextSub = 1;
  const order: string[] = [];
  const methods = methodTable<unknown[]>({
    echo: (p) => p,
    add: (p) => (p[0] as number) + (p[1] as number),
    id: (_p, call) => ({ id: call.id ?? 'none', ws: call.conn !== undefined }),
    fail: () => {
      throw new RpcError(-32000, 'custom', { why: 'because' });
    },
    crash: () => {
      throw new Error('boom');
    },
    slow: async (p) => {
      await sleep(p[0] as number);
      order.push(String(p[0]));
      return p[0];
    },
    // A subscription: the id first, then a notification right after it, and one per `tick`.
    tickSubscribe: (_p, call) => {
      if (!call.conn) throw new RpcError(-32601, 'Method not found', 'tickSubscribe');
      const conn = call.conn;
      const sub = nextSub++;
      ticks.of(conn).set(sub, 'tick');
      call.after(() => conn.send({ jsonrpc: '2.0', method: 'tickNotification', params: { subscription: sub, result: 0 } }));
      return sub;
    },
    tick: (p) => {
      let n = 0;
      for (const [conn, subs] of ticks) for (const sub of subs.keys()) n += conn.send({ jsonrpc: '2.0', method: 'tickNotification', params: { subscription: sub, result: p[0] } }) ? 1 : 0;
      return n;
    },
  });
  const server = new JsonRpcServer({
    methods,
    dialect,
    maxBytes: 4096,
    maxBatch: 5,
    headers: { 'x-api': 'test' },
    route: (req) => (req.method === 'GET' ? { status: 200, json: { jsonrpc: '2.0', id: null, result: [...methods.keys()] } } : undefined),
  });
  const sequential = new JsonRpcServer({ methods, dialect: { ...dialect, emptyBatch: undefined }, maxBytes: 4096, sequentialBatches: true, wsPath: '/ws' });
  let url: string;
  let seqUrl: string;
  let wsOnlyPort: number;

  before(async () => {
    await server.listen('127.0.0.1:0', 'test.address');
    wsOnlyPort = await server.listen('tcp://127.0.0.1:0', 'test.ws-address', () => ({ status: 426, headers: { 'content-type': 'text/plain' }, body: 'WebSocket only' }));
    await sequential.listen('127.0.0.1:0', 'seq.address');
    url = `http://127.0.0.1:${server.port}`;
    seqUrl = `http://127.0.0.1:${sequential.port}`;
  });
  after(async () => {
    await server.close();
    await sequential.close();
  });

  const post = async (body: string, to = url) => {
    const res = await fetch(to, { method: 'POST', body });
    return { status: res.status, headers: res.headers, body: (await res.json()) as any };
  };
  const rpc = (method: string, params?: unknown, id: unknown = 1) => post(JSON.stringify({ jsonrpc: '2.0', id, method, params })).then((r) => r.body);

  it('answers a call with its id, a known length and the server headers', async () => {
    const r = await post('{"jsonrpc":"2.0","id":"a","method":"add","params":[2,3]}');
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, { jsonrpc: '2.0', id: 'a', result: 5 });
    assert.equal(r.headers.get('content-type'), 'application/json');
    assert.equal(r.headers.get('x-api'), 'test');
    assert.equal(Number(r.headers.get('content-length')), JSON.stringify(r.body).length);
    assert.equal(r.headers.get('transfer-encoding'), null);
    assert.deepEqual((await post('{"jsonrpc":"2.0","method":"id"}')).body, { jsonrpc: '2.0', id: null, result: { id: 'none', ws: false } });
  });

  it('finds only the table\'s own names: prototype names are "method not found"', async () => {
    for (const name of PROTOTYPE_NAMES) {
      const r = await rpc(name, []);
      assert.deepEqual(r.error, { code: -32601, message: 'Method not found', data: name }, name);
    }
    // methodTable takes a record's own keys only
    const inherited = Object.create({ inherited: () => 1 }) as Record<string, Method<unknown[]>>;
    inherited.own = () => 2;
    assert.deepEqual([...methodTable(inherited).keys()], ['own']);
  });

  it('parse errors, invalid requests and bad params are JSON-RPC errors', async () => {
    assert.deepEqual((await post('{"jsonrpc":')).body, { jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } });
    for (const body of ['null', '5', '"s"', 'true']) assert.deepEqual((await post(body)).body.error, { code: -32600, message: 'Invalid Request', data: 'object' }, body);
    assert.deepEqual((await post('{"jsonrpc":"2.0","id":4}')).body, { jsonrpc: '2.0', id: 4, error: { code: -32600, message: 'Invalid Request', data: 'method' } });
    assert.deepEqual((await post('{"jsonrpc":"2.0","id":4,"method":"echo","params":{"a":1}}')).body, { jsonrpc: '2.0', id: 4, error: { code: -32602, message: 'Invalid params', data: 'expected an array' } });
  });

  it('a thrown RpcError keeps its code, message and data; anything else goes through the dialect', async () => {
    assert.deepEqual((await rpc('fail')).error, { code: -32000, message: 'custom', data: { why: 'because' } });
    assert.deepEqual((await rpc('crash', [], 9)), { jsonrpc: '2.0', id: 9, error: { code: -32603, message: 'Internal error', data: 'boom' } });
  });

  it('batches: replies in request order, each request on its own, a size cap, an empty one', async () => {
    const r = await post(JSON.stringify([{ jsonrpc: '2.0', id: 1, method: 'slow', params: [30] }, { jsonrpc: '2.0', id: 2, method: 'slow', params: [1] }, null, [], { jsonrpc: '2.0', id: 5, method: 'toString' }]));
    assert.deepEqual(r.body.map((x: any) => x.id), [1, 2, null, null, 5]);
    assert.deepEqual([r.body[0].result, r.body[1].result], [30, 1]);
    assert.equal(r.body[2].error.code, -32600);
    assert.equal(r.body[4].error.code, -32601);
    assert.deepEqual(order.splice(0), ['1', '30'], 'all at once by default');
    assert.deepEqual((await post('[]')).body, { jsonrpc: '2.0', id: null, error: { code: -32600, message: 'Invalid Request', data: 'empty batch' } });
    const six = JSON.stringify(Array.from({ length: 6 }, (_, i) => ({ jsonrpc: '2.0', id: i, method: 'echo' })));
    assert.equal((await post(six)).body.error.code, -32600);
  });

  it('sequential batches run one call after another; without a dialect emptyBatch error the transport default -32600', async () => {
    const r = await post(JSON.stringify([{ jsonrpc: '2.0', id: 1, method: 'slow', params: [30] }, { jsonrpc: '2.0', id: 2, method: 'slow', params: [1] }]), seqUrl);
    assert.deepEqual(r.body.map((x: any) => x.result), [30, 1]);
    assert.deepEqual(order.splice(0), ['30', '1']);
    assert.deepEqual((await post('[]', seqUrl)).body, { jsonrpc: '2.0', id: null, error: { code: -32600, message: 'empty batch' } });
  });

  it('bodies past maxBytes get a 413; routes answer other HTTP', async () => {
    const big = await post(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'echo', params: ['x'.repeat(4096)] }));
    assert.equal(big.status, 413);
    assert.deepEqual(big.body, { jsonrpc: '2.0', id: null, error: { code: -32600, message: 'Invalid Request', data: 'too large: max body bytes 4096' } });
    const atLimit = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'echo', params: [] });
    assert.equal((await post(atLimit + ' '.repeat(4096 - atLimit.length))).status, 200);
    const get = await fetch(url);
    assert.equal(get.status, 200);
    assert.ok(((await get.json()) as any).result.includes('echo'));
    const wsOnly = await fetch(`http://127.0.0.1:${wsOnlyPort}`, { method: 'POST', body: '{}' });
    assert.deepEqual([wsOnly.status, await wsOnly.text()], [426, 'WebSocket only']);
  });

  describe('WebSocket', () => {
    /** A client that hands out messages in arrival order. */
    async function open(to: string) {
      const ws = new WebSocket(to);
      const inbox: any[] = [];
      const waiters: Array<(m: any) => void> = [];
      ws.on('message', (d) => {
        const m = JSON.parse(d.toString());
        const w = waiters.shift();
        if (w) w(m);
        else inbox.push(m);
      });
      const closed = new Promise<number>((r) => ws.on('close', (code) => r(code)));
      ws.on('error', () => undefined);
      await new Promise((r, j) => ws.once('open', r).once('error', j));
      const next = () => (inbox.length ? Promise.resolve(inbox.shift()) : new Promise<any>((r) => waiters.push(r)));
      return { ws, next, closed, ask: (frame: string) => (ws.send(frame), next()) };
    }
    const wsUrl = () => `ws://127.0.0.1:${server.port}`;

    it('calls, batches, and the table\'s own names only', async () => {
      const c = await open(wsUrl());
      assert.deepEqual(await c.ask('{"jsonrpc":"2.0","id":1,"method":"id"}'), { jsonrpc: '2.0', id: 1, result: { id: 1, ws: true } });
      assert.deepEqual((await c.ask('[{"jsonrpc":"2.0","id":1,"method":"add","params":[1,1]},{"jsonrpc":"2.0","id":2,"method":"nope"}]')).map((x: any) => x.result ?? x.error.code), [2, -32601]);
      for (const name of PROTOTYPE_NAMES) assert.equal((await c.ask(JSON.stringify({ jsonrpc: '2.0', id: 1, method: name }))).error.code, -32601, name);
      c.ws.close();
    });

    it('a null frame (and other non-requests) get a JSON-RPC error; the socket stays usable', async () => {
      const c = await open(wsUrl());
      assert.deepEqual(await c.ask('null'), { jsonrpc: '2.0', id: null, error: { code: -32600, message: 'Invalid Request', data: 'object' } });
      assert.equal((await c.ask('{oops')).error.code, -32700);
      assert.equal((await c.ask('[null]'))[0].error.code, -32600);
      assert.equal((await c.ask('{"jsonrpc":"2.0","id":2,"method":"add","params":[2,2]}')).result, 4);
      c.ws.close();
    });

    it('a frame past maxBytes closes that socket with 1009, not the server; so does bad UTF-8 (1007)', async () => {
      const big = await open(wsUrl());
      big.ws.send(Buffer.alloc(4097, 0x20));
      assert.equal(await big.closed, 1009);
      const bad = await open(wsUrl());
      bad.ws.send(Buffer.from([0xff, 0xfe]), { binary: false });
      assert.equal(await bad.closed, 1007);
      assert.equal((await rpc('add', [1, 2])).result, 3);
    });

    it('subscriptions: the id comes first, notifications follow, and a closed socket is forgotten', async () => {
      const c = await open(wsUrl());
      const r = await c.ask('{"jsonrpc":"2.0","id":7,"method":"tickSubscribe"}');
      assert.equal(r.id, 7);
      const sub = r.result;
      assert.deepEqual(await c.next(), { jsonrpc: '2.0', method: 'tickNotification', params: { subscription: sub, result: 0 } });
      assert.equal((await rpc('tick', [42])).result, 1);
      assert.deepEqual((await c.next()).params, { subscription: sub, result: 42 });
      assert.equal((await rpc('tickSubscribe')).error.code, -32601, 'over HTTP there is no connection to push to');
      c.ws.close();
      await c.closed;
      for (let i = 0; i < 50 && ticks.size > 0; i++) await sleep(10);
      assert.equal(ticks.size, 0);
      assert.equal((await rpc('tick', [43])).result, 0);
    });

    it('wsPath: only that path upgrades; the WebSocket-only listener serves WebSockets', async () => {
      await assert.rejects(open(`ws://127.0.0.1:${sequential.port}/other`));
      const c = await open(`ws://127.0.0.1:${sequential.port}/ws?x=1`);
      assert.equal((await c.ask('{"jsonrpc":"2.0","id":1,"method":"echo","params":[1]}')).result[0], 1);
      c.ws.close();
      const w = await open(`ws://127.0.0.1:${wsOnlyPort}`);
      assert.equal((await w.ask('{"jsonrpc":"2.0","id":1,"method":"add","params":[1,2]}')).result, 3);
      w.ws.close();
    });
  });
});

describe('core/jsonrpc listen', () => {
  it('parses tcp:// and bare addresses, IPv6 in brackets', () => {
    assert.deepEqual(parseLaddr('tcp://127.0.0.1:26657'), { host: '127.0.0.1', port: 26657 });
    assert.deepEqual(parseLaddr('0.0.0.0:8545'), { host: '0.0.0.0', port: 8545 });
    assert.deepEqual(parseLaddr('[::1]:8899'), { host: '::1', port: 8899 });
    assert.throws(() => parseLaddr('localhost'), /expected tcp:\/\/HOST:PORT/);
  });

  it('a port in use fails with one line naming the flag; close() frees the port', async () => {
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', () => r()));
    const port = (taken.address() as { port: number }).port;
    const s = new JsonRpcServer({ methods: new Map(), dialect, maxBytes: 1024 });
    await assert.rejects(s.listen(`127.0.0.1:${port}`, 'my-rpc.address'), { message: `my-rpc.address: address 127.0.0.1:${port} is already in use (choose another with its flag)` });
    await new Promise<void>((r) => taken.close(() => r()));
    await s.listen(`127.0.0.1:${port}`, 'my-rpc.address');
    const ws = new WebSocket(`ws://127.0.0.1:${port}`);
    await new Promise((r) => ws.once('open', r));
    const closed = new Promise((r) => ws.once('close', r));
    await s.close();
    await closed;
    const again = new JsonRpcServer({ methods: new Map<string, Method<unknown[]>>(), dialect, maxBytes: 1024 });
    await again.listen(`127.0.0.1:${port}`, 'my-rpc.address');
    await again.close();
  });
});
