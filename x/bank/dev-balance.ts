import { BECH32_PREFIX, DENOM, parseAddress } from '../../core/types/address.ts';
import type { Context } from '../../core/types/context.ts';
import type { BankKeeper } from './keeper.ts';

/**
 * dev_setBalance for the bech32 and 0x faces of an address: mints or burns the difference, so the supply
 * stays the sum of the balances. Another face (a base58 Solana key) is not the bank's: false.
 */
export function devSetBankBalance(bank: BankKeeper, ctx: Context, address: string, amount: bigint, denom = DENOM): boolean {
  if (!address.startsWith('0x') && !address.startsWith(`${BECH32_PREFIX}1`)) return false;
  const addr = parseAddress(address);
  const have = bank.getBalance(ctx, addr, denom);
  if (amount > have) bank.mintCoins(ctx, addr, [{ denom, amount: (amount - have).toString() }]);
  else if (amount < have) bank.burnCoins(ctx, addr, [{ denom, amount: (have - amount).toString() }]);
  return true;
}
