import type { AccountFields, StateManagerInterface } from '@ethereumjs/common';
import { OriginalStorageCache } from '@ethereumjs/statemanager';
import {
  Account,
  type Address,
  KECCAK256_NULL,
  KECCAK256_RLP,
  bytesToUnprefixedHex,
  equalsBytes,
} from '@ethereumjs/util';
import { DENOM } from '../../../core/types/address.ts';
import { Context } from '../../../core/types/context.ts';
import type { AbciEvent } from '../../../core/types/events.ts';
import type { BankKeeper } from '../expected-keepers.ts';
import { infiniteGasMeter, type GasMeter } from '../../../core/types/gas.ts';
import { CacheStore } from '../../../core/store/cache-store.ts';
import type { KVStore } from '../../../core/store/kv.ts';
import { keccak256 } from '../crypto.ts';
import { StoreKeys } from '../types/index.ts';
import { type AccountRecord, decodeAccount, encodeAccount } from './account.ts';
import { joinWei, splitWei } from './balance.ts';

/** One EVM checkpoint: a cache over the layer below, and the Cosmos events emitted inside it (precompiles). */
interface Layer {
  store: KVStore;
  events: AbciEvent[];
  /** A context over `store` for bank calls (their events and KV gas are not the EVM's business). */
  bankCtx?: Context;
  /** Accounts as this layer sees them (read or written here); a miss looks at the layers below. */
  accounts?: Map<string, CachedAccount>;
}

/** An account as the EVM sees it: the record (if any) joined with the bank balance. */
interface CachedAccount {
  hasRecord: boolean;
  nonce: bigint;
  /** wei */
  balance: bigint;
  codeHash?: Uint8Array;
}

/** Without a record the fraction is 0, so a positive balance means whole utrv in the bank. */
const exists = (c: CachedAccount) => c.hasRecord || c.balance > 0n;

const EMPTY = new Uint8Array(0);
/** Decoded account records by their stored bytes (records are immutable once written). */
const decoded = new WeakMap<Uint8Array, AccountRecord>();

/**
 * Bank calls made by the EVM skip the SDK's KV gas: the EVM charges its own gas for state access (1:1 with
 * Cosmos gas), so metering the bank's reads and writes again would charge twice.
 */
class UnmeteredContext extends Context {
  override get store(): KVStore {
    return this.rawStore;
  }
}
const sameHash = (a?: Uint8Array, b?: Uint8Array) => (a === undefined || b === undefined ? a === b : equalsBytes(a, b));
const ZERO_ROOT = new Uint8Array(32);

/**
 * A flat state manager over our KVStore: accounts, code and storage under `evm/…`, balances in the bank.
 *
 * Each ethereumjs checkpoint pushes a CacheStore over the one below; commit writes it down, revert drops
 * it. The bottom layer is the store of the context the executor was bound to (a tx branch), so EVM and bank
 * writes made in one tx commit or roll back together with everything else in that branch.
 */
export class EvmStateManager implements StateManagerInterface {
  readonly originalStorageCache: OriginalStorageCache;
  private layers: Layer[] = [];
  private base?: Context;

  constructor(private readonly bank: BankKeeper) {
    this.originalStorageCache = new OriginalStorageCache(this.getStorage.bind(this));
  }

  /** Point the state manager at a context's store; previous state (layers, caches) is forgotten. */
  bind(ctx: Context): void {
    this.base = ctx;
    this.layers = [{ store: ctx.rawStore, events: [] }];
    this.originalStorageCache.clear();
  }

  /** Detach, returning the events that reached the bottom layer. */
  unbind(): AbciEvent[] {
    const events = this.layers[0]?.events ?? [];
    this.layers = [];
    this.base = undefined;
    return events;
  }

  get depth(): number {
    return this.layers.length;
  }

  private get top(): Layer {
    const l = this.layers[this.layers.length - 1];
    if (!l) throw new Error('EVM state manager used while not bound to a context');
    return l;
  }

  /** The store at the current checkpoint (reads see every write made so far in this execution). */
  get store(): KVStore {
    return this.top.store;
  }

  private bankCtx(): Context {
    const top = this.top;
    if (top.bankCtx) return top.bankCtx;
    const b = this.base!;
    return (top.bankCtx = new UnmeteredContext(top.store, infiniteGasMeter(), b.block, b.mode, b.index, b.tx));
  }

  private contextOver(store: KVStore, meter: GasMeter): Context {
    const b = this.base!;
    return new Context(store, meter, b.block, b.mode, b.index, b.tx);
  }

  /**
   * A context over the current checkpoint for a precompile (x/crossvm's calls into other VMs): its writes
   * and events belong to the EVM call frame and are reverted with it. Call `settle` when it returns.
   */
  frameContext(meter: GasMeter): { ctx: Context; settle: () => void } {
    const layer = this.top;
    const ctx = this.contextOver(layer.store, meter);
    return {
      ctx,
      settle: () => {
        layer.events.push(...ctx.events);
        // The precompile may have moved funds or touched accounts behind the EVM's back.
        this.forgetAccounts();
      },
    };
  }

  // --- records -------------------------------------------------------------------------------------------

  getRecord(addrHex: string): AccountRecord | undefined {
    const raw = this.top.store.get(StoreKeys.account(addrHex));
    if (raw === undefined) return undefined;
    // Stores hand back the same bytes object until it is rewritten: decode each once.
    let rec = decoded.get(raw);
    if (rec === undefined) decoded.set(raw, (rec = decodeAccount(raw)));
    return rec;
  }

  private putRecord(addrHex: string, rec: AccountRecord): void {
    this.top.store.set(StoreKeys.account(addrHex), encodeAccount(rec));
  }

  /** Write a wei balance: whole utrv through the bank (mint/burn the difference), the rest in the record. */
  private setBalance(addr: Uint8Array, wei: bigint): bigint {
    const { utrv, fractional } = splitWei(wei);
    const ctx = this.bankCtx();
    const have = this.bank.getBalance(ctx, addr, DENOM);
    if (utrv > have) this.bank.mintCoins(ctx, addr, [{ denom: DENOM, amount: (utrv - have).toString() }]);
    else if (utrv < have) this.bank.burnCoins(ctx, addr, [{ denom: DENOM, amount: (have - utrv).toString() }]);
    return fractional;
  }

  // --- StateManagerInterface ----------------------------------------------------------------------------

  async getAccount(address: Address): Promise<Account | undefined> {
    return this.getAccountSync(address.bytes);
  }

  /**
   * The account's fields as getAccountSync reads them, without an ethereumjs Account (revm's read callback):
   * the state manager's own cached record, which the caller must not change.
   */
  peekAccount(addr: Uint8Array): Readonly<{ nonce: bigint; balance: bigint; codeHash?: Uint8Array }> | undefined {
    const c = this.account(bytesToUnprefixedHex(addr), addr);
    return exists(c) ? c : undefined;
  }

  getAccountSync(addr: Uint8Array): Account | undefined {
    const c = this.account(bytesToUnprefixedHex(addr), addr);
    return exists(c) ? new Account(c.nonce, c.balance, KECCAK256_RLP, c.codeHash ?? KECCAK256_NULL) : undefined;
  }

  /**
   * ethereumjs reads the same few accounts many times per message (caller and callee, before and after
   * every value move, at cleanup): each read joins a record with a bank balance, so remember the join per
   * checkpoint layer. Every write goes through putAccountSync/putCodeSync/deleteAccount, which update it.
   */
  private account(hex: string, addr: Uint8Array): CachedAccount {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const hit = this.layers[i]!.accounts?.get(hex);
      if (hit) return hit;
    }
    const rec = this.getRecord(hex);
    const utrv = this.bank.getBalance(this.bankCtx(), addr, DENOM);
    const c: CachedAccount = { hasRecord: rec !== undefined, nonce: rec?.nonce ?? 0n, balance: joinWei(utrv, rec?.fractional ?? 0n), codeHash: rec?.codeHash };
    this.remember(hex, c);
    return c;
  }

  private remember(hex: string, c: CachedAccount): void {
    (this.top.accounts ??= new Map()).set(hex, c);
  }

  private forgetAccounts(): void {
    for (const l of this.layers) l.accounts = undefined;
  }

  async putAccount(address: Address, account?: Account): Promise<void> {
    if (account === undefined) return this.deleteAccount(address);
    this.putAccountSync(address.bytes, account);
  }

  putAccountSync(addr: Uint8Array, account: Account): void {
    const hex = bytesToUnprefixedHex(addr);
    const cur = this.account(hex, addr);
    const codeHash = equalsBytes(account.codeHash, KECCAK256_NULL) ? undefined : account.codeHash;
    const fractional = splitWei(account.balance).fractional;
    if (account.balance !== cur.balance) this.setBalance(addr, account.balance);
    // ethereumjs puts caller and callee of every message, changed or not: write only real changes, and no
    // record for an account that is still empty (EIP-161: empty and absent are the same).
    const unchanged = cur.hasRecord && cur.nonce === account.nonce && splitWei(cur.balance).fractional === fractional && sameHash(cur.codeHash, codeHash);
    const needsNone = !cur.hasRecord && account.nonce === 0n && fractional === 0n && codeHash === undefined;
    if (!unchanged && !needsNone) this.putRecord(hex, { nonce: account.nonce, fractional, codeHash });
    this.remember(hex, { hasRecord: cur.hasRecord || !needsNone, nonce: account.nonce, balance: account.balance, codeHash });
  }

  async deleteAccount(address: Address): Promise<void> {
    this.deleteAccountSync(address.bytes);
  }

  deleteAccountSync(addr: Uint8Array): void {
    const hex = bytesToUnprefixedHex(addr);
    if (this.account(hex, addr).balance !== 0n) this.setBalance(addr, 0n);
    if (this.account(hex, addr).hasRecord) {
      this.top.store.delete(StoreKeys.account(hex));
      this.clearStorageSync(hex);
    }
    this.remember(hex, { hasRecord: false, nonce: 0n, balance: 0n });
  }

  async modifyAccountFields(address: Address, fields: AccountFields): Promise<void> {
    const account = this.getAccountSync(address.bytes) ?? new Account();
    if (fields.nonce !== undefined) account.nonce = fields.nonce;
    if (fields.balance !== undefined) account.balance = fields.balance;
    if (fields.codeHash !== undefined) account.codeHash = fields.codeHash;
    if (fields.storageRoot !== undefined) account.storageRoot = fields.storageRoot;
    this.putAccountSync(address.bytes, account);
  }

  async putCode(address: Address, value: Uint8Array): Promise<void> {
    this.putCodeSync(address.bytes, value);
  }

  putCodeSync(addr: Uint8Array, code: Uint8Array): void {
    const hex = bytesToUnprefixedHex(addr);
    let codeHash: Uint8Array | undefined;
    if (code.length > 0) {
      codeHash = keccak256(code);
      const key = StoreKeys.code(bytesToUnprefixedHex(codeHash));
      if (!this.top.store.has(key)) this.top.store.set(key, code);
    }
    const cur = this.account(hex, addr);
    // A new account's balance (if any) is whole utrv in the bank: its fraction is 0.
    this.putRecord(hex, { nonce: cur.nonce, fractional: splitWei(cur.balance).fractional, codeHash });
    this.remember(hex, { ...cur, hasRecord: true, codeHash });
  }

  async getCode(address: Address): Promise<Uint8Array> {
    return this.getCodeSync(address.bytes);
  }

  getCodeSync(addr: Uint8Array): Uint8Array {
    const codeHash = this.account(bytesToUnprefixedHex(addr), addr).codeHash;
    if (codeHash === undefined) return EMPTY;
    return this.top.store.get(StoreKeys.code(bytesToUnprefixedHex(codeHash))) ?? EMPTY;
  }

  async getCodeSize(address: Address): Promise<number> {
    return this.getCodeSync(address.bytes).length;
  }

  async getStorage(address: Address, key: Uint8Array): Promise<Uint8Array> {
    return this.getStorageSync(address.bytes, key);
  }

  getStorageSync(addr: Uint8Array, key: Uint8Array): Uint8Array {
    if (key.length !== 32) throw new Error('Storage key must be 32 bytes long');
    return this.top.store.get(StoreKeys.storage(bytesToUnprefixedHex(addr), bytesToUnprefixedHex(key))) ?? EMPTY;
  }

  async putStorage(address: Address, key: Uint8Array, value: Uint8Array): Promise<void> {
    this.putStorageSync(address.bytes, key, value);
  }

  putStorageSync(addr: Uint8Array, key: Uint8Array, value: Uint8Array): void {
    if (key.length !== 32) throw new Error('Storage key must be 32 bytes long');
    if (value.length > 32) throw new Error('Storage value cannot be longer than 32 bytes');
    let i = 0;
    while (i < value.length && value[i] === 0) i++;
    const k = StoreKeys.storage(bytesToUnprefixedHex(addr), bytesToUnprefixedHex(key));
    if (i === value.length) this.top.store.delete(k);
    else this.top.store.set(k, i === 0 ? value : value.slice(i));
  }

  async clearStorage(address: Address): Promise<void> {
    this.clearStorageSync(bytesToUnprefixedHex(address.bytes));
  }

  clearStorageOf(addr: Uint8Array): void {
    this.clearStorageSync(bytesToUnprefixedHex(addr));
  }

  private clearStorageSync(addrHex: string): void {
    const store = this.top.store;
    const keys = [...store.iterate(StoreKeys.storagePrefix(addrHex))].map(([k]) => k);
    for (const k of keys) store.delete(k);
  }

  /** Every non-zero slot of an address (genesis export, debugging), in slot order. */
  *storageEntries(addr: Uint8Array): IterableIterator<[string, Uint8Array]> {
    const prefix = StoreKeys.storagePrefix(bytesToUnprefixedHex(addr));
    for (const [k, v] of this.top.store.iterate(prefix)) yield [k.slice(prefix.length), v];
  }

  /** The hash of a recent block, as x/evm recorded it at BeginBlock (undefined outside the window). */
  getBlockHash(height: number): Uint8Array | undefined {
    return this.top.store.get(StoreKeys.blockHash(height));
  }

  async checkpoint(): Promise<void> {
    this.checkpointSync();
  }

  checkpointSync(): void {
    this.layers.push({ store: new CacheStore(this.top.store), events: [] });
  }

  async commit(): Promise<void> {
    this.commitSync();
  }

  commitSync(): void {
    if (this.layers.length < 2) throw new Error('EVM state manager: commit without checkpoint');
    const layer = this.layers.pop()!;
    (layer.store as CacheStore).write();
    const top = this.top;
    top.events.push(...layer.events);
    if (layer.accounts) {
      if (!top.accounts) top.accounts = layer.accounts;
      else for (const [k, v] of layer.accounts) top.accounts.set(k, v);
    }
  }

  async revert(): Promise<void> {
    this.revertSync();
  }

  revertSync(): void {
    if (this.layers.length < 2) throw new Error('EVM state manager: revert without checkpoint');
    this.layers.pop();
  }

  // State roots belong to a Merkle state; the app hash commits to our flat state instead.
  async getStateRoot(): Promise<Uint8Array> {
    return ZERO_ROOT;
  }
  async setStateRoot(): Promise<void> {
    throw new Error('EvmStateManager has no state roots');
  }
  async hasStateRoot(): Promise<boolean> {
    return false;
  }
  clearCaches(): void {}

  shallowCopy(): StateManagerInterface {
    const copy = new EvmStateManager(this.bank);
    if (this.base) copy.bind(this.base);
    return copy;
  }
}
