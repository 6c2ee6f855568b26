import { Command } from 'commander';
import { QueryAllBalancesRequest, QueryAllBalancesResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { parseAddress } from '../../../core/types/address.ts';
import type { ModuleCli } from '../../../core/client/module-cli.ts';
import { addQueryFlags, addTxFlags, printOutput, type QueryOptions, type TxOptions } from '../../../core/client/options.ts';
import { abciQuery } from '../../../core/client/rpc.ts';
import { broadcastMsgs } from '../../../core/client/tx.ts';
import { Keyring } from '../../../core/client/keyring.ts';
import { parseCoinsString } from '../types/index.ts';
import { bankAmino } from '../types/amino.ts';

/** `triviumd tx bank send` and `triviumd q bank balances`. */
export const bankCli: ModuleCli = {
  aminoConverters: bankAmino,
  tx(parent) {
    const bank = parent.command('bank').description('bank transactions');
    addTxFlags(
      bank
        .command('send')
        .description('send coins: FROM is a key name or address (the signer), TO an address, AMOUNT like 100utrv')
        .argument('<from>')
        .argument('<to>')
        .argument('<amount>'),
    ).action(async (from: string, to: string, amount: string, opts: TxOptions) => {
      const keyring = new Keyring(opts.home, opts.keyringBackend);
      const fromAddr = keyring.get(opts.from ?? from).address;
      parseAddress(to);
      const coins = parseCoinsString(amount);
      if (coins.length === 0) throw new Error('amount must not be empty');
      await broadcastMsgs({ ...opts, from: opts.from ?? from }, [
        { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: fromAddr, toAddress: to, amount: coins } },
      ]);
    });
  },
  query(parent) {
    const bank = parent.command('bank').description('bank queries');
    addQueryFlags(bank.command('balances').description('all balances of an address').argument('<address>')).action(async (address: string, opts: QueryOptions) => {
      const addr = resolveAddress(address, opts);
      const res = QueryAllBalancesResponse.decode(
        await abciQuery(opts, '/cosmos.bank.v1beta1.Query/AllBalances', QueryAllBalancesRequest.encode(QueryAllBalancesRequest.fromPartial({ address: addr })).finish()),
      );
      printOutput(opts, { balances: res.balances, pagination: { next_key: null, total: String(res.balances.length) } });
    });
  },
};

/** An address, or the address of a key in the keyring. */
export function resolveAddress(s: string, opts: QueryOptions): string {
  if (s.startsWith('trivium1') || s.startsWith('0x')) {
    parseAddress(s);
    return s;
  }
  return new Keyring(opts.home, opts.keyringBackend).get(s).address;
}

export type { Command };
