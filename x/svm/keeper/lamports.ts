import { DENOM } from '../../../core/types/address.ts';
import type { Context } from '../../../core/types/context.ts';
import type { BankKeeper } from '../expected-keepers.ts';
import { Keys, LAMPORTS_PER_UTRV, toHex } from '../types/index.ts';

export interface LamportChange {
  face: Uint8Array;
  before: bigint;
  after: bigint;
}

/**
 * Lamports are utrv in x/bank at LAMPORTS_PER_UTRV, plus a remainder below one utrv per 20-byte face
 * (Solana amounts such as rent minimums are not whole utrv). The remainders are backed by whole utrv held
 * in the svm module account, as Cosmos EVM's x/precisebank backs sub-unit balances with a reserve:
 *
 *   invariant: balance(svm module) × 1000 ≥ Σ remainders
 *
 * A runtime transaction never creates lamports (Solana checks it), so settling its changes as
 * "debits into the module, then credits out of it" keeps the invariant, and the lamports it burns (fees)
 * stay in the module account.
 */
export class LamportLedger {
  constructor(
    private readonly bank: BankKeeper,
    readonly moduleAddress: Uint8Array,
  ) {}

  remainder(ctx: Context, face: Uint8Array, faceHex = toHex(face)): bigint {
    const v = ctx.store.get(Keys.fraction(faceHex));
    return v ? BigInt((v[0]! << 8) | v[1]!) : 0n;
  }

  get(ctx: Context, face: Uint8Array, faceHex?: string): bigint {
    return this.bank.getBalance(ctx, face, DENOM) * LAMPORTS_PER_UTRV + this.remainder(ctx, face, faceHex);
  }

  /** Applies the lamport changes of one transaction (faces are distinct; Σ after ≤ Σ before). */
  settle(ctx: Context, changes: LamportChange[]): void {
    const moves: Array<{ face: Uint8Array; utrv: bigint }> = [];
    let sumBefore = 0n;
    let sumAfter = 0n;
    for (const c of changes) {
      if (c.after < 0n) throw new Error('negative lamports');
      sumBefore += c.before;
      sumAfter += c.after;
      const du = c.after / LAMPORTS_PER_UTRV - c.before / LAMPORTS_PER_UTRV;
      if (du !== 0n) moves.push({ face: c.face, utrv: du });
      const rb = c.before % LAMPORTS_PER_UTRV;
      const ra = c.after % LAMPORTS_PER_UTRV;
      if (ra !== rb) {
        const key = Keys.fraction(toHex(c.face));
        if (ra === 0n) ctx.store.delete(key);
        else ctx.store.set(key, Uint8Array.of(Number(ra >> 8n), Number(ra & 0xffn)));
      }
    }
    if (sumAfter > sumBefore) throw new Error(`svm: lamports created (${sumBefore} → ${sumAfter})`);
    // Pair payers with payees directly (one transfer event for a plain transfer); what is left over goes
    // into, or comes out of, the module's reserve.
    const debits = moves.filter((m) => m.utrv < 0n).map((m) => ({ face: m.face, left: -m.utrv }));
    const credits = moves.filter((m) => m.utrv > 0n).map((m) => ({ face: m.face, left: m.utrv }));
    const send = (from: Uint8Array, to: Uint8Array, n: bigint) => this.bank.sendCoins(ctx, from, to, [{ denom: DENOM, amount: n.toString() }]);
    for (let i = 0, j = 0; i < debits.length && j < credits.length; ) {
      const d = debits[i]!;
      const c = credits[j]!;
      const n = d.left < c.left ? d.left : c.left;
      send(d.face, c.face, n);
      d.left -= n;
      c.left -= n;
      if (d.left === 0n) i++;
      if (c.left === 0n) j++;
    }
    for (const d of debits) if (d.left > 0n) send(d.face, this.moduleAddress, d.left);
    for (const c of credits) if (c.left > 0n) send(this.moduleAddress, c.face, c.left);
  }
}
