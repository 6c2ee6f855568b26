import type { Context } from '../../../core/types/context.ts';
import { u64Key } from '../../../core/store/kv.ts';
import { encodeBase58 } from '../types/base58.ts';
import type { EngineOutcome } from '../engine/engine.ts';
import { SvmGas } from '../gas.ts';
import {
  COMPUTE_BUDGET_PROGRAM_ID,
  DEFAULT_INSTRUCTION_COMPUTE_UNITS,
  ErrAlreadyProcessed,
  ErrBlockhashNotFound,
  ErrInsufficientFundsForFee,
  ErrSignatureFailure,
  ErrUnsupported,
  Keys,
  LAMPORTS_PER_SIGNATURE,
  MAX_BLOCKHASH_AGE,
  MAX_COMPUTE_UNITS,
  SYSTEM_PROGRAM_ID,
  toHex,
} from '../types/index.ts';
import { type BuiltinBudget, type ParsedTransaction, isWritableIndex, parseTransaction, requestedComputeUnits, transactionFee } from '../wire.ts';
import { firstBadSignature, runtimeMayTrust } from '../signatures.ts';
import type { RecentBlockhashes } from './blockhash.ts';
import type { Executor, RunResult } from './executor.ts';
import type { LamportLedger } from './lamports.ts';
import { certainTransfer } from './transfer-verdict.ts';

/** Signed Solana wire transactions (raw in blocks, or in MsgSolanaTx): checks, execution, replay records. */

/**
 * The builtins the runtime (litesvm 1.5, every feature on) budgets at 3,000 compute units an instruction when
 * a transaction sets no limit: a plain transfer asks for 3,000, not 200,000 (tests/svm/wire.test.ts checks
 * it against the runtime's fee). Programs not listed keep the 200,000 default, which is never too little.
 */
export const BUILTIN_BUDGET: BuiltinBudget = { ids: [SYSTEM_PROGRAM_ID], units: 3_000 };

/** The parts of SvmKeeper a wire transaction uses (the keeper calls in here, so this file cannot import it). */
export interface WireTxKeeper {
  readonly ledger: LamportLedger;
  readonly executor: Executor;
  readonly blockhashes: RecentBlockhashes;
  checkNotReserved(pubkey: Uint8Array, writable: boolean): void;
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
  /** Lamports of each account key before and after (what getTransaction's meta shows). */
  pre: bigint[];
  post: bigint[];
}

/** Stateless and state checks a wire transaction must pass before it may enter the mempool or a block. */
export function checkWireTx(k: WireTxKeeper, ctx: Context, bytes: Uint8Array, opts: WireCheckOptions, parsed?: ParsedTransaction): ParsedTransaction {
  const tx = parsed ?? parseTransaction(bytes);
  if (tx.lookups.length) throw ErrUnsupported('address lookup tables are not supported; send a legacy or v0 message without lookups');
  tx.accountKeys.forEach((key, i) => k.checkNotReserved(key, isWritableIndex(tx, i)));
  if (opts.verifySignatures) {
    const bad = firstBadSignature(tx);
    if (bad >= 0) throw ErrSignatureFailure(`signature ${bad} does not verify for ${encodeBase58(tx.accountKeys[bad]!)}`);
  }
  if (opts.checkBlockhash !== false && k.blockhashes.heightOf(ctx.chainId, ctx.block.height, tx.recentBlockhash) === undefined) {
    throw ErrBlockhashNotFound(
      `blockhash ${encodeBase58(tx.recentBlockhash)} is not one of the last ${MAX_BLOCKHASH_AGE} blocks' (ask getLatestBlockhash)`,
    );
  }
  const sig = toHex(tx.signatures[0]!);
  if (opts.checkReplay !== false && ctx.store.has(Keys.signature(sig))) throw ErrAlreadyProcessed(`signature ${encodeBase58(tx.signatures[0]!)} was already processed`);
  const fee = transactionFee(tx, COMPUTE_BUDGET_PROGRAM_ID, MAX_COMPUTE_UNITS, DEFAULT_INSTRUCTION_COMPUTE_UNITS, LAMPORTS_PER_SIGNATURE, BUILTIN_BUDGET);
  const payer = tx.accountKeys[0]!;
  const { face, hex } = k.executor.faceOf(payer, toHex(payer));
  const balance = k.ledger.get(ctx, face, hex);
  if (balance < fee) {
    throw ErrInsufficientFundsForFee(`fee payer ${encodeBase58(payer)} has ${balance} lamports, the fee is ${fee}`);
  }
  return tx;
}

/** Gas a wire transaction may use: its compute-unit request plus the flat costs. */
export function wireGasWanted(tx: ParsedTransaction): bigint {
  const cu = requestedComputeUnits(tx, COMPUTE_BUDGET_PROGRAM_ID, MAX_COMPUTE_UNITS, DEFAULT_INSTRUCTION_COMPUTE_UNITS, BUILTIN_BUDGET);
  return SvmGas.txBase + SvmGas.sigVerifyEd25519 * BigInt(tx.numRequiredSignatures) + BigInt(cu) * SvmGas.perComputeUnit;
}

/** A wire transaction checked and run in the engine against ctx, nothing written yet. */
interface WireRun {
  tx: ParsedTransaction;
  run: RunResult;
  signature: string;
}

/** The checks, then the runtime's run (signature, blockhash and replay failures throw before it runs). */
function runWireTx(k: WireTxKeeper, ctx: Context, bytes: Uint8Array, opts: ExecuteWireOptions, checked?: ParsedTransaction): WireRun {
  // The runtime checks the signatures when it runs the transaction (sigverify on), unless they verified here.
  const tx = checked ?? checkWireTx(k, ctx, bytes, { ...opts, verifySignatures: false }, opts.parsed);
  ctx.gasMeter.consume(SvmGas.txBase + SvmGas.sigVerifyEd25519 * BigInt(tx.numRequiredSignatures), 'svm wire tx');
  const signature = encodeBase58(tx.signatures[0]!);
  // Bytes whose signatures this node verified under the runtime's rule need not be checked again (signatures.ts).
  const sigverify = opts.sigverify !== false && !runtimeMayTrust(tx);
  const run = k.executor.run(ctx, tx.accountKeys, (i) => isWritableIndex(tx, i), bytes, { versioned: tx.version === 0, sigverify, voucher: false, signatures: tx.numRequiredSignatures });
  if (run.outcome.error?.text === 'SignatureFailure') throw ErrSignatureFailure(`a signature of ${signature} does not verify`);
  ctx.gasMeter.consume(run.outcome.computeUnits * SvmGas.perComputeUnit, 'svm compute units');
  return { tx, run, signature };
}

/**
 * sendTransaction's preflight: the same checks and run as executeWireTx, without the write-back, the
 * balances or the signature record — a client is told only the runtime's verdict, and writing back what
 * the runtime accepted cannot fail. A plain transfer the state decides (transfer-verdict.ts) is not run:
 * undefined means the runtime accepts it. Check failures throw, as from executeWireTx.
 */
export function preflightWireTx(k: WireTxKeeper, ctx: Context, bytes: Uint8Array, opts: ExecuteWireOptions = {}): EngineOutcome | undefined {
  const tx = checkWireTx(k, ctx, bytes, { ...opts, verifySignatures: false }, opts.parsed);
  const fee = transactionFee(tx, COMPUTE_BUDGET_PROGRAM_ID, MAX_COMPUTE_UNITS, DEFAULT_INSTRUCTION_COMPUTE_UNITS, LAMPORTS_PER_SIGNATURE, BUILTIN_BUDGET);
  if (opts.certain !== false && certainTransfer(k, ctx, tx, fee)) return undefined;
  return runWireTx(k, ctx, bytes, opts, tx).run.outcome;
}

/**
 * Executes a signed wire transaction in ctx. Its signature is recorded (replay protection) and, as on
 * Solana, a transaction that fails after its fee was taken still pays the fee; nothing else it did is
 * written. Signature, blockhash and replay failures throw before anything happens.
 */
export function executeWireTx(k: WireTxKeeper, ctx: Context, bytes: Uint8Array, opts: ExecuteWireOptions = {}): WireTxResult {
  const startGas = ctx.gasMeter.consumed;
  const { tx, run, signature } = runWireTx(k, ctx, bytes, opts);
  const { outcome } = run;
  let after: Map<number, bigint>;
  try {
    if (outcome.ok) {
      const writable: number[] = [];
      tx.accountKeys.forEach((_, i) => isWritableIndex(tx, i) && writable.push(i));
      after = k.executor.commit(ctx, run, writable);
    } else {
      after = k.executor.commit(ctx, run, [0]); // the fee, if the runtime took it
    }
  } catch (e) {
    throw new WriteBackError(e);
  }
  // Balances from the run itself (the engine's builtins hold lamports the store does not).
  const pre = tx.accountKeys.map((key, i) => run.loaded.get(i)?.view.lamports ?? k.executor.engine.builtinLamports(key) ?? 0n);
  const post = pre.map((b, i) => after.get(i) ?? b);
  const fee = outcome.ok
    ? transactionFee(tx, COMPUTE_BUDGET_PROGRAM_ID, MAX_COMPUTE_UNITS, DEFAULT_INSTRUCTION_COMPUTE_UNITS, LAMPORTS_PER_SIGNATURE, BUILTIN_BUDGET)
    : pre[0]! - post[0]!;
  recordSignature(ctx, toHex(tx.signatures[0]!));
  return { signature, outcome, fee, gasUsed: ctx.gasMeter.consumed - startGas, pre, post };
}

/**
 * Writing back what the runtime accepted failed (a broken invariant, never a property of the transaction):
 * ctx holds part of the write-back, so its caller must drop ctx's store rather than keep it.
 */
export class WriteBackError extends Error {
  constructor(override readonly cause: unknown) {
    super(`svm: writing back the transaction's accounts failed: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

export type ExecuteWireOptions = Omit<WireCheckOptions, 'verifySignatures'> & {
  sigverify?: boolean;
  /** The transaction already parsed from these bytes (a caller that needed it first). */
  parsed?: ParsedTransaction;
  /** preflightWireTx only: false runs every transaction (tests compare the two). */
  certain?: boolean;
};

function recordSignature(ctx: Context, sigHex: string): void {
  const expiry = u64Key(ctx.block.height + MAX_BLOCKHASH_AGE + 1);
  ctx.store.set(Keys.signature(sigHex), Buffer.from(expiry));
  ctx.store.set(Keys.signatureExpiry(expiry, sigHex), new Uint8Array(0));
}

/** Forgets signatures whose blockhash can no longer be valid (called at the start of each block). */
export function pruneSignatures(ctx: Context): void {
  const end = Keys.signatureExpiryPrefix + u64Key(ctx.block.height + 1);
  const dead: string[] = [];
  for (const [k] of ctx.rawStore.iterate(Keys.signatureExpiryPrefix, { end })) dead.push(k);
  for (const k of dead) {
    ctx.rawStore.delete(k);
    ctx.rawStore.delete(Keys.signature(k.slice(k.lastIndexOf('/') + 1)));
  }
}
