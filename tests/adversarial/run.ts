import { performance } from 'node:perf_hooks';
import { WasmExecutionError } from '../../x/wasm/types/errors.ts';
import { addr, Chain } from '../wasm/harness.ts';
import type { Outcome, Program } from './programs.ts';

/** The gas every corpus call gets: the size of an ordinary heavy tx. */
export const CORPUS_GAS = 3_000_000n;

export interface RunResult {
  outcome: Outcome;
  /** codespace/code of the failure, '' on success. */
  code: string;
  gasUsed: bigint;
  /** The error message, or the JSON result on success. */
  text: string;
  ms: number;
}

/** Stores and instantiates a program on chain: its contract address, or the store/instantiate failure. */
export async function deployProgram(chain: Chain, prog: Program): Promise<{ address: string } | { failure: RunResult }> {
  const stored = await chain.tx((ctx) => chain.keeper.storeCode(ctx, addr(1), new TextEncoder().encode(prog.source)));
  if (!stored.ok) return { failure: { outcome: 'deploy', code: `${stored.error.codespace}/${stored.error.code}`, gasUsed: stored.gasUsed, text: stored.error.message, ms: 0 } };
  return { address: await chain.instantiate(stored.value.codeId, {}) };
}

/** One execute tx with CORPUS_GAS, timed. */
export async function executeProgram(chain: Chain, address: string, msg: unknown = {}, gas = CORPUS_GAS): Promise<RunResult> {
  const t0 = performance.now();
  const r = await chain.execute(address, msg, { gas });
  const ms = performance.now() - t0;
  if (r.ok) return { outcome: 'ok', code: '', gasUsed: r.gasUsed, text: new TextDecoder().decode(r.value), ms };
  const kind: Outcome = r.error instanceof WasmExecutionError ? r.error.kind : 'error';
  return { outcome: kind, code: `${r.error.codespace}/${r.error.code}`, gasUsed: r.gasUsed, text: r.error.message, ms };
}
