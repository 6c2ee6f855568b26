import { lazyRequire } from '../../../core/types/lazy-parts.ts';
import type * as LiteSvmPackage from 'litesvm';
import type { Account, Clock, FailedTransactionMetadata, TransactionMetadata } from 'litesvm';
import {
  BPF_LOADER_ID,
  UPGRADEABLE_LOADER_ID,
  NATIVE_LOADER_ID,
  SYSVAR_OWNER_ID,
  VOUCHER_PUBKEY,
  type SvmAccount,
  bytesEqual,
  toHex,
} from '../types/index.ts';
import { decodeBase58 } from '../types/base58.ts';
import { type RuntimeError, describeRuntimeError } from './errors.ts';

/**
 * LiteSVM as a pure execution engine. The store is the truth; the engine holds a copy of whatever accounts
 * recent transactions touched. The lock-step rule: before a transaction runs, every account it names is
 * compared with what the engine last saw of it (the store record by identity or bytes, and the lamports);
 * any difference is written into the engine first. So the engine's history (discarded branches, simulations,
 * restarts) never shows through: a transaction sees exactly the store's state of the accounts it names,
 * which are the only accounts the runtime lets it see.
 *
 * One engine serves every context (check, simulate, deliver, query); calls are synchronous, so they never
 * interleave.
 */

/** What the keeper read from the store for one account. */
export interface StoredView {
  /** The record bytes as the store returned them (identity is the fast path of the lock-step check). */
  record: Uint8Array | undefined;
  lamports: bigint;
}

export interface SyncEntry {
  key: Uint8Array;
  hex: string;
  view: StoredView;
  /**
   * For deployed programs: the ELF hash (what the engine's compiled-program cache must match), or
   * UPGRADEABLE_PROGRAM for an upgradeable-loader program (its code is in `programData`).
   */
  programHash?: string;
  /** An upgradeable program's ProgramData account (hex): when that is re-synced, the program is re-set after it. */
  programData?: string;
  /** This is an upgradeable ProgramData account: synced before the programs that point at it. */
  isProgramData?: boolean;
  /** The full account, materialised only when the engine's copy is stale (loads the ELF for programs). */
  materialise(): SvmAccount;
}

export interface EngineOutcome {
  ok: boolean;
  error?: RuntimeError;
  logs: string[];
  computeUnits: bigint;
  returnData?: { programId: Uint8Array; data: Uint8Array };
  /** Cross-program invocations per top-level instruction (only read when the logs show one). */
  innerInstructions?: InnerInstructionOut[][];
}

/** One cross-program invocation, indices into the transaction's account keys (RPC meta only, never state). */
export interface InnerInstructionOut {
  programIdIndex: number;
  accounts: number[];
  data: Uint8Array;
  stackHeight: number;
}

const LOADER_OWNERS = [
  'BPFLoader1111111111111111111111111111111111',
  'BPFLoader2111111111111111111111111111111111',
  'BPFLoaderUpgradeab1e11111111111111111111111',
  'LoaderV411111111111111111111111111111111111',
].map((s) => decodeBase58(s));

/**
 * litesvm's public API is the LiteSVM wrapper, typed in @solana/kit terms: base58 codecs on every call, and
 * its setAccount drops rentEpoch. The engine drives the native binding that wrapper holds in its `inner`
 * field (what `new LiteSVM()` constructs), with byte keys and wire bytes; the package exports no type for
 * it, hence this interface of the methods used (litesvm 1.5's signatures).
 */
export interface NativeSvm {
  setSigverify(sigverify: boolean): void;
  setBlockhashCheck(check: boolean): void;
  setTransactionHistory(capacity: bigint): void;
  setLogBytesLimit(limit?: bigint | null): void;
  minimumBalanceForRentExemption(dataLen: bigint): bigint;
  getAccount(pubkey: Uint8Array): Account | null;
  getProgramAccounts(programId: Uint8Array): Array<{ address: Uint8Array }>;
  setAccount(pubkey: Uint8Array, data: Account): void;
  setClock(clock: Clock): void;
  sendLegacyTransaction(txBytes: Uint8Array): TransactionMetadata | FailedTransactionMetadata;
  sendVersionedTransaction(txBytes: Uint8Array): TransactionMetadata | FailedTransactionMetadata;
}

/** Loaded on first use: the package pulls in @solana/kit (≈ 70 ms, ≈ 13 MB) besides the native runtime. */
const litesvm = lazyRequire<typeof LiteSvmPackage>('litesvm', 'litesvm');

/** A fresh native runtime (what the engine runs on; benchmarks compare against a bare one). */
export function newNativeSvm(): NativeSvm {
  return (new (litesvm().LiteSVM)() as unknown as { inner: NativeSvm }).inner;
}

/** The programHash of an upgradeable-loader program (its ELF lives in its ProgramData account). */
export const UPGRADEABLE_PROGRAM = 'upgradeable';

const VOUCHER_FLOOR = 1n << 58n;
const VOUCHER_FILL = 1n << 60n;
/** Solana's default log limit (bytes); longer logs end in "Log truncated". */
const LOG_BYTES_LIMIT = 10_000n;

export class SvmEngine {
  /** Built on first use: an idle node that never runs a Solana program does not pay LiteSVM's ≈ 20 MiB. */
  private live?: NativeSvm;
  /** Accounts the engine itself provides (builtins, sysvars, the SPL programs it ships): never synced. */
  private builtins = new Set<string>();
  private mirror = new Map<string, StoredView>();
  /** Program ids whose compiled image the engine caches, with the ELF hash it was compiled from. */
  private cachedPrograms = new Map<string, string>();
  private sigverify = false;
  private clockKey = '';
  private voucherLamports = 0n;
  /** How many times the engine was rebuilt because its program cache disagreed with the store. */
  resets = 0;
  /** Transactions run and the wall time spent inside the runtime's send call (for benchmarks). */
  readonly stats = { runs: 0, runtimeMs: 0 };

  private get svm(): NativeSvm {
    return this.live ?? this.reset();
  }

  private reset(): NativeSvm {
    const svm = newNativeSvm();
    svm.setSigverify(false);
    svm.setBlockhashCheck(false);
    svm.setTransactionHistory(0n);
    svm.setLogBytesLimit(LOG_BYTES_LIMIT);
    this.live = svm;
    this.sigverify = false;
    this.clockKey = '';
    this.voucherLamports = 0n;
    this.mirror.clear();
    this.cachedPrograms.clear();
    if (this.builtins.size === 0) {
      for (const owner of [NATIVE_LOADER_ID, SYSVAR_OWNER_ID, ...LOADER_OWNERS]) {
        for (const a of svm.getProgramAccounts(owner)) this.builtins.add(toHex(a.address));
      }
      for (const owner of LOADER_OWNERS) this.builtins.add(toHex(owner));
      this.builtins.add(toHex(NATIVE_LOADER_ID));
    }
    return svm;
  }

  isBuiltin(hex: string): boolean {
    if (!this.live) this.reset();
    return this.builtins.has(hex);
  }

  /** A builtin account as the engine holds it (for queries and RPC). */
  builtinAccount(key: Uint8Array): SvmAccount | undefined {
    return this.isBuiltin(toHex(key)) ? this.read(key) : undefined;
  }

  /**
   * A builtin's lamports, read once (a crossing into the runtime per key and transaction otherwise): the
   * runtime demotes builtin programs and sysvars to read-only, so they keep what the engine was built with.
   * Only the pre/post balances of the node's transaction records use it (never the state).
   */
  builtinLamports(key: Uint8Array, hex = toHex(key)): bigint | undefined {
    if (!this.isBuiltin(hex)) return undefined;
    let v = this.builtinBalances.get(hex);
    if (v === undefined) {
      v = this.read(key)?.lamports ?? 0n;
      this.builtinBalances.set(hex, v);
    }
    return v;
  }
  private readonly builtinBalances = new Map<string, bigint>();

  /** Clock from the block: slot = height, unix time = block time. Never the wall clock. */
  setBlock(height: number, timeMs: number): void {
    const key = `${height}/${timeMs}`;
    if (key === this.clockKey) return;
    this.svm.setClock(new (litesvm().Clock)(BigInt(height), 0n, 0n, 0n, BigInt(Math.floor(timeMs / 1000))));
    this.clockKey = key;
  }

  /** Brings the engine's copy of these accounts in line with the store (see the class comment). */
  sync(entries: SyncEntry[]): void {
    // A compiled program the store no longer backs (a deploy whose branch was discarded) cannot be evicted
    // from the engine's program cache: start a fresh engine instead. Rare, and invisible to results.
    for (const e of entries) {
      const cached = this.cachedPrograms.get(e.hex);
      if (cached !== undefined && cached !== e.programHash) {
        this.resets++;
        this.reset();
        break;
      }
    }
    // The runtime compiles an upgradeable program when its account is set, from the ProgramData it then
    // holds: ProgramData first, and a program whose ProgramData changed is set again after it.
    const ordered = entries.some((e) => e.isProgramData) ? [...entries.filter((e) => e.isProgramData), ...entries.filter((e) => !e.isProgramData)] : entries;
    const resynced = new Set<string>();
    for (const e of ordered) {
      const m = this.mirror.get(e.hex);
      const stale = e.programData !== undefined && resynced.has(e.programData);
      if (!stale && m && m.lamports === e.view.lamports && sameRecord(m.record, e.view.record)) continue;
      resynced.add(e.hex);
      const acc = e.materialise();
      this.svm.setAccount(e.key, new (litesvm().Account)(acc.lamports, acc.data, acc.owner, acc.executable, acc.rentEpoch));
      if (e.programHash !== undefined) this.cachedPrograms.set(e.hex, e.programHash);
      this.mirror.set(e.hex, e.view);
    }
  }

  /** Loads (and so verifies and compiles) a program; throws the loader's complaint on a bad ELF. */
  loadProgram(key: Uint8Array, hex: string, acc: SvmAccount, programHash: string, view: StoredView): void {
    if (this.cachedPrograms.has(hex) && this.cachedPrograms.get(hex) !== programHash) {
      this.resets++;
      this.reset();
    }
    this.svm.setAccount(key, new (litesvm().Account)(acc.lamports, acc.data, BPF_LOADER_ID, true, acc.rentEpoch));
    this.cachedPrograms.set(hex, programHash);
    this.mirror.set(hex, view);
  }

  /**
   * After a transaction that may have deployed upgradeable programs: the engine now caches those it holds as
   * programs, and must be rebuilt if the store turns out not to back them (a simulated or failed deploy).
   */
  noteDeployed(keys: Array<{ key: Uint8Array; hex: string }>): void {
    for (const { key, hex } of keys) {
      const a = this.read(key);
      if (a?.executable && bytesEqual(a.owner, UPGRADEABLE_LOADER_ID)) this.cachedPrograms.set(hex, UPGRADEABLE_PROGRAM);
    }
  }

  /** The store now holds `view` for this account, which is what the engine holds after the last run. */
  noteStored(hex: string, view: StoredView): void {
    this.mirror.set(hex, view);
  }

  /** Forget what the engine holds for an account (its next use re-syncs it from the store). */
  forget(hex: string): void {
    this.mirror.delete(hex);
  }

  /** Runs a wire transaction. `sigverify` off means the module vouches for the signers. */
  run(tx: Uint8Array, opts: { sigverify: boolean; versioned: boolean; feePayerIsVoucher: boolean; signatures: number }): EngineOutcome {
    if (opts.sigverify !== this.sigverify) {
      this.svm.setSigverify(opts.sigverify);
      this.sigverify = opts.sigverify;
    }
    if (opts.feePayerIsVoucher) {
      if (this.voucherLamports < VOUCHER_FLOOR) {
        this.svm.setAccount(VOUCHER_PUBKEY, new (litesvm().Account)(VOUCHER_FILL, new Uint8Array(0), new Uint8Array(32), false, 0n));
        this.voucherLamports = VOUCHER_FILL;
      }
      this.voucherLamports -= 5000n * BigInt(opts.signatures);
    }
    const t0 = performance.now();
    const r = opts.versioned ? this.svm.sendVersionedTransaction(tx) : this.svm.sendLegacyTransaction(tx);
    this.stats.runtimeMs += performance.now() - t0;
    this.stats.runs++;
    if (typeof (r as { err?: unknown }).err === 'function') {
      const f = r as FailedTransactionMetadata;
      const meta = f.meta();
      const logs = meta.logs();
      return { ok: false, error: describeRuntimeError(f.err()), logs, computeUnits: meta.computeUnitsConsumed(), returnData: returnDataOf(meta, logs), innerInstructions: innerOf(meta, logs) };
    }
    const meta = r as TransactionMetadata;
    const logs = meta.logs();
    return { ok: true, logs, computeUnits: meta.computeUnitsConsumed(), returnData: returnDataOf(meta, logs), innerInstructions: innerOf(meta, logs) };
  }

  read(key: Uint8Array): SvmAccount | undefined {
    const a = this.svm.getAccount(key);
    if (!a) return undefined;
    return { lamports: a.lamports(), owner: a.owner(), data: a.data(), executable: a.executable(), rentEpoch: a.rentEpoch() };
  }

  minimumBalanceForRentExemption(len: number): bigint {
    return this.svm.minimumBalanceForRentExemption(BigInt(len));
  }
}

function returnDataOf(meta: TransactionMetadata, logs: string[]): EngineOutcome['returnData'] {
  // The runtime logs "Program return: <id> <base64>" whenever a program sets return data; reading the
  // return data back costs a crossing into the runtime, so only do it then (or when logs were cut short).
  if (!logs.some((l) => l.startsWith('Program return: ') || l === 'Log truncated')) return undefined;
  const rd = meta.returnData();
  const data = rd.data();
  return data.length ? { programId: rd.programId(), data } : undefined;
}

/** Inner instructions, read only when a log line shows a nested invoke (a crossing per instruction otherwise). */
function innerOf(meta: TransactionMetadata, logs: string[]): InnerInstructionOut[][] | undefined {
  if (!logs.some((l) => / invoke \[[2-9]\]$/.test(l))) return undefined;
  return meta.innerInstructions().map((list) =>
    list.map((ii) => {
      const ix = ii.instruction();
      return { programIdIndex: ix.programIdIndex(), accounts: [...ix.accounts()], data: ix.data(), stackHeight: ii.stackHeight() };
    }),
  );
}

function sameRecord(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return bytesEqual(a, b);
}
