import { MsgSend, MsgSendResponse } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { parseAddress } from '../../core/types/address.ts';
import type { Context } from '../../core/types/context.ts';
import { ErrInvalidCoins } from '../../core/types/errors.ts';
import type { MsgDef, MsgResponse } from '../../core/types/module.ts';
import type { BankKeeper } from './keeper.ts';
import { parseCoins } from './types/index.ts';
import { bankAmino } from './types/amino.ts';

export function bankMsgs(bank: BankKeeper): MsgDef[] {
  const send: MsgDef<MsgSend> = {
    typeUrl: '/cosmos.bank.v1beta1.MsgSend',
    amino: bankAmino['/cosmos.bank.v1beta1.MsgSend'],
    codec: MsgSend,
    signers: (m) => [m.fromAddress],
    validateBasic(m) {
      parseAddress(m.fromAddress);
      parseAddress(m.toAddress);
      if (parseCoins(m.amount).length === 0) throw ErrInvalidCoins('send amount must be positive');
    },
    handle(ctx: Context, m): MsgResponse {
      const from = parseAddress(m.fromAddress);
      bank.sendCoins(ctx, from, parseAddress(m.toAddress), m.amount);
      return { typeUrl: '/cosmos.bank.v1beta1.MsgSendResponse', value: MsgSendResponse.encode({}).finish() };
    },
  };
  return [send];
}
