import { type Plain, pbjsCodec } from '../../core/types/proto-codec.ts';
import { trivium } from '../../proto/gen/evm.js';

/** Wire types of x/evm (proto/trivium/evm/v1), as CosmJS-registrable codecs; uint64 fields are bigint. */
const pb = trivium.evm.v1;

export const MsgEthereumTxTypeUrl = '/trivium.evm.v1.MsgEthereumTx';
export const MsgEthereumTxResponseTypeUrl = '/trivium.evm.v1.MsgEthereumTxResponse';

export type MsgEthereumTx = Plain<trivium.evm.v1.MsgEthereumTx.$Properties>;
export type EthLogProto = Plain<trivium.evm.v1.Log.$Properties>;
export type MsgEthereumTxResponse = Plain<trivium.evm.v1.MsgEthereumTxResponse.$Properties>;

export const MsgEthereumTxCodec = pbjsCodec(pb.MsgEthereumTx);
export const MsgEthereumTxResponseCodec = pbjsCodec(pb.MsgEthereumTxResponse);

export const Query = {
  Params: { req: pbjsCodec(pb.QueryParamsRequest), res: pbjsCodec(pb.QueryParamsResponse), path: '/trivium.evm.v1.Query/Params' },
  Account: { req: pbjsCodec(pb.QueryAccountRequest), res: pbjsCodec(pb.QueryAccountResponse), path: '/trivium.evm.v1.Query/Account' },
  Code: { req: pbjsCodec(pb.QueryCodeRequest), res: pbjsCodec(pb.QueryCodeResponse), path: '/trivium.evm.v1.Query/Code' },
  Storage: { req: pbjsCodec(pb.QueryStorageRequest), res: pbjsCodec(pb.QueryStorageResponse), path: '/trivium.evm.v1.Query/Storage' },
  EthCall: { req: pbjsCodec(pb.EthCallRequest), res: pbjsCodec(pb.EthCallResponse), path: '/trivium.evm.v1.Query/EthCall' },
} as const;

export { pb };
