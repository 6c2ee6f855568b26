import type { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import type { AminoConverter } from '../../../core/types/amino.ts';

/** x/bank's amino names and JSON, as the SDK (and CosmJS's createBankAminoConverters) spell them. */
export const bankAmino = {
  '/cosmos.bank.v1beta1.MsgSend': {
    aminoType: 'cosmos-sdk/MsgSend',
    toAmino: (m: MsgSend) => ({ from_address: m.fromAddress, to_address: m.toAddress, amount: m.amount.map((c) => ({ denom: c.denom, amount: c.amount })) }),
    fromAmino: (v: { from_address: string; to_address: string; amount: Array<{ denom: string; amount: string }> }): MsgSend => ({
      fromAddress: v.from_address,
      toAddress: v.to_address,
      amount: [...v.amount],
    }),
  } satisfies AminoConverter<MsgSend>,
};
