import type ivm from 'isolated-vm';
import { lazyRequire } from '../../../core/types/lazy-parts.ts';
import { hostDispatch, type BridgeSession } from './bridge.ts';
import { SANDBOX_SOURCE } from './sandbox.ts';
import { WRAPPER_SOURCE } from './wrapper.ts';

/**
 * Isolate lifecycle. A WarmIsolate is booted once (sandbox + wrapper, ~3 ms) and then serves call after
 * call: between calls nothing of a contract survives (its factory runs afresh each call and everything it
 * could write to is frozen), so reuse is safe and saves the boot on every call. An isolate that hit its
 * memory limit or the wall-clock guard is thrown away and a new one takes its place.
 */

export interface IsolateOptions {
  /** V8 heap limit per isolate, MiB. */
  memoryLimitMb: number;
  /** Wall-clock safety net per call, ms. Gas decides outcomes; this only catches what gas cannot. */
  timeoutMs: number;
}

/**
 * 1 GiB: V8 aborts the process (rather than failing the allocation) when a hash table outgrows the heap,
 * and with a 128-512 MiB heap a block's worth of gas can get there; with 1 GiB it cannot (see docs/wasm.md).
 */
export const DEFAULT_ISOLATE_OPTIONS: Readonly<IsolateOptions> = Object.freeze({ memoryLimitMb: 1024, timeoutMs: 30_000 });

/** An isolate whose heap is still this large after a call is replaced rather than reused. */
const RECYCLE_HEAP_BYTES = 256 * 1024 * 1024;

const BOOT_SOURCE = `(function boot(host) {
  'use strict';
  const P = (${SANDBOX_SOURCE})(globalThis);
  return (${WRAPPER_SOURCE})(P, host);
})`;

/** isolated-vm's addon, loaded by the first isolate: a node that runs no JS contract never maps it. */
const isolatedVm = lazyRequire<typeof ivm>('isolated-vm', 'isolated-vm');

/** Non-JSON protocol replies. */
const NOT_CACHED = '\x04';

export class WarmIsolate {
  readonly isolate: ivm.Isolate;
  private readonly context: ivm.Context;
  private readonly runRef: ivm.Reference<(...a: unknown[]) => string>;
  private readonly clearRef: ivm.Reference<() => void>;
  /** Factory keys this isolate holds compiled (the wrapper's cache). */
  readonly compiled = new Set<string>();
  /** The call in progress; the bridge dispatches to it. */
  private session: BridgeSession | undefined;
  calls = 0;

  constructor(readonly options: IsolateOptions) {
    this.isolate = new (isolatedVm().Isolate)({ memoryLimit: options.memoryLimitMb });
    try {
      this.context = this.isolate.createContextSync();
      const host = new (isolatedVm().Reference)((name: string, args: string, pending: number) => {
        if (!this.session) throw new Error('no call in progress');
        return hostDispatch(this.session, name, args, pending);
      });
      const boot = this.isolate.compileScriptSync(BOOT_SOURCE, { filename: 'xchain:boot' }).runSync(this.context, { reference: true }) as ivm.Reference<
        (h: unknown) => unknown
      >;
      const api = boot.applySync(undefined, [host], { result: { reference: true } }) as unknown as ivm.Reference<Record<string, unknown>>;
      this.runRef = api.getSync('run', { reference: true }) as ivm.Reference<(...a: unknown[]) => string>;
      this.clearRef = api.getSync('clear', { reference: true }) as ivm.Reference<() => void>;
    } catch (e) {
      this.dispose();
      throw e;
    }
  }

  get healthy(): boolean {
    return !this.isolate.isDisposed;
  }

  /**
   * One call. `source` is sent only if this isolate has not compiled `key` yet; `keep` says whether the
   * wrapper may cache the compiled factory (the per-block bound is the host's business).
   */
  run(session: BridgeSession, key: string, source: () => string, keep: boolean, method: string, msgJson: string, envJson: string): string {
    this.session = session;
    this.calls++;
    try {
      const left = session.tracker.remaining;
      const opts = { timeout: this.options.timeoutMs };
      let out: string;
      if (this.compiled.has(key)) {
        out = this.runRef.applySync(undefined, [key, null, keep, method, msgJson, envJson, left], opts);
        if (out !== NOT_CACHED) return out;
        this.compiled.delete(key);
      }
      out = this.runRef.applySync(undefined, [key, source(), keep, method, msgJson, envJson, left], opts);
      if (keep) this.compiled.add(key);
      return out;
    } finally {
      this.session = undefined;
    }
  }

  /** Drops the wrapper's compiled factories (the end of a block). */
  clear(): void {
    if (!this.healthy) return;
    this.clearRef.applySync(undefined, []);
    this.compiled.clear();
  }

  /** The global object's own property names (for tests and diagnostics: the sandbox's allowlist at work). */
  globalNames(): string[] {
    const script = this.isolate.compileScriptSync('JSON.stringify([...Object.getOwnPropertyNames(this), ...Object.getOwnPropertySymbols(this).map(String)])');
    return JSON.parse(script.runSync(this.context) as string) as string[];
  }

  heapUsed(): number {
    return this.isolate.getHeapStatisticsSync().used_heap_size;
  }

  dispose(): void {
    if (!this.isolate.isDisposed) this.isolate.dispose();
  }
}

/**
 * Warm isolates, one per concurrent call depth (a contract that smart-queries another contract needs a
 * second isolate while the first waits). Isolates are recycled after `maxCallsPerIsolate` calls or when
 * their heap is still large after a call, which bounds what a greedy call or V8's caches leave behind.
 */
export class IsolatePool {
  private readonly idle: WarmIsolate[] = [];
  private readonly all = new Set<WarmIsolate>();
  created = 0;

  constructor(
    readonly options: IsolateOptions = DEFAULT_ISOLATE_OPTIONS,
    readonly maxCallsPerIsolate = 100_000,
  ) {}

  acquire(): WarmIsolate {
    let w = this.idle.pop();
    while (w && !w.healthy) {
      this.all.delete(w);
      w = this.idle.pop();
    }
    if (!w) {
      w = new WarmIsolate(this.options);
      this.all.add(w);
      this.created++;
    }
    return w;
  }

  release(w: WarmIsolate): void {
    if (!w.healthy || w.calls >= this.maxCallsPerIsolate || w.heapUsed() > RECYCLE_HEAP_BYTES) {
      w.dispose();
      this.all.delete(w);
      return;
    }
    this.idle.push(w);
  }

  /** Clears every isolate's compiled factories (the compile cache is per block). */
  clearCompiled(): void {
    for (const w of this.all) w.clear();
  }

  dispose(): void {
    for (const w of this.all) w.dispose();
    this.all.clear();
    this.idle.length = 0;
  }
}

/**
 * Deploy-time syntax check by V8 itself, in a throwaway isolate: compiles (never runs) exactly what the
 * wrapper will compile. Returns V8's SyntaxError message, or undefined if it compiles.
 */
export function v8SyntaxError(meteredSource: string): string | undefined {
  const iso = createThrowawayIsolate();
  try {
    iso.compileScriptSync(`(function (module, exports, xchain, __gas) {'use strict';\n${meteredSource}\n})`, { filename: 'xchain:contract' });
    return undefined;
  } catch (e) {
    return (e as Error).message;
  } finally {
    iso.dispose();
  }
}

export function createThrowawayIsolate(): ivm.Isolate {
  return new (isolatedVm().Isolate)({ memoryLimit: 32 });
}
