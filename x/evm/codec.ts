import { type Plain, pbjsCodec, protoQuery } from '../../core/types/proto-codec.ts';
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
  Params: protoQuery(pb.QueryParamsRequest, pb.QueryParamsResponse, '/trivium.evm.v1.Query/Params'),
  Account: protoQuery(pb.QueryAccountRequest, pb.QueryAccountResponse, '/trivium.evm.v1.Query/Account'),
  Code: protoQuery(pb.QueryCodeRequest, pb.QueryCodeResponse, '/trivium.evm.v1.Query/Code'),
  Storage: protoQuery(pb.QueryStorageRequest, pb.QueryStorageResponse, '/trivium.evm.v1.Query/Storage'),
  EthCall: protoQuery(pb.EthCallRequest, pb.EthCallResponse, '/trivium.evm.v1.Query/EthCall'),
} as const;

export { pb };
