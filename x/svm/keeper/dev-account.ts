import { DENOM } from '../../../core/types/address.ts';
import type { Context } from '../../../core/types/context.ts';
import { addressFace } from '../types/address.ts';
import { Keys, LAMPORTS_PER_UTRV, toHex } from '../types/index.ts';
import { decodeRecord, encodeRecord } from './record.ts';
import type { SvmKeeper } from './keeper.ts';

export interface DevAccount {
  pubkey: Uint8Array;
  lamports: bigint;
  data: Uint8Array;
  owner: Uint8Array;
  executable: boolean;
  rentEpoch: bigint;
}

/** Who may send devnet controls: the genesis's dev_authority (a devnet's dev0), or nobody. */
export const devAuthority = (ctx: Context): string => {
  const v = ctx.rawStore.get(Keys.devAuthority);
  return v ? Buffer.from(v).toString() : '';
};

/**
 * LiteSVM's set_account on the chain's state (MsgDevSetAccount): the record, the owner index, and the lamports
 * as the face's utrv (minted or burnt) plus its sub-utrv remainder — backed, as every remainder is, by the
 * module's reserve: a new remainder mints one utrv into it, so `reserve × 1000 ≥ Σ remainders` holds.
 */
export function setDevAccount(keeper: SvmKeeper, ctx: Context, a: DevAccount): void {
  const hex = toHex(a.pubkey);
  const old = ctx.store.get(Keys.account(hex));
  if (old) {
    const rec = decodeRecord(old);
    if (rec.elfRef) throw new Error('setAccount: this is a deployed program; redeploy it instead');
    ctx.store.delete(Keys.byOwner(toHex(rec.owner), hex));
  }
  ctx.store.set(Keys.account(hex), encodeRecord({ owner: a.owner, executable: a.executable, rentEpoch: a.rentEpoch, data: a.data, elfRef: false }));
  ctx.store.set(Keys.byOwner(toHex(a.owner), hex), new Uint8Array(0));

  const face = addressFace(a.pubkey);
  const have = keeper.bank.getBalance(ctx, face, DENOM);
  const want = a.lamports / LAMPORTS_PER_UTRV;
  if (want > have) keeper.bank.mintCoins(ctx, face, [{ denom: DENOM, amount: (want - have).toString() }]);
  if (want < have) keeper.bank.burnCoins(ctx, face, [{ denom: DENOM, amount: (have - want).toString() }]);
  const rem = a.lamports % LAMPORTS_PER_UTRV;
  const key = Keys.fraction(toHex(face));
  if (rem === 0n) ctx.store.delete(key);
  else {
    if (keeper.ledger.remainder(ctx, face) < rem) keeper.bank.mintCoins(ctx, keeper.moduleAddress, [{ denom: DENOM, amount: '1' }]);
    ctx.store.set(key, Uint8Array.of(Number(rem >> 8n), Number(rem & 0xffn)));
  }
}
