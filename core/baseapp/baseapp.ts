import { TxMsgData } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci';
import { toHex } from '@cosmjs/encoding';
import type { AnteHandler } from './ante.ts';
import { BlockStore } from '../blockstore/block-store.ts';
import { breathe } from '../types/breathe.ts';
import { type ConsensusParams, consensusParamsOf, DEFAULT_CONSENSUS_PARAMS, type Genesis } from '../types/consensus.ts';
import { type BlockInfo, Context, type ExecMode } from '../types/context.ts';
import { AppError, ErrOutOfGas, ErrTxDecode, ErrUnknownRequest, toAppError } from '../types/errors.ts';
import { type AbciEvent, event } from '../types/events.ts';
import { GasMeter, infiniteGasMeter } from '../types/gas.ts';
import type { CheckResult, Module, MsgDef, QueryHandler, RawTxHandler, TxExecResult } from '../types/module.ts';
import type { BlockResults, StoredBlock, StoredTx, StoredTxResult } from '../types/node-api.ts';
import { CommitmentProof } from 'cosmjs-types/cosmos/ics23/v1/proofs';
import { CacheStore } from '../store/cache-store.ts';
import { ChangesView } from '../store/changes-view.ts';
import { checkDerivedRowKey, NodeDerivedRows } from '../store/derived-rows.ts';
import { GenesisStore } from '../store/genesis-store.ts';
import { PROOF_OP_TYPE } from '../store/tree/proof.ts';
import { CommitStore, HistoricalStateError, type PreparedState, type Pruning } from '../store/commit-store.ts';
import type { NodeDB } from '../store/node-db.ts';
import { MAX_TX_BYTES, checkTxSize, decodeCosmosTx, txHash, type DecodedTx } from './tx-decoder.ts';

export type { Genesis } from '../types/consensus.ts';


/** A block the producer (or CometBFT) hands to FinalizeBlock. */
export interface ProposedBlock {
  height: number;
  timeMs: number;
  proposer: string;
  txs: Uint8Array[];
  hash: string;
  header: StoredBlock;
}

export interface FinalizeResult {
  txResults: TxExecResult[];
  events: AbciEvent[];
  /** The app hash this block produces (CometBFT v0.38 wants it in the FinalizeBlock response). */
  appHash: Uint8Array;
}

/** The state cache's default size (`--cache-size`, MiB). */
export const DEFAULT_CACHE_MIB = 64;

export interface CheckTxResult extends CheckResult {
  code: number;
  codespace: string;
  log: string;
  hash: string;
}

export interface QueryResult {
  code: number;
  codespace: string;
  log: string;
  value: Uint8Array;
  height: number;
  /** Raw store queries (`/store/…/key`): the key, and with prove an ICS-23 proof against that height's app hash. */
  key?: Uint8Array;
  proofOps?: Array<{ type: string; key: Uint8Array; data: Uint8Array }>;
}

/**
 * The ABCI application: Info, InitChain, CheckTx, FinalizeBlock, Commit, Query, plus Simulate.
 * State lives in a CommitStore on LevelDB (versioned by height, its root the app hash); a block runs in a
 * CacheStore whose changes Commit writes in one batch with the block, its results and its indexes.
 */
export class BaseApp {
  state: CommitStore;
  lastHeight = 0;
  lastAppHash: Uint8Array;
  lastBlockHash = '';
  chainId = '';
  /** InitChain moves its writes out of memory once this many are buffered (a big genesis). */
  genesisBranchLimit = 100_000;
  private checkStore: CacheStore;
  private readonly msgRouter = new Map<string, MsgDef>();
  private readonly msgModule = new Map<string, string>();
  private readonly queryRouter = new Map<string, QueryHandler>();
  private readonly rawHandlers: RawTxHandler[] = [];
  /** The last CheckTx in line: each runs its ante handler after the one before it. */
  private checkTail: Promise<unknown> = Promise.resolve();
  private pending?: { block: ProposedBlock; results: TxExecResult[]; events: AbciEvent[]; index: Map<string, Uint8Array>; prepared: PreparedState; store: CacheStore };
  /** The block CheckTx runs as while a commit's batch is still being written (see commitStore). */
  private checkBlock?: { height: number; timeMs: number };
  lastBlockTimeMs = 0;
  /**
   * Devnet state changes (anvil_setBalance, anvil_setCode …) for the next block, applied at its start before
   * BeginBlock: the embedded producer's node queues them and mines that block, so they commit as a block.
   */
  private devChanges: Array<(ctx: Context) => void | Promise<void>> = [];
  /** From the genesis; read by modules through ctx.block.maxGas. */
  consensus: ConsensusParams = DEFAULT_CONSENSUS_PARAMS;

  readonly blocks: BlockStore;
  /** The modules' derived rows (`e/…`: Module.commitRows), outside the app hash. */
  readonly derived: NodeDerivedRows;
  /**
   * CheckTx's size limit (`--mempool.max-tx-bytes`; CometBFT's mempool max_tx_bytes). Node config, so it never
   * applies to a block's txs: those meet the decoder's fixed MAX_TX_BYTES, the same on every validator.
   */
  maxTxBytes = MAX_TX_BYTES;

  constructor(
    readonly db: NodeDB,
    readonly modules: Module[],
    private readonly ante: AnteHandler,
  ) {
    this.blocks = new BlockStore(db);
    this.derived = new NodeDerivedRows(db);
    this.state = new CommitStore(db, { cacheBytes: DEFAULT_CACHE_MIB << 20, pruning: { kind: 'nothing' } });
    this.lastAppHash = this.state.rootHash;
    this.checkStore = new CacheStore(this.state);
    const aminoNames = new Set<string>();
    for (const m of modules) {
      for (const def of m.msgs ?? []) {
        if (this.msgRouter.has(def.typeUrl)) throw new Error(`message ${def.typeUrl} registered twice`);
        // An amino name picks the message in a StdSignDoc: two messages under one name would sign alike.
        if (def.amino && aminoNames.has(def.amino.aminoType)) throw new Error(`amino name ${def.amino.aminoType} registered twice`);
        if (def.amino) aminoNames.add(def.amino.aminoType);
        this.msgRouter.set(def.typeUrl, def);
        this.msgModule.set(def.typeUrl, m.name);
      }
      for (const [path, h] of Object.entries(m.queries ?? {})) this.queryRouter.set(path, h);
      this.rawHandlers.push(...(m.rawTxHandlers ?? []));
    }
  }

  get router(): ReadonlyMap<string, MsgDef> {
    return this.msgRouter;
  }

  /** The state's cache size and pruning (`--cache-size`, `--pruning`): set before load. */
  configureStore(opts: { cacheBytes: number; pruning: Pruning }): void {
    this.state = new CommitStore(this.db, opts);
    this.checkStore = new CacheStore(this.state);
  }

  /** Loads the last commit (the ABCI Info handshake). Returns false on a fresh database. Reads no state. */
  async load(): Promise<boolean> {
    const meta = this.blocks.lastCommit();
    if (!meta) return false;
    this.state.load(meta.height);
    this.checkStore = new CacheStore(this.state);
    this.lastHeight = meta.height;
    this.lastAppHash = Buffer.from(meta.appHash, 'hex');
    this.lastBlockHash = meta.lastBlockHash;
    const genesis = this.blocks.genesisHead();
    this.chainId = genesis?.chain_id ?? '';
    if (genesis) this.consensus = consensusParamsOf(genesis);
    const last = this.blocks.block(meta.height);
    this.lastBlockTimeMs = last?.timeMs ?? 0;
    return true;
  }

  info() {
    return { lastBlockHeight: this.lastHeight, lastBlockAppHash: this.lastAppHash };
  }

  blockInfo(height = this.lastHeight, timeMs = this.lastBlockTimeMs, proposer = ''): BlockInfo {
    return { height, timeMs, chainId: this.chainId, proposer, maxGas: this.consensus.maxGas, maxTxGas: this.consensus.maxTxGas };
  }

  /** InitChain: every module's genesis, in module order, committed as height 0. */
  /**
   * `consume`: the caller will not read `genesis` again, so the modules' long lists are emptied as they are read
   * (a million parsed accounts would otherwise stay live, and weigh on every garbage collection, to the end).
   */
  async initChain(genesis: Genesis, opts: { consume?: boolean } = {}): Promise<void> {
    if (this.blocks.lastCommit()) throw new Error(`InitChain: the chain is already initialised (height ${this.lastHeight})`);
    await this.db.clear(); // rows of an InitChain a crash interrupted (nothing is committed before its commit row)
    this.chainId = genesis.chain_id;
    this.consensus = consensusParamsOf(genesis);
    const genesisRows = this.blocks.genesisRows(genesis); // before the modules read (and maybe empty) its lists
    const store = new GenesisStore(this.state, (changes) => this.spillGenesis(changes), this.genesisBranchLimit, opts.consume);
    const timeMs = Date.parse(genesis.genesis_time);
    const ctx = new Context(store, infiniteGasMeter(), this.blockInfo(0, timeMs), 'deliver');
    for (const m of this.modules) {
      if (!m.initGenesis) continue;
      const st = genesis.app_state[m.name] ?? m.defaultGenesis?.();
      if (st !== undefined) await m.initGenesis(ctx, st);
    }
    this.lastBlockTimeMs = timeMs;
    await this.commitStore(0, genesisRows, '', await this.state.prepareLarge(store.changes(), 0), undefined);
  }

  /** A big genesis's writes so far, out of memory: the tree's rows and the modules' derived rows, one batch. */
  private async spillGenesis(changes: Array<[string, Uint8Array | null]>): Promise<void> {
    const extra = await this.derivedRows(changes, 0, { ahead: true });
    await this.state.spill(changes, 0, extra);
  }

  /** The modules' derived rows for `changes` over the committed store (Module.commitRows), each key checked. */
  private async derivedRows(changes: Array<[string, Uint8Array | null]>, height: number, opts?: { ahead?: boolean }): Promise<Array<[string, Uint8Array]>> {
    const out: Array<[string, Uint8Array]> = [];
    if (!this.modules.some((m) => m.commitRows)) return out;
    // The state after the changes: prefix scans stay cheap however big the change set.
    const after = new ChangesView(this.state, changes);
    for (const m of this.modules) {
      if (!m.commitRows) continue;
      const rows = await m.commitRows(changes, after, height, this.derived, opts);
      for (const [k] of rows) checkDerivedRowKey(k);
      out.push(...rows);
    }
    return out;
  }

  // ---- CheckTx ---------------------------------------------------------------------------------------

  /**
   * CheckTx. Signatures are verified on the worker thread while earlier txs are still being checked; the
   * ante handlers themselves run one at a time in arrival order (as CometBFT's mempool calls CheckTx), so an
   * account's txs are admitted in the order they came.
   */
  checkTx(bytes: Uint8Array): Promise<CheckTxResult> {
    const pre = this.preverify(bytes);
    const run = (pre.verified ? Promise.all([this.checkTail, pre.verified]) : this.checkTail).then(() => this.recheckTx(bytes, pre.tx));
    this.checkTail = run;
    return run;
  }

  /**
   * Holds CheckTx's ante handlers (not their signature checks) until the returned release is called. The
   * producer holds them from FinalizeBlock to the end of Commit's recheck, as CometBFT locks its mempool during
   * Commit: a tx arriving meanwhile is checked once, against the new state, instead of once before and once
   * again at the recheck.
   */
  holdCheckTx(): () => void {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    this.checkTail = Promise.all([this.checkTail, gate]);
    return release;
  }

  /** Lets the ante handler start its off-thread work (signatures) as the tx arrives. */
  private preverify(bytes: Uint8Array): { tx?: DecodedTx; verified?: Promise<unknown> } {
    let tx: DecodedTx;
    try {
      checkTxSize(bytes, this.maxTxBytes);
      if (this.rawHandlerFor(bytes)) return {};
      tx = this.decode(bytes);
    } catch {
      return {}; // recheckTx reports the decode error
    }
    const ctx = new Context(this.checkStore, infiniteGasMeter(), this.checkInfo(), 'check');
    return { tx, verified: this.ante.preverify?.(ctx, tx) };
  }

  /** CheckTx against the check state now, synchronously (also the recheck of mempool leftovers after a commit). */
  recheckTx(bytes: Uint8Array, decoded?: DecodedTx): CheckTxResult {
    const hash = txHash(bytes);
    const store = new CacheStore(this.checkStore);
    try {
      checkTxSize(bytes, this.maxTxBytes); // before any VM's decoder sees the bytes (Ethereum and Solana raw txs too)
      const raw = this.rawHandlerFor(bytes);
      if (raw) {
        const ctx = new Context(store, infiniteGasMeter(), this.checkInfo(), 'check', new Map(), { hash, index: 0 });
        const r = raw.checkTx(ctx, bytes);
        store.write();
        return { code: 0, codespace: '', log: '', hash, ...r };
      }
      const tx = decoded ?? this.decode(bytes);
      const gasLimit = tx.authInfo.fee?.gasLimit ?? 0n;
      const ctx = new Context(store, new GasMeter(gasLimit), this.checkInfo(), 'check', new Map(), { hash, index: 0 });
      this.ante.run(ctx, tx, false);
      store.write();
      return { code: 0, codespace: '', log: '', hash, gasWanted: gasLimit };
    } catch (e) {
      // A rejected tx will not be delivered: the ante handler forgets what it kept for it.
      const tx = decoded ?? this.decoded.get(bytes);
      if (tx) this.ante.forget?.(tx);
      const err = toAppError(e);
      return { code: err.code, codespace: err.codespace, log: err.message, hash, gasWanted: 0n };
    }
  }

  /** CheckTx runs as the block after the last one whose state it sees. */
  private checkInfo(): BlockInfo {
    return this.checkBlock ? this.blockInfo(this.checkBlock.height, this.checkBlock.timeMs) : this.blockInfo(this.lastHeight + 1);
  }

  private rawHandlerFor(bytes: Uint8Array): RawTxHandler | undefined {
    if (bytes.length > 0 && bytes[0] === 0x0a) return undefined; // protobuf TxRaw field 1
    const h = this.rawHandlers.find((r) => r.claims(bytes));
    if (!h) throw ErrTxDecode('unrecognised transaction encoding');
    return h;
  }

  // A tx decoded at CheckTx is the same bytes object at recheck and in FinalizeBlock: decode it once
  // (read-only afterwards; a failed decode is not kept).
  private readonly decoded = new WeakMap<Uint8Array, DecodedTx>();
  private decode(bytes: Uint8Array): DecodedTx {
    let tx = this.decoded.get(bytes);
    if (!tx) {
      tx = decodeCosmosTx(bytes, this.msgRouter);
      this.decoded.set(bytes, tx);
    }
    return tx;
  }

  // ---- FinalizeBlock ------------------------------------------------------------------------------------

  async finalizeBlock(block: ProposedBlock): Promise<FinalizeResult> {
    if (block.height !== this.lastHeight + 1) throw new Error(`finalize height ${block.height} after ${this.lastHeight}`);
    const store = new CacheStore(this.state);
    const index = new Map<string, Uint8Array>();
    const info: BlockInfo = { ...this.blockInfo(block.height, block.timeMs, block.proposer), lastBlockHash: block.header.lastBlockHash };
    const blockEvents: AbciEvent[] = [];
    const beginCtx = new Context(store, infiniteGasMeter(), info, 'deliver', index);
    // A replayed devnet block: what its devnet controls wrote and named, as recorded.
    this.applyDevRecord(store, block.header);
    if (!block.header.dev && this.devChanges.length > 0) {
      // The controls run on a branch whose writes are recorded in the block (its header is what the store keeps).
      const branch = new CacheStore(store);
      const devCtx = new Context(branch, infiniteGasMeter(), info, 'deliver', index);
      for (const change of this.devChanges.splice(0)) await change(devCtx);
      block.header.dev = branch.changes().map(([k, v]) => [k, v === null ? null : Buffer.from(v).toString('base64')]);
      branch.write();
    }
    if (!block.header.devRecords) {
      for (const m of this.modules) {
        const r = m.devRecord?.(block.txs);
        if (r !== undefined) (block.header.devRecords ??= {})[m.name] = r;
      }
    }
    for (const m of this.modules) if (m.beginBlock) await m.beginBlock(beginCtx);
    blockEvents.push(...beginCtx.events.map((e) => withMode(e, 'BeginBlock')));

    const results: TxExecResult[] = [];
    for (let i = 0; i < block.txs.length; i++) {
      const bytes = block.txs[i]!;
      results.push(await this.deliverTx(store, info, bytes, i, index, 'deliver'));
      await breathe();
    }

    const endCtx = new Context(store, infiniteGasMeter(), info, 'deliver', index);
    for (const m of this.modules) if (m.endBlock) await m.endBlock(endCtx);
    blockEvents.push(...endCtx.events.map((e) => withMode(e, 'EndBlock')));
    // The block's last steps (the end blockers' tail, the tree's hashing, the commit's rows and batch) each take
    // a turn of their own, so together they do not hold the RPC for longer than one of them (issue 17).
    await breathe();
    // Nothing writes to the block store after the end blockers, so its app hash is known now.
    const changes = store.changes();
    await breathe();
    const prepared = await this.state.prepareBlock(changes, block.height);
    this.pending = { block, results, events: blockEvents, index, prepared, store };
    await breathe();
    return { txResults: results, events: blockEvents, appHash: prepared.appHash };
  }

  /** Runs one tx on `parent` (a block store or a simulation branch); writes reach parent per SDK rules. */
  private async deliverTx(parent: CacheStore, info: BlockInfo, bytes: Uint8Array, index: number, idx: Map<string, Uint8Array>, mode: ExecMode): Promise<TxExecResult> {
    const hash = txHash(bytes);
    const txStore = new CacheStore(parent);
    let raw: RawTxHandler | undefined;
    try {
      raw = this.rawHandlerFor(bytes);
    } catch (e) {
      return failure(toAppError(e), 0n, 0n, []);
    }
    if (raw) {
      const ctx = new Context(txStore, infiniteGasMeter(), info, mode, idx, { hash, index });
      try {
        const r = await raw.deliverTx(ctx, bytes);
        txStore.write();
        return r;
      } catch (e) {
        return failure(toAppError(e), 0n, 0n, []);
      }
    }
    let tx: DecodedTx;
    try {
      tx = this.decode(bytes);
    } catch (e) {
      return failure(toAppError(e), 0n, 0n, []);
    }
    const simulate = mode === 'simulate';
    // A simulation runs to the most gas a real tx may ask for (max_tx_gas when set), not to the block's limit.
    const txCap = this.consensus.maxTxGas ?? 0n;
    const gasLimit = simulate ? (txCap > 0n && txCap < this.consensus.maxGas ? txCap : this.consensus.maxGas) : tx.authInfo.fee?.gasLimit ?? 0n;
    const meter = new GasMeter(gasLimit);
    const ctx = new Context(txStore, meter, info, mode, idx, { hash, index });
    try {
      this.ante.run(ctx, tx, simulate);
    } catch (e) {
      return failure(toAppError(e), gasLimit, meter.consumed, []);
    }
    this.ante.forget?.(tx);
    txStore.write(); // fee and sequence stand whatever the messages do
    const anteEvents = ctx.events;
    const { ctx: msgCtx, commit } = ctx.branch();
    const responses = [];
    try {
      for (const { def, msg } of tx.msgs) {
        msgCtx.emit(event('message', { action: def.typeUrl, sender: tx.signers[0]!, module: this.msgModule.get(def.typeUrl)! }));
        responses.push(await def.handle(msgCtx, msg));
      }
      if (meter.isPastLimit()) throw ErrOutOfGas(`out of gas; gasWanted: ${gasLimit}, gasUsed: ${meter.consumed}`);
    } catch (e) {
      return failure(toAppError(e), gasLimit, meter.consumed, anteEvents);
    }
    commit();
    txStore.write();
    const data = TxMsgData.encode({ data: [], msgResponses: responses.map((r) => ({ typeUrl: r.typeUrl, value: r.value })) }).finish();
    return { code: 0, codespace: '', log: '', data, gasWanted: gasLimit, gasUsed: meter.consumed, events: ctx.events };
  }

  // ---- Commit -------------------------------------------------------------------------------------------

  /** `afterReset` runs as soon as the check state is reset to the new commit, before any queued CheckTx. */
  async commit(afterReset?: () => void): Promise<{ appHash: Uint8Array; block: StoredBlock; results: BlockResults; txs: StoredTx[] }> {
    const p = this.pending;
    if (!p) throw new Error('commit without finalize');
    this.pending = undefined;
    const block = p.block.header;
    block.resultAppHash = toHex(p.prepared.appHash).toUpperCase();
    const storedResults = p.results.map(storeResult);
    // The header already holds each tx's base64 (proposeBlock, the ABCI handler): not encoded a second time.
    const txs: StoredTx[] = p.block.txs.map((bytes, i) => ({ hash: txHash(bytes), height: block.height, index: i, tx: block.txs[i] ?? Buffer.from(bytes).toString('base64'), result: storedResults[i]! }));
    const results: BlockResults = { height: block.height, txResults: storedResults, finalizeBlockEvents: p.events, appHash: block.resultAppHash };
    const appHash = await this.commitStore(block.height, this.blocks.blockRows(block, results, txs, p.index), block.hash, p.prepared, afterReset, { store: p.store, timeMs: block.timeMs });
    this.lastBlockTimeMs = block.timeMs;
    return { appHash, block, results, txs };
  }

  private async commitStore(
    height: number,
    extra: Array<[string, Uint8Array]>,
    blockHash: string,
    prepared: PreparedState,
    afterReset: (() => void) | undefined,
    finalized?: { store: CacheStore; timeMs: number },
  ): Promise<Uint8Array> {
    const { appHash, dels } = prepared;
    await breathe();
    const puts = [...prepared.puts, ...(await this.derivedRows(prepared.changes, height))];
    await breathe();
    puts.push(...extra, this.blocks.commitRow({ height, appHash: toHex(appHash), lastBlockHash: blockHash }));
    if (finalized) {
      // CheckTx moves on before the batch is durable: its state is the block's writes over the last commit
      // (the state after the block, exactly), so it runs while LevelDB writes instead of waiting on the fsync.
      // Nothing writes to the finalized block's store any more; after publish it only repeats the state.
      this.checkStore = new CacheStore(finalized.store);
      this.checkBlock = { height: height + 1, timeMs: finalized.timeMs };
      afterReset?.();
    }
    // Only after the batch is durable does memory move on, and readers see the block and its state together.
    await this.db.write(puts, dels, () => {
      this.state.publish(prepared);
      this.lastHeight = height;
      this.lastAppHash = appHash;
      this.lastBlockHash = blockHash;
      this.checkBlock = undefined;
      if (!finalized) this.checkStore = new CacheStore(this.state);
    });
    if (!finalized) afterReset?.();
    return appHash;
  }

  /**
   * Takes the node back to `height`: the state as it was after that block, the blocks above it and their
   * rows and indexes gone, in one atomic batch (a crash leaves either the old head or the new one).
   */
  async rollback(height: number): Promise<void> {
    if (!Number.isSafeInteger(height) || height < 0 || height >= this.lastHeight) {
      throw new Error(`cannot roll back to height ${height}: the last block is ${this.lastHeight}`);
    }
    const ops = await this.state.rewindOps(height);
    const dels = [...ops.dels];
    for (let h = height + 1; h <= this.lastHeight; h++) dels.push(...this.blocks.blockRowKeys(h));
    for (const m of this.modules) {
      if (!m.rollbackRows) continue;
      const keys = await m.rollbackRows(height, this.derived);
      for (const k of keys) checkDerivedRowKey(k);
      dels.push(...keys);
    }
    const appHash = this.state.rootHashAt(height);
    const block = this.blocks.block(height);
    const puts = [...ops.puts, this.blocks.commitRow({ height, appHash: toHex(appHash), lastBlockHash: block?.hash ?? '' })];
    await this.db.write(puts, dels, () => {
      this.state.rewound(height);
      this.lastHeight = height;
      this.lastAppHash = appHash;
      this.lastBlockHash = block?.hash ?? '';
      this.lastBlockTimeMs = block?.timeMs ?? this.lastBlockTimeMs;
      this.checkStore = new CacheStore(this.state);
    });
  }

  /**
   * After a state-sync snapshot of `height` was imported into the empty store: the block store's rows for it
   * (no blocks below: a synced node starts there), the modules' derived rows rebuilt from the state, then the
   * height loaded as the last commit, as if the node had committed it.
   */
  async restored(height: number, appHash: Uint8Array, blockHash: string, genesis: Genesis): Promise<void> {
    this.state.load(height);
    // No derived rows below the height: each module rebuilds its own from the state (x/evm: the whole trie).
    await this.db.write(await this.derivedRows([], height), []);
    await this.db.write([...this.blocks.genesisRows(genesis), this.blocks.commitRow({ height, appHash: toHex(appHash), lastBlockHash: blockHash })], []);
    if (!(await this.load())) throw new Error('state sync: the restored height did not load');
  }

  /** CheckTx's state back to the last commit (the mempool is then re-checked from scratch: anvil_dropTransaction). */
  resetCheckState(): void {
    this.checkStore = new CacheStore(this.state);
  }

  /** Queues a devnet state change for the next block (see devChanges); the caller mines that block. */
  queueDevChange(change: (ctx: Context) => void | Promise<void>): void {
    this.devChanges.push(change);
  }

  /** Stops the ante handler's workers. */
  close(): void {
    void this.ante.close?.();
  }

  /** Drops a finalized-but-uncommitted block (shutdown mid-block): nothing of it was written. */
  abandon(): void {
    this.pending = undefined;
  }

  /**
   * The SDK's raw store query: `/store/<module>/key` reads key `<module>/<data>` (`/store/main/key`: `data` is the
   * whole key), at a kept height; with prove, an ICS-23 proof (membership or absence) against its app hash.
   */
  private queryStore(store: string, data: Uint8Array, height: number, prove: boolean): QueryResult {
    const key = (store === 'main' ? '' : `${store}/`) + Buffer.from(data).toString('utf8');
    try {
      const value = this.state.at(height).get(key) ?? new Uint8Array();
      const keyBytes = new Uint8Array(Buffer.from(key, 'utf8'));
      const proofOps = prove ? [{ type: PROOF_OP_TYPE, key: keyBytes, data: CommitmentProof.encode(this.state.prove(key, height)).finish() }] : undefined;
      return { code: 0, codespace: '', log: '', value, height, key: keyBytes, proofOps };
    } catch (e) {
      if (!(e instanceof HistoricalStateError)) throw e;
      return { code: 18, codespace: 'sdk', log: `${e.message}: invalid request`, value: new Uint8Array(), height };
    }
  }

  // ---- Query & Simulate ----------------------------------------------------------------------------------

  /** A read-only context over the state at `height` (default: the latest); HistoricalStateError if not kept. */
  queryContext(height?: number): Context {
    if (height === undefined || height === this.lastHeight) return Context.forQuery(this.state, this.blockInfo());
    return Context.forQuery(this.state.at(height), this.pastBlockInfo(height));
  }

  /** A throwaway branch for simulation: on the latest state as the next block, or on the state after `height`. */
  simulateContext(gasLimit: bigint, height?: number): Context {
    if (height === undefined || height === this.lastHeight) {
      return new Context(new CacheStore(this.state), new GasMeter(gasLimit), this.blockInfo(this.lastHeight + 1, this.lastBlockTimeMs), 'simulate');
    }
    return new Context(new CacheStore(this.state.at(height)), new GasMeter(gasLimit), this.pastBlockInfo(height), 'simulate');
  }

  private pastBlockInfo(height: number): BlockInfo {
    const b = this.blocks.block(height);
    return this.blockInfo(height, b?.timeMs ?? this.lastBlockTimeMs, b?.proposer ?? '');
  }

  async query(path: string, data: Uint8Array, height = 0, prove = false): Promise<QueryResult> {
    const h = height === 0 ? Math.max(this.lastHeight, 1) : height;
    let ctx: Context;
    try {
      ctx = this.queryContext(height === 0 ? undefined : height);
    } catch (e) {
      if (!(e instanceof HistoricalStateError)) throw e;
      return { code: 18, codespace: 'sdk', log: `${e.message}: invalid request`, value: new Uint8Array(), height: h };
    }
    const raw = /^\/store\/([a-z0-9_]+)\/key$/.exec(path);
    if (raw) return this.queryStore(raw[1]!, data, height === 0 ? this.lastHeight : height, prove);
    const handler = this.queryRouter.get(path);
    if (!handler) {
      const err = ErrUnknownRequest(`no query handler for path ${path}`);
      return { code: err.code, codespace: err.codespace, log: err.message, value: new Uint8Array(), height: h };
    }
    try {
      const value = await handler(ctx, data);
      return { code: 0, codespace: '', log: '', value, height: h };
    } catch (e) {
      const err = toAppError(e);
      return { code: err.code, codespace: err.codespace, log: err.message, value: new Uint8Array(), height: h };
    }
  }

  /**
   * Re-runs committed block `height` on a throwaway branch of the state after the block before it: BeginBlock,
   * then its txs 0..lastTx as FinalizeBlock ran them (debug_traceTransaction). `onInfo` gets the one BlockInfo
   * object every context of the replay shares, before anything runs, so a tracer can recognise the replay's
   * executions. Nothing is written; a height whose parent state is pruned throws HistoricalStateError.
   */
  /** A stored block's devnet record applied again: the writes its controls made, the senders only memory named. */
  private applyDevRecord(store: CacheStore, header: StoredBlock): void {
    for (const [k, v] of header.dev ?? []) v === null ? store.delete(k) : store.set(k, Buffer.from(v, 'base64'));
    if (header.devRecords) for (const m of this.modules) if (m.devReplay && header.devRecords[m.name] !== undefined) m.devReplay(header.devRecords[m.name]);
  }

  async replayBlock(height: number, lastTx: number, onInfo?: (info: BlockInfo) => void): Promise<TxExecResult[]> {
    const block = this.blocks.block(height);
    if (!block || height < 1 || height > this.lastHeight) throw new Error(`block ${height} is not committed`);
    const parent = height - 1 === this.lastHeight ? this.state : this.state.at(height - 1);
    const store = new CacheStore(parent);
    const info: BlockInfo = { ...this.blockInfo(height, block.timeMs, block.proposer), lastBlockHash: block.lastBlockHash };
    onInfo?.(info);
    const index = new Map<string, Uint8Array>();
    this.applyDevRecord(store, block);
    const beginCtx = new Context(store, infiniteGasMeter(), info, 'deliver', index);
    for (const m of this.modules) if (m.beginBlock) await m.beginBlock(beginCtx);
    const results: TxExecResult[] = [];
    const last = Math.min(lastTx, block.txs.length - 1);
    for (let i = 0; i <= last; i++) {
      results.push(await this.deliverTx(store, info, new Uint8Array(Buffer.from(block.txs[i]!, 'base64')), i, index, 'deliver'));
      await breathe();
    }
    return results;
  }

  /** Runs a tx against a throwaway branch of committed state, signatures not checked. */
  async simulate(bytes: Uint8Array): Promise<TxExecResult> {
    const store = new CacheStore(new CacheStore(this.state));
    return this.deliverTx(store, this.blockInfo(this.lastHeight + 1, this.lastBlockTimeMs), bytes, 0, new Map(), 'simulate');
  }

  /** Whether a module has work queued (for --block-time 0). */
  hasPendingWork(): boolean {
    const ctx = this.queryContext();
    return this.modules.some((m) => m.hasPendingWork?.(ctx) ?? false);
  }
}

function withMode(e: AbciEvent, mode: string): AbciEvent {
  return { type: e.type, attributes: [...e.attributes, { key: 'mode', value: mode, index: true }] };
}

function failure(err: AppError, gasWanted: bigint, gasUsed: bigint, events: AbciEvent[]): TxExecResult {
  return { code: err.code, codespace: err.codespace, log: err.message, data: new Uint8Array(), gasWanted, gasUsed: gasUsed > gasWanted && gasWanted > 0n ? gasWanted : gasUsed, events };
}

function storeResult(r: TxExecResult): StoredTxResult {
  return { ...r, data: Buffer.from(r.data).toString('base64'), gasWanted: r.gasWanted.toString(), gasUsed: r.gasUsed.toString() };
}


export { ErrTxDecode };
