import type { EVM } from '@ethereumjs/evm';
import { bytesToUnprefixedHex } from '@ethereumjs/util';
import { Context } from '../../../core/types/context.ts';
import type { SimulateRequest, SimulateResult } from '../executor/executor.ts';
import { type EvmTracer, setTracer, type TraceStart } from '../executor/trace-hook.ts';
import type { EvmKeeper } from '../keeper.ts';
import { describeFailure } from '../executor/executor.ts';
import { quantity } from './hex.ts';

type AccessList = NonNullable<SimulateRequest['accessList']>;

/** geth's access-list tracer: every address and slot the execution warmed, from the EVM journal's EIP-2929 record. */
class AccessListTracer implements EvmTracer {
  private evm?: EVM;
  recorded = new Map<string, Set<string>>();
  start(s: TraceStart): () => void {
    this.evm = s.evm;
    s.evm.journal.startReportingAccessList();
    return () => undefined;
  }
  end(): void {
    const journal = this.evm?.journal as unknown as { accessList?: Map<string, Set<string>> } | undefined;
    if (journal?.accessList) this.recorded = new Map([...journal.accessList].map(([a, slots]) => [a, new Set(slots)]));
    // The instance goes back to the pool: stop recording there.
    if (journal) delete journal.accessList;
  }
}

const MAX_ROUNDS = 8;

/** The access list `list` plus what a run recorded, without the sender, the recipient (or created contract) and precompiles. */
function merge(list: AccessList, recorded: Map<string, Set<string>>, excluded: Set<string>): AccessList {
  const by = new Map<string, Set<string>>();
  for (const e of list) {
    const a = e.address.toLowerCase().replace(/^0x/, '');
    const s = by.get(a) ?? new Set<string>();
    for (const k of e.storageKeys) s.add(k.toLowerCase().replace(/^0x/, '').padStart(64, '0'));
    by.set(a, s);
  }
  for (const [a, slots] of recorded) {
    if (excluded.has(a)) continue;
    const s = by.get(a) ?? new Set<string>();
    for (const k of slots) s.add(k.padStart(64, '0'));
    by.set(a, s);
  }
  // Sorted: the answer must not depend on the order the execution touched things in.
  return [...by.keys()].sort().map((a) => ({ address: '0x' + a, storageKeys: [...by.get(a)!].sort().map((k) => '0x' + k) }));
}

const same = (a: AccessList, b: AccessList) => JSON.stringify(a) === JSON.stringify(b);

/**
 * eth_createAccessList as geth answers it: run the call, collect what it touched, run again with that list
 * (which changes gas, and with it possibly the path) until the list stops changing; gasUsed is the last run's,
 * with the list; a failed run adds `error`. Every run is on its own throwaway branch of `base`.
 */
export async function createAccessList(keeper: EvmKeeper, base: Context, req: SimulateRequest, precompiles: Iterable<string>) {
  const excluded = new Set<string>([...precompiles].map((p) => p.toLowerCase().replace(/^0x/, '')));
  excluded.add(bytesToUnprefixedHex(req.from ?? new Uint8Array(20)));
  if (req.to) excluded.add(bytesToUnprefixedHex(req.to));
  let list: AccessList = merge(req.accessList ?? [], new Map(), new Set());
  let last: SimulateResult | undefined;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const { ctx: branch } = base.branch();
    // A BlockInfo of its own: the tracer is keyed by it and no other call shares it.
    const ctx = new Context(branch.rawStore, branch.gasMeter, { ...base.block }, branch.mode, new Map());
    const tracer = new AccessListTracer();
    setTracer(ctx.block, tracer);
    last = await keeper.executor.simulate(ctx, { ...req, accessList: list });
    if (last.contractAddress) excluded.add(bytesToUnprefixedHex(last.contractAddress));
    const next = merge(list, tracer.recorded, excluded);
    if (same(next, list)) break;
    list = next;
  }
  const out: { accessList: AccessList; gasUsed: string; error?: string } = { accessList: list, gasUsed: quantity(last!.gasUsed) };
  if (!last!.success) out.error = last!.vmError === 'revert' ? describeFailure('revert', last!.returnData) : (last!.vmError ?? 'execution failed');
  return out;
}
