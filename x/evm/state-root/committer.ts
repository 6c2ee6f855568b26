import { KECCAK256_NULL, KECCAK256_RLP, bytesToUnprefixedHex } from '@ethereumjs/util';
import type { DerivedRows } from '../../../core/store/derived-rows.ts';
import type { KVStore } from '../../../core/store/kv.ts';
import type { BankKeeper } from '../expected-keepers.ts';
import { keccak256 } from '../crypto.ts';
import { DerivedKeys } from '../types/index.ts';
import { decodeTrieAccount, encodeStorageValue, encodeTrieAccount } from './account-leaf.ts';
import { AccountReader, type EvmAccountState } from './account-state.ts';
import { type Nibbles, toNibbles } from './nibbles.ts';
import { TrieNodeStore } from './node-store.ts';
import { commitTrie, type NodeSink, rootRef } from './trie-commit.ts';
import type { NodeRef } from './trie-node.ts';
import { trieGet } from './trie-read.ts';
import { compareNibbles, type TrieChange, TrieUpdater } from './trie-update.ts';
import { type SlotChange, everyAddress, everySlot, touchedBy } from './touched.ts';

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
 * the state in full at its next commit. Slots can outlive an account only at an address without code (code goes
 * only with the whole account, storage and all), so an account entering the trie is scanned for slots older than
 * the block only when its address once had storage written without code (`e/s/`: genesis accounts with storage
 * and no code, in practice); any other holds only what the block wrote.
 */
export class StateRootCommitter {
  private rows?: DerivedRows;
  /**
   * The `e/s` addresses, in memory (a handful: genesis accounts with storage and no code), kept in one row read
   * once. Asking LevelDB for a marker row per account entering the trie cost a miss through every level of a large
   * database (≈ 1.5 ms per fresh address at 1,000,000 accounts), and scanning a prefix of marker rows at the first
   * commit ≈ 190 ms of a restart.
   */
  private codeless?: Set<string>;
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

  async commitRows(changes: ReadonlyArray<readonly [string, Uint8Array | null]>, state: KVStore, height: number, rows: DerivedRows, opts?: { ahead?: boolean }): Promise<Rows> {
    // A big genesis's parts written ahead: the last call sees the whole genesis and builds the trie in one pass in
    // key order (merging each part, a random sample of the key space, read back a growing share of the trie).
    if (opts?.ahead) return [];
    this.rows = rows;
    if (!this.codeless) {
      const stored = rows.get(DerivedKeys.codelessStorage);
      this.codeless = new Set(stored ? (JSON.parse(Buffer.from(stored).toString('utf8')) as string[]) : []);
    }
    // Height 0 (InitChain) and no root below (a restored snapshot, a home from before the state root): every
    // account is built from the state, its slots from one scan of the storage room.
    const below = height === 0 ? undefined : rows.get(DerivedKeys.stateRoot(height - 1));
    const full = below === undefined;
    const { addresses, storage } = full ? { addresses: everyAddress(state), storage: everySlot(state) } : touchedBy(changes);
    const before = rootRef(below ?? KECCAK256_RLP);
    const accounts = new AccountReader(state, this.bank);
    const keyed = addresses.map((hex) => ({ hex, key: toNibbles(keccak256(Buffer.from(hex, 'hex'))) })).sort((a, b) => compareNibbles(a.key, b.key));

    const out: Rows = [];
    const sink: NodeSink = (hash, rlp, node) => {
      out.push([DerivedKeys.node(bytesToUnprefixedHex(hash)), rlp]);
      // Content-addressed: true whether or not this block's batch ever lands.
      this.nodes.remember(hash, node);
    };
    const codeless = [...storage.keys()].sort(); // a full rebuild's `storage` is every slot of the state
    // A rebuild starts the list afresh from the state (the database may have been cleared under this process).
    if (full) this.codeless = new Set();
    let added = full;
    for (const hex of codeless) {
      if (accounts.account(hex)?.codeHash === undefined && !this.codeless.has(hex)) {
        this.codeless.add(hex); // a superset is harmless (one extra scan) should this block not commit
        added = true;
      }
    }
    if (added) out.push([DerivedKeys.codelessStorage, Buffer.from(JSON.stringify([...this.codeless].sort()))]);
    let root = before;
    let rootHash = below ?? KECCAK256_RLP;
    for (let at = 0; at < keyed.length; at += this.chunk) {
      const part: TrieChange[] = [];
      for (const { hex, key } of keyed.slice(at, at + this.chunk)) {
        const acc = accounts.account(hex);
        part.push({ key, value: acc ? this.leaf(hex, key, acc, before, accounts, storage.get(hex), full, sink) : null });
      }
      rootHash = commitTrie(this.updater.update(root, part), sink);
      root = rootRef(rootHash);
      // Parts in key order: each rewrites only the few nodes on its boundary that the next one rewrites again.
      if (at + this.chunk < keyed.length && out.length > 0) await rows.writeAhead(out.splice(0));
    }
    out.push([DerivedKeys.stateRoot(height), rootHash]);
    return out;
  }

  /** The rows of the heights above `height`: their roots (nodes and `e/s/` stay: content-addressed, or a harmless superset). */
  async rollbackRows(height: number, rows: DerivedRows): Promise<string[]> {
    const keys: string[] = [];
    for await (const [k] of rows.iterate(DerivedKeys.stateRootPrefix, { gte: DerivedKeys.stateRoot(height + 1) })) keys.push(k);
    return keys;
  }

  /** A present account's new leaf, its storage trie updated on the way. */
  private leaf(hex: string, key: Nibbles, acc: EvmAccountState, before: NodeRef | null, accounts: AccountReader, slots: SlotChange[] | undefined, full: boolean, sink: NodeSink): Uint8Array {
    const old = trieGet(before, key, (h) => this.nodes.node(h));
    let storageRoot: Uint8Array;
    if (old !== undefined) {
      const prev = decodeTrieAccount(old).storageRoot;
      storageRoot = slots ? this.storageRoot(prev, slots, sink) : prev;
    } else if (full) {
      storageRoot = this.storageRoot(KECCAK256_RLP, slots ?? [], sink); // all its slots: everySlot
    } else if (this.codeless!.has(hex)) {
      // New in the trie with storage it may have had while absent (written while it had no code): the state's slots.
      storageRoot = this.storageRoot(KECCAK256_RLP, [...accounts.slots(hex)], sink);
    } else {
      // New in the trie, and it never held storage without code: whatever it holds, this block wrote.
      storageRoot = this.storageRoot(KECCAK256_RLP, slots ?? [], sink);
    }
    return encodeTrieAccount({ nonce: acc.nonce, balance: acc.balance, storageRoot, codeHash: acc.codeHash ?? KECCAK256_NULL });
  }

  private storageRoot(prev: Uint8Array, slots: SlotChange[], sink: NodeSink): Uint8Array {
    if (slots.length === 0) return prev;
    const changes: TrieChange[] = slots
      .map(([slot, v]) => ({ key: toNibbles(keccak256(Buffer.from(slot, 'hex'))), value: v === null || v.every((b) => b === 0) ? null : encodeStorageValue(v) }))
      .sort((a, b) => compareNibbles(a.key, b.key));
    return commitTrie(this.updater.update(rootRef(prev), changes), sink);
  }
}
