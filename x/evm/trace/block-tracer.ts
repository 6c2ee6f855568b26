import type { EvmTracer, TraceStart } from '../executor/trace-hook.ts';

/** debug_traceBlockBy*: a fresh tracer for every Ethereum tx of a replayed block, in execution order. */
export class BlockTracer<T extends EvmTracer> implements EvmTracer {
  readonly traced: Array<{ txHash: string; tracer: T }> = [];

  constructor(private readonly make: (txHash: string) => T) {}

  forTx(txHash: string): T {
    const tracer = this.make(txHash);
    this.traced.push({ txHash, tracer });
    return tracer;
  }

  // Only per-tx tracers attach to executions (forTx); a block has no execution of its own.
  start(_s: TraceStart): () => void {
    return () => {};
  }
  end(): void {}
}
