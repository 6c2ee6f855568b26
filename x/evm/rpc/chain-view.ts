import { fromBase64 } from '@cosmjs/encoding';
import type { TypedTransaction } from '@ethereumjs/tx';
import { bytesToHex, hexToBytes } from '@ethereumjs/util';
import { TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import type { AbciEvent } from '../../../core/types/events.ts';
import type { BlockResults, NodeAPI, StoredBlock } from '../../../core/types/node-api.ts';
import { MsgEthereumTxCodec, MsgEthereumTxTypeUrl } from '../codec.ts';
import { keccak256 } from '../crypto.ts';
import { Attr, EventTypes } from '../events.ts';
import { Bloom } from '../tx/bloom.ts';
import { claimsEthTx, decodeEthTx } from '../tx/decode.ts';
import { IndexKeys, type TxLocation } from '../types/index.ts';

/** One log as the JSON-RPC shows it (positions filled in). */
export interface EthLogView {
  address: string;
  topics: string[];
  data: string;
  logIndex: number;
  transactionIndex: number;
  transactionHash: string;
  blockHash: string;
  blockNumber: number;
  blockTimestamp: number;
}

export interface EthTxView {
  hash: string;
  tx: TypedTransaction;
  from: string;
  index: number;
  status: 0 | 1;
  gasUsed: bigint;
  cumulativeGasUsed: bigint;
  effectiveGasPrice: bigint;
  contractAddress: string | null;
  logs: EthLogView[];
  /** Computed on first use (three keccaks per address and topic). */
  readonly bloom: Bloom;
}

/**
 * EVM code x/crossvm ran outside any Ethereum tx (an async message's execution, a callback): no signed tx, but
 * its logs are the block's, under a synthetic hash (x/evm/crossvm-logs.ts), after the block's Ethereum txs.
 */
export interface CrossVmExecView {
  hash: string;
  index: number;
  messageId: string;
  phase: string;
  from: string;
  to: string;
  gasUsed: bigint;
  cumulativeGasUsed: bigint;
  logs: EthLogView[];
  readonly bloom: Bloom;
}

export interface EthBlockView {
  number: number;
  hash: string;
  parentHash: string;
  timestamp: number;
  miner: string;
  stateRoot: string;
  gasUsed: bigint;
  size: number;
  /** Computed on first use, from the txs' blooms. */
  readonly bloom: Bloom;
  txs: EthTxView[];
  /** Cross-VM runs of EVM code in this block that left logs. */
  crossvm: CrossVmExecView[];
}

/** Every receipt-like entry of a block whose logs eth_getLogs and the logs subscription serve, in log order. */
export function logSources(b: EthBlockView): Array<{ logs: EthLogView[] }> {
  return b.crossvm.length === 0 ? b.txs : [...b.txs, ...b.crossvm];
}

function logsBloom(logs: EthLogView[]): Bloom {
  const b = new Bloom();
  for (const l of logs) b.addLog(hexToBytes(l.address as `0x${string}`), l.topics.map((t) => hexToBytes(t as `0x${string}`)));
  return b;
}

/** Defines `bloom` as a lazily computed, then remembered, property. */
function lazyBloom<T extends object>(o: T, compute: () => Bloom): T {
  let b: Bloom | undefined;
  Object.defineProperty(o, 'bloom', { get: () => (b ??= compute()), enumerable: true });
  return o;
}

const ZERO_HASH = '0x' + '00'.repeat(32);
/** How many of the last committed blocks ChainView keeps as the node handed them over. */
const RECENT_BLOCKS = 4;

/** The Ethereum tx hashes a block's results name (its executed Ethereum txs' events). */
function ethHashesOf(results: BlockResults): string[] {
  const out: string[] = [];
  for (const r of results.txResults) {
    if (r.code !== 0) continue;
    for (const e of r.events) {
      if (e.type !== EventTypes.EthereumTx) continue;
      const h = e.attributes.find((a) => a.key === Attr.EthHash)?.value;
      if (h) out.push(h);
    }
  }
  return out;
}
const textDecoder = new TextDecoder();

/** CometBFT hashes are upper-case hex without 0x; Ethereum's are 0x + lower case. */
export const ethHash = (cometHash: string): string => (cometHash ? '0x' + cometHash.toLowerCase() : ZERO_HASH);

/**
 * The Ethereum view of committed blocks, rebuilt from what the node stores (block, tx results, events), so a
 * receipt exists exactly when its carrying tx committed, and blocks, receipts and logs agree on positions,
 * cumulative gas and blooms. Recent blocks are cached.
 */
export class ChainView {
  private readonly cache = new Map<number, EthBlockView>();
  /**
   * The last blocks the node committed, as its block event carried them (already durable and published): their
   * views are built from memory on first use, and their Ethereum txs are found without the tx index's read —
   * the receipt poll that follows a send (issue 17) reads nothing from the database.
   */
  private readonly recent = new Map<number, { block: StoredBlock; results: BlockResults }>();
  /** Ethereum tx hash → height, for the txs of `recent`. */
  private readonly recentTxs = new Map<string, number>();

  /** Forget every cached block (a revert replaced the blocks above some height). */
  reset(): void {
    this.cache.clear();
    this.recent.clear();
    this.recentTxs.clear();
  }

  /** A block the node has just committed (its bus event): kept for the reads that come next. */
  heard(block: StoredBlock, results: BlockResults): void {
    this.recent.set(block.height, { block, results });
    for (const h of ethHashesOf(results)) this.recentTxs.set(h, block.height);
    if (this.recent.size > RECENT_BLOCKS) {
      const [oldest, old] = this.recent.entries().next().value!;
      this.recent.delete(oldest);
      for (const h of ethHashesOf(old.results)) if (this.recentTxs.get(h) === oldest) this.recentTxs.delete(h);
    }
  }

  constructor(
    private readonly node: NodeAPI,
    /** The Merkle-Patricia state root after a block (x/evm/state-root/), undefined where the node has none. */
    private readonly stateRoot: (height: number) => Uint8Array | undefined,
  ) {}

  private stateRootHex(height: number): string {
    const r = this.stateRoot(height);
    return r ? bytesToHex(r) : ZERO_HASH;
  }

  latest(): number {
    return this.node.latestHeight();
  }

  block(height: number): EthBlockView | undefined {
    // The block store can show a block a moment before the app's state has moved to it (LevelDB makes the
    // batch readable before its write callback runs): serve nothing newer than the state, so a client that
    // saw a receipt then reads the state after it.
    if (height > this.node.latestHeight()) return undefined;
    const hit = this.cache.get(height);
    if (hit) return hit;
    if (height === 0) return this.remember(genesisView(this.node.chainId, this.stateRootHex(0)));
    const heard = this.recent.get(height);
    if (heard) return this.remember(buildBlockView(heard.block, heard.results, this.stateRootHex(height)));
    const block = this.node.getBlock(height);
    if (!block) return undefined;
    // Read even for a block without txs: its EndBlock may have run EVM code for x/crossvm.
    const results = this.node.getBlockResults(height);
    return this.remember(buildBlockView(block, results, this.stateRootHex(height)));
  }

  blockByHash(hash: string): EthBlockView | undefined {
    for (const v of this.cache.values()) if (v.hash === hash) return v;
    const b = this.node.getBlockByHash(hash.replace(/^0x/, '').toUpperCase());
    return b ? this.block(b.height) : undefined;
  }

  /** A block as just committed (from the bus event: no database read). */
  committed(block: StoredBlock, results: BlockResults): EthBlockView {
    return this.remember(buildBlockView(block, results, this.stateRootHex(block.height)));
  }

  tx(hash: string): { block: EthBlockView; tx: EthTxView } | undefined {
    let height = this.recentTxs.get(hash);
    if (height === undefined) {
      const raw = this.node.getIndex(IndexKeys.txByHash(hash));
      if (!raw) return undefined;
      height = (JSON.parse(textDecoder.decode(raw)) as TxLocation).height;
    }
    if (height > this.node.latestHeight()) return undefined;
    const block = this.block(height);
    const tx = block?.txs.find((t) => t.hash === hash);
    return block && tx ? { block, tx } : undefined;
  }

  /** A cross-VM run by its synthetic hash (x/evm/crossvm-logs.ts). */
  crossVmRun(hash: string): { block: EthBlockView; run: CrossVmExecView } | undefined {
    const raw = this.node.getIndex(IndexKeys.crossVmRun(hash));
    if (!raw) return undefined;
    const block = this.block((JSON.parse(textDecoder.decode(raw)) as { height: number }).height);
    const run = block?.crossvm.find((r) => r.hash === hash);
    return block && run ? { block, run } : undefined;
  }

  private remember(v: EthBlockView): EthBlockView {
    this.cache.set(v.number, v);
    if (this.cache.size > 512) this.cache.delete(this.cache.keys().next().value!);
    return v;
  }
}

function genesisView(chainId: string, stateRoot: string): EthBlockView {
  return lazyBloom({
    number: 0,
    hash: bytesToHex(keccak256(new TextEncoder().encode(`trivium genesis ${chainId}`))),
    parentHash: ZERO_HASH,
    timestamp: 0,
    miner: '0x' + '00'.repeat(20),
    stateRoot,
    gasUsed: 0n,
    size: 0,
    txs: [],
    crossvm: [],
  }, () => new Bloom()) as unknown as EthBlockView;
}

/** Raw Ethereum txs carried by one block tx: itself if raw, its MsgEthereumTx payloads if a Cosmos tx. */
function ethPayloads(bytes: Uint8Array): Uint8Array[] {
  if (claimsEthTx(bytes)) return [bytes];
  try {
    const body = TxBody.decode(TxRaw.decode(bytes).bodyBytes);
    return body.messages.filter((m) => m.typeUrl === MsgEthereumTxTypeUrl).map((m) => MsgEthereumTxCodec.decode(m.value).raw);
  } catch {
    return [];
  }
}

const attrsOf = (e: AbciEvent): Record<string, string> => Object.fromEntries(e.attributes.map((a) => [a.key, a.value]));

/** `stateRoot`: the state root after the block (0x hex). */
export function buildBlockView(block: StoredBlock, results: BlockResults | undefined, stateRoot: string): EthBlockView {
  const view = {
    number: block.height,
    hash: ethHash(block.hash),
    parentHash: ethHash(block.lastBlockHash),
    timestamp: Math.floor(block.timeMs / 1000),
    miner: '0x' + (block.proposer || '00'.repeat(20)).toLowerCase(),
    stateRoot,
    gasUsed: 0n,
    size: 0,
    txs: [] as EthTxView[],
    crossvm: [] as CrossVmExecView[],
  };
  lazyBloom(view, () => {
    const b = new Bloom();
    for (const t of view.txs) b.or(t.bloom);
    for (const t of view.crossvm) b.or(t.bloom);
    return b;
  });
  if (!results) return view as unknown as EthBlockView;
  let logIndex = 0;
  block.txs.forEach((b64, i) => {
    const result = results.txResults[i];
    if (!result || result.code !== 0) return;
    const executed = result.events.filter((e) => e.type === EventTypes.EthereumTx);
    if (executed.length === 0) return;
    const bytes = fromBase64(b64);
    view.size += bytes.length;
    const payloads = new Map<string, Uint8Array>();
    for (const raw of ethPayloads(bytes)) payloads.set(decodeEthTx(raw).hashHex, raw);
    const logsByTx = new Map<string, Array<{ address: string; topics: string[]; data: string }>>();
    for (const e of result.events) {
      if (e.type !== EventTypes.TxLog) continue;
      const a = attrsOf(e);
      const list = logsByTx.get(a[Attr.EthHash]!) ?? [];
      list.push(JSON.parse(a[Attr.Log]!));
      logsByTx.set(a[Attr.EthHash]!, list);
    }
    for (const ev of executed) {
      const a = attrsOf(ev);
      const hash = a[Attr.EthHash]!;
      const raw = payloads.get(hash);
      if (!raw) continue;
      const tx = decodeEthTx(raw).tx;
      const gasUsed = BigInt(a[Attr.GasUsed]!);
      view.gasUsed += gasUsed;
      const index = view.txs.length;
      const logs: EthLogView[] = (logsByTx.get(hash) ?? []).map((l) => ({
        ...l,
        logIndex: logIndex++,
        transactionIndex: index,
        transactionHash: hash,
        blockHash: view.hash,
        blockNumber: view.number,
        blockTimestamp: view.timestamp,
      }));
      const t = {
        hash,
        tx,
        from: a[Attr.Sender]!.toLowerCase(),
        index,
        status: a[Attr.Status] === '1' ? 1 : 0,
        gasUsed,
        cumulativeGasUsed: view.gasUsed,
        effectiveGasPrice: BigInt(a[Attr.EffectiveGasPrice]!),
        contractAddress: a[Attr.ContractAddress] ? a[Attr.ContractAddress]! : null,
        logs,
      };
      view.txs.push(lazyBloom(t, () => logsBloom(logs)) as EthTxView);
    }
  });
  // Cross-VM runs: inside txs (a message executed at once) first, then the block's EndBlock (the queue).
  let cumulative = view.gasUsed;
  const runs = [...block.txs.flatMap((_, i) => (results.txResults[i]?.code === 0 ? results.txResults[i]!.events : [])), ...results.finalizeBlockEvents];
  for (let i = 0; i < runs.length; i++) {
    const ev = runs[i]!;
    if (ev.type !== EventTypes.CrossVmExec) continue;
    const a = attrsOf(ev);
    const hash = a[Attr.EthHash]!;
    const index = view.txs.length + view.crossvm.length;
    const logs: EthLogView[] = [];
    // Its tx_log events follow it directly.
    for (let j = i + 1; j < runs.length && runs[j]!.type === EventTypes.TxLog; j++) {
      const l = attrsOf(runs[j]!);
      if (l[Attr.EthHash] !== hash) break;
      logs.push({ ...JSON.parse(l[Attr.Log]!), logIndex: logIndex++, transactionIndex: index, transactionHash: hash, blockHash: view.hash, blockNumber: view.number, blockTimestamp: view.timestamp });
    }
    const gasUsed = BigInt(a[Attr.GasUsed] ?? '0');
    cumulative += gasUsed;
    const run = { hash, index, messageId: a[Attr.MessageId]!, phase: a[Attr.Phase]!, from: a[Attr.Sender]!, to: a[Attr.Recipient]!, gasUsed, cumulativeGasUsed: cumulative, logs };
    view.crossvm.push(lazyBloom(run, () => logsBloom(logs)) as CrossVmExecView);
  }
  return view as unknown as EthBlockView;
}
