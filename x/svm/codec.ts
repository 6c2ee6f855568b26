import { pbjsCodec } from '../../core/types/proto-codec.ts';
import { trivium } from '../../proto/gen/svm.js';

/** Wire types of x/svm (proto/trivium/svm/v1), as CosmJS-registrable codecs. */
const pb = trivium.svm.v1;

export const TypeUrls = {
  MsgDeployProgram: '/trivium.svm.v1.MsgDeployProgram',
  MsgDeployProgramResponse: '/trivium.svm.v1.MsgDeployProgramResponse',
  MsgExecute: '/trivium.svm.v1.MsgExecute',
  MsgExecuteResponse: '/trivium.svm.v1.MsgExecuteResponse',
  MsgSolanaTx: '/trivium.svm.v1.MsgSolanaTx',
  MsgSolanaTxResponse: '/trivium.svm.v1.MsgSolanaTxResponse',
} as const;

export interface AccountMeta {
  pubkey: string;
  isSigner: boolean;
  isWritable: boolean;
}
export interface MsgDeployProgram {
  sender: string;
  elf: Uint8Array;
}
export interface MsgDeployProgramResponse {
  programId: string;
  elfSha256: string;
}
export interface MsgExecute {
  sender: string;
  programId: string;
  data: string;
  accounts: AccountMeta[];
}
export interface MsgExecuteResponse {
  computeUnits: number;
  logs: string[];
  returnData: Uint8Array;
  returnProgramId: string;
}
export interface MsgSolanaTx {
  sender: string;
  tx: Uint8Array;
}
export interface MsgSolanaTxResponse {
  signature: string;
  computeUnits: number;
  logs: string[];
}

export const MsgDeployProgramCodec = pbjsCodec<MsgDeployProgram>(pb.MsgDeployProgram as any, () => ({ sender: '', elf: new Uint8Array() }));
export const MsgDeployProgramResponseCodec = pbjsCodec<MsgDeployProgramResponse>(pb.MsgDeployProgramResponse as any, () => ({ programId: '', elfSha256: '' }));
export const MsgExecuteCodec = pbjsCodec<MsgExecute>(pb.MsgExecute as any, () => ({ sender: '', programId: '', data: '', accounts: [] }));
export const MsgExecuteResponseCodec = pbjsCodec<MsgExecuteResponse>(pb.MsgExecuteResponse as any, () => ({
  computeUnits: 0,
  logs: [],
  returnData: new Uint8Array(),
  returnProgramId: '',
}));
export const MsgSolanaTxCodec = pbjsCodec<MsgSolanaTx>(pb.MsgSolanaTx as any, () => ({ sender: '', tx: new Uint8Array() }));
export const MsgSolanaTxResponseCodec = pbjsCodec<MsgSolanaTxResponse>(pb.MsgSolanaTxResponse as any, () => ({ signature: '', computeUnits: 0, logs: [] }));

export interface AccountProto {
  pubkey: string;
  lamports: string;
  owner: string;
  data: Uint8Array;
  executable: boolean;
  rentEpoch: string;
}
export interface ProgramInfoProto {
  programId: string;
  deployer: string;
  elfSha256: string;
  elfSize: number;
  deployedHeight: number;
  loader: string;
  builtin: boolean;
}

export const Query = {
  Account: { req: pb.QueryAccountRequest, res: pb.QueryAccountResponse, path: '/trivium.svm.v1.Query/Account' },
  Program: { req: pb.QueryProgramRequest, res: pb.QueryProgramResponse, path: '/trivium.svm.v1.Query/Program' },
  AddressFaces: { req: pb.QueryAddressFacesRequest, res: pb.QueryAddressFacesResponse, path: '/trivium.svm.v1.Query/AddressFaces' },
  Params: { req: pb.QueryParamsRequest, res: pb.QueryParamsResponse, path: '/trivium.svm.v1.Query/Params' },
} as const;

/** The codecs the CLI's signer registers. */
export const registryTypes: Array<[string, any]> = [
  [TypeUrls.MsgDeployProgram, MsgDeployProgramCodec],
  [TypeUrls.MsgExecute, MsgExecuteCodec],
  [TypeUrls.MsgSolanaTx, MsgSolanaTxCodec],
];
