import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { type BaseApp, DEFAULT_CACHE_MIB } from '../baseapp/baseapp.ts';
import { parsePruning } from '../store/commit-store.ts';
import type { Genesis } from '../types/consensus.ts';
import { homePaths } from './home.ts';
import { Mempool } from '../baseapp/mempool.ts';
import { mempoolOptions } from './mempool-options.ts';
import type { Service } from '../types/module.ts';
import { formatLog, type LogFields, logFormat, type LogLevel } from '../types/log-format.ts';
import { type BlockResults, type BroadcastResult, type CommittedBlockEvent, intStartFlag, type NodeAPI, startFlag, type StoredBlock, type StoredTx } from '../types/node-api.ts';
import { BlockProducer } from './producer.ts';
import { DevControls, type DevStateDump } from './dev-controls.ts';
import type { DevnetAPI } from '../types/node-api.ts';
import { NodeDB } from '../store/node-db.ts';
import { PrivValidator, SignStateFile, type ValidatorInfo } from './priv-validator.ts';
import { voteSignBytes } from '../blockstore/commit.ts';
import { txHash } from '../baseapp/tx-decoder.ts';
import type { BlockInfo, Context } from '../types/context.ts';

/** How long one service may take to stop (close its listeners and connections) before the node moves on. */
const SERVICE_STOP_MS = 300;
/** The longest a SIGINT/SIGTERM waits before the process exits regardless. */
const SIGNAL_EXIT_MS = 900;

export interface NodeOptions {
  home: string;
  blockTimeMs: number;
  flags: Record<string, string | boolean | undefined>;
  log?: (line: string) => void;
  /** The chain's app over the node's database (app/app.ts buildApp): the node knows no module. */
  buildApp: (db: NodeDB) => BaseApp;
}

/** A dev_dumpState document from a file, checked enough to fail at start rather than in InitChain. */
function readStateDump(file: string): DevStateDump {
  let doc: DevStateDump;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8')) as DevStateDump;
  } catch (e) {
    throw new Error(`--load-state ${file}: ${(e as Error).message}`);
  }
  if (doc?.format !== 'trivium-devnet-state/1' || typeof doc.app_state !== 'object' || doc.app_state === null) {
    throw new Error(`--load-state ${file}: not a dev_dumpState file (format trivium-devnet-state/1 with app_state)`);
  }
  return doc;
}

/** A running node: database, app, mempool, block producer, and the module services; the NodeAPI. */
export class Node implements NodeAPI {
  readonly bus = new EventEmitter();
  readonly db: NodeDB;
  readonly app: BaseApp;
  readonly mempool: Mempool;
  readonly producer: BlockProducer;
  readonly flags: Record<string, string | boolean | undefined>;
  /** The home's validator key (config/priv_validator_key.json): signs the embedded producer's blocks. */
  readonly privValidator: PrivValidator;
  readonly validator: ValidatorInfo;
  /** The genesis without its app_state (which can be large): known once open() has run. */
  private genesisHead: Omit<Genesis, 'app_state'> | undefined;
  /** The parsed genesis file until InitChain has used it: parsed once, and only for a chain not started yet. */
  private pendingGenesis: Genesis | undefined;
  private readonly genesisPath: string;
  readonly nodeId: string;
  moniker = 'trivium';
  rpcLaddr = '';
  private services: Service[] = [];
  private readonly logFn: (line: string) => void;

  constructor(readonly opts: NodeOptions) {
    const paths = homePaths(opts.home);
    if (!existsSync(paths.genesis)) throw new Error(`no genesis at ${paths.genesis}: run \`triviumd init\` first`);
    this.genesisPath = paths.genesis;
    this.privValidator = PrivValidator.loadOrGenerate(paths.validatorKey);
    this.validator = this.privValidator.info;
    this.signState = new SignStateFile(paths.validatorState);
    this.nodeId = this.validator.address.toLowerCase();
    mkdirSync(paths.data, { recursive: true });
    this.db = new NodeDB(paths.db);
    this.app = opts.buildApp(this.db);
    this.flags = opts.flags;
    const mp = mempoolOptions(opts.flags);
    this.mempool = new Mempool(mp.size, mp.maxTxsBytes);
    this.app.maxTxBytes = mp.maxTxBytes;
    this.app.configureStore({
      cacheBytes: intStartFlag(opts.flags, 'cache-size', DEFAULT_CACHE_MIB, 1, 1 << 20) * 2 ** 20,
      pruning: parsePruning(startFlag<unknown>(opts.flags, 'pruning') as string | undefined),
    });
    this.logFn = opts.log ?? ((l) => process.stdout.write(l + '\n'));
    this.bus.setMaxListeners(1000);
    this.producer = new BlockProducer(this.app, this.mempool, {
      blockTimeMs: opts.blockTimeMs,
      proposer: this.validator.address,
      signer: this.privValidator,
      onSigned: (b) => this.recordSigned(b),
      // The app's consensus params (a genesis max_gas of -1 is CometBFT's "no limit"; BigInt('-1') reaped nothing).
      consensus: () => this.app.consensus,
      onCommit: (e) => this.onCommit(e),
    });
    this.dev = new DevControls({ app: this.app, mempool: this.mempool, producer: this.producer, rewound: (h) => this.rewound(h) });
  }

  private readonly dev: DevControls;
  private readonly signState: SignStateFile;

  /** CometBFT's data/priv_validator_state.json: the last precommit the key signed (height, round, step 3). */
  private recordSigned(b: StoredBlock): void {
    const sig = b.commit?.signatures[0];
    if (!sig?.signature) return;
    const signbytes = Buffer.from(voteSignBytes({ chainId: b.chainId, height: b.height, round: 0, blockHash: b.hash, parts: b.partSetHeader!, timestamp: sig.timestamp })).toString('hex').toUpperCase();
    this.signState.write({ height: String(b.height), round: 0, step: 3, signature: sig.signature, signbytes });
  }

  /** The devnet's controls (core/node/dev-controls.ts); AbciNode refuses them. */
  devnet(): DevnetAPI {
    return this.dev;
  }

  /**
   * After a snapshot revert or reset rolled the chain back to `height`: the tx hashes and blocks cached above it
   * are forgotten, and the module services hear of it ('rewind') to drop their own caches.
   */
  private rewound(height: number): void {
    this.seen.clear();
    this.blockCache.clear();
    this.log(`rewound to height ${height}`);
    this.bus.emit('rewind', { height });
  }

  get chainId(): string {
    return this.app.chainId;
  }

  /** The whole genesis file, read on demand (the RPC's `genesis`): the process does not keep its app_state. */
  readGenesis(): Genesis {
    return JSON.parse(readFileSync(this.genesisPath, 'utf8')) as Genesis;
  }

  /** The genesis without its app_state: chain id, consensus params, times (after open()). */
  get genesis(): Omit<Genesis, 'app_state'> {
    if (!this.genesisHead) throw new Error('the node is not open');
    return this.genesisHead;
  }

  /**
   * After the database is open: a started chain's genesis head comes from its block store, so a restart does
   * not parse the genesis file (a million accounts' app_state); a fresh one's from the file, kept for InitChain.
   */
  protected readGenesisHead(): void {
    const stored = this.app.blocks.lastCommit() ? this.app.blocks.genesisHead() : undefined;
    if (stored) {
      const { app_state: _old, ...head } = stored as Genesis; // a home written before the head had its own row
      this.genesisHead = head;
    } else {
      this.pendingGenesis = this.readGenesis();
      const { app_state: _appState, ...head } = this.pendingGenesis;
      this.genesisHead = head;
    }
    this.moniker = (this.genesisHead as { moniker?: string }).moniker ?? 'trivium';
  }

  /** The parsed genesis, handed out once (to InitChain) and then dropped. */
  protected takeGenesis(): Genesis {
    const g = this.pendingGenesis ?? this.readGenesis();
    this.pendingGenesis = undefined;
    return g;
  }

  /**
   * Open the database, run InitChain on a fresh one (Info handshake otherwise), start producing. With
   * --load-state FILE (a dev_dumpState document) a fresh chain starts from that state instead of the genesis's.
   */
  async open(): Promise<void> {
    await this.db.open();
    this.readGenesisHead();
    // A devnet genesis names its validator: a key that is another one would sign blocks nobody can verify.
    // (Under --abci, AbciNode's open, CometBFT holds the key and the genesis validators.)
    const vals = this.genesisHead?.validators;
    if (vals?.length && !vals.some((v) => String(v.address).toUpperCase() === this.validator.address)) {
      await this.db.close();
      throw new Error(`config/priv_validator_key.json holds validator ${this.validator.address}, but the genesis names ${vals.map((v) => v.address).join(', ')}`);
    }
    const loadState = startFlag<unknown>(this.flags, 'load-state');
    const started = await this.app.load();
    if (loadState !== undefined && started) throw new Error(`--load-state needs a fresh chain, but this home is at height ${this.app.lastHeight}: add --reset to start over`);
    if (!started) {
      const genesis = this.takeGenesis();
      if (loadState !== undefined) genesis.app_state = readStateDump(String(loadState)).app_state;
      await this.app.initChain(genesis, { consume: true });
    }
    this.pendingGenesis = undefined;
  }

  async startServices(extra: Service[]): Promise<void> {
    // The modules' servers (Ethereum, Solana JSON-RPC) first, then `extra` in its order, whose last is the front
    // door clients wait on (the CometBFT RPC whose `status` they poll, or the ABCI socket CometBFT dials): it
    // opens only once every other endpoint listens.
    this.services = [];
    for (const m of this.app.modules) this.services.push(...(m.services?.(this) ?? []));
    this.services.push(...extra);
    for (const s of this.services) await s.start();
  }

  startProducing(): void {
    this.producer.start();
  }

  /**
   * Stops producing (after the block in flight has committed: nothing committed is lost), then the services
   * — each given at most SERVICE_STOP_MS, so a client holding a connection cannot delay the exit — then the DB.
   */
  async stop(): Promise<void> {
    await this.producer.stop();
    // anvil's --dump-state: the state on exit, after the last block committed.
    const dumpTo = startFlag<unknown>(this.flags, 'dump-state');
    if (dumpTo !== undefined && this.app.lastHeight >= 0) {
      try {
        writeFileSync(String(dumpTo), JSON.stringify(this.dev.dumpState()));
        this.log(`state dumped to ${String(dumpTo)} at height ${this.app.lastHeight}`);
      } catch (e) {
        this.log(`--dump-state ${String(dumpTo)}: ${(e as Error).message}`);
      }
    }
    for (const s of [...this.services].reverse()) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((r) => (timer = setTimeout(r, SERVICE_STOP_MS)));
      await Promise.race([s.stop().catch(() => undefined), timeout]);
      clearTimeout(timer);
    }
    this.app.close();
    this.signState.close();
    await this.db.close();
  }

  /** Recently committed tx hashes (CometBFT's tx cache): a resubmission is refused before CheckTx. */
  private readonly seen = new Set<string>();

  private onCommit(e: CommittedBlockEvent): void {
    for (const t of e.txs) {
      if (this.seen.size >= 100_000) this.seen.delete(this.seen.values().next().value!);
      this.seen.add(t.hash);
    }
    const t = e.block.time.slice(11, 23);
    this.log(`block ${e.block.height}  txs=${e.block.txs.length}  app_hash=${e.block.resultAppHash.slice(0, 16)}…  time=${t}`, {
      module: 'consensus', height: e.block.height, num_txs: e.block.txs.length, app_hash: e.block.resultAppHash, block_time: e.block.time,
    });
    this.bus.emit('block', e);
  }

  // ---- NodeAPI ----
  /**
   * Starts the node's services and stops the node cleanly on SIGINT/SIGTERM (after `inFlight` — the block or
   * request being handled); a service that cannot start (a port in use) stops the node and rethrows.
   */
  async serveUntilSignal(services: Service[], inFlight: string): Promise<void> {
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) {
        // A second signal: the operator insists. Committed blocks are on disk; an uncommitted one is replayed away.
        this.announce(`${signal} again: exiting now at height ${this.latestHeight()}`);
        process.exit(0);
      }
      stopping = true;
      this.announce(`${logFormat() === 'plain' ? '\n' : ''}${signal}: stopping after the ${inFlight} in flight…`);
      // The exit is due within a second of the signal whatever is running: past SIGNAL_EXIT_MS the block in
      // flight (not committed yet) is abandoned; the store opens at the last commit on restart.
      const watchdog = setTimeout(() => {
        this.announce(`stop took over ${SIGNAL_EXIT_MS} ms: exiting at height ${this.latestHeight()}, the uncommitted block abandoned`, undefined, 'warn');
        process.exit(0);
      }, SIGNAL_EXIT_MS);
      watchdog.unref();
      await this.stop().catch((e: unknown) => this.announce(`stop: ${e instanceof Error ? e.message : String(e)}`, undefined, 'error'));
      this.announce(`stopped at height ${this.latestHeight()}`);
      process.exit(0);
    };
    process.on('SIGINT', () => void stop('SIGINT'));
    process.on('SIGTERM', () => void stop('SIGTERM'));
    try {
      await this.startServices(services);
    } catch (e) {
      await this.stop().catch(() => undefined);
      throw e;
    }
  }

  latestHeight(): number {
    return this.app.lastHeight;
  }
  latestBlockInfo() {
    return this.app.blockInfo();
  }
  queryContext(height?: number): Context {
    return this.app.queryContext(height);
  }
  simulateContext(gasLimit: bigint, height?: number): Context {
    return this.app.simulateContext(gasLimit, height);
  }
  replayBlock(height: number, lastTx: number, onInfo?: (info: BlockInfo) => void): Promise<unknown> {
    return this.app.replayBlock(height, lastTx, onInfo);
  }
  /** Broadcasts between the mempool-size check and their CheckTx result. */
  private checking = 0;
  private checkingBytes = 0;
  async broadcastTx(tx: Uint8Array): Promise<BroadcastResult> {
    const hash = txHash(tx);
    if (this.mempool.has(hash) || this.seen.has(hash)) {
      return { code: 19, codespace: 'sdk', log: 'tx already exists in cache', hash, gasWanted: '0' };
    }
    // Txs still in CheckTx hold a slot: concurrent broadcasts cannot all pass this check and overfill the pool.
    const full = this.mempool.fullError(tx.length, this.checking, this.checkingBytes);
    if (full) return { code: 20, codespace: 'sdk', log: full, hash, gasWanted: '0' };
    this.checking++;
    this.checkingBytes += tx.length;
    let r;
    try {
      r = await this.app.checkTx(tx);
    } finally {
      this.checking--;
      this.checkingBytes -= tx.length;
    }
    if (r.code === 0) this.mempool.add(tx, r);
    return { code: r.code, codespace: r.codespace, log: r.log, hash, gasWanted: r.gasWanted.toString() };
  }
  // Committed blocks never change: keep the recently read ones parsed (RPC pages read the same ones often).
  private readonly blockCache = new Map<string, unknown>();
  private cached<T>(key: string, read: () => T | undefined): T | undefined {
    if (this.blockCache.has(key)) return this.blockCache.get(key) as T;
    const v = read();
    if (v === undefined) return undefined;
    // 16 entries: a busy block's parsed results run to megabytes; RPC readers mostly want the last few.
    if (this.blockCache.size >= 16) this.blockCache.delete(this.blockCache.keys().next().value!);
    this.blockCache.set(key, v);
    return v;
  }
  // A block's batch is readable while its sync write is still in flight, before the app moves on: serve
  // nothing above the last commit, so RPC never shows a block whose state queries cannot see yet.
  getBlock(height: number): StoredBlock | undefined {
    if (height > this.app.lastHeight) return undefined;
    return this.cached(`b${height}`, () => this.app.blocks.block(height));
  }
  getBlockByHash(hash: string): StoredBlock | undefined {
    const h = this.app.blocks.heightOf(hash);
    return h === undefined ? undefined : this.getBlock(h);
  }
  getBlockResults(height: number): BlockResults | undefined {
    if (height > this.app.lastHeight) return undefined;
    return this.cached(`r${height}`, () => this.app.blocks.results(height));
  }
  getTx(hash: string): StoredTx | undefined {
    const loc = this.app.blocks.txLocation(hash);
    if (!loc) return undefined;
    const block = this.getBlock(loc.h);
    const results = this.getBlockResults(loc.h);
    if (!block || !results) return undefined;
    return { hash: hash.toUpperCase(), height: loc.h, index: loc.i, tx: block.txs[loc.i]!, result: results.txResults[loc.i]! };
  }
  getTxAt(height: number, index: number): StoredTx | undefined {
    const block = this.getBlock(height);
    const results = this.getBlockResults(height);
    if (!block || !results || index >= block.txs.length) return undefined;
    const tx = block.txs[index]!;
    return { hash: txHash(Buffer.from(tx, 'base64')), height, index, tx, result: results.txResults[index]! };
  }
  /** Resolves with the tx once a block includes it (or undefined after timeoutMs). */
  waitForTx(hash: string, timeoutMs: number): Promise<StoredTx | undefined> {
    const found = this.getTx(hash);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => {
      const onBlock = (e: CommittedBlockEvent) => {
        const t = e.txs.find((x) => x.hash === hash);
        if (t) done(t);
      };
      const timer = setTimeout(() => done(undefined), timeoutMs);
      const done = (t: StoredTx | undefined) => {
        clearTimeout(timer);
        this.bus.off('block', onBlock);
        resolve(t);
      };
      this.bus.on('block', onBlock);
    });
  }
  getIndex(key: string): Uint8Array | undefined {
    return this.app.blocks.index(key);
  }
  async *iterateIndex(prefix: string, opts?: { reverse?: boolean; limit?: number }): AsyncIterableIterator<[string, Uint8Array]> {
    yield* this.app.blocks.iterateIndex(prefix, opts);
  }
  getDerived(key: string): Uint8Array | undefined {
    return this.app.derived.get(key);
  }
  mine(n: number): Promise<number> {
    return this.producer.produce(n);
  }
  /** A line about the process itself (signals, stop), written even with --quiet. */
  private announce(line: string, fields?: LogFields, level: LogLevel = 'info'): void {
    process.stdout.write(formatLog(level, line, fields) + '\n');
  }

  /** A log line in --log_format (core/types/log-format.ts); `fields` are the JSON form's, the plain form is `line`. */
  log(line: string, fields?: LogFields, level: LogLevel = 'info'): void {
    this.logFn(formatLog(level, line, fields));
  }
}
