import { DENOM } from '../../core/types/address.ts';
import type { Context } from '../../core/types/context.ts';
import type { BankKeeper } from './expected-keepers.ts';
import type { SvmKeeper } from './keeper/keeper.ts';
import { addressFace } from './types/address.ts';
import { decodeBase58 } from './types/base58.ts';
import { LAMPORTS_PER_UTRV } from './types/index.ts';

/**
 * dev_setBalance for a base58 Solana address: `amount` lamports. Lamports are whole utrv in the bank plus a
 * sub-utrv remainder backed by the module's reserve (keeper/lamports.ts); only the whole utrv are minted or
 * burnt here, so the amount must keep the account's remainder (a multiple of 1000 for almost every account).
 */
export function devSetLamports(bank: BankKeeper, keeper: SvmKeeper, ctx: Context, address: string, amount: bigint, denom: string | undefined): boolean {
  if (address.startsWith('0x') || /^[a-z]+1/.test(address) || !/^[1-9A-HJ-NP-Za-km-z]{32,44}$/.test(address)) return false;
  if (denom !== undefined && denom !== 'lamports') throw new Error(`denom: a base58 address holds lamports, not ${JSON.stringify(denom)}`);
  const face = addressFace(decodeBase58(address, 32, 'address'));
  const rem = keeper.ledger.remainder(ctx, face);
  if (amount % LAMPORTS_PER_UTRV !== rem) throw new Error(`amount: ${amount} lamports would change the account's sub-utrv remainder (${rem}); use an amount ≡ ${rem} mod ${LAMPORTS_PER_UTRV}`);
  const want = amount / LAMPORTS_PER_UTRV;
  const have = bank.getBalance(ctx, face, DENOM);
  if (want > have) bank.mintCoins(ctx, face, [{ denom: DENOM, amount: (want - have).toString() }]);
  else if (want < have) bank.burnCoins(ctx, face, [{ denom: DENOM, amount: (have - want).toString() }]);
  return true;
}
