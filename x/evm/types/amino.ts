import { type AminoConverter, aminoBytes, fromAminoBytes, omitEmpty } from '../../../core/types/amino.ts';
import type { MsgEthereumTx } from '../codec.ts';

/** x/evm's amino name and JSON (the SDK's aminojson rules: snake_case, empty fields omitted, bytes as base64). */
export const evmAmino = {
  '/trivium.evm.v1.MsgEthereumTx': {
    aminoType: 'trivium/MsgEthereumTx',
    toAmino: (m: MsgEthereumTx) => omitEmpty({ raw: aminoBytes(m.raw), from: m.from }),
    fromAmino: (v: { raw?: string; from?: string }): MsgEthereumTx => ({ raw: fromAminoBytes(v.raw), from: v.from ?? '' }),
  } satisfies AminoConverter<MsgEthereumTx>,
};
