import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import WebSocket from 'ws';
import { JsonRpcServer, methodTable, RpcError } from '../../core/jsonrpc/index.ts';
import { plainDialect } from '../helpers/jsonrpc-dialect.ts';

// Arbitrary JSON values and byte strings as HTTP bodies and WebSocket frames: always a well-formed JSON-RPC
// answer (or the size error), and the server keeps answering. FC_RUNS for long runs.
const numRuns = Number(process.env.FC_RUNS ?? 150);
const MAX = 4096;
const dialect = plainDialect;

function wellFormed(r: unknown): void {
  const one = (x: any) => {
    assert.equal(x.jsonrpc, '2.0');
    assert.ok('id' in x);
    assert.ok(('result' in x) !== ('error' in x), JSON.stringify(x));
    if (x.error) assert.ok(Number.isInteger(x.error.code) && typeof x.error.message === 'string');
  };
  if (Array.isArray(r)) {
    assert.ok(r.length > 0);
    r.forEach(one);
  } else one(r);
}

describe('property: arbitrary RPC bodies', () => {
  const methods = methodTable<unknown[]>({ echo: (p) => p, crash: () => { throw new Error('bug'); } });
  const server = new JsonRpcServer({ methods, dialect, maxBytes: MAX, name: 'prop' });
  let url = '';
  const origError = console.error;
  before(async () => {
    console.error = () => undefined;
    url = `http://127.0.0.1:${await server.listen('127.0.0.1:0', 'prop.address')}`;
  });
  after(async () => {
    console.error = origError;
    await server.close();
  });
  const request = fc.record({ jsonrpc: fc.constant('2.0'), id: fc.oneof(fc.integer(), fc.string(), fc.constant(null)), method: fc.constantFrom('echo', 'crash', 'nope', 'constructor'), params: fc.jsonValue() }, { requiredKeys: [] });
  const body = fc.oneof(
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.array(fc.oneof(request, fc.jsonValue()), { maxLength: 5 }).map((v) => JSON.stringify(v)),
    request.map((v) => JSON.stringify(v)),
    fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
  );

  it('HTTP: every body answered (200 JSON-RPC or 413)', async () => {
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const res = await fetch(url, { method: 'POST', body: b as unknown as BodyInit });
        const text = await res.text();
        if (res.status === 413) return;
        assert.equal(res.status, 200);
        wellFormed(JSON.parse(text));
      }),
      { numRuns },
    );
  });

  it('WebSocket: every frame answered on the same socket', async () => {
    const ws = new WebSocket(url.replace('http', 'ws'));
    await new Promise((r, j) => (ws.once('open', r), ws.once('error', j)));
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        // Byte strings go as binary frames (text frames with bad UTF-8 are a protocol error, 1007).
        const reply = await new Promise<unknown>((r) => {
          ws.once('message', (m) => r(JSON.parse(m.toString())));
          ws.send(b, { binary: typeof b !== 'string' });
        });
        wellFormed(reply);
      }),
      { numRuns },
    );
    assert.equal(ws.readyState, ws.OPEN);
    ws.close();
  });
});
