import type { buildMethods } from '../rpc/methods.ts';
import { RpcError } from '../jsonrpc/index.ts';
import { ApiError, Code, abciError } from './status.ts';

/** A method's answer: protobuf bytes, and the height they were read at (sent back in HEIGHT_HEADER). */
export interface Answer {
  value: Uint8Array;
  height: number;
}

/** One gRPC method over protobuf bytes; `height` is already checked (0 = the latest). */
export type ApiMethod = (req: Uint8Array, height: number) => Promise<Answer>;

/** The CometBFT routes the services reuse (abci_query, tx_search, status, …): one implementation of each. */
export type CometMethods = ReturnType<typeof buildMethods>;

/** An ABCI query through CometBFT's abci_query route; a failure as the SDK's gRPC status. */
export async function abciQuery(comet: CometMethods, path: string, req: Uint8Array, height: number, prove = false) {
  const { response: r } = (await comet.abci_query!({ path, data: Buffer.from(req).toString('hex'), height, prove })) as { response: AbciQueryJson };
  if (r.code !== 0) throw abciError(r.code, r.codespace, r.log);
  return { value: new Uint8Array(Buffer.from(r.value, 'base64')), height: Number(r.height), raw: r };
}

export interface AbciQueryJson {
  code: number;
  log: string;
  codespace: string;
  value: string;
  height: string;
  key: string | null;
  proofOps: { ops: Array<{ type: string; key: string; data: string }> } | null;
}

/** A CometBFT route's invalid-params error as INVALID_ARGUMENT; anything else passes. */
export function fromRpc(e: unknown): never {
  if (e instanceof RpcError) throw new ApiError(e.code === -32602 ? Code.INVALID_ARGUMENT : Code.INTERNAL, typeof e.data === 'string' && e.data ? e.data : e.message);
  throw e;
}
