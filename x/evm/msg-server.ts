import { parseAddress } from '../../core/types/address.ts';
import type { Context } from '../../core/types/context.ts';
import type { MsgDef, MsgResponse } from '../../core/types/module.ts';
import { MsgEthereumTxCodec, MsgEthereumTxResponseTypeUrl, MsgEthereumTxTypeUrl, type MsgEthereumTx } from './codec.ts';
import { EvmGasRegister } from './gas-register.ts';
import type { EvmKeeper } from './keeper.ts';
import { decodeEthTx } from './tx/decode.ts';
import { executeEthTx } from './tx/execute.ts';
import { evmAmino } from './types/amino.ts';

/**
 * MsgEthereumTx: a raw signed Ethereum tx inside a Cosmos tx. The inner tx is executed exactly as a raw one
 * (its own nonce, gas and fee in wei, its receipt), and its EVM gas is also charged to the Cosmos tx's meter
 * (1:1), so the outer gas limit must cover it. A precheck failure (nonce, funds, …) fails the message; a
 * revert does not: it is a receipt with status 0, as on Ethereum.
 */
export function evmMsgs(keeper: EvmKeeper): MsgDef[] {
  const ethTx: MsgDef<MsgEthereumTx> = {
    typeUrl: MsgEthereumTxTypeUrl,
    amino: evmAmino[MsgEthereumTxTypeUrl],
    codec: MsgEthereumTxCodec,
    signers: (m) => [m.from],
    validateBasic(m) {
      parseAddress(m.from);
      decodeEthTx(m.raw);
    },
    async handle(ctx: Context, m): Promise<MsgResponse> {
      const e = decodeEthTx(m.raw);
      const out = await executeEthTx(keeper, ctx, e);
      ctx.gasMeter.consume(EvmGasRegister.evmToSdk(out.exec.gasUsed), 'MsgEthereumTx');
      ctx.emit(...out.events);
      return { typeUrl: MsgEthereumTxResponseTypeUrl, value: out.response };
    },
  };
  return [ethTx];
}
