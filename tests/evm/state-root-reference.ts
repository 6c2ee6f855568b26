import { createMPT, verifyMerkleProof } from '@ethereumjs/mpt';
import { RLP } from '@ethereumjs/rlp';
import { KECCAK256_NULL, KECCAK256_RLP, bigIntToUnpaddedBytes, equalsBytes } from '@ethereumjs/util';
import type { Context } from '../../core/types/context.ts';
import type { DerivedRows } from '../../core/store/derived-rows.ts';
import type { EvmKeeper } from '../../x/evm/keeper.ts';

/**
 * Ethereum's state root of `addresses` built from scratch with @ethereumjs/mpt (secure tries: keccak of the
 * address, keccak of the slot), from what the EVM sees through the keeper: an account is in the trie unless
 * EIP-161 empty, its leaf RLP [nonce, balance, storageRoot, codeHash], its slots RLP of the value.
 */
export async function referenceStateRoot(evm: EvmKeeper, ctx: Context, addresses: Iterable<Uint8Array>): Promise<Uint8Array> {
  const trie = await createMPT({ useKeyHashing: true });
  for (const addr of addresses) {
    const a = evm.getAccount(ctx, addr);
    if (a.nonce === 0n && a.balance === 0n && a.codeHash === undefined) continue;
    const storage = await createMPT({ useKeyHashing: true });
    for (const [slot, v] of evm.view(ctx).storageEntries(addr)) await storage.put(Buffer.from(slot, 'hex'), RLP.encode(v));
    await trie.put(addr, RLP.encode([bigIntToUnpaddedBytes(a.nonce), bigIntToUnpaddedBytes(a.balance), storage.root(), a.codeHash ?? KECCAK256_NULL]));
  }
  return trie.root();
}

/** DerivedRows in memory (a node's `e/` rows without the node), counting what was written ahead. */
export class MemoryRows implements DerivedRows {
  readonly rows = new Map<string, Uint8Array>();
  aheadBatches = 0;
  get(key: string): Uint8Array | undefined {
    return this.rows.get(key);
  }
  async *iterate(prefix: string, opts?: { gte?: string; lt?: string; reverse?: boolean; limit?: number }): AsyncIterableIterator<[string, Uint8Array]> {
    let keys = [...this.rows.keys()].filter((k) => k.startsWith(prefix) && (opts?.gte === undefined || k >= opts.gte) && (opts?.lt === undefined || k < opts.lt)).sort();
    if (opts?.reverse) keys = keys.reverse();
    if (opts?.limit !== undefined && opts.limit >= 0) keys = keys.slice(0, opts.limit);
    for (const k of keys) yield [k, this.rows.get(k)!];
  }
  async writeAhead(rows: Array<[string, Uint8Array]>): Promise<void> {
    this.aheadBatches++;
    this.put(rows);
  }
  put(rows: Array<[string, Uint8Array]>): void {
    for (const [k, v] of rows) this.rows.set(k, v);
  }
  delete(keys: string[]): void {
    for (const k of keys) this.rows.delete(k);
  }
}

/**
 * @ethereumjs/mpt's verifyMerkleProof (secure trie: the key is hashed), except for the empty trie: geth and
 * Trivium answer an empty proof there, which verifyMerkleProof refuses whatever it is given (its own
 * createMerkleProof of an empty trie is [] too); the root KECCAK256_RLP alone proves every key absent.
 */
export async function verifyProof(root: Uint8Array, key: Uint8Array, proof: Uint8Array[]): Promise<Uint8Array | null> {
  if (equalsBytes(root, KECCAK256_RLP)) {
    if (proof.length !== 0) throw new Error('a proof against the empty trie must be empty');
    return null;
  }
  return verifyMerkleProof(key, proof, { root, useKeyHashing: true });
}
