import type { Context } from '../../../core/types/context.ts';
import { Keys, SYSTEM_PROGRAM_ID, bytesEqual, toHex } from '../types/index.ts';
import type { ParsedTransaction } from '../wire.ts';
import type { Executor } from './executor.ts';
import type { LamportLedger } from './lamports.ts';

/** Lamports an account may hold at most (u64). */
const U64_MAX = (1n << 64n) - 1n;
/** The rent-exempt minimum of an account without data (the runtime's rent never changes on a devnet). */
let rentExemptEmpty: bigint | undefined;

/**
 * Whether the runtime certainly accepts this transaction, decided from the state without running it: one
 * System-program Transfer between two plain wallets (no account record: system-owned, no data, not
 * executable) that leaves both rent-exempt. Called after checkWireTx passed (signatures, blockhash,
 * reserved keys, the fee payer's balance for the fee), with the fee it computed.
 *
 * Only ever says yes where the runtime's run would succeed (tests/svm/preflight.test.ts holds it to the
 * runtime): anything else — another shape, a program-owned or data-carrying account, a payee left below
 * the rent-exempt minimum, a balance short by a lamport — is `false`, "run it and see".
 */
export function certainTransfer(k: { readonly ledger: LamportLedger; readonly executor: Executor }, ctx: Context, tx: ParsedTransaction, fee: bigint): boolean {
  if (tx.numRequiredSignatures !== 1 || tx.numReadonlySigned !== 0 || tx.numReadonlyUnsigned !== 1) return false;
  if (tx.accountKeys.length !== 3 || tx.instructions.length !== 1 || tx.lookups.length !== 0) return false;
  const ix = tx.instructions[0]!;
  if (ix.programIdIndex !== 2 || ix.accounts.length !== 2 || ix.accounts[0] !== 0 || ix.accounts[1] !== 1) return false;
  if (ix.data.length !== 12 || ix.data[0] !== 2 || ix.data[1] !== 0 || ix.data[2] !== 0 || ix.data[3] !== 0) return false; // SystemInstruction::Transfer
  const [from, to, program] = tx.accountKeys as [Uint8Array, Uint8Array, Uint8Array];
  if (!bytesEqual(program, SYSTEM_PROGRAM_ID) || bytesEqual(from, to)) return false;
  const fromHex = toHex(from);
  const toKeyHex = toHex(to);
  const engine = k.executor.engine;
  if (engine.isBuiltin(fromHex) || engine.isBuiltin(toKeyHex)) return false;
  // Plain wallets only: an account record means an owner, data or a program.
  if (ctx.store.get(Keys.account(fromHex)) !== undefined || ctx.store.get(Keys.account(toKeyHex)) !== undefined) return false;
  const fromFace = k.executor.faceOf(from, fromHex);
  const toFace = k.executor.faceOf(to, toKeyHex);
  if (fromFace.hex === toFace.hex) return false; // one balance behind two keys: the run refuses it
  const amount = new DataView(ix.data.buffer, ix.data.byteOffset + 4, 8).getBigUint64(0, true);
  const rentExempt = (rentExemptEmpty ??= engine.minimumBalanceForRentExemption(0));
  const fromBefore = k.ledger.get(ctx, fromFace.face, fromFace.hex);
  const toBefore = k.ledger.get(ctx, toFace.face, toFace.hex);
  // The payer keeps the rent-exempt minimum after the fee and the amount; the payee was empty or exempt and ends exempt.
  if (fromBefore - fee - amount < rentExempt) return false;
  if (toBefore !== 0n && toBefore < rentExempt) return false;
  const toAfter = toBefore + amount;
  return toAfter >= rentExempt && toAfter <= U64_MAX;
}
