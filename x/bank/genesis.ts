import { parseAddress, toBech32Address } from '../../core/types/address.ts';
import type { Context } from '../../core/types/context.ts';
import { genesisEntries } from '../../core/store/genesis-store.ts';
import type { BankKeeper } from './keeper.ts';
import type { BankGenesis } from './types/index.ts';

export const defaultBankGenesis = (): BankGenesis => ({ balances: [] });

/** Mints every balance; a `supply` (as export writes it) must be what the balances add up to. */
export async function initBankGenesis(bank: BankKeeper, ctx: Context, g: BankGenesis): Promise<void> {
  for await (const b of genesisEntries(ctx.rawStore, g.balances)) {
    bank.mintCoins(ctx, parseAddress(b.address), b.coins);
  }
  for (const s of g.supply ?? []) {
    const minted = bank.getSupply(ctx, s.denom);
    if (minted !== BigInt(s.amount)) throw new Error(`bank genesis: supply ${s.amount}${s.denom} is not the balances' total ${minted}${s.denom}`);
    // Also keeps a denom whose supply was burnt to zero (its record stays, at 0).
    bank.setSupply(ctx, s.denom, minted);
  }
}

/** Every balance by address (store order: address bytes, then denom) and the supply of every denom. */
export function exportBankGenesis(bank: BankKeeper, ctx: Context): BankGenesis {
  const balances = [...bank.balancesByAddress(ctx)].map(({ address, coins }) => ({ address: toBech32Address(address), coins }));
  return { balances, supply: bank.getAllSupply(ctx) };
}
