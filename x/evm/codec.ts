import { pbjsCodec } from '../../core/types/proto-codec.ts';
import { trivium } from '../../proto/gen/evm.js';

/** Wire types of x/evm (proto/trivium/evm/v1), as CosmJS-registrable codecs. */
const pb = trivium.evm.v1;

export const MsgEthereumTxTypeUrl = '/trivium.evm.v1.MsgEthereumTx';
export const MsgEthereumTxResponseTypeUrl = '/trivium.evm.v1.MsgEthereumTxResponse';

export interface MsgEthereumTx {
  raw: Uint8Array;
  from: string;
}
export interface EthLogProto {
  address: string;
  topics: string[];
  data: Uint8Array;
}
export interface MsgEthereumTxResponse {
  hash: string;
  logs: EthLogProto[];
  ret: Uint8Array;
  vmError: string;
  gasUsed: number;
  contractAddress: string;
}

export const MsgEthereumTxCodec = pbjsCodec<MsgEthereumTx>(pb.MsgEthereumTx as any, () => ({ raw: new Uint8Array(), from: '' }));
export const MsgEthereumTxResponseCodec = pbjsCodec<MsgEthereumTxResponse>(pb.MsgEthereumTxResponse as any, () => ({
  hash: '',
  logs: [],
  ret: new Uint8Array(),
  vmError: '',
  gasUsed: 0,
  contractAddress: '',
}));

export const Query = {
  Params: { req: pb.QueryParamsRequest, res: pb.QueryParamsResponse, path: '/trivium.evm.v1.Query/Params' },
  Account: { req: pb.QueryAccountRequest, res: pb.QueryAccountResponse, path: '/trivium.evm.v1.Query/Account' },
  Code: { req: pb.QueryCodeRequest, res: pb.QueryCodeResponse, path: '/trivium.evm.v1.Query/Code' },
  Storage: { req: pb.QueryStorageRequest, res: pb.QueryStorageResponse, path: '/trivium.evm.v1.Query/Storage' },
  EthCall: { req: pb.EthCallRequest, res: pb.EthCallResponse, path: '/trivium.evm.v1.Query/EthCall' },
} as const;

export { pb };
