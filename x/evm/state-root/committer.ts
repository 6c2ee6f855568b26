import { KECCAK256_NULL, KECCAK256_RLP, bytesToUnprefixedHex } from '@ethereumjs/util';
import type { DerivedRows } from '../../../core/store/derived-rows.ts';
import type { KVStore } from '../../../core/store/kv.ts';
import type { BankKeeper } from '../expected-keepers.ts';
import { keccak256 } from '../crypto.ts';
import { DerivedKeys } from '../types/index.ts';
import { decodeTrieAccount, encodeStorageValue, encodeTrieAccount } from './account-leaf.ts';
import { AccountReader } from './account-state.ts';
import { type Nibbles, toNibbles } from './nibbles.ts';
import { TrieNodeStore } from './node-store.ts';
import { commitTrie, rootRef } from './trie-commit.ts';
import type { NodeRef } from './trie-node.ts';
import { trieGet } from './trie-read.ts';
import { compareNibbles, type TrieChange, TrieUpdater } from './trie-update.ts';
import { type SlotChange, everyAddress, touchedBy } from './touched.ts';

export interface StateRootOptions {
  /**
   * Accounts hashed and written per part: a change set larger than this (InitChain of a big genesis) writes the
   * nodes of every part but the last ahead of the block's batch (DerivedRows.writeAhead), so memory holds one
   * part's new nodes, never the whole trie's. Default 20,000.
   */
  chunk?: number;
  /** The decoded-node cache, bytes. Default 16 MiB. */
  cacheBytes?: number;
}

type Rows = Array<[string, Uint8Array]>;

/**
 * Keeps Ethereum's state root of the EVM accounts, incrementally: at each Commit (Module.commitRows) the accounts
 * the block's changes reach are read from the post-block state and only their paths in the account trie (and in
 * their storage tries) are rewritten. The rows — new trie nodes and the height's root — go in the block's batch.
 *
 * The root is a function of the post-block state alone (an account is present unless EIP-161 empty, its storage
 * root is that of its stored slots), so two nodes that commit the same blocks have the same roots, and a state
 * without a root below it (a home from before the state root, or one imported from a snapshot) is rebuilt from
 * the state in full at its next commit.
 */
export class StateRootCommitter {
  private rows?: DerivedRows;
  private readonly nodes: TrieNodeStore;
  private readonly updater: TrieUpdater;
  private readonly chunk: number;

  constructor(
    private readonly bank: Pick<BankKeeper, 'getBalance'>,
    opts: StateRootOptions = {},
  ) {
    this.chunk = Math.max(1, opts.chunk ?? 20_000);
    this.nodes = new TrieNodeStore((k) => this.rows!.get(k), opts.cacheBytes);
    this.updater = new TrieUpdater((h) => this.nodes.node(h));
  }

  async commitRows(changes: ReadonlyArray<readonly [string, Uint8Array | null]>, state: KVStore, height: number, rows: DerivedRows): Promise<Rows> {
    this.rows = rows;
    const below = height === 0 ? KECCAK256_RLP : rows.get(DerivedKeys.stateRoot(height - 1));
    const { addresses, storage } = below === undefined ? { addresses: everyAddress(state), storage: new Map<string, SlotChange[]>() } : touchedBy(changes);
    const before = rootRef(below ?? KECCAK256_RLP);
    const accounts = new AccountReader(state, this.bank);
    const keyed = addresses.map((hex) => ({ hex, key: toNibbles(keccak256(Buffer.from(hex, 'hex'))) })).sort((a, b) => compareNibbles(a.key, b.key));

    const out: Rows = [];
    const sink = (hash: Uint8Array, rlp: Uint8Array) => out.push([DerivedKeys.node(bytesToUnprefixedHex(hash)), rlp]);
    let root = before;
    let rootHash = below ?? KECCAK256_RLP;
    for (let at = 0; at < keyed.length; at += this.chunk) {
      const part: TrieChange[] = [];
      for (const { hex, key } of keyed.slice(at, at + this.chunk)) {
        part.push({ key, value: this.leaf(hex, key, before, accounts, storage.get(hex), sink) });
      }
      rootHash = commitTrie(this.updater.update(root, part), sink);
      root = rootRef(rootHash);
      // Parts in key order: each rewrites only the few nodes on its boundary that the next one rewrites again.
      if (at + this.chunk < keyed.length && out.length > 0) await rows.writeAhead(out.splice(0));
    }
    out.push([DerivedKeys.stateRoot(height), rootHash]);
    return out;
  }

  /** The rows of the heights above `height`: their roots (nodes stay, content-addressed and harmless). */
  async rollbackRows(height: number, rows: DerivedRows): Promise<string[]> {
    const keys: string[] = [];
    for await (const [k] of rows.iterate(DerivedKeys.stateRootPrefix, { gte: DerivedKeys.stateRoot(height + 1) })) keys.push(k);
    this.nodes.clear();
    return keys;
  }

  /** An address's new account leaf (null: absent), its storage trie updated on the way. */
  private leaf(hex: string, key: Nibbles, before: NodeRef | null, accounts: AccountReader, slots: SlotChange[] | undefined, sink: (h: Uint8Array, rlp: Uint8Array) => void): Uint8Array | null {
    const acc = accounts.account(hex);
    if (!acc) return null;
    const old = trieGet(before, key, (h) => this.nodes.node(h));
    let storageRoot: Uint8Array;
    if (old !== undefined) {
      const prev = decodeTrieAccount(old).storageRoot;
      storageRoot = slots ? this.storageRoot(prev, slots, sink) : prev;
    } else {
      // New in the trie (or back after being empty): its storage is whatever the state holds, which may predate it.
      storageRoot = this.storageRoot(KECCAK256_RLP, [...accounts.slots(hex)], sink);
    }
    return encodeTrieAccount({ nonce: acc.nonce, balance: acc.balance, storageRoot, codeHash: acc.codeHash ?? KECCAK256_NULL });
  }

  private storageRoot(prev: Uint8Array, slots: SlotChange[], sink: (h: Uint8Array, rlp: Uint8Array) => void): Uint8Array {
    if (slots.length === 0) return prev;
    const changes: TrieChange[] = slots
      .map(([slot, v]) => ({ key: toNibbles(keccak256(Buffer.from(slot, 'hex'))), value: v === null || v.every((b) => b === 0) ? null : encodeStorageValue(v) }))
      .sort((a, b) => compareNibbles(a.key, b.key));
    return commitTrie(this.updater.update(rootRef(prev), changes), sink);
  }
}
