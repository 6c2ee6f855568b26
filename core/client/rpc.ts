import { httpUrl, type QueryOptions } from './options.ts';

/** A JSON-RPC call to the node's CometBFT RPC; a JSON-RPC error becomes one clear Error. */
export async function rpcCall<T = any>(opts: Pick<QueryOptions, 'node'>, method: string, params: Record<string, unknown> = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(httpUrl(opts.node), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
  } catch (e) {
    throw new Error(`cannot reach node at ${opts.node}: ${(e as Error & { cause?: Error }).cause?.message ?? (e as Error).message}`);
  }
  const body = (await res.json()) as { result?: T; error?: { message: string; data?: string } };
  if (body.error) throw new Error(`${body.error.message}${body.error.data ? `: ${body.error.data}` : ''}`);
  return body.result as T;
}

/** abci_query on a gRPC-style path; a non-zero code throws with the node's log. */
export async function abciQuery(opts: Pick<QueryOptions, 'node' | 'height'>, path: string, data: Uint8Array): Promise<Uint8Array> {
  const params: Record<string, unknown> = { path, data: Buffer.from(data).toString('hex'), prove: false };
  if (opts.height !== undefined) {
    if (!/^\d+$/.test(opts.height)) throw new Error(`invalid --height "${opts.height}": expected a block height`);
    params.height = opts.height;
  }
  const r = await rpcCall<{ response: { code: number; log: string; value: string | null } }>(opts, 'abci_query', params);
  if (r.response.code !== 0) throw new Error(r.response.log || `query failed with code ${r.response.code}`);
  return Buffer.from(r.response.value ?? '', 'base64');
}
