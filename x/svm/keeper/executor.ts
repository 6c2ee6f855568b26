import type { Context } from '../../../core/types/context.ts';
import { addressFace } from '../types/address.ts';
import { encodeBase58 } from '../types/base58.ts';
import { type EngineOutcome, type StoredView, type SyncEntry, SvmEngine, UPGRADEABLE_PROGRAM } from '../engine/engine.ts';

/** The programHash of an upgradeable program whose ProgramData was closed. */
const CLOSED_UPGRADEABLE_PROGRAM = 'closed';
import { SvmGas } from '../gas.ts';
import { ErrInvalidAccountMeta, Keys, type SvmAccount, UPGRADEABLE_LOADER_ID, bytesEqual, toHex } from '../types/index.ts';
import type { LamportChange, LamportLedger } from './lamports.ts';
import { type AccountRecord, decodeRecord, encodeRecord, recordOwner } from './record.ts';

/** Accounts created since rent collection ended carry this rent epoch (Solana's RENT_EXEMPT_RENT_EPOCH). */
export const RENT_EXEMPT_EPOCH = 0xffff_ffff_ffff_ffffn;
export const ZERO32 = new Uint8Array(32);

/** One account of a transaction as loaded for a run. */
interface Loaded {
  key: Uint8Array;
  hex: string;
  face: Uint8Array;
  view: StoredView;
  elfRef: boolean;
}

export interface RunResult {
  outcome: EngineOutcome;
  loaded: Map<number, Loaded>;
}

/**
 * Runs transactions in the engine against a context's store: load what a transaction names, bring the engine
 * in line (engine.ts's lock-step rule), run, and — when the caller decides so — write back what changed.
 */
export class Executor {
  readonly engine = new SvmEngine();
  /** 20-byte faces (and their hex) by pubkey hex: a pure function, cached because hashing is on every call's path. */
  private readonly faces = new Map<string, { face: Uint8Array; hex: string }>();

  constructor(readonly ledger: LamportLedger) {}

  faceOf(key: Uint8Array, hex: string): { face: Uint8Array; hex: string } {
    let f = this.faces.get(hex);
    if (!f) {
      if (this.faces.size >= 100_000) this.faces.clear();
      const face = addressFace(key);
      f = { face, hex: toHex(face) };
      this.faces.set(hex, f);
    }
    return f;
  }


  materialise(ctx: Context, hex: string, r: AccountRecord, lamports: bigint): SvmAccount {
    let data = r.data;
    if (r.elfRef) {
      const elf = ctx.rawStore.get(Keys.elf(hex));
      if (!elf) throw new Error(`svm: program ${hex} has no ELF in the store`);
      data = elf;
    }
    return { lamports, owner: r.owner, data, executable: r.executable, rentEpoch: r.rentEpoch };
  }


  /**
   * Runs a transaction in the engine against `ctx`'s state: loads every account it names (except the
   * voucher and the engine's own builtins), brings the engine in line, sets the clock from the block, runs.
   * Nothing is written; `commit` writes what changed.
   */
  run(
    ctx: Context,
    keys: Uint8Array[],
    writable: (i: number) => boolean,
    tx: Uint8Array,
    opts: { versioned: boolean; sigverify: boolean; voucher: boolean; signatures: number },
    beforeRun?: () => void,
  ): RunResult {
    const loaded = new Map<number, Loaded>();
    const entries: SyncEntry[] = [];
    const dependencies = new Map<string, Uint8Array>();
    let touchesLoader = false;
    const faces = new Map<string, string>();
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (opts.voucher && i === 0) continue;
      const hex = toHex(key);
      if (this.engine.isBuiltin(hex)) continue;
      const { face, hex: faceHex } = this.faceOf(key, hex);
      const other = faces.get(faceHex);
      if (other !== undefined) {
        throw ErrInvalidAccountMeta(`accounts ${encodeBase58(key)} and ${encodeBase58(Buffer.from(other, 'hex'))} share the 20-byte face ${faceHex}, and so their lamports; use one of them`);
      }
      faces.set(faceHex, hex);
      const record = ctx.store.get(Keys.account(hex));
      const view: StoredView = { record, lamports: this.ledger.get(ctx, face, faceHex) };
      let elfRef = false;
      let programHash: string | undefined;
      let programData: string | undefined;
      if (record && (record[1]! & 2) !== 0) {
        elfRef = true;
        programHash = toHex(record.subarray(42));
        ctx.gasMeter.consume(SvmGas.programLoad, 'svm program load');
      }
      const upgradeable = record ? upgradeableKind(record) : undefined;
      if (upgradeable?.programData) {
        programHash = UPGRADEABLE_PROGRAM;
        programData = toHex(upgradeable.programData);
        dependencies.set(programData, upgradeable.programData);
      }
      loaded.set(i, { key, hex, face, view, elfRef });
      entries.push({ key, hex, view, programHash, programData, isProgramData: upgradeable?.isProgramData, materialise: this.materialiser(ctx, hex, record, view) });
    }
    // An upgradeable program's code is in its ProgramData account, which a transaction that only calls the
    // program does not name: load it too (read-only here), as the runtime would.
    for (const [hex, key] of dependencies) {
      const named = entries.find((e) => e.hex === hex);
      const record = named ? named.view.record : ctx.rawStore.get(Keys.account(hex));
      if (!record) {
        // A closed program (its ProgramData gone): the engine may still cache its code, so it must not
        // run it — a different programHash makes sync start a fresh engine, which finds nothing to run.
        for (const e of entries) if (e.programData === hex) e.programHash = CLOSED_UPGRADEABLE_PROGRAM;
        continue;
      }
      if (named) continue;
      ctx.gasMeter.consume(SvmGas.programLoad, 'svm program load');
      const view: StoredView = { record, lamports: this.ledger.get(ctx, this.faceOf(key, hex).face) };
      entries.push({ key, hex, view, isProgramData: true, materialise: this.materialiser(ctx, hex, record, view) });
    }
    if (!touchesLoader) touchesLoader = keys.some((k) => bytesEqual(k, UPGRADEABLE_LOADER_ID));
    beforeRun?.();
    this.engine.sync(entries);
    this.engine.setBlock(ctx.block.height, ctx.block.timeMs);
    const outcome = this.engine.run(tx, { versioned: opts.versioned, sigverify: opts.sigverify, feePayerIsVoucher: opts.voucher, signatures: opts.signatures });
    // The engine now holds post-state for the writable accounts; until `commit` writes it to the store (if
    // ever), the engine's copy of them is unknown to the lock-step check.
    for (const [i, l] of loaded) if (writable(i)) this.engine.forget(l.hex);
    if (touchesLoader) this.engine.noteDeployed([...loaded].filter(([i]) => writable(i)).map(([, l]) => l));
    return { outcome, loaded };
  }

  private materialiser(ctx: Context, hex: string, record: Uint8Array | undefined, view: StoredView): () => SvmAccount {
    return () =>
      record
        ? this.materialise(ctx, hex, decodeRecord(record), view.lamports)
        : { lamports: view.lamports, owner: ZERO32, data: new Uint8Array(0), executable: false, rentEpoch: RENT_EXEMPT_EPOCH };
  }

  /** Writes the post-state of the given loaded accounts (records, owner index, lamports) into ctx; their lamports after. */
  commit(ctx: Context, run: RunResult, indices: Iterable<number>): Map<number, bigint> {
    const changes: LamportChange[] = [];
    const after = new Map<number, bigint>();
    for (const i of indices) {
      const l = run.loaded.get(i);
      if (!l) continue;
      const post = this.engine.read(l.key);
      const lamports = post?.lamports ?? 0n;
      let record: Uint8Array | undefined = l.view.record;
      if (l.elfRef) {
        // Loader-v2 programs are immutable: only their lamports can move.
      } else if (!post || isDefaultShape(post)) {
        record = undefined; // gone, or a plain wallet: its lamports (in x/bank) are all there is
      } else {
        const next = encodeRecord({ owner: post.owner, executable: post.executable, rentEpoch: post.rentEpoch, data: post.data, elfRef: false });
        if (!l.view.record || !bytesEqual(next, l.view.record)) record = next;
      }
      if (record !== l.view.record) {
        const oldOwner = l.view.record ? toHex(recordOwner(l.view.record)) : undefined;
        const newOwner = record ? toHex(recordOwner(record)) : undefined;
        if (record) ctx.store.set(Keys.account(l.hex), record);
        else ctx.store.delete(Keys.account(l.hex));
        if (oldOwner !== newOwner) {
          if (oldOwner !== undefined) ctx.store.delete(Keys.byOwner(oldOwner, l.hex));
          if (newOwner !== undefined) ctx.store.set(Keys.byOwner(newOwner, l.hex), new Uint8Array(0));
        }
      }
      if (lamports !== l.view.lamports) changes.push({ face: l.face, before: l.view.lamports, after: lamports });
      after.set(i, lamports);
      this.engine.noteStored(l.hex, { record, lamports });
    }
    if (changes.length) this.ledger.settle(ctx, changes);
    return after;
  }
}

/**
 * What an upgradeable-loader account is, from its stored record: a Program (state tag 2, pointing at its
 * ProgramData) or a ProgramData (tag 3). Buffers and other accounts: undefined.
 */
export function upgradeableKind(record: Uint8Array): { programData?: Uint8Array; isProgramData?: boolean } | undefined {
  if (record.length < 46 || !bytesEqual(recordOwner(record), UPGRADEABLE_LOADER_ID)) return undefined;
  const tag = record[42]! | (record[43]! << 8) | (record[44]! << 16) | (record[45]! << 24);
  if (tag === 2 && (record[1]! & 1) === 1 && record.length >= 42 + 36) return { programData: record.subarray(46, 78) };
  if (tag === 3) return { isProgramData: true };
  return undefined;
}

/** A system-owned account with no data: stored as lamports alone, like an untouched face. */
export function isDefaultShape(a: SvmAccount): boolean {
  return !a.executable && a.data.length === 0 && a.rentEpoch === RENT_EXEMPT_EPOCH && bytesEqual(a.owner, ZERO32);
}



const CB_INVOKE = 'Program ComputeBudget111111111111111111111111111111 invoke [1]';
const CB_SUCCESS = 'Program ComputeBudget111111111111111111111111111111 success';
/** The module's own SetComputeUnitLimit instruction is plumbing: keep its two lines out of the user's logs. */
export function stripComputeBudgetLogs(logs: string[]): string[] {
  return logs[0] === CB_INVOKE && logs[1] === CB_SUCCESS ? logs.slice(2) : logs;
}

/** A failed run in words: the runtime's error, a plainer reason for the common cases, the last log line. */
export function explain(outcome: EngineOutcome, cuLimit?: number): string {
  const e = outcome.error;
  if (!e) return 'unknown failure';
  const exhausted = e.instructionError === 'ComputationalBudgetExceeded' || outcome.logs.some((l) => l.includes('exceeded CUs meter'));
  if (exhausted) return `compute budget exhausted after ${outcome.computeUnits} compute units${cuLimit ? ` (limit ${cuLimit}; raise the gas limit)` : ''}: ${e.text}`;
  if (e.text === 'InvalidProgramForExecution') return `${e.text}: an instruction's program is not an executable program`;
  return e.text;
}

