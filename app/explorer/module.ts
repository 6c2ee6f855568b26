import { RpcError } from '../../core/jsonrpc/index.ts';
import type { Module, NodeRpcMethod } from '../../core/types/module.ts';
import type { NodeAPI, StoredTx } from '../../core/types/node-api.ts';
import { IndexKeys as EvmIndexKeys, type TxLocation } from '../../x/evm/types/index.ts';
import { IndexKeys as SvmIndexKeys } from '../../x/svm/types/index.ts';
import { accountView, type ExplorerKeepers, listContracts, parseAnyAddress } from './account-view.ts';
import { eventJson, TX_VMS, TxCatalog, type TxVm, txAt, txRow, txView } from './tx-view.ts';

/**
 * The block explorer's reads (what the node's dashboard shows), as node-wide JSON-RPC methods on the CometBFT
 * port: they join what several modules hold (a tx's VM, an account's balances in each VM), so they live with
 * the wiring. Read-only: every method reads the last committed state and block store.
 */

const invalid = (msg: string) => new RpcError(-32602, msg);
const MAX_BLOCKS = 500;

function optInt(v: unknown, name: string, dflt: number, max = Number.MAX_SAFE_INTEGER): number {
  if (v === undefined || v === null || v === '') return dflt;
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isSafeInteger(n) || n < 0 || n > max) throw invalid(`${name}: expected an integer from 0 to ${max}, got ${JSON.stringify(v)}`);
  return n;
}

const zeroByVm = (): Record<TxVm, number> => ({ cosmos: 0, evm: 0, wasm: 0, svm: 0 });

type BlockRow = NonNullable<ReturnType<typeof computeBlockRow>>;
// A committed block's row never changes; keyed by its hash (a devnet revert makes new blocks at old heights).
const rowCache = new Map<string, BlockRow>();
const ROW_CACHE = 2_000;

/** One block's row: its header fields and its txs and gas by VM. */
function blockRow(catalog: TxCatalog, node: NodeAPI, h: number): BlockRow | undefined {
  const b = node.getBlock(h);
  if (!b) return undefined;
  const hit = rowCache.get(b.hash);
  if (hit) return hit;
  const row = computeBlockRow(catalog, node, h);
  if (!row) return undefined;
  if (rowCache.size >= ROW_CACHE) rowCache.delete(rowCache.keys().next().value!);
  rowCache.set(b.hash, row);
  return row;
}

function computeBlockRow(catalog: TxCatalog, node: NodeAPI, h: number) {
  const b = node.getBlock(h);
  const r = node.getBlockResults(h);
  if (!b || !r) return undefined;
  const txs = zeroByVm();
  const gas = zeroByVm();
  let failed = 0;
  b.txs.forEach((t, i) => {
    const vm = catalog.vm(Buffer.from(t, 'base64'));
    const res = r.txResults[i];
    txs[vm]++;
    gas[vm] += Number(res?.gasUsed ?? 0);
    if (res && res.code !== 0) failed++;
  });
  return { height: h, time: b.time, hash: b.hash, proposer: b.proposer, num_txs: b.txs.length, failed_txs: failed, txs_by_vm: txs, gas_by_vm: gas, app_hash: b.resultAppHash };
}

/** A Cosmos tx hash (64 hex), an Ethereum tx hash (0x + 64 hex) or a Solana signature (base58) → the stored tx. */
function findTx(catalog: TxCatalog, node: NodeAPI, q: string): StoredTx | undefined {
  const s = q.trim();
  if (/^0x[0-9a-fA-F]{64}$/.test(s)) {
    const raw = node.getIndex(EvmIndexKeys.txByHash(s.toLowerCase()));
    if (raw) {
      const loc = JSON.parse(Buffer.from(raw).toString('utf8')) as TxLocation;
      return txAt(node, loc.height, loc.txIndex);
    }
    return node.getTx(s.slice(2).toUpperCase());
  }
  if (/^[0-9a-fA-F]{64}$/.test(s)) return node.getTx(s.toUpperCase());
  if (/^[1-9A-HJ-NP-Za-km-z]{64,90}$/.test(s)) {
    const raw = node.getIndex(SvmIndexKeys.tx(s));
    if (!raw) return undefined;
    // x/svm's record names the slot (our height); the signature picks the tx within the block.
    const { slot } = JSON.parse(Buffer.from(raw).toString('utf8')) as { slot: number };
    const b = node.getBlock(slot);
    for (let i = 0; b && i < b.txs.length; i++) {
      const d = catalog.decode(Buffer.from(b.txs[i]!, 'base64'));
      if ((d.solana as { signatures?: string[] } | undefined)?.signatures?.[0] === s) return txAt(node, slot, i);
    }
  }
  return undefined;
}

export interface SearchHit {
  kind: 'block' | 'tx' | 'message' | 'account';
  /** What the page opens: a height, a tx hash, a message id, an address. */
  key: string;
  label: string;
}

/** Everything `q` can name: a height and a message id (a number can be both), a tx, an account. */
function search(k: ExplorerKeepers, catalog: TxCatalog, node: NodeAPI, qRaw: unknown): SearchHit[] {
  if (typeof qRaw !== 'string' || qRaw.trim() === '') throw invalid('trivium_search: q must be a non-empty string');
  const q = qRaw.trim().replace(/^#/, '');
  const hits: SearchHit[] = [];
  if (/^\d{1,16}$/.test(q)) {
    const n = Number(q);
    if (n >= 1 && n <= node.latestHeight()) hits.push({ kind: 'block', key: String(n), label: `block ${n}` });
    if (n >= 1 && k.crossvm.getMessage(node.queryContext(), BigInt(n))) hits.push({ kind: 'message', key: String(n), label: `cross-VM message ${n}` });
    return hits;
  }
  const tx = findTx(catalog, node, q);
  if (tx) hits.push({ kind: 'tx', key: tx.hash, label: `tx ${tx.hash} (block ${tx.height})` });
  const acct = parseAnyAddress(q);
  if (acct) hits.push({ kind: 'account', key: q, label: `account ${q}` });
  return hits;
}

export function explorerMethods(k: ExplorerKeepers, catalog: TxCatalog): Record<string, NodeRpcMethod> {
  return {
    // Rows of the blocks [max(1, to − limit + 1), to], newest first: the blocks table and the overview's charts.
    trivium_blocks: {
      params: ['to', 'limit'],
      handler: (p, node) => {
        const top = node.latestHeight();
        const to = Math.min(optInt(p.to, 'to', top) || top, top);
        const limit = optInt(p.limit, 'limit', 50, MAX_BLOCKS) || 50;
        const rows = [];
        for (let h = to; h >= 1 && h > to - limit; h--) {
          const r = blockRow(catalog, node, h);
          if (r) rows.push(r);
        }
        return { height: top, vms: TX_VMS, blocks: rows };
      },
    },
    trivium_block: {
      params: ['height'],
      handler: (p, node) => {
        const h = optInt(p.height, 'height', node.latestHeight());
        const row = blockRow(catalog, node, h);
        if (!row) return null;
        const b = node.getBlock(h)!;
        const txs = b.txs.map((_, i) => txAt(node, h, i)).filter((t): t is StoredTx => t !== undefined).map((t) => txRow(catalog, t));
        return { ...row, last_block_hash: b.lastBlockHash, txs, finalize_block_events: node.getBlockResults(h)!.finalizeBlockEvents.map(eventJson) };
      },
    },
    trivium_tx: {
      params: ['hash'],
      handler: (p, node) => {
        if (typeof p.hash !== 'string') throw invalid('trivium_tx: hash must be a Cosmos tx hash (64 hex), an Ethereum tx hash (0x…) or a Solana signature');
        const t = findTx(catalog, node, p.hash);
        return t ? txView(catalog, t) : null;
      },
    },
    trivium_account: {
      params: ['address'],
      handler: (p, node) => {
        if (typeof p.address !== 'string' || !parseAnyAddress(p.address)) throw invalid(`trivium_account: expected a trivium1… or 0x… address or a base58 SVM pubkey, got ${JSON.stringify(p.address)}`);
        return accountView(k, catalog, node, p.address);
      },
    },
    trivium_contracts: {
      params: ['vm', 'limit'],
      handler: (p, node) => {
        const vm = p.vm === undefined || p.vm === '' ? undefined : String(p.vm) === 'cosmwasm' ? 'wasm' : String(p.vm);
        if (vm !== undefined && vm !== 'evm' && vm !== 'wasm' && vm !== 'svm') throw invalid(`trivium_contracts: vm must be evm, wasm or svm, got ${JSON.stringify(p.vm)}`);
        const limit = optInt(p.limit, 'limit', 200, 1000) || 200;
        const ctx = node.queryContext();
        const vms = vm ? [vm as 'evm' | 'wasm' | 'svm'] : (['evm', 'wasm', 'svm'] as const);
        return { contracts: vms.flatMap((v) => listContracts(k, ctx, v, limit)) };
      },
    },
    trivium_search: { params: ['q'], handler: (p, node) => ({ hits: search(k, catalog, node, p.q) }) },
  };
}

/** The explorer as a module with nothing but node-wide methods: no store, no genesis, no messages. */
export function explorerModule(k: ExplorerKeepers, modules: () => readonly Module[]): Module {
  return { name: 'explorer', nodeRpcMethods: explorerMethods(k, new TxCatalog(modules)) };
}
