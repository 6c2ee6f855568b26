import { BroadcastMode, BroadcastTxRequest, BroadcastTxResponse, GetTxResponse, GetTxsEventRequest, GetTxsEventResponse, OrderBy } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import { GetTxRequest } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import type { TxResponse } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci';
import type { Tx } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { txHash } from '../baseapp/tx-decoder.ts';
import type { CometNode } from '../rpc/methods.ts';
import { type ApiMethod, type CometMethods, abciQuery, fromRpc } from './abci-query.ts';
import { ApiError, Code } from './status.ts';

const S = '/cosmos.tx.v1beta1.Service';
/** The SDK's default and largest page of GetTxsEvent (and CometBFT's tx_search per_page cap). */
const DEFAULT_LIMIT = 100;

/**
 * cosmos.tx.v1beta1.Service. Simulate and GetTx are the ABCI query paths abci_query serves; BroadcastTx is
 * broadcast_tx_sync / _async; GetTxsEvent is tx_search, each tx then shaped as GetTx shapes it.
 */
export function txService(node: CometNode, comet: CometMethods): Record<string, ApiMethod> {
  const latest = () => Math.max(1, node.latestHeight());
  const getTx = async (hash: string): Promise<{ tx?: Tx; txResponse?: TxResponse }> => {
    const { value } = await abciQuery(comet, `${S}/GetTx`, GetTxRequest.encode({ hash }).finish(), 0);
    return GetTxResponse.decode(value);
  };
  return {
    [`${S}/Simulate`]: async (req) => abciQuery(comet, `${S}/Simulate`, req, 0),
    [`${S}/GetTx`]: async (req) => abciQuery(comet, `${S}/GetTx`, req, 0),
    [`${S}/BroadcastTx`]: async (req) => {
      const r = BroadcastTxRequest.decode(req);
      if (!r.txBytes.length) throw new ApiError(Code.INVALID_ARGUMENT, 'invalid empty tx');
      // The SDK (v0.50) broadcasts sync or async; BLOCK is gone and UNSPECIFIED names neither.
      if (r.mode !== BroadcastMode.BROADCAST_MODE_SYNC && r.mode !== BroadcastMode.BROADCAST_MODE_ASYNC) {
        const name = r.mode === BroadcastMode.BROADCAST_MODE_BLOCK ? 'block' : 'unspecified';
        throw new ApiError(Code.INVALID_ARGUMENT, `unsupported return type ${name}; supported types: sync, async`);
      }
      const base = { height: 0n, data: '', logs: [], info: '', gasUsed: 0n, timestamp: '', events: [] };
      if (r.mode === BroadcastMode.BROADCAST_MODE_ASYNC) {
        void node.broadcastTx(r.txBytes);
        const txResponse = { ...base, txhash: txHash(r.txBytes), codespace: '', code: 0, rawLog: '', gasWanted: 0n };
        return { value: BroadcastTxResponse.encode({ txResponse }).finish(), height: latest() };
      }
      const b = await node.broadcastTx(r.txBytes);
      const txResponse = { ...base, txhash: b.hash, codespace: b.codespace, code: b.code, rawLog: b.log, gasWanted: BigInt(b.gasWanted) };
      return { value: BroadcastTxResponse.encode({ txResponse }).finish(), height: latest() };
    },
    [`${S}/GetTxsEvent`]: async (req) => {
      const r = GetTxsEventRequest.decode(req);
      const query = r.query.trim() || r.events.join(' AND ');
      if (!query) throw new ApiError(Code.INVALID_ARGUMENT, 'query cannot be empty');
      const limit = r.limit > 0n ? Number(r.limit) : DEFAULT_LIMIT;
      if (limit > DEFAULT_LIMIT) throw new ApiError(Code.INVALID_ARGUMENT, `limit must be at most ${DEFAULT_LIMIT}, got ${r.limit}`);
      const page = r.page > 0n ? Number(r.page) : 1;
      const order = r.orderBy === OrderBy.ORDER_BY_DESC ? 'desc' : 'asc';
      const found = (await Promise.resolve(comet.tx_search!({ query, page: String(page), per_page: String(limit), order_by: order })).catch(fromRpc)) as {
        txs: Array<{ hash: string }>;
        total_count: string;
      };
      const txs: Tx[] = [];
      const txResponses: TxResponse[] = [];
      for (const t of found.txs) {
        const one = await getTx(t.hash);
        if (one.tx) txs.push(one.tx);
        if (one.txResponse) txResponses.push(one.txResponse);
      }
      const total = BigInt(found.total_count);
      return { value: GetTxsEventResponse.encode({ txs, txResponses, total, pagination: { nextKey: new Uint8Array(), total } }).finish(), height: latest() };
    },
  };
}
