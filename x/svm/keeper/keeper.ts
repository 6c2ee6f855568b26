import { createHash } from 'node:crypto';
import { toBech32Address } from '../../../app/address.ts';
import type { Context } from '../../../app/context.ts';
import { ErrInsufficientFunds, ErrOutOfGas } from '../../../app/errors.ts';
import type { BankKeeper } from '../../../app/expected-keepers.ts';
import { getJSON, setJSON, u64Key } from '../../../app/store/kv.ts';
import { addressFace, svmFace } from '../address.ts';
import { encodeBase58 } from '../base58.ts';
import { type EngineOutcome, type StoredView, type SyncEntry, SvmEngine } from '../engine/engine.ts';
import { SvmGas, computeUnitsFor } from '../gas.ts';
import {
  BPF_LOADER_ID,
  COMPUTE_BUDGET_PROGRAM_ID,
  DEFAULT_INSTRUCTION_COMPUTE_UNITS,
  ErrAlreadyProcessed,
  ErrBlockhashNotFound,
  ErrInsufficientFundsForFee,
  ErrInvalidAccountMeta,
  ErrInvalidElf,
  ErrInvalidSolanaTx,
  ErrReservedAccount,
  ErrSignatureFailure,
  ErrUnknownProgram,
  ErrUnsupported,
  type ExecuteInstructionRequest,
  type ExecuteInstructionResult,
  Keys,
  LAMPORTS_PER_SIGNATURE,
  MAX_BLOCKHASH_AGE,
  MAX_COMPUTE_UNITS,
  type SvmAccount,
  VOUCHER_PUBKEY,
  bytesEqual,
  toHex,
} from '../types.ts';
import { type ParsedTransaction, compileTransaction, firstBadSignature, isWritableIndex, parseTransaction, requestedComputeUnits, setComputeUnitLimitData, transactionFee } from '../wire.ts';
import { RecentBlockhashes, blockhashFor } from './blockhash.ts';
import { checkElfHeader } from './elf.ts';
import { LamportLedger, type LamportChange } from './lamports.ts';
import { type AccountRecord, decodeRecord, encodeRecord, recordOwner } from './record.ts';

/** Accounts created since rent collection ended carry this rent epoch (Solana's RENT_EXEMPT_RENT_EPOCH). */
const RENT_EXEMPT_EPOCH = 0xffff_ffff_ffff_ffffn;
const ZERO32 = new Uint8Array(32);

export interface ProgramInfo {
  programId: string;
  deployer: string;
  elfSha256: string;
  elfSize: number;
  deployedHeight: number;
  loader: string;
}

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

export interface WireCheckOptions {
  verifySignatures: boolean;
  /** Default true; simulation with replaceRecentBlockhash turns it off. */
  checkBlockhash?: boolean;
  /** Default true: a processed signature is refused. */
  checkReplay?: boolean;
}

/** The outcome of a Solana wire transaction (raw or in MsgSolanaTx), success or not. */
export interface WireTxResult {
  signature: string;
  outcome: EngineOutcome;
  fee: bigint;
  gasUsed: bigint;
}

/** The module's state and its execution: the only code that touches `svm/…` keys. */
export class SvmKeeper {
  readonly engine = new SvmEngine();
  readonly ledger: LamportLedger;
  readonly blockhashes = new RecentBlockhashes();
  private readonly moduleFace: Uint8Array;
  /** 20-byte faces (and their hex) by pubkey hex: a pure function, cached because hashing is on every call's path. */
  private readonly faces = new Map<string, { face: Uint8Array; hex: string }>();

  constructor(
    readonly bank: BankKeeper,
    readonly moduleAddress: Uint8Array,
  ) {
    this.ledger = new LamportLedger(bank, moduleAddress);
    this.moduleFace = svmFace(moduleAddress);
  }

  private faceOf(key: Uint8Array, hex: string): { face: Uint8Array; hex: string } {
    let f = this.faces.get(hex);
    if (!f) {
      if (this.faces.size >= 100_000) this.faces.clear();
      const face = addressFace(key);
      f = { face, hex: toHex(face) };
      this.faces.set(hex, f);
    }
    return f;
  }

  // ---- accounts ----------------------------------------------------------------------------------------

  /** An account as a client sees it: the store's record with its lamports, or an engine builtin. */
  getAccount(ctx: Context, pubkey: Uint8Array): SvmAccount | undefined {
    const builtin = this.engine.builtinAccount(pubkey);
    if (builtin) return builtin;
    const hex = toHex(pubkey);
    const rec = ctx.store.get(Keys.account(hex));
    const lamports = this.ledger.get(ctx, addressFace(pubkey));
    if (!rec) return lamports > 0n ? { lamports, owner: ZERO32, data: new Uint8Array(0), executable: false, rentEpoch: RENT_EXEMPT_EPOCH } : undefined;
    return this.materialise(ctx, hex, decodeRecord(rec), lamports);
  }

  private materialise(ctx: Context, hex: string, r: AccountRecord, lamports: bigint): SvmAccount {
    let data = r.data;
    if (r.elfRef) {
      const elf = ctx.rawStore.get(Keys.elf(hex));
      if (!elf) throw new Error(`svm: program ${hex} has no ELF in the store`);
      data = elf;
    }
    return { lamports, owner: r.owner, data, executable: r.executable, rentEpoch: r.rentEpoch };
  }

  /** Lamports of each key (0 for none), as a transaction's pre/post balances show them. */
  lamportsOf(ctx: Context, keys: Uint8Array[]): bigint[] {
    return keys.map((k) => this.engine.builtinAccount(k)?.lamports ?? this.ledger.get(ctx, addressFace(k)));
  }

  /** Pubkeys (and accounts) owned by a program, in key order, from the owner index. */
  *programAccounts(ctx: Context, owner: Uint8Array): Generator<[Uint8Array, SvmAccount]> {
    const prefix = Keys.byOwnerPrefix(toHex(owner));
    for (const [k] of ctx.store.iterate(prefix)) {
      const hex = k.slice(prefix.length);
      const key = new Uint8Array(Buffer.from(hex, 'hex'));
      const acc = this.getAccount(ctx, key);
      if (acc) yield [key, acc];
    }
  }

  programInfo(ctx: Context, programId: Uint8Array): ProgramInfo | undefined {
    return getJSON<ProgramInfo>(ctx.store, Keys.program(toHex(programId)));
  }

  /** Whether `programId` can be invoked: a deployed program or an executable the engine ships. */
  isProgram(ctx: Context, programId: Uint8Array): boolean {
    const hex = toHex(programId);
    if (this.engine.isBuiltin(hex)) return this.engine.builtinAccount(programId)?.executable === true;
    // Un-metered: the call that follows reads (and pays for) the same record.
    const rec = ctx.rawStore.get(Keys.account(hex));
    return rec !== undefined && (rec[1]! & 1) === 1;
  }

  minimumBalanceForRentExemption(len: number): bigint {
    return this.engine.minimumBalanceForRentExemption(len);
  }

  // ---- deploy ------------------------------------------------------------------------------------------

  /** The id the deployer's next program gets: sha256("trivium/svm/program" ‖ deployer ‖ u64 BE seq). */
  nextProgramId(ctx: Context, deployer: Uint8Array): { programId: Uint8Array; seq: bigint } {
    const cur = ctx.store.get(Keys.deploySeq(toHex(deployer)));
    const seq = (cur ? BigInt(Buffer.from(cur).toString()) : 0n) + 1n;
    const seqBytes = Buffer.alloc(8);
    seqBytes.writeBigUInt64BE(seq);
    const programId = new Uint8Array(createHash('sha256').update('trivium/svm/program').update(deployer).update(seqBytes).digest());
    return { programId, seq };
  }

  deploy(ctx: Context, deployer: Uint8Array, elf: Uint8Array): { programId: Uint8Array; elfSha256: string; rent: bigint } {
    checkElfHeader(elf);
    ctx.gasMeter.consume(SvmGas.deployPerByte * BigInt(elf.length), 'svm deploy verify');
    const { programId, seq } = this.nextProgramId(ctx, deployer);
    const hex = toHex(programId);
    if (ctx.store.has(Keys.account(hex))) throw ErrInvalidElf(`program id ${encodeBase58(programId)} is taken`);
    const elfSha256 = createHash('sha256').update(elf).digest('hex');
    const rent = this.engine.minimumBalanceForRentExemption(elf.length);
    const payerFace = deployer;
    const progFace = addressFace(programId);
    const payerBefore = this.ledger.get(ctx, payerFace);
    if (payerBefore < rent) {
      throw ErrInsufficientFunds(
        `deploying ${elf.length} bytes needs ${rent} lamports (${ceilUtrv(rent)} utrv) for the program account's rent-exempt minimum; ${toBech32Address(deployer)} has ${payerBefore} lamports`,
      );
    }
    const progBefore = this.ledger.get(ctx, progFace);
    const record = encodeRecord({ owner: BPF_LOADER_ID, executable: true, rentEpoch: RENT_EXEMPT_EPOCH, data: Buffer.from(elfSha256, 'hex'), elfRef: true });
    const view: StoredView = { record, lamports: progBefore + rent };
    try {
      this.engine.loadProgram(programId, hex, { lamports: view.lamports, owner: BPF_LOADER_ID, data: elf, executable: true, rentEpoch: RENT_EXEMPT_EPOCH }, elfSha256, view);
    } catch (e) {
      throw ErrInvalidElf(`the SBF loader rejected it (${(e as Error).message})`);
    }
    this.ledger.settle(ctx, [
      { face: payerFace, before: payerBefore, after: payerBefore - rent },
      { face: progFace, before: progBefore, after: progBefore + rent },
    ]);
    ctx.store.set(Keys.account(hex), record);
    ctx.store.set(Keys.byOwner(toHex(BPF_LOADER_ID), hex), new Uint8Array(0));
    ctx.store.set(Keys.elf(hex), elf);
    ctx.store.set(Keys.deploySeq(toHex(deployer)), Buffer.from(seq.toString()));
    const info: ProgramInfo = {
      programId: encodeBase58(programId),
      deployer: toBech32Address(deployer),
      elfSha256,
      elfSize: elf.length,
      deployedHeight: ctx.block.height,
      loader: encodeBase58(BPF_LOADER_ID),
    };
    setJSON(ctx.store, Keys.program(hex), info);
    return { programId, elfSha256, rent };
  }

  // ---- execution ---------------------------------------------------------------------------------------

  /**
   * Runs a transaction in the engine against `ctx`'s state: loads every account it names (except the
   * voucher and the engine's own builtins), brings the engine in line, sets the clock from the block, runs.
   * Nothing is written; `commit` writes what changed.
   */
  private run(
    ctx: Context,
    keys: Uint8Array[],
    writable: (i: number) => boolean,
    tx: Uint8Array,
    opts: { versioned: boolean; sigverify: boolean; voucher: boolean; signatures: number },
    beforeRun?: () => void,
  ): RunResult {
    const loaded = new Map<number, Loaded>();
    const entries: SyncEntry[] = [];
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
      if (record && (record[1]! & 2) !== 0) {
        elfRef = true;
        programHash = toHex(record.subarray(42));
        ctx.gasMeter.consume(SvmGas.programLoad, 'svm program load');
      }
      loaded.set(i, { key, hex, face, view, elfRef });
      entries.push({
        key,
        hex,
        view,
        programHash,
        materialise: () =>
          record
            ? this.materialise(ctx, hex, decodeRecord(record), view.lamports)
            : { lamports: view.lamports, owner: ZERO32, data: new Uint8Array(0), executable: false, rentEpoch: RENT_EXEMPT_EPOCH },
      });
    }
    beforeRun?.();
    this.engine.sync(entries);
    this.engine.setBlock(ctx.block.height, ctx.block.timeMs);
    const outcome = this.engine.run(tx, { versioned: opts.versioned, sigverify: opts.sigverify, feePayerIsVoucher: opts.voucher, signatures: opts.signatures });
    // The engine now holds post-state for the writable accounts; until `commit` writes it to the store (if
    // ever), the engine's copy of them is unknown to the lock-step check.
    for (const [i, l] of loaded) if (writable(i)) this.engine.forget(l.hex);
    return { outcome, loaded };
  }

  /** Writes the post-state of the given loaded accounts (records, owner index, lamports) into ctx. */
  private commit(ctx: Context, run: RunResult, indices: Iterable<number>): void {
    const changes: LamportChange[] = [];
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
      this.engine.noteStored(l.hex, { record, lamports });
    }
    if (changes.length) this.ledger.settle(ctx, changes);
  }

  /**
   * The executor API x/crossvm uses: one instruction, `caller`'s SVM face vouched as a signer, fees paid in
   * Cosmos gas. Program failure is a result (`success: false`), with nothing written; bad input and running
   * out of gas throw AppErrors.
   */
  executeInstruction(ctx: Context, req: ExecuteInstructionRequest): ExecuteInstructionResult {
    const startGas = ctx.gasMeter.consumed;
    if (req.caller.length !== 20) throw ErrInvalidAccountMeta(`caller must be 20 bytes, got ${req.caller.length}`);
    if (req.programId.length !== 32) throw ErrInvalidAccountMeta(`program id must be 32 bytes, got ${req.programId.length}`);
    const face = svmFace(req.caller);
    for (const m of req.accounts) {
      if (m.pubkey.length !== 32) throw ErrInvalidAccountMeta(`account pubkeys are 32 bytes, got ${m.pubkey.length}`);
      this.checkNotReserved(m.pubkey, m.isWritable);
      if (m.isSigner && !bytesEqual(m.pubkey, face)) {
        throw ErrInvalidAccountMeta(`${encodeBase58(m.pubkey)} cannot sign: the module vouches only for the sender's SVM face ${encodeBase58(face)}`);
      }
    }
    if (bytesEqual(req.programId, VOUCHER_PUBKEY)) throw ErrReservedAccount('the voucher is not a program');
    if (!this.isProgram(ctx, req.programId)) {
      throw ErrUnknownProgram(`no program is deployed at ${encodeBase58(req.programId)}`);
    }
    ctx.gasMeter.consume(SvmGas.txBase, 'svm tx base');
    const used = () => ctx.gasMeter.consumed - startGas;
    const compiled = compileTransaction(
      VOUCHER_PUBKEY,
      [
        { programId: COMPUTE_BUDGET_PROGRAM_ID, accounts: [], data: setComputeUnitLimitData(0) },
        { programId: req.programId, accounts: req.accounts, data: req.data },
      ],
      ZERO32,
    );
    let cuLimit = 0;
    const run = this.run(ctx, compiled.keys, (i) => compiled.writable[i]!, compiled.tx, { versioned: false, sigverify: false, voucher: true, signatures: compiled.numSigners }, () => {
      // The compute units this call may use are what its gas buys once the accounts are loaded.
      const budget = min(req.gasLimit - used(), ctx.gasMeter.remaining);
      cuLimit = computeUnitsFor(budget > 0n ? budget : 0n, MAX_COMPUTE_UNITS);
      if (cuLimit <= 0) throw ErrOutOfGas(`no gas left for compute units (gas limit ${req.gasLimit})`);
      new DataView(compiled.tx.buffer).setUint32(compiled.dataOffsets[0]! + 1, cuLimit, true);
    });
    const { outcome } = run;
    const logs = stripComputeBudgetLogs(outcome.logs);
    ctx.gasMeter.consume(outcome.computeUnits * SvmGas.perComputeUnit, 'svm compute units');
    if (!outcome.ok) {
      return {
        success: false,
        logs,
        computeUnits: outcome.computeUnits,
        gasUsed: used(),
        error: explain(outcome, cuLimit),
        returnData: outcome.returnData,
      };
    }
    const writable: number[] = [];
    compiled.writable.forEach((w, i) => w && writable.push(i));
    this.commit(ctx, run, writable);
    return { success: true, logs, computeUnits: outcome.computeUnits, gasUsed: used(), returnData: outcome.returnData };
  }

  private checkNotReserved(pubkey: Uint8Array, writable: boolean): void {
    if (bytesEqual(pubkey, VOUCHER_PUBKEY)) throw ErrReservedAccount(`${encodeBase58(pubkey)} is the module's fee voucher`);
    if (writable && bytesEqual(pubkey, this.moduleFace)) {
      throw ErrReservedAccount(`${encodeBase58(pubkey)} is the svm module account (it backs sub-utrv lamports)`);
    }
  }

  // ---- Solana wire transactions ------------------------------------------------------------------------

  /** Stateless and state checks a wire transaction must pass before it may enter the mempool or a block. */
  checkWireTx(ctx: Context, bytes: Uint8Array, opts: WireCheckOptions): ParsedTransaction {
    const tx = parseTransaction(bytes);
    if (tx.lookups.length) throw ErrUnsupported('address lookup tables are not supported; send a legacy or v0 message without lookups');
    tx.accountKeys.forEach((k, i) => this.checkNotReserved(k, isWritableIndex(tx, i)));
    if (opts.verifySignatures) {
      const bad = firstBadSignature(tx);
      if (bad >= 0) throw ErrSignatureFailure(`signature ${bad} does not verify for ${encodeBase58(tx.accountKeys[bad]!)}`);
    }
    if (opts.checkBlockhash !== false && this.blockhashes.heightOf(ctx.chainId, ctx.block.height, tx.recentBlockhash) === undefined) {
      throw ErrBlockhashNotFound(
        `blockhash ${encodeBase58(tx.recentBlockhash)} is not one of the last ${MAX_BLOCKHASH_AGE} blocks' (ask getLatestBlockhash)`,
      );
    }
    const sig = toHex(tx.signatures[0]!);
    if (opts.checkReplay !== false && ctx.store.has(Keys.signature(sig))) throw ErrAlreadyProcessed(`signature ${encodeBase58(tx.signatures[0]!)} was already processed`);
    const fee = transactionFee(tx, COMPUTE_BUDGET_PROGRAM_ID, MAX_COMPUTE_UNITS, DEFAULT_INSTRUCTION_COMPUTE_UNITS, LAMPORTS_PER_SIGNATURE);
    const payer = tx.accountKeys[0]!;
    const balance = this.ledger.get(ctx, addressFace(payer));
    if (balance < fee) {
      throw ErrInsufficientFundsForFee(`fee payer ${encodeBase58(payer)} has ${balance} lamports, the fee is ${fee}`);
    }
    return tx;
  }

  /** Gas a wire transaction may use: its compute-unit request plus the flat costs. */
  wireGasWanted(tx: ParsedTransaction): bigint {
    const cu = requestedComputeUnits(tx, COMPUTE_BUDGET_PROGRAM_ID, MAX_COMPUTE_UNITS, DEFAULT_INSTRUCTION_COMPUTE_UNITS);
    return SvmGas.txBase + SvmGas.sigVerifyEd25519 * BigInt(tx.numRequiredSignatures) + BigInt(cu) * SvmGas.perComputeUnit;
  }

  /**
   * Executes a signed wire transaction in ctx. Its signature is recorded (replay protection) and, as on
   * Solana, a transaction that fails after its fee was taken still pays the fee; nothing else it did is
   * written. Signature, blockhash and replay failures throw before anything happens.
   */
  executeWireTx(ctx: Context, bytes: Uint8Array, opts: Omit<WireCheckOptions, 'verifySignatures'> & { sigverify?: boolean } = {}): WireTxResult {
    const startGas = ctx.gasMeter.consumed;
    // The runtime checks the signatures when it runs the transaction (sigverify on).
    const tx = this.checkWireTx(ctx, bytes, { ...opts, verifySignatures: false });
    ctx.gasMeter.consume(SvmGas.txBase + SvmGas.sigVerifyEd25519 * BigInt(tx.numRequiredSignatures), 'svm wire tx');
    const sigHex = toHex(tx.signatures[0]!);
    const signature = encodeBase58(tx.signatures[0]!);
    const payerFace = addressFace(tx.accountKeys[0]!);
    const payerBefore = this.ledger.get(ctx, payerFace);
    const run = this.run(ctx, tx.accountKeys, (i) => isWritableIndex(tx, i), bytes, { versioned: tx.version === 0, sigverify: opts.sigverify !== false, voucher: false, signatures: tx.numRequiredSignatures });
    const { outcome } = run;
    if (outcome.error?.text === 'SignatureFailure') throw ErrSignatureFailure(`a signature of ${signature} does not verify`);
    ctx.gasMeter.consume(outcome.computeUnits * SvmGas.perComputeUnit, 'svm compute units');
    if (outcome.ok) {
      const writable: number[] = [];
      tx.accountKeys.forEach((_, i) => isWritableIndex(tx, i) && writable.push(i));
      this.commit(ctx, run, writable);
    } else {
      this.commit(ctx, run, [0]); // the fee, if the runtime took it
    }
    const fee = outcome.ok
      ? transactionFee(tx, COMPUTE_BUDGET_PROGRAM_ID, MAX_COMPUTE_UNITS, DEFAULT_INSTRUCTION_COMPUTE_UNITS, LAMPORTS_PER_SIGNATURE)
      : payerBefore - this.ledger.get(ctx, payerFace);
    this.recordSignature(ctx, sigHex);
    return { signature, outcome, fee, gasUsed: ctx.gasMeter.consumed - startGas };
  }

  private recordSignature(ctx: Context, sigHex: string): void {
    const expiry = u64Key(ctx.block.height + MAX_BLOCKHASH_AGE + 1);
    ctx.store.set(Keys.signature(sigHex), Buffer.from(expiry));
    ctx.store.set(Keys.signatureExpiry(expiry, sigHex), new Uint8Array(0));
  }

  /** Forgets signatures whose blockhash can no longer be valid (called at the start of each block). */
  pruneSignatures(ctx: Context): void {
    const end = Keys.signatureExpiryPrefix + u64Key(ctx.block.height + 1);
    const dead: string[] = [];
    for (const [k] of ctx.rawStore.iterate(Keys.signatureExpiryPrefix, { end })) dead.push(k);
    for (const k of dead) {
      ctx.rawStore.delete(k);
      ctx.rawStore.delete(Keys.signature(k.slice(k.lastIndexOf('/') + 1)));
    }
  }

  latestBlockhash(chainId: string, height: number): Uint8Array {
    return blockhashFor(chainId, height);
  }
}

/** A system-owned account with no data: stored as lamports alone, like an untouched face. */
function isDefaultShape(a: SvmAccount): boolean {
  return !a.executable && a.data.length === 0 && a.rentEpoch === RENT_EXEMPT_EPOCH && bytesEqual(a.owner, ZERO32);
}

function min(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

function ceilUtrv(lamports: bigint): bigint {
  return (lamports + 999n) / 1000n;
}

const CB_INVOKE = 'Program ComputeBudget111111111111111111111111111111 invoke [1]';
const CB_SUCCESS = 'Program ComputeBudget111111111111111111111111111111 success';
/** The module's own SetComputeUnitLimit instruction is plumbing: keep its two lines out of the user's logs. */
function stripComputeBudgetLogs(logs: string[]): string[] {
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
