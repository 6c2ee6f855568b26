import { fromBase64, toBase64 } from '@cosmjs/encoding';
import { parseAddress } from '../../core/types/address.ts';
import type { Context } from '../../core/types/context.ts';
import { genesisEntries } from '../../core/store/genesis-store.ts';
import type { AuthKeeper } from './keeper.ts';
import { type AuthGenesis, defaultAuthParams } from './types/index.ts';

export const defaultAuthGenesis = (): AuthGenesis => ({ params: defaultAuthParams(), accounts: [] });

/**
 * Accounts get numbers in list order (account_number is informational, as devnet genesis files always had
 * it), so export lists them by number: numbers are handed out 0, 1, 2, … and never freed, so the import
 * gives every account its old number and leaves the next one where it was.
 */
export async function initAuthGenesis(auth: AuthKeeper, ctx: Context, g: AuthGenesis): Promise<void> {
  auth.setParams(ctx, { ...defaultAuthParams(), ...g.params });
  for await (const a of genesisEntries(ctx.rawStore, g.accounts)) {
    const acc = auth.getOrCreateAccount(ctx, parseAddress(a.address));
    const sequence = BigInt(a.sequence ?? '0');
    const pubKey = a.pub_key ? fromBase64(a.pub_key) : acc.pubKey;
    const multisigPubKey = a.multisig_pub_key ? fromBase64(a.multisig_pub_key) : acc.multisigPubKey;
    if (sequence !== acc.sequence || pubKey !== acc.pubKey || multisigPubKey !== acc.multisigPubKey) auth.setAccount(ctx, { ...acc, sequence, pubKey, multisigPubKey });
  }
}

export function exportAuthGenesis(auth: AuthKeeper, ctx: Context): AuthGenesis {
  const accounts = [...auth.allAccounts(ctx)]
    .sort((a, b) => (a.accountNumber < b.accountNumber ? -1 : a.accountNumber > b.accountNumber ? 1 : 0))
    .map((a) => ({
      address: a.address,
      account_number: a.accountNumber.toString(),
      sequence: a.sequence.toString(),
      ...(a.pubKey ? { pub_key: toBase64(a.pubKey) } : {}),
      ...(a.multisigPubKey ? { multisig_pub_key: toBase64(a.multisigPubKey) } : {}),
    }));
  return { params: auth.params(ctx), accounts };
}
