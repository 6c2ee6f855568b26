// The few CometBFT-RPC calls a benchmark needs, over plain HTTP, for any node that speaks CometBFT's RPC
// (Trivium's own and a Cosmos SDK node's).
import http from 'node:http';
import { QueryAccountResponse } from 'cosmjs-types/cosmos/auth/v1beta1/query';
import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

export function rpc<T = any>(port: number, method: string, params: object = {}): Promise<T> {
  const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method, params });
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        try {
          const r = JSON.parse(Buffer.concat(chunks).toString());
          if (r.error) reject(new Error(`${method}: ${JSON.stringify(r.error).slice(0, 300)}`));
          else resolve(r.result as T);
        } catch (e) {
          reject(e);
        }
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

export const height = async (port: number): Promise<number> => Number((await rpc(port, 'status')).sync_info.latest_block_height);

/** Waits until the node answers and has committed block `h`; throws after `timeoutMs`. */
export async function waitHeight(port: number, h: number, timeoutMs: number, alive: () => boolean = () => true): Promise<number> {
  const t0 = Date.now();
  for (;;) {
    if (!alive()) throw new Error('the node exited while starting');
    try {
      const now = await height(port);
      if (now >= h) return now;
    } catch {
      /* not listening yet */
    }
    if (Date.now() - t0 > timeoutMs) throw new Error(`no block ${h} on port ${port} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function accountNumber(port: number, address: string): Promise<number> {
  const data = Buffer.concat([Buffer.from([0x0a, address.length]), Buffer.from(address)]).toString('hex');
  const r = await rpc(port, 'abci_query', { path: '/cosmos.auth.v1beta1.Query/Account', data });
  if (r.response.code) throw new Error(`account ${address}: ${r.response.log}`);
  return Number(BaseAccount.decode(QueryAccountResponse.decode(Buffer.from(r.response.value, 'base64')).account!.value).accountNumber);
}

export interface BlockOutcome {
  height: number;
  timeMs: number;
  txs: number;
  ok: number;
  failed: number;
  firstFailure?: string;
}

/** A committed block's tx count and its txs' result codes (block_results), and its header time. */
export async function blockOutcome(port: number, h: number): Promise<BlockOutcome> {
  const [b, r] = await Promise.all([rpc(port, 'block', { height: String(h) }), rpc(port, 'block_results', { height: String(h) })]);
  const results: Array<{ code?: number; log?: string }> = r.txs_results ?? [];
  const txs = (b.block.data.txs ?? []).length;
  if (results.length !== txs) throw new Error(`block ${h}: ${txs} txs but ${results.length} results`);
  const bad = results.filter((x) => (x.code ?? 0) !== 0);
  return { height: h, timeMs: Date.parse(b.block.header.time), txs, ok: txs - bad.length, failed: bad.length, firstFailure: bad[0] ? `code ${bad[0].code}: ${bad[0].log}` : undefined };
}

export function closeRpc(): void {
  agent.destroy();
}
