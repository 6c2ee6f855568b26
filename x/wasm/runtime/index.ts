import { classifyError, decodeOutcome } from './bridge.ts';
import { DEFAULT_EMISSION_LIMITS, EmissionCollector, type EmissionLimits } from './collector.ts';
import { ContractError, ContractResourceError, GasExhaustedError, type ExecutionError } from './errors.ts';
import { GATEWAY, type ChainView, type GatewaySession } from './gateway.ts';
import { DEFAULT_GAS_SCHEDULE, GasTracker, validateGasSchedule, type GasSchedule } from './gas.ts';
import { DEFAULT_ISOLATE_OPTIONS, IsolatePool, type IsolateOptions } from './isolate.ts';
import { DEFAULT_STATE_LIMITS, StateManager, type StateBackend, type StateChanges, type StateLimits } from './state.ts';
import { ActionValidator, type ValidatorEnv } from './validator.ts';

/**
 * XChainVM: runs one contract entry point in a warm, sandboxed isolate against a StateManager, and
 * returns what happened — result, state changes, emissions, gas — without touching the chain itself.
 * The keeper applies the outcome.
 */

export type EntryPoint = 'instantiate' | 'execute' | 'query' | 'migrate';

/** `xchain.context`: everything a contract may know about its call. */
export interface ContractEnv {
  sender: string;
  funds: Array<{ denom: string; amount: string }>;
  contractAddress: string;
  codeId: number;
  creator: string;
  admin: string | null;
  blockHeight: number;
  /** Block time, integer milliseconds since the epoch (from the block header, never a clock). */
  blockTime: number;
  chainId: string;
  /** The entry point being run. */
  method: EntryPoint;
  /** Hash of the enclosing tx (upper-case hex), '' in queries. */
  txHash: string;
}

export interface CallRequest {
  codeId: number;
  /** sha256 of the original source, hex. */
  codeHash: string;
  /** The metered source; asked for only when the isolate has not compiled this code yet. */
  meteredSource: () => string;
  method: EntryPoint;
  /** The message, JSON text. */
  msg: string;
  env: ContractEnv;
  /** Contract gas units this call may use. */
  gasCeiling: number;
  backend: StateBackend;
  chain: ChainView;
  validatorEnv: ValidatorEnv;
  readOnly: boolean;
}

export type CallOutcome =
  | { ok: true; result: string; gasUsed: number; state: StateChanges; collector: EmissionCollector }
  | { ok: false; error: ExecutionError; gasUsed: number; collector: EmissionCollector };

export interface VMConfig {
  schedule: GasSchedule;
  stateLimits: StateLimits;
  emissionLimits: EmissionLimits;
  isolate: IsolateOptions;
  /** Distinct contracts per block whose compiled factories are kept (XChain's maxBlockCacheSize). */
  maxBlockCacheSize: number;
}

export const DEFAULT_VM_CONFIG: Readonly<VMConfig> = Object.freeze({
  schedule: DEFAULT_GAS_SCHEDULE,
  stateLimits: DEFAULT_STATE_LIMITS,
  emissionLimits: DEFAULT_EMISSION_LIMITS,
  isolate: DEFAULT_ISOLATE_OPTIONS,
  maxBlockCacheSize: 1_000,
});

export class XChainVM {
  readonly config: VMConfig;
  private readonly pool: IsolatePool;
  /** This block's compile-cache keys (`contractIndex:codeHash`), bounded by maxBlockCacheSize. */
  private readonly blockCache = new Set<string>();
  stats = { calls: 0, cacheHits: 0, cacheMisses: 0, uncached: 0 };

  constructor(config: Partial<VMConfig> = {}) {
    this.config = { ...DEFAULT_VM_CONFIG, ...config };
    validateGasSchedule(this.config.schedule as unknown as Record<string, unknown>);
    this.pool = new IsolatePool(this.config.isolate);
  }

  beginBlock(): void {
    this.endBlock();
  }

  /** The compile cache lives for one block. */
  endBlock(): void {
    this.blockCache.clear();
    this.pool.clearCompiled();
  }

  call(req: CallRequest): CallOutcome {
    this.stats.calls++;
    const tracker = new GasTracker(this.config.schedule, Math.max(0, Math.min(Number.MAX_SAFE_INTEGER, Math.floor(req.gasCeiling))));
    const collector = new EmissionCollector(this.config.emissionLimits);
    const fail = (error: ExecutionError): CallOutcome => ({ ok: false, error, gasUsed: consumesAll(error) ? tracker.ceiling : Math.min(tracker.used, tracker.ceiling), collector });
    try {
      tracker.charge('callBase');
    } catch (e) {
      return fail(e as GasExhaustedError);
    }
    const state = new StateManager(req.backend, tracker, this.config.stateLimits, req.readOnly);
    const validator = new ActionValidator(req.validatorEnv);
    const session: GatewaySession = { tracker, gateway: GATEWAY, state, collector, validator, chain: req.chain, readOnly: req.readOnly };

    const key = `${req.codeId}:${req.codeHash}`;
    let keep = this.blockCache.has(key);
    if (keep) this.stats.cacheHits++;
    else if (this.blockCache.size < this.config.maxBlockCacheSize) {
      this.blockCache.add(key);
      keep = true;
      this.stats.cacheMisses++;
    } else this.stats.uncached++;

    const w = this.pool.acquire();
    let raw: string;
    try {
      raw = w.run(session, key, req.meteredSource, keep, req.method, req.msg, JSON.stringify(req.env));
    } catch (e) {
      return fail(isolateFailure(e, w.healthy, this.config.isolate));
    } finally {
      this.pool.release(w);
    }

    const out = decodeOutcome(raw);
    try {
      tracker.chargeComputation(out.pending);
    } catch {
      return fail(classifyError(session, out.body));
    }
    if (!out.ok || session.failure || tracker.exhausted) return fail(classifyError(session, out.body));
    return { ok: true, result: out.body, gasUsed: tracker.used, state: state.getChanges(), collector };
  }

  /** A booted isolate's global names (diagnostics; see sandbox.ts). */
  inspectGlobals(): string[] {
    const w = this.pool.acquire();
    try {
      return w.globalNames();
    } finally {
      this.pool.release(w);
    }
  }

  dispose(): void {
    this.pool.dispose();
  }

  get isolatesCreated(): number {
    return this.pool.created;
  }
}

/** Gas exhaustion and resource guards consume the whole ceiling (what a node cannot attribute, it charges). */
function consumesAll(e: ExecutionError): boolean {
  return e instanceof GasExhaustedError || e instanceof ContractResourceError;
}

/** An exception out of applySync itself: the isolate died (memory) or the wall-clock guard fired. */
function isolateFailure(e: unknown, healthy: boolean, opts: IsolateOptions): ExecutionError {
  const msg = e instanceof Error ? e.message : String(e);
  if (!healthy || /memory limit/i.test(msg)) return new ContractResourceError('memory', `contract exceeded the ${opts.memoryLimitMb} MiB memory limit`);
  if (/timed out/i.test(msg)) return new ContractResourceError('timeout', `contract exceeded the ${opts.timeoutMs} ms wall-clock guard`);
  return new ContractError(`isolate failure: ${msg}`);
}

export { validateDeploy } from './syntax.ts';
export { ContractError, ContractResourceError, ContractRevertError, DeployValidationError, GasExhaustedError } from './errors.ts';
export type { ExecutionError } from './errors.ts';
export type { ChainView } from './gateway.ts';
export type { StateBackend, StateChanges } from './state.ts';
export type { ValidatorEnv, Action, Coin } from './validator.ts';
export { ACTION_TYPES } from './validator.ts';
export { DEFAULT_GAS_SCHEDULE, type GasSchedule } from './gas.ts';
