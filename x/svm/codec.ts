import { type Plain, type RegistryCodec, pbjsCodec } from '../../core/types/proto-codec.ts';
import { trivium } from '../../proto/gen/svm.js';

/** Wire types of x/svm (proto/trivium/svm/v1), as CosmJS-registrable codecs; uint64 fields are bigint. */
const pb = trivium.svm.v1;

export const TypeUrls = {
  MsgDeployProgram: '/trivium.svm.v1.MsgDeployProgram',
  MsgDeployProgramResponse: '/trivium.svm.v1.MsgDeployProgramResponse',
  MsgExecute: '/trivium.svm.v1.MsgExecute',
  MsgExecuteResponse: '/trivium.svm.v1.MsgExecuteResponse',
  MsgSolanaTx: '/trivium.svm.v1.MsgSolanaTx',
  MsgSolanaTxResponse: '/trivium.svm.v1.MsgSolanaTxResponse',
  MsgDevSetAccount: '/trivium.svm.v1.MsgDevSetAccount',
  MsgDevSetAccountResponse: '/trivium.svm.v1.MsgDevSetAccountResponse',
} as const;

export type AccountMeta = Plain<trivium.svm.v1.AccountMeta.$Properties>;
export type MsgDeployProgram = Plain<trivium.svm.v1.MsgDeployProgram.$Properties>;
export type MsgDeployProgramResponse = Plain<trivium.svm.v1.MsgDeployProgramResponse.$Properties>;
export type MsgExecute = Plain<trivium.svm.v1.MsgExecute.$Properties>;
export type MsgExecuteResponse = Plain<trivium.svm.v1.MsgExecuteResponse.$Properties>;
export type MsgSolanaTx = Plain<trivium.svm.v1.MsgSolanaTx.$Properties>;
export type MsgSolanaTxResponse = Plain<trivium.svm.v1.MsgSolanaTxResponse.$Properties>;
export type MsgDevSetAccount = Plain<trivium.svm.v1.MsgDevSetAccount.$Properties>;

export const MsgDeployProgramCodec = pbjsCodec(pb.MsgDeployProgram);
export const MsgDeployProgramResponseCodec = pbjsCodec(pb.MsgDeployProgramResponse);
export const MsgExecuteCodec = pbjsCodec(pb.MsgExecute);
export const MsgExecuteResponseCodec = pbjsCodec(pb.MsgExecuteResponse);
export const MsgSolanaTxCodec = pbjsCodec(pb.MsgSolanaTx);
export const MsgSolanaTxResponseCodec = pbjsCodec(pb.MsgSolanaTxResponse);
export const MsgDevSetAccountCodec = pbjsCodec(pb.MsgDevSetAccount);
export const MsgDevSetAccountResponseCodec = pbjsCodec(pb.MsgDevSetAccountResponse);

export type AccountProto = Plain<trivium.svm.v1.Account.$Properties>;
export type ProgramInfoProto = Plain<trivium.svm.v1.ProgramInfo.$Properties>;

const ProgramInfoCodec = pbjsCodec(pb.ProgramInfo);
const ParamsCodec = pbjsCodec(pb.Params);

export const Query = {
  Account: { req: pbjsCodec(pb.QueryAccountRequest), res: pbjsCodec(pb.QueryAccountResponse), path: '/trivium.svm.v1.Query/Account' },
  Program: { req: pbjsCodec(pb.QueryProgramRequest), res: pbjsCodec(pb.QueryProgramResponse, { nested: { program: ProgramInfoCodec } }), path: '/trivium.svm.v1.Query/Program' },
  AddressFaces: { req: pbjsCodec(pb.QueryAddressFacesRequest), res: pbjsCodec(pb.QueryAddressFacesResponse), path: '/trivium.svm.v1.Query/AddressFaces' },
  Params: { req: pbjsCodec(pb.QueryParamsRequest), res: pbjsCodec(pb.QueryParamsResponse, { nested: { params: ParamsCodec } }), path: '/trivium.svm.v1.Query/Params' },
} as const;

/** The codecs the CLI's signer registers. */
export const registryTypes: Array<[string, RegistryCodec]> = [
  [TypeUrls.MsgDeployProgram, MsgDeployProgramCodec],
  [TypeUrls.MsgExecute, MsgExecuteCodec],
  [TypeUrls.MsgSolanaTx, MsgSolanaTxCodec],
  [TypeUrls.MsgDevSetAccount, MsgDevSetAccountCodec],
];
