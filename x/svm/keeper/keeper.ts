import { createHash } from 'node:crypto';
import { toBech32Address } from '../../../core/types/address.ts';
import type { Context } from '../../../core/types/context.ts';
import { ErrInsufficientFunds, ErrOutOfGas } from '../../../core/types/errors.ts';
import type { BankKeeper, DevAuthKeeper } from '../expected-keepers.ts';
import { getJSON, setJSON } from '../../../core/store/kv.ts';
import { addressFace, svmFace } from '../types/address.ts';
import { encodeBase58 } from '../types/base58.ts';
import type { EngineOutcome, StoredView } from '../engine/engine.ts';
import { SvmGas, computeUnitsFor } from '../gas.ts';
import {
  BPF_LOADER_ID,
  COMPUTE_BUDGET_PROGRAM_ID,
  ErrInvalidAccountMeta,
  ErrInvalidElf,
  ErrReservedAccount,
  ErrUnknownProgram,
  type ExecuteInstructionRequest,
  type ExecuteInstructionResult,
  Keys,
  MAX_COMPUTE_UNITS,
  type SvmAccount,
  VOUCHER_PUBKEY,
  bytesEqual,
  toHex,
} from '../types/index.ts';
import { type ParsedTransaction, compileTransaction, setComputeUnitLimitData } from '../wire.ts';
import { RecentBlockhashes, blockhashFor } from './blockhash.ts';
import { checkElfHeader } from './elf.ts';
import { Executor, RENT_EXEMPT_EPOCH, ZERO32, explain, stripComputeBudgetLogs } from './executor.ts';
import { LamportLedger } from './lamports.ts';
import { decodeRecord, encodeRecord } from './record.ts';
import { type ExecuteWireOptions, type WireCheckOptions, type WireTxResult, checkWireTx, executeWireTx, preflightWireTx, pruneSignatures, wireGasWanted } from './solana-tx.ts';

export type { WireCheckOptions, WireTxResult };
export { explain };

export interface ProgramInfo {
  programId: string;
  deployer: string;
  elfSha256: string;
  elfSize: number;
  deployedHeight: number;
  loader: string;
}

/** The module's state and its execution: the only code that touches `svm/…` keys. */
export class SvmKeeper {
  readonly ledger: LamportLedger;
  readonly executor: Executor;
  readonly blockhashes = new RecentBlockhashes();
  /** x/auth, for the devnet controls' signed txs (app/ wires it; absent: no devnet controls). */
  devAuth?: DevAuthKeeper;
  private readonly moduleFace: Uint8Array;

  constructor(
    readonly bank: BankKeeper,
    readonly moduleAddress: Uint8Array,
  ) {
    this.ledger = new LamportLedger(bank, moduleAddress);
    this.executor = new Executor(this.ledger);
    this.moduleFace = svmFace(moduleAddress);
  }

  get engine() {
    return this.executor.engine;
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
    return this.executor.materialise(ctx, hex, decodeRecord(rec), lamports);
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
    const run = this.executor.run(ctx, compiled.keys, (i) => compiled.writable[i]!, compiled.tx, { versioned: false, sigverify: false, voucher: true, signatures: compiled.numSigners }, () => {
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
    this.executor.commit(ctx, run, writable);
    return { success: true, logs, computeUnits: outcome.computeUnits, gasUsed: used(), returnData: outcome.returnData };
  }

  checkNotReserved(pubkey: Uint8Array, writable: boolean): void {
    if (bytesEqual(pubkey, VOUCHER_PUBKEY)) throw ErrReservedAccount(`${encodeBase58(pubkey)} is the module's fee voucher`);
    if (writable && bytesEqual(pubkey, this.moduleFace)) {
      throw ErrReservedAccount(`${encodeBase58(pubkey)} is the svm module account (it backs sub-utrv lamports)`);
    }
  }

  // ---- Solana wire transactions (solana-tx.ts) -------------------------------------------------------------

  checkWireTx(ctx: Context, bytes: Uint8Array, opts: WireCheckOptions, parsed?: ParsedTransaction): ParsedTransaction {
    return checkWireTx(this, ctx, bytes, opts, parsed);
  }
  wireGasWanted(tx: ParsedTransaction): bigint {
    return wireGasWanted(tx);
  }
  executeWireTx(ctx: Context, bytes: Uint8Array, opts: ExecuteWireOptions = {}): WireTxResult {
    return executeWireTx(this, ctx, bytes, opts);
  }
  /** sendTransaction's preflight: the checks and the run, nothing written; undefined = accepted without a run (solana-tx.ts). */
  preflightWireTx(ctx: Context, bytes: Uint8Array, opts: ExecuteWireOptions = {}): EngineOutcome | undefined {
    return preflightWireTx(this, ctx, bytes, opts);
  }
  pruneSignatures(ctx: Context): void {
    pruneSignatures(ctx);
  }

  latestBlockhash(chainId: string, height: number): Uint8Array {
    return blockhashFor(chainId, height);
  }
}

function min(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

function ceilUtrv(lamports: bigint): bigint {
  return (lamports + 999n) / 1000n;
}
