import type ivm from 'isolated-vm';
import { lazyRequire, noteLoaded } from '../../../core/types/lazy-parts.ts';
import { WASM_ISOLATE_SOURCE } from './isolate-source.ts';

/**
 * The one isolate the process runs CosmWasm instances in (isolate-source.ts says why), and the host's end of
 * its calls. Calls nest: a host function (a query into another contract) may open and call another instance
 * while the first one waits in that host function; isolated-vm runs such re-entrant calls on this thread.
 */

/** A failure from the isolate: [kind, message, the instance's trap global]. */
export type IsolateFailure = [string, string, number];
export type IsolateAnswer<T> = T | IsolateFailure;

/** The host's side of one instance: its host functions, and its gas cell traffic. */
export interface HostedInstance {
  /** `pre`: the regions the isolate read first, as (pointer, max, answer) triples; bytes answered are allocated there. */
  dispatch(name: string, args: unknown[], pre: unknown[] | null): unknown;
}

/** The regions each host function reads first: [argument, max length] by name. */
export type PrefetchTable = Record<string, Array<[number, number]>>;

const isolatedVm = lazyRequire<typeof ivm>('isolated-vm', 'isolated-vm');

type Op = 'load' | 'open' | 'close' | 'read' | 'alloc' | 'write' | 'dealloc' | 'call';
const OPS: readonly Op[] = ['load', 'open', 'close', 'read', 'alloc', 'write', 'dealloc', 'call'];
const COPY = { arguments: { copy: true }, result: { copy: true } } as const;

export class WasmIsolate {
  private readonly isolate: ivm.Isolate;
  private readonly ops: Record<Op, ivm.Reference<(...a: unknown[]) => unknown>>;
  /** [0] the running instance's gas headroom (host → isolate), [1] Wasm gas used since the last crossing (isolate → host). */
  readonly cell = new Float64Array(new SharedArrayBuffer(16));
  readonly instances = new Map<number, HostedInstance>();

  constructor(prefetch: PrefetchTable) {
    const lib = isolatedVm();
    // The heap holds only modules and instances (memories are outside it); the limit is a backstop.
    this.isolate = new lib.Isolate({ memoryLimit: 1024 });
    const context = this.isolate.createContextSync();
    const host = new lib.Reference((id: number, name: string, args: unknown[], pre: unknown[] | null) => {
      const inst = this.instances.get(id);
      if (!inst) throw new Error(`no Wasm instance ${id}`);
      const r = inst.dispatch(name, args, pre);
      return r instanceof Uint8Array ? new lib.ExternalCopy(r).copyInto({ release: true }) : r;
    });
    const boot = this.isolate.compileScriptSync(WASM_ISOLATE_SOURCE(prefetch), { filename: 'cosmwasm:isolate' }).runSync(context, { reference: true }) as ivm.Reference<
      (h: unknown, s: unknown) => unknown
    >;
    const shared = new lib.ExternalCopy(this.cell.buffer).copyInto({ release: true });
    const api = boot.applySync(undefined, [host, shared], { result: { reference: true } }) as unknown as ivm.Reference<Record<string, unknown>>;
    this.ops = Object.fromEntries(OPS.map((op) => [op, api.getSync(op, { reference: true })])) as typeof this.ops;
  }

  op<T>(op: Op, args: unknown[]): IsolateAnswer<T> {
    return this.ops[op].applySync(undefined, args, COPY) as IsolateAnswer<T>;
  }

  get healthy(): boolean {
    return !this.isolate.isDisposed;
  }
}

let current: WasmIsolate | undefined;

/** The process's Wasm isolate, created with the first instance (and again only if V8 disposed it). */
export function wasmIsolate(prefetch: PrefetchTable): WasmIsolate {
  if (!current || !current.healthy) {
    current = new WasmIsolate(prefetch);
    noteLoaded('cosmwasm-vm');
  }
  return current;
}
