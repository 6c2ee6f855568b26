import { toHex } from '@cosmjs/encoding';
import { GetTxRequest, GetTxResponse, SimulateRequest, SimulateResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import * as txTypes from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { txHash } from '../baseapp/tx-decoder.ts';
import type { BaseApp } from '../baseapp/baseapp.ts';
import type { Mempool } from '../baseapp/mempool.ts';
import { RpcError } from '../jsonrpc/index.ts';
import type { Genesis } from '../types/consensus.ts';
import { intStartFlag, type NodeAPI, type StoredBlock, type StoredTx } from '../types/node-api.ts';
import * as C from './comet38.ts';
import { genesisRoutes } from './genesis-routes.ts';
import { consensusRoutes } from './consensus-routes.ts';
import { VALIDATOR_POWER } from '../blockstore/validator-set.ts';
import { APP_VERSION } from '../types/consensus.ts';
import { DEV_PARAM_NAMES } from '../node/dev-controls.ts';
import { addEvents, type Condition, matches, parseQuery, QueryParseError } from './event-query.ts';

/** What the CometBFT routes read of the node beyond NodeAPI (core/node's Node has it all). */
export interface CometNode extends NodeAPI {
  readonly nodeId: string;
  readonly moniker: string;
  readonly rpcLaddr: string;
  readonly validator: { address: string; pub_key: { type: string; value: string } };
  /** The genesis without app_state; readGenesis() reads the whole file. */
  readonly genesis: Omit<Genesis, 'app_state'>;
  readGenesis(): Genesis;
  readonly app: Pick<BaseApp, 'lastAppHash' | 'lastBlockTimeMs' | 'query' | 'simulate' | 'checkTx' | 'blocks' | 'modules'>;
  readonly mempool: Pick<Mempool, 'size' | 'totalBytes' | 'reap'>;
  getTxAt(height: number, index: number): StoredTx | undefined;
  waitForTx(hash: string, timeoutMs: number): Promise<StoredTx | undefined>;
}

// CometBFT's codes: -32602 invalid params, -32603 internal.
const invalid = (data: string) => new RpcError(-32602, 'Invalid params', data);
const internal = (data: string) => new RpcError(-32603, 'Internal error', data);

export type Params = Record<string, unknown>;
export type Method = (p: Params) => unknown | Promise<unknown>;

/** Positional parameter names, so array params and URI params work like named ones. */
export const paramNames: Record<string, string[]> = {
  abci_query: ['path', 'data', 'height', 'prove'],
  broadcast_tx_sync: ['tx'],
  broadcast_tx_async: ['tx'],
  broadcast_tx_commit: ['tx'],
  tx: ['hash', 'prove'],
  tx_search: ['query', 'prove', 'page', 'per_page', 'order_by'],
  block: ['height'],
  block_by_hash: ['hash'],
  block_results: ['height'],
  block_search: ['query', 'page', 'per_page', 'order_by'],
  blockchain: ['minHeight', 'maxHeight'],
  commit: ['height'],
  header: ['height'],
  header_by_hash: ['hash'],
  genesis_chunked: ['chunk'],
  consensus_params: ['height'],
  validators: ['height', 'page', 'per_page'],
  num_unconfirmed_txs: [],
  unconfirmed_txs: ['limit'],
  dev_mine: ['blocks'],
  ...DEV_PARAM_NAMES,
  check_tx: ['tx'],
  // over /websocket (server.ts)
  subscribe: ['query'],
  unsubscribe: ['query'],
  unsubscribe_all: [],
};

function intParam(v: unknown, name: string, dflt?: number): number | undefined {
  if (v === undefined || v === null || v === '') return dflt;
  const n = typeof v === 'number' ? v : Number(String(v).replace(/^"|"$/g, ''));
  if (!Number.isInteger(n) || n < 0) throw invalid(`${name}: expected a non-negative integer, got ${JSON.stringify(v)}`);
  return n;
}

/** []byte params: base64 in JSON bodies, 0x-hex in URIs (CometBFT's conventions). */
export function bytesParam(v: unknown, name: string, encoding: 'base64' | 'hex' = 'base64'): Uint8Array {
  if (typeof v !== 'string') throw invalid(`${name}: expected a string`);
  if (v.startsWith('0x')) {
    if (!/^0x([0-9a-fA-F]{2})*$/.test(v)) throw invalid(`${name}: invalid hex`);
    return Buffer.from(v.slice(2), 'hex');
  }
  if (encoding === 'hex') {
    if (!/^([0-9a-fA-F]{2})*$/.test(v)) throw invalid(`${name}: invalid hex`);
    return Buffer.from(v, 'hex');
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(v)) throw invalid(`${name}: invalid base64`);
  return Buffer.from(v, 'base64');
}

const proveParam = (v: unknown): boolean => v === true || v === 'true';

function txHashParam(v: unknown): string {
  if (typeof v !== 'string') throw invalid('hash: expected a string');
  if (/^(0x)?[0-9a-fA-F]{64}$/.test(v)) return v.replace(/^0x/, '').toUpperCase();
  // 32 bytes in base64 (CometBFT's JSON encoding of the hash), even when it happens to start with "0x":
  // 44 characters can never be 64 hex digits, so the two readings cannot collide.
  if (!/^[A-Za-z0-9+/]{43}=$/.test(v)) throw invalid('hash: expected 32 bytes as base64 or 64 hex digits');
  return toHex(Buffer.from(v, 'base64')).toUpperCase();
}

function parseQ(q: unknown): Condition[] {
  if (typeof q !== 'string') throw invalid('query: expected a string');
  try {
    return parseQuery(q);
  } catch (e) {
    if (e instanceof QueryParseError) throw invalid(e.message);
    throw e;
  }
}

export function txEventMap(t: StoredTx) {
  return addEvents(
    new Map([
      ['tm.event', ['Tx']],
      ['tx.hash', [t.hash]],
      ['tx.height', [String(t.height)]],
    ]),
    t.result.events,
  );
}

/** The modules' node-wide methods (dev_*, trivium_*), served here as on the Ethereum port: same names, same params. */
function moduleMethods(node: CometNode): Record<string, Method> {
  const out: Record<string, Method> = {};
  for (const m of node.app.modules) {
    for (const [name, def] of Object.entries(m.nodeRpcMethods ?? {})) {
      paramNames[name] = def.params;
      out[name] = (p) => def.handler(p, node);
    }
  }
  return out;
}

export function buildMethods(node: CometNode): Record<string, Method> {
  // dev_mine's per-call cap, the same flag as anvil_mine / evm_mine's, read once.
  const cap = intStartFlag(node.flags, 'dev.max-mine-blocks', 10_000);
  const latest = () => node.latestHeight();
  const heightOrLatest = (v: unknown): number => {
    const h = intParam(v, 'height', 0)!;
    const top = latest();
    if (h === 0) return top;
    if (h > top) throw internal(`height ${h} must be less than or equal to the current blockchain height ${top}`);
    return h;
  };
  const mustBlock = (h: number): StoredBlock => {
    const b = node.getBlock(h);
    if (!b) throw internal(h === 0 ? 'no blocks yet: the chain is at genesis' : `height ${h} is not available`);
    return b;
  };
  const validatorInfo = () => ({ address: node.validator.address, pub_key: node.validator.pub_key, voting_power: String(VALIDATOR_POWER) });
  const paginate = <T>(all: T[], p: Params) => {
    const perPage = Math.min(intParam(p.per_page, 'per_page', 30)!, 100) || 30;
    const page = intParam(p.page, 'page', 1)! || 1;
    const pages = Math.max(1, Math.ceil(all.length / perPage));
    if (page > pages) throw invalid(`page should be within [1, ${pages}] range, given ${page}`);
    return all.slice((page - 1) * perPage, page * perPage);
  };

  async function searchTxs(conds: Condition[]): Promise<StoredTx[]> {
    const byHash = conds.find((c) => c.key === 'tx.hash' && c.op === '=');
    if (byHash) {
      const t = node.getTx(String(byHash.value).toUpperCase());
      return t && matches(conds, txEventMap(t)) ? [t] : [];
    }
    const heightEq = conds.find((c) => c.key === 'tx.height' && c.op === '=');
    const candidates: StoredTx[] = [];
    const eq = conds.find((c) => c.op === '=' && !c.key.startsWith('tx.') && c.key !== 'tm.event');
    if (heightEq) {
      const h = Number(heightEq.value);
      const b = node.getBlock(h);
      b?.txs.forEach((_, i) => {
        const t = node.getTxAt(h, i);
        if (t) candidates.push(t);
      });
    } else if (eq) {
      for await (const { height, positions } of node.app.blocks.txsWithEvent(eq.key, String(eq.value))) {
        for (const i of positions) {
          const t = node.getTxAt(height, i);
          if (t) candidates.push(t);
        }
      }
    } else {
      for (let h = 1; h <= latest(); h++) {
        const b = node.getBlock(h);
        b?.txs.forEach((_, i) => {
          const t = node.getTxAt(h, i);
          if (t) candidates.push(t);
        });
      }
    }
    return candidates.filter((t) => matches(conds, txEventMap(t)));
  }

  return {
    health: () => ({}),
    status: () => {
      const h = latest();
      const b = node.getBlock(h);
      return {
        node_info: {
          protocol_version: { p2p: '8', block: '11', app: String(APP_VERSION) },
          id: node.nodeId,
          listen_addr: node.rpcLaddr,
          network: node.chainId,
          version: C.COMET_VERSION,
          channels: '40202122233038606100',
          moniker: node.moniker,
          other: { tx_index: 'on', rpc_address: node.rpcLaddr },
        },
        sync_info: {
          latest_block_hash: b?.hash ?? '',
          latest_app_hash: toHex(node.app.lastAppHash).toUpperCase(),
          latest_block_height: String(h),
          latest_block_time: b?.time ?? new Date(node.app.lastBlockTimeMs).toISOString(),
          earliest_block_hash: node.getBlock(1)?.hash ?? '',
          earliest_app_hash: node.getBlock(1)?.appHash ?? '',
          earliest_block_height: h > 0 ? '1' : '0',
          earliest_block_time: node.getBlock(1)?.time ?? '',
          catching_up: false,
        },
        validator_info: validatorInfo(),
      };
    },
    net_info: () => ({ listening: true, listeners: [node.rpcLaddr], n_peers: '0', peers: [] }),
    abci_info: () => ({
      response: {
        data: 'trivium',
        version: '0.1.0',
        app_version: String(APP_VERSION),
        last_block_height: String(latest()),
        last_block_app_hash: Buffer.from(node.app.lastAppHash).toString('base64'),
      },
    }),
    abci_query: async (p) => {
      if (typeof p.path !== 'string') throw invalid('path: expected a string');
      const data = p.data === undefined || p.data === '' ? new Uint8Array() : bytesParam(p.data, 'data', 'hex');
      const height = intParam(p.height, 'height', 0)!;
      const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
      // The query's key echoed back where the app names none (as CometBFT's kvstore and the SDK's store queries do).
      if (p.path === '/cosmos.tx.v1beta1.Service/Simulate') return { response: { ...(await simulate(node, data)), key: b64(data) } };
      if (p.path === '/cosmos.tx.v1beta1.Service/GetTx') return { response: { ...getTxQuery(node, data), key: b64(data) } };
      const prove = proveParam(p.prove);
      const r = await node.app.query(p.path, data, height, prove);
      return {
        response: {
          code: r.code, log: r.log, info: '', index: '0', key: b64(r.key ?? data),
          value: b64(r.value), proofOps: r.proofOps ? { ops: r.proofOps.map((o) => ({ type: o.type, key: b64(o.key), data: b64(o.data) })) } : null,
          height: String(r.height), codespace: r.codespace,
        },
      };
    },
    broadcast_tx_async: async (p) => {
      const tx = bytesParam(p.tx, 'tx');
      const hash = txHash(tx);
      void node.broadcastTx(tx);
      return { code: 0, data: '', log: '', codespace: '', hash };
    },
    broadcast_tx_sync: async (p) => {
      const r = await node.broadcastTx(bytesParam(p.tx, 'tx'));
      return { code: r.code, data: '', log: r.log, codespace: r.codespace, hash: r.hash };
    },
    broadcast_tx_commit: async (p) => {
      const tx = bytesParam(p.tx, 'tx');
      const r = await node.broadcastTx(tx);
      const check = { code: r.code, data: '', log: r.log, info: '', gas_wanted: r.gasWanted, gas_used: '0', events: [], codespace: r.codespace };
      if (r.code !== 0) return { check_tx: check, tx_result: C.txResult({ code: 0, codespace: '', log: '', data: '', gasWanted: '0', gasUsed: '0', events: [] }), hash: r.hash, height: '0' };
      const t = await node.waitForTx(r.hash, 30_000);
      if (!t) throw internal('timed out waiting for tx to be included in a block');
      return { check_tx: check, tx_result: C.txResult(t.result), hash: r.hash, height: String(t.height) };
    },
    check_tx: async (p) => {
      const r = await node.app.checkTx(bytesParam(p.tx, 'tx'));
      return { code: r.code, data: '', log: r.log, info: '', gas_wanted: r.gasWanted.toString(), gas_used: '0', events: [], codespace: r.codespace };
    },
    tx: (p) => {
      const t = node.getTx(txHashParam(p.hash));
      if (!t) throw internal(`tx (${txHashParam(p.hash)}) not found`);
      return C.tx(t, proveParam(p.prove) ? node.getBlock(t.height)?.txs : undefined);
    },
    tx_search: async (p) => {
      const conds = parseQ(p.query);
      let all = await searchTxs(conds);
      if (p.order_by === 'desc') all = all.reverse();
      else if (p.order_by !== undefined && p.order_by !== '' && p.order_by !== 'asc') throw invalid('order_by: expected "asc" or "desc"');
      const prove = proveParam(p.prove);
      return { txs: paginate(all, p).map((t) => C.tx(t, prove ? node.getBlock(t.height)?.txs : undefined)), total_count: String(all.length) };
    },
    block: (p) => {
      const h = heightOrLatest(p.height);
      return C.block(mustBlock(h), node.getBlock(h - 1), node.validator.address);
    },
    block_by_hash: (p) => {
      const hash = txHashParam(p.hash);
      const b = node.getBlockByHash(hash);
      if (!b) return { block_id: C.blockId(''), block: null };
      return C.block(b, node.getBlock(b.height - 1), node.validator.address);
    },
    block_results: (p) => {
      const h = heightOrLatest(p.height);
      const r = node.getBlockResults(h);
      if (!r) throw internal(`could not find results for height #${h}`);
      return C.blockResults(r);
    },
    block_search: (p) => {
      const conds = parseQ(p.query);
      const found: StoredBlock[] = [];
      for (let h = 1; h <= latest(); h++) {
        const r = node.getBlockResults(h);
        if (!r) continue;
        const map = addEvents(new Map([['block.height', [String(h)]], ['tm.event', ['NewBlock']]]), r.finalizeBlockEvents);
        if (matches(conds, map)) found.push(mustBlock(h));
      }
      if (p.order_by === 'desc') found.reverse();
      return { blocks: paginate(found, p).map((b) => C.block(b, node.getBlock(b.height - 1), node.validator.address)), total_count: String(found.length) };
    },
    blockchain: (p) => {
      const top = latest();
      const max = Math.min(intParam(p.maxHeight, 'maxHeight', top)! || top, top);
      const min = Math.max(intParam(p.minHeight, 'minHeight', 1)! || 1, max - 19, 1);
      if (min > max && top > 0) throw invalid(`min height ${min} can't be greater than max height ${max}`);
      const metas = [];
      for (let h = max; h >= min && h > 0; h--) metas.push(C.blockMeta(mustBlock(h)));
      return { last_height: String(top), block_metas: metas };
    },
    commit: (p) => {
      const h = heightOrLatest(p.height);
      const b = mustBlock(h);
      return { signed_header: { header: C.header(b), commit: C.commit(b, node.validator.address) }, canonical: true };
    },
    header: (p) => ({ header: C.header(mustBlock(heightOrLatest(p.height))) }),
    header_by_hash: (p) => {
      const b = node.getBlockByHash(txHashParam(p.hash));
      return { header: b ? C.header(b) : null };
    },
    validators: (p) => ({
      block_height: String(heightOrLatest(p.height)),
      validators: [{ ...validatorInfo(), proposer_priority: '0' }],
      count: '1',
      total: '1',
    }),
    ...genesisRoutes(node, heightOrLatest),
    ...consensusRoutes(node),
    num_unconfirmed_txs: () => ({ n_txs: String(node.mempool.size), total: String(node.mempool.size), total_bytes: String(node.mempool.totalBytes), txs: null }),
    unconfirmed_txs: (p) => {
      const limit = Math.min(intParam(p.limit, 'limit', 30)!, 100);
      const txs = node.mempool.reap(2n ** 62n, Number.MAX_SAFE_INTEGER).slice(0, limit);
      return { n_txs: String(txs.length), total: String(node.mempool.size), total_bytes: String(node.mempool.totalBytes), txs: txs.map((t) => Buffer.from(t.bytes).toString('base64')) };
    },
    /** Devnet control: produce N blocks now (e.g. to push a queued cross-VM message past its timeout). */
    dev_mine: async (p) => {
      const n = intParam(p.blocks, 'blocks', 1)!;
      if (n < 1 || n > cap) throw invalid(`blocks: expected 1..${cap}, got ${n} (the per-call cap is --dev.max-mine-blocks ${cap})`);
      const height = await node.mine(n);
      return { height: String(height) };
    },
    ...moduleMethods(node),
    // The node-wide devnet controls (core/node/dev-controls.ts), the same as on the Ethereum port.
    ...Object.fromEntries(Object.keys(DEV_PARAM_NAMES).map((name): [string, Method] => [name, (p) => node.devnet().methods.get(name)!(p)])),
  };
}

async function simulate(node: CometNode, data: Uint8Array) {
  let txBytes: Uint8Array;
  try {
    const req = SimulateRequest.decode(data);
    txBytes = req.txBytes;
    if (!txBytes.length && req.tx) {
      // Deprecated form: a decoded Tx instead of bytes.
      txBytes = txTypes.TxRaw.encode({
        bodyBytes: txTypes.TxBody.encode(req.tx.body!).finish(),
        authInfoBytes: txTypes.AuthInfo.encode(req.tx.authInfo!).finish(),
        signatures: req.tx.signatures,
      }).finish();
    }
  } catch (e) {
    return queryError(2, 'sdk', `invalid simulate request: ${(e as Error).message}`, node);
  }
  const r = await node.app.simulate(txBytes);
  if (r.code !== 0) return queryError(r.code, r.codespace, r.log, node);
  const value = SimulateResponse.encode({
    gasInfo: { gasWanted: r.gasWanted, gasUsed: r.gasUsed },
    result: { data: new Uint8Array(), log: '', events: r.events.map((e) => ({ type: e.type, attributes: e.attributes })), msgResponses: [] },
  }).finish();
  return { code: 0, log: '', info: '', index: '0', key: null, value: Buffer.from(value).toString('base64'), proofOps: null, height: String(Math.max(1, node.latestHeight())), codespace: '' };
}

function getTxQuery(node: CometNode, data: Uint8Array) {
  const req = GetTxRequest.decode(data);
  const t = node.getTx(req.hash.toUpperCase());
  if (!t) return queryError(22, 'sdk', `rpc error: code = NotFound desc = tx not found: ${req.hash}`, node);
  const bytes = Buffer.from(t.tx, 'base64');
  let tx;
  try {
    const raw = txTypes.TxRaw.decode(bytes);
    tx = { body: txTypes.TxBody.decode(raw.bodyBytes), authInfo: txTypes.AuthInfo.decode(raw.authInfoBytes), signatures: raw.signatures };
  } catch {
    tx = undefined;
  }
  const value = GetTxResponse.encode({
    tx,
    txResponse: {
      height: BigInt(t.height), txhash: t.hash, codespace: t.result.codespace, code: t.result.code, data: '', rawLog: t.result.log,
      logs: [], info: '', gasWanted: BigInt(t.result.gasWanted), gasUsed: BigInt(t.result.gasUsed), tx: undefined,
      timestamp: node.getBlock(t.height)?.time ?? '', events: t.result.events.map((e) => ({ type: e.type, attributes: e.attributes })),
    },
  }).finish();
  return { code: 0, log: '', info: '', index: '0', key: null, value: Buffer.from(value).toString('base64'), proofOps: null, height: String(node.latestHeight()), codespace: '' };
}


function queryError(code: number, codespace: string, log: string, node: CometNode) {
  return { code, log, info: '', index: '0', key: null, value: '', proofOps: null, height: String(Math.max(1, node.latestHeight())), codespace };
}
