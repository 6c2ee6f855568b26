import { HistoricalStateError } from '../../../core/store/commit-store.ts';
import type { TypedTransaction } from '@ethereumjs/tx';
import { bytesToHex } from '@ethereumjs/util';
import type { Context } from '../../../core/types/context.ts';
import { type CommittedBlockEvent, type NodeAPI, startFlag } from '../../../core/types/node-api.ts';
import { Attr, EventTypes } from '../events.ts';
import type { CheckStateTracker } from '../check-state.ts';
import { keccak256 } from '../crypto.ts';
import { describeFailure, type SimulateRequest, type SimulateResult } from '../executor/executor.ts';
import type { EvmKeeper } from '../keeper.ts';
import type { EthTxPolicy } from '../ante.ts';
import { claimsEthTx, decodeEthTx } from '../tx/decode.ts';
import { SenderRecovery } from '../tx/sender-recovery.ts';
import { EVM_CHAIN_ID, type EvmParams } from '../types/index.ts';
import type { ExtensionHandler } from '../types/rpc.ts';
import { ChainView, type EthBlockView, logSources } from './chain-view.ts';
import { invalidParams, RpcCodes, RpcError, toRpcError } from './errors.ts';
import { type LogFilter, bloomMayMatch, matchLog, parseLogFilter } from './filters.ts';
import { type BlockEnv, formatBlock, formatCrossVmReceipt, formatLog, formatMinedTx, formatReceipt, formatTx } from './format.ts';
import { data, parseAddr, parseData, parseHash, parseQuantity, quantity } from './hex.ts';
import { applyStateOverrides } from './state-overrides.ts';
import { searchGas } from './estimate-gas.ts';
import { feeHistory } from './fee-history.ts';
import { getProof, parseProofStorageKeys } from './get-proof.ts';
import { StateRootReader } from '../state-root/reader.ts';
import { DevMining } from './dev.ts';
import { debugTraceMethods } from './debug-trace.ts';
import { anvilMethods, devMethods } from './anvil.ts';
import { DEV_PARAM_NAMES } from '../../../core/node/dev-controls.ts';
import { intFlag } from './flags.ts';
import { checkSpecParams } from './param-check.ts';
import { ethCapabilities, ethConfig } from './chain-config.ts';
import { createAccessList } from './access-list.ts';
import { simulateV1 } from './simulate-v1.ts';
import { fillTransaction } from './tx-fill.ts';
import { blockAccessList } from './block-access-list.ts';

export type RpcHandler = (params: unknown[]) => unknown | Promise<unknown>;
export type { ExtensionHandler };

export const CLIENT_VERSION = 'Trivium/v0.1.0/ethereumjs-evm-10.1.3/cancun';
const MAX_LOG_RANGE = 10_000;
/** geth's RPCGasCap default: the most gas eth_call / eth_estimateGas may use, whatever the request asks. */
export const DEFAULT_RPC_GAS_CAP = 50_000_000;
const MAX_LOGS = 10_000;
const FILTER_TTL_MS = 5 * 60_000;
/** The longest an automine send waits for its block before it answers anyway. */
const AUTOMINE_WAIT_MS = 10_000;
/** Slots per eth_getStorageValues (geth's limit). */
const MAX_STORAGE_VALUES = 1024;

interface PendingTx {
  tx: TypedTransaction;
  from: string;
}

interface InstalledFilter {
  kind: 'logs' | 'blocks' | 'pendingTxs';
  /** pendingTxs: what arrived since the last poll (hashes, or tx objects when asked for full txs). */
  queue?: unknown[];
  fullTx?: boolean;
  listener?: (hash: string, tx: () => unknown) => void;
  filter?: LogFilter;
  /** Last height already reported. */
  cursor: number;
  touched: number;
}

/**
 * The Ethereum JSON-RPC methods (eth_, net_, web3_, and the devnet's evm_mine), over the node's state, its
 * mempool and the committed blocks. Transport (HTTP, WebSocket, batches, subscriptions) is server.ts's.
 */
export class EthApi {
  readonly view: ChainView;
  /** The committed Merkle-Patricia state roots (block headers' stateRoot, eth_getProof). */
  readonly roots: StateRootReader;
  readonly pending = new Map<string, PendingTx>();
  private readonly filters = new Map<string, InstalledFilter>();
  private nextFilterId = 1n;
  /** Told of every tx this port admits to the mempool (eth_newPendingTransactionFilter, newPendingTransactions). */
  readonly pendingListeners = new Set<(hash: string, tx: () => unknown) => void>();
  readonly methods: Record<string, RpcHandler>;
  readonly dev: DevMining;
  /** --json-rpc.gas-cap: 0n = no cap (then the block gas limit alone bounds a call). */
  readonly gasCap: bigint;
  /** Incoming raw txs' senders, recovered on a worker thread (closed by the server's stop). */
  readonly senders = new SenderRecovery();
  /** Automine's sends waiting for their tx's block, by tx hash. */
  private readonly untilMined = new Map<string, Array<() => void>>();
  /** The server tells this API of committed blocks (onCommitted); without that, no send waits for one. */
  private hearsBlocks = false;

  constructor(
    readonly node: NodeAPI,
    readonly keeper: EvmKeeper,
    readonly policy: EthTxPolicy,
    readonly checkState: CheckStateTracker,
    extensions: ReadonlyMap<string, ExtensionHandler> = new Map(),
  ) {
    this.roots = new StateRootReader((key) => node.getDerived(key));
    this.view = new ChainView(node, (h) => this.roots.rootAt(h));
    this.dev = new DevMining(node.flags);
    this.gasCap = BigInt(intFlag(node.flags, 'json-rpc.gas-cap', DEFAULT_RPC_GAS_CAP));
    this.methods = this.buildMethods();
    for (const [name, h] of extensions) this.methods[name] = (p) => h(p, node);
  }

  params(): EvmParams {
    return this.keeper.params(this.node.queryContext());
  }
  env(): BlockEnv {
    const ctx = this.node.queryContext();
    return { gasLimit: ctx.maxBlockGas, baseFee: BigInt(this.keeper.params(ctx).base_fee_wei) };
  }

  /** Forget pending txs that a block included, and answer the sends that waited for it (called per committed block). */
  onCommitted(e: CommittedBlockEvent): void {
    this.hearsBlocks = true;
    if (this.untilMined.size > 0) {
      for (const t of e.txs) {
        const raw = Buffer.from(t.tx, 'base64');
        if (!claimsEthTx(raw)) continue;
        const done = this.untilMined.get(bytesToHex(keccak256(raw)));
        if (done) for (const f of done) f();
      }
    }
    if (this.pending.size === 0) return;
    for (const r of e.results.txResults) {
      for (const ev of r.events) {
        if (ev.type !== EventTypes.EthereumTx) continue;
        const h = ev.attributes.find((a) => a.key === Attr.EthHash)?.value;
        if (h) this.pending.delete(h);
      }
    }
  }

  /** After a snapshot revert or reset (the node's 'rewind'): nothing cached above `height` is true any more. */
  onRewound(height: number): void {
    for (const done of [...this.untilMined.values()]) for (const f of done) f();
    this.view.reset();
    this.checkState.reset();
    // The mempool was re-checked against the restored state: what it dropped is no longer pending here either.
    const waiting = new Set(this.node.devnet().pendingTxs().map((b) => '0x' + Buffer.from(keccak256(b)).toString('hex')));
    for (const hash of this.pending.keys()) if (!waiting.has(hash)) this.pending.delete(hash);
    for (const f of this.filters.values()) if (f.cursor > height) f.cursor = height;
  }

  /** Whether the devnet mines a block per waiting tx (false on a node run for a network: no devnet controls). */
  private automining(): boolean {
    try {
      return this.node.devnet().automine;
    } catch {
      return false;
    }
  }

  /**
   * Resolves when a committed block holds the tx `hash` (a revert or reset ends every wait), or after
   * AUTOMINE_WAIT_MS at the latest (a tx dropped at the recheck is answered all the same: it was admitted).
   */
  private waitMined(hash: string): { done: Promise<void>; cancel: () => void } {
    let finish!: () => void;
    const done = new Promise<void>((resolve) => {
      const timer = setTimeout(() => finish(), AUTOMINE_WAIT_MS);
      timer.unref();
      finish = () => {
        clearTimeout(timer);
        const list = this.untilMined.get(hash)?.filter((f) => f !== finish);
        if (list?.length) this.untilMined.set(hash, list);
        else this.untilMined.delete(hash);
        resolve();
      };
    });
    this.untilMined.set(hash, [...(this.untilMined.get(hash) ?? []), finish]);
    return { done, cancel: () => finish() };
  }

  // ---- block tags --------------------------------------------------------------------------------------

  /** A block tag or number as a height (for block reads). */
  resolveHeight(tag: unknown, name = 'block'): number {
    const latest = this.node.latestHeight();
    if (tag === undefined || tag === null) return latest;
    if (typeof tag === 'object' && !Array.isArray(tag)) {
      const o = tag as Record<string, unknown>;
      if (o.blockHash !== undefined) {
        const b = this.view.blockByHash(parseHash(o.blockHash, 'blockHash'));
        if (!b) throw new RpcError(RpcCodes.Server, `header for hash ${String(o.blockHash)} not found`);
        return b.number;
      }
      if (o.blockNumber !== undefined) return this.resolveHeight(o.blockNumber, name);
      throw invalidParams(`invalid ${name}: expected a block tag, number or {blockHash}`);
    }
    switch (tag) {
      case 'latest':
      case 'safe':
      case 'finalized':
      case 'pending':
        return latest;
      case 'earliest':
        return 0;
    }
    const n = parseQuantity(tag, name);
    return Number(n);
  }

  /** A committed block's height by tag, number or hash ('pending' is the latest). */
  private committedHeight(tag: unknown): number {
    const latest = this.node.latestHeight();
    const h = this.resolveHeight(tag);
    if (h > latest) throw new RpcError(RpcCodes.Server, `header not found: block ${h} is beyond the latest block ${latest}`);
    return h;
  }

  /** A context over the state after block `tag` (any height the store keeps; see --pruning), or pending. */
  private stateContext(tag: unknown): Context {
    if (tag === 'pending') return this.node.simulateContext(this.node.queryContext().maxBlockGas);
    const h = this.committedHeight(tag);
    if (h === this.node.latestHeight()) return this.node.queryContext();
    try {
      return this.node.queryContext(h);
    } catch (e) {
      if (e instanceof HistoricalStateError) throw new RpcError(RpcCodes.Server, `historical state not available: ${e.message}`);
      throw e;
    }
  }

  /** The first height whose state root the node keeps (eth_getProof's oldest block). */
  private firstProofHeight(): number {
    const latest = this.node.latestHeight();
    for (let h = 0; h <= Math.min(latest, 1); h++) if (this.roots.rootAt(h)) return h;
    // A home restored from a snapshot: its first root is somewhere above; search for it (roots, once kept, stay).
    let lo = 0;
    let hi = latest;
    if (!this.roots.rootAt(hi)) return latest;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.roots.rootAt(mid)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  // ---- calls -------------------------------------------------------------------------------------------

  private parseCall(obj: unknown): SimulateRequest {
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw invalidParams('invalid call object: expected {from, to, data, …}');
    const o = obj as Record<string, unknown>;
    const input = o.input ?? o.data;
    if (o.input !== undefined && o.data !== undefined && o.input !== o.data) throw invalidParams('both "data" and "input" are set and not equal');
    const accessList = o.accessList as SimulateRequest['accessList'];
    if (accessList !== undefined && !Array.isArray(accessList)) throw invalidParams('invalid accessList');
    return {
      from: o.from !== undefined && o.from !== null ? parseAddr(o.from, 'from') : undefined,
      to: o.to !== undefined && o.to !== null ? parseAddr(o.to, 'to') : undefined,
      data: input !== undefined && input !== null ? parseData(input, 'data') : new Uint8Array(),
      value: o.value !== undefined && o.value !== null ? parseQuantity(o.value, 'value') : 0n,
      gasLimit: this.clampGas(o.gas !== undefined && o.gas !== null ? parseQuantity(o.gas, 'gas') : undefined),
      accessList,
    };
  }

  /** A call's gas under the RPC gas cap (as geth: a larger or absent gas becomes the cap). */
  private clampGas(gas: bigint | undefined): bigint | undefined {
    if (this.gasCap === 0n) return gas;
    return gas === undefined || gas > this.gasCap ? this.gasCap : gas;
  }

  /** The gas price a call offers (gasPrice or maxFeePerGas), 0n when none: for the balance bound of estimateGas. */
  private static feeCap(obj: unknown): bigint {
    const o = (obj ?? {}) as Record<string, unknown>;
    const v = o.gasPrice ?? o.maxFeePerGas;
    return v === undefined || v === null ? 0n : parseQuantity(v, o.gasPrice !== undefined ? 'gasPrice' : 'maxFeePerGas');
  }

  private async simulateAt(req: SimulateRequest, tag: unknown, overrides: unknown): Promise<SimulateResult> {
    const ctx = this.stateContext(tag ?? 'latest');
    if (overrides !== undefined && overrides !== null) applyStateOverrides(this.keeper, ctx, overrides);
    return this.keeper.executor.simulate(ctx, req);
  }

  private failure(r: SimulateResult): RpcError {
    if (r.vmError === 'revert') return new RpcError(RpcCodes.ExecutionReverted, describeFailure('revert', r.returnData), data(r.returnData));
    if (r.vmError === 'insufficient balance') return new RpcError(RpcCodes.Server, 'insufficient funds for gas * price + value');
    return new RpcError(RpcCodes.Server, r.vmError ?? 'execution failed');
  }

  private async estimateGas(obj: unknown, tag: unknown, overrides: unknown): Promise<bigint> {
    const req = this.parseCall(obj);
    // The upper bound: min(block gas limit, the request's gas under the RPC cap, what the sender can pay for).
    const ctx = this.stateContext(tag ?? 'latest');
    let hi = ctx.maxBlockGas;
    if (req.gasLimit !== undefined && req.gasLimit < hi) hi = req.gasLimit;
    const price = EthApi.feeCap(obj);
    if (price > 0n && req.from) {
      const balance = this.keeper.getBalance(ctx, req.from);
      const left = balance > req.value ? balance - req.value : 0n;
      const affordable = left / price;
      if (affordable < hi) hi = affordable;
    }
    return searchGas(hi, (gas) => this.simulateAt({ ...req, gasLimit: gas }, tag, overrides), (r) => this.failure(r));
  }

  // ---- logs --------------------------------------------------------------------------------------------

  private logs(f: LogFilter): unknown[] {
    const out: unknown[] = [];
    const scan = (b: EthBlockView | undefined) => {
      if (!b || (b.txs.length === 0 && b.crossvm.length === 0) || !bloomMayMatch(b.bloom, f)) return;
      for (const t of logSources(b)) for (const l of t.logs) if (matchLog(l, f)) out.push(formatLog(l));
      if (out.length > MAX_LOGS) throw new RpcError(-32005, `query returned more than ${MAX_LOGS} results; narrow the block range`);
    };
    if (f.blockHash) {
      const b = this.view.blockByHash(f.blockHash);
      if (!b) throw new RpcError(RpcCodes.Server, `unknown block ${f.blockHash}`);
      scan(b);
      return out;
    }
    const latest = this.node.latestHeight();
    const from = Math.max(0, f.fromBlock!);
    const to = Math.min(latest, f.toBlock!);
    if (to - from + 1 > MAX_LOG_RANGE) throw new RpcError(-32005, `block range too large: at most ${MAX_LOG_RANGE} blocks per query`);
    for (let h = from; h <= to; h++) scan(this.view.block(h));
    return out;
  }

  private installFilter(f: InstalledFilter): string {
    const now = Date.now();
    for (const [id, x] of this.filters) if (now - x.touched > FILTER_TTL_MS) this.uninstallFilter(id);
    const id = quantity(this.nextFilterId++);
    this.filters.set(id, f);
    return id;
  }

  private uninstallFilter(id: string): boolean {
    const f = this.filters.get(id);
    if (f?.listener) this.pendingListeners.delete(f.listener);
    return this.filters.delete(id);
  }

  private filterChanges(id: unknown): unknown[] {
    const f = this.filters.get(String(id));
    if (!f) throw new RpcError(RpcCodes.Server, 'filter not found');
    f.touched = Date.now();
    if (f.kind === 'pendingTxs') return f.queue!.splice(0);
    const latest = this.node.latestHeight();
    const from = f.cursor + 1;
    f.cursor = latest;
    if (from > latest) return [];
    if (f.kind === 'blocks') {
      const out: string[] = [];
      for (let h = from; h <= latest; h++) {
        const b = this.view.block(h);
        if (b) out.push(b.hash);
      }
      return out;
    }
    return this.logs({ ...f.filter!, fromBlock: Math.max(from, f.filter!.fromBlock ?? 0), toBlock: Math.min(latest, f.filter!.toBlock ?? latest) });
  }

  // ---- the method table --------------------------------------------------------------------------------

  private buildMethods(): Record<string, RpcHandler> {
    const node = this.node;
    const keeper = this.keeper;
    const m: Record<string, RpcHandler> = {
      web3_clientVersion: () => CLIENT_VERSION,
      web3_sha3: (p) => data(keccak256(parseData(p[0], 'data'))),
      net_version: () => EVM_CHAIN_ID.toString(),
      net_listening: () => true,
      net_peerCount: () => '0x0',
      eth_chainId: () => quantity(EVM_CHAIN_ID),
      eth_protocolVersion: () => '0x41',
      eth_syncing: () => false,
      eth_mining: () => false,
      eth_hashrate: () => '0x0',
      eth_accounts: () => [],
      eth_coinbase: () => this.view.block(node.latestHeight())?.miner ?? '0x' + '00'.repeat(20),
      eth_blockNumber: () => quantity(node.latestHeight()),
      eth_gasPrice: () => quantity(BigInt(this.params().base_fee_wei)),
      // Tips are not needed for inclusion (the fee collector gets the whole fee either way).
      eth_maxPriorityFeePerGas: () => '0x0',
      eth_baseFee: () => quantity(BigInt(this.params().base_fee_wei)),
      eth_config: () => ethConfig(this.view.block(0)?.hash ?? '0x' + '00'.repeat(32), keeper.executor.registry),
      eth_capabilities: () => {
        const h = node.latestHeight();
        const pruning = startFlag<unknown>(node.flags, 'pruning');
        return ethCapabilities({ head: { number: h, hash: this.view.block(h)?.hash ?? '0x' + '00'.repeat(32) }, pruning: typeof pruning === 'string' ? pruning : undefined, firstProofHeight: this.firstProofHeight() });
      },
      eth_blobBaseFee: () => '0x1',
      eth_feeHistory: (p) => feeHistory(this.view, this.env(), p, (t, n) => this.resolveHeight(t, n)),

      eth_getBalance: (p) => quantity(keeper.getBalance(this.stateContext(p[1] ?? 'latest'), parseAddr(p[0], 'address'))),
      eth_getTransactionCount: (p) => {
        const addr = parseAddr(p[0], 'address');
        if (p[1] === 'pending') {
          const ctx = this.checkState.context(node.latestHeight(), node.latestBlockInfo());
          if (ctx) return quantity(keeper.getNonce(ctx, addr));
        }
        return quantity(keeper.getNonce(this.stateContext(p[1] ?? 'latest'), addr));
      },
      eth_getCode: (p) => data(keeper.getCode(this.stateContext(p[1] ?? 'latest'), parseAddr(p[0], 'address'))),
      eth_getStorageAt: (p) => {
        const slot = parseQuantity(p[1], 'slot');
        const key = Buffer.from(slot.toString(16).padStart(64, '0'), 'hex');
        return data(keeper.getStorage(this.stateContext(p[2] ?? 'latest'), parseAddr(p[0], 'address'), key));
      },
      // geth's batch of eth_getStorageAt: {address: [slot, …]} → {address: [value, …]}, one state for all.
      eth_getStorageValues: (p) => {
        const req = p[0] as Record<string, unknown>;
        const ctx = this.stateContext(p[1] ?? 'latest');
        const out: Record<string, string[]> = {};
        let n = 0;
        for (const [a, slots] of Object.entries(req)) {
          const addr = parseAddr(a, 'address');
          if (!Array.isArray(slots)) throw invalidParams(`invalid storage keys of ${a}: expected an array`);
          if ((n += slots.length) > MAX_STORAGE_VALUES) throw invalidParams(`too many storage keys: at most ${MAX_STORAGE_VALUES} per request`);
          out[a] = slots.map((s) => {
            const key = Buffer.from(parseQuantity(s, 'storage key').toString(16).padStart(64, '0'), 'hex');
            return data(keeper.getStorage(ctx, addr, key));
          });
        }
        return out;
      },
      // The trie keeps every height's nodes (--pruning thins the state's own tree only): any committed block.
      eth_getProof: (p) => {
        const address = parseAddr(p[0], 'address');
        const keys = parseProofStorageKeys(p[1]);
        const h = this.committedHeight(p[2] ?? 'latest');
        const root = this.roots.rootAt(h);
        if (!root) throw new RpcError(RpcCodes.Server, `state root of block ${h} not available: a home keeps state roots from the first block it committed with them (one from before state roots, or restored from a snapshot, starts at its next block)`);
        return getProof(this.roots, root, address, keys);
      },
      eth_call: async (p) => {
        const r = await this.simulateAt(this.parseCall(p[0]), p[1], p[2]);
        if (!r.success) throw this.failure(r);
        return data(r.returnData);
      },
      eth_estimateGas: async (p) => quantity(await this.estimateGas(p[0], p[1], p[2])),
      eth_createAccessList: async (p) => {
        const req = this.parseCall(p[0]);
        const ctx = this.stateContext(p[1] ?? 'latest');
        if (p[2] !== undefined && p[2] !== null) applyStateOverrides(keeper, ctx, p[2]);
        const precompiles = [...Array.from({ length: 10 }, (_, i) => (i + 1).toString(16).padStart(40, '0')), ...keeper.executor.registry.entries().map(([k]) => k)];
        return createAccessList(keeper, ctx, req, precompiles);
      },
      eth_simulateV1: async (p) => {
        const tag = p[1] ?? 'latest';
        const h = tag === 'pending' ? node.latestHeight() : this.committedHeight(tag);
        const b = this.view.block(h);
        if (!b) throw new RpcError(RpcCodes.Server, `block ${h} not found`);
        const env = this.env();
        const base = { number: b.number, hash: b.hash, timestamp: b.timestamp, miner: b.miner, stateRoot: b.stateRoot, gasLimit: env.gasLimit, baseFee: env.baseFee, chainId: node.latestBlockInfo().chainId, gasCap: this.gasCap };
        return simulateV1(keeper, this.stateContext(h), base, p[0]);
      },
      eth_fillTransaction: async (p) => {
        const { tx } = await fillTransaction(p[0], (m, params) => this.call(m, params));
        const json = tx.toJSON() as Record<string, unknown>;
        const filled: Record<string, unknown> = { type: quantity(tx.type), nonce: json.nonce, to: json.to ?? null, gas: json.gasLimit, value: json.value, input: json.data };
        if (tx.type === 2) Object.assign(filled, { maxFeePerGas: json.maxFeePerGas, maxPriorityFeePerGas: json.maxPriorityFeePerGas, gasPrice: json.maxFeePerGas });
        else filled.gasPrice = json.gasPrice;
        if (tx.type !== 0) Object.assign(filled, { accessList: json.accessList, chainId: quantity(EVM_CHAIN_ID) });
        else filled.chainId = quantity(EVM_CHAIN_ID);
        return { raw: data(tx.serialize()), tx: filled };
      },

      eth_sendRawTransaction: async (p) => {
        const raw = parseData(p[0], 'transaction');
        // Under automine each tx is a block of its own and its sender waits for it: the sender is recovered here
        // and now rather than after a hop to the worker (issue 17's single-tx latency).
        const automine = this.automining();
        // Interval mining: the worker's answer, or — when it gave none (a lone request while it is idle, a dead
        // worker) — the same routine here, cheaper than ethereumjs' re-serialisation of the signing payload.
        const rec = automine ? this.senders.recoverHere(raw) : ((await this.senders.recover(raw)) ?? this.senders.recoverHere(raw));
        const e = decodeEthTx(raw, rec);
        if (e.unprotected && !this.policy.allowUnprotectedTxs) {
          throw new RpcError(RpcCodes.Server, 'only replay-protected (EIP-155) transactions allowed over RPC');
        }
        // Automine answers once the tx is mined, as anvil's and Hardhat's automine do: the receipt is there at the
        // first poll, instead of polls racing the block for the one thread. (Waiting from before the broadcast: the
        // block may commit before this continuation runs again.)
        const mined = this.hearsBlocks && automine ? this.waitMined(e.hashHex) : undefined;
        let r;
        try {
          r = await node.broadcastTx(raw);
        } catch (err) {
          mined?.cancel();
          throw err;
        }
        if (r.code !== 0) {
          mined?.cancel();
          if (r.codespace === 'sdk' && r.code === 19) throw new RpcError(RpcCodes.Server, 'already known');
          throw new RpcError(RpcCodes.Server, r.log);
        }
        this.pending.set(e.hashHex, { tx: e.tx, from: e.sender.toString() });
        if (this.pending.size > 100_000) this.pending.delete(this.pending.keys().next().value!);
        for (const l of this.pendingListeners) l(e.hashHex, () => formatTx(e.tx, e.hashHex, e.sender.toString()));
        await mined?.done;
        return e.hashHex;
      },
      eth_getTransactionByHash: (p) => {
        const hash = parseHash(p[0], 'hash');
        const found = this.view.tx(hash);
        if (found) return formatMinedTx(found.block, found.tx);
        const pend = this.pending.get(hash);
        return pend ? formatTx(pend.tx, hash, pend.from) : null;
      },
      eth_getTransactionReceipt: (p) => {
        const hash = parseHash(p[0], 'hash');
        const found = this.view.tx(hash);
        if (found) return formatReceipt(found.block, found.tx);
        // A cross-VM run of EVM code has a receipt (its logs' transactionHash) but no transaction.
        const run = this.view.crossVmRun(hash);
        return run ? formatCrossVmReceipt(run.block, run.run) : null;
      },
      eth_getBlockByNumber: (p) => {
        const b = this.view.block(this.resolveHeight(p[0]));
        return b ? formatBlock(b, this.env(), Boolean(p[1])) : null;
      },
      eth_getBlockByHash: (p) => {
        const b = this.view.blockByHash(parseHash(p[0], 'hash'));
        return b ? formatBlock(b, this.env(), Boolean(p[1])) : null;
      },
      eth_getBlockReceipts: (p) => {
        const b = typeof p[0] === 'string' && p[0].length === 66 ? this.view.blockByHash(parseHash(p[0], 'hash')) : this.view.block(this.resolveHeight(p[0]));
        return b ? [...b.txs.map((t) => formatReceipt(b, t)), ...b.crossvm.map((r) => formatCrossVmReceipt(b, r))] : null;
      },
      eth_getBlockTransactionCountByNumber: (p) => {
        const b = this.view.block(this.resolveHeight(p[0]));
        return b ? quantity(b.txs.length) : null;
      },
      eth_getBlockTransactionCountByHash: (p) => {
        const b = this.view.blockByHash(parseHash(p[0], 'hash'));
        return b ? quantity(b.txs.length) : null;
      },
      eth_getTransactionByBlockNumberAndIndex: (p) => {
        const b = this.view.block(this.resolveHeight(p[0]));
        const t = b?.txs[Number(parseQuantity(p[1], 'index'))];
        return b && t ? formatMinedTx(b, t) : null;
      },
      eth_getTransactionByBlockHashAndIndex: (p) => {
        const b = this.view.blockByHash(parseHash(p[0], 'hash'));
        const t = b?.txs[Number(parseQuantity(p[1], 'index'))];
        return b && t ? formatMinedTx(b, t) : null;
      },
      eth_getBlockAccessList: async (p) => {
        const b = typeof p[0] === 'string' && p[0].length === 66 ? this.view.blockByHash(parseHash(p[0], 'hash')) : this.view.block(this.resolveHeight(p[0]));
        return b ? blockAccessList(node, b) : null;
      },
      eth_getUncleCountByBlockNumber: () => '0x0',
      eth_getUncleCountByBlockHash: () => '0x0',
      eth_getLogs: (p) => this.logs(parseLogFilter(p[0], (t, n) => this.resolveHeight(t, n))),

      eth_newFilter: (p) => {
        const filter = parseLogFilter(p[0], (t, n) => this.resolveHeight(t, n), false);
        const o = (p[0] ?? {}) as Record<string, unknown>;
        if (o.fromBlock !== undefined && o.fromBlock !== 'latest' && o.fromBlock !== 'pending') filter.fromBlock = this.resolveHeight(o.fromBlock, 'fromBlock');
        if (o.toBlock !== undefined && o.toBlock !== 'latest' && o.toBlock !== 'pending') filter.toBlock = this.resolveHeight(o.toBlock, 'toBlock');
        const cursor = filter.fromBlock !== undefined ? filter.fromBlock - 1 : node.latestHeight();
        return this.installFilter({ kind: 'logs', filter, cursor, touched: Date.now() });
      },
      eth_newPendingTransactionFilter: (p) => {
        const f: InstalledFilter = { kind: 'pendingTxs', queue: [], fullTx: p[0] === true, cursor: 0, touched: Date.now() };
        f.listener = (hash, tx) => {
          if (f.queue!.length < MAX_LOGS) f.queue!.push(f.fullTx ? tx() : hash);
        };
        this.pendingListeners.add(f.listener);
        return this.installFilter(f);
      },
      eth_newBlockFilter: () => this.installFilter({ kind: 'blocks', cursor: node.latestHeight(), touched: Date.now() }),
      eth_getFilterChanges: (p) => this.filterChanges(p[0]),
      eth_getFilterLogs: (p) => {
        const f = this.filters.get(String(p[0]));
        if (!f || f.kind !== 'logs') throw new RpcError(RpcCodes.Server, 'filter not found');
        return this.logs({ ...f.filter!, fromBlock: f.filter!.fromBlock ?? node.latestHeight(), toBlock: f.filter!.toBlock ?? node.latestHeight() });
      },
      eth_uninstallFilter: (p) => this.uninstallFilter(String(p[0])),

      // Devnet control, as anvil and Hardhat spell it.
      // Mining yields to the event loop between blocks (producer.ts), so the node answers RPC meanwhile.
      evm_mine: async (p) => {
        const { blocks } = this.dev.parseEvmMine(p);
        if (blocks > 0) await node.mine(blocks);
        return '0x0';
      },
      ...debugTraceMethods({ node, keeper, view: this.view, parseCall: (o) => this.parseCall(o), stateContext: (t) => this.stateContext(t), resolveHeight: (t, n) => this.resolveHeight(t, n) }),
    };
    Object.assign(m, anvilMethods(this, this.dev), devMethods(node, DEV_PARAM_NAMES));
    m.hardhat_mine = m.anvil_mine!;
    return m;
  }

  /** Dispatch one call; unknown methods and bad params become JSON-RPC errors. */
  async call(method: string, params: unknown): Promise<unknown> {
    const h = this.methods[method];
    if (!h) throw new RpcError(RpcCodes.MethodNotFound, `the method ${method} does not exist/is not available`);
    if (params !== undefined && !Array.isArray(params)) throw invalidParams('params must be an array');
    const list = (params as unknown[] | undefined) ?? [];
    checkSpecParams(method, list);
    try {
      return await h(list);
    } catch (e) {
      throw toRpcError(e);
    }
  }
}
