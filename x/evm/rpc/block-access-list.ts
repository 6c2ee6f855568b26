import { HistoricalStateError } from '../../../core/store/commit-store.ts';
import type { NodeAPI } from '../../../core/types/node-api.ts';
import { setTracer } from '../executor/trace-hook.ts';
import { BlockTracer } from '../trace/block-tracer.ts';
import { PrestateTracer } from '../trace/prestate-tracer.ts';
import type { EthBlockView } from './chain-view.ts';
import { RpcCodes, RpcError } from './errors.ts';
import { quantity } from './hex.ts';

interface AccountAccess {
  address: string;
  storageChanges: Map<string, Array<{ index: string; value: string }>>;
  storageReads: Set<string>;
  balanceChanges: Array<{ index: string; value: string }>;
  nonceChanges: Array<{ index: string; value: string }>;
  codeChanges: Array<{ index: string; code: string }>;
}

/**
 * eth_getBlockAccessList: EIP-7928's block access list of a committed block, rebuilt by replaying it with a
 * diff-mode prestate tracer per Ethereum tx: every account the block's EVM txs touched, with each tx's post
 * values (index = tx index + 1; this chain has no pre- or post-execution system calls, so no index 0 or n+1)
 * and the slots read but never written. Changes made outside the EVM (bank sends, CosmWasm, SVM) are not EVM
 * accesses and are not listed. Sorted by address and slot, as the EIP orders it.
 */
export async function blockAccessList(node: NodeAPI, block: EthBlockView): Promise<unknown[]> {
  if (block.number === 0 || block.txs.length === 0) return [];
  const bt = new BlockTracer((hash) => new PrestateTracer(hash, { diffMode: true }));
  try {
    await node.replayBlock(block.number, Number.MAX_SAFE_INTEGER, (info) => setTracer(info, bt));
  } catch (e) {
    if (e instanceof HistoricalStateError) throw new RpcError(RpcCodes.Server, `historical state not available to replay block ${block.number}: ${e.message}`);
    throw e;
  }
  const byHash = new Map(bt.traced.map((t) => [t.txHash, t.tracer]));
  const accounts = new Map<string, AccountAccess>();
  const written = new Map<string, Set<string>>();
  for (const t of block.txs) {
    const tracer = byHash.get(t.hash);
    if (!tracer) continue;
    const index = quantity(t.index + 1);
    for (const a of tracer.touches()) {
      let acc = accounts.get(a.address);
      if (!acc) accounts.set(a.address, (acc = { address: a.address, storageChanges: new Map(), storageReads: new Set(), balanceChanges: [], nonceChanges: [], codeChanges: [] }));
      const w = written.get(a.address) ?? new Set<string>();
      written.set(a.address, w);
      if (a.post.balance !== a.pre.balance) acc.balanceChanges.push({ index, value: quantity(a.post.balance) });
      if (a.post.nonce !== a.pre.nonce) acc.nonceChanges.push({ index, value: quantity(a.post.nonce) });
      if (a.post.code !== a.pre.code) acc.codeChanges.push({ index, code: a.post.code });
      for (const s of a.slots) {
        if (s.after !== s.before) {
          w.add(s.slot);
          const list = acc.storageChanges.get(s.slot) ?? [];
          list.push({ index, value: s.after });
          acc.storageChanges.set(s.slot, list);
        } else acc.storageReads.add(s.slot);
      }
    }
  }
  const sorted = [...accounts.values()].sort((a, b) => (a.address < b.address ? -1 : 1));
  return sorted.map((a) => ({
    address: a.address,
    storageChanges: [...a.storageChanges.keys()].sort().map((key) => ({ key, changes: a.storageChanges.get(key)! })),
    storageReads: [...a.storageReads].filter((s) => !written.get(a.address)!.has(s)).sort(),
    balanceChanges: a.balanceChanges,
    nonceChanges: a.nonceChanges,
    codeChanges: a.codeChanges,
  }));
}
