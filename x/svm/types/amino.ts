import { type AminoConverter, aminoBytes, aminoU64, fromAminoBytes, omitEmpty } from '../../../core/types/amino.ts';
import type { MsgDeployProgram, MsgDevSetAccount, MsgExecute, MsgSolanaTx } from '../codec.ts';

type AminoAccount = { pubkey: string; is_signer?: boolean; is_writable?: boolean };

/** x/svm's amino names and JSON (the SDK's aminojson rules: snake_case, empty fields omitted, uint64 as strings, bytes as base64). */
export const svmAmino = {
  '/trivium.svm.v1.MsgDeployProgram': {
    aminoType: 'trivium/MsgDeployProgram',
    toAmino: (m: MsgDeployProgram) => omitEmpty({ sender: m.sender, elf: aminoBytes(m.elf) }),
    fromAmino: (v: { sender: string; elf?: string }): MsgDeployProgram => ({ sender: v.sender, elf: fromAminoBytes(v.elf) }),
  } satisfies AminoConverter<MsgDeployProgram>,
  '/trivium.svm.v1.MsgExecute': {
    // x/wasm has a MsgExecute… too: the SDK's spelling for a shared name.
    aminoType: 'trivium/x/svm/MsgExecute',
    toAmino: (m: MsgExecute) => omitEmpty({
      sender: m.sender, program_id: m.programId, data: m.data,
      accounts: m.accounts.map((a) => omitEmpty({ pubkey: a.pubkey, is_signer: a.isSigner, is_writable: a.isWritable })),
    }),
    fromAmino: (v: { sender: string; program_id?: string; data?: string; accounts?: AminoAccount[] }): MsgExecute => ({
      sender: v.sender, programId: v.program_id ?? '', data: v.data ?? '',
      accounts: (v.accounts ?? []).map((a) => ({ pubkey: a.pubkey, isSigner: a.is_signer ?? false, isWritable: a.is_writable ?? false })),
    }),
  } satisfies AminoConverter<MsgExecute>,
  '/trivium.svm.v1.MsgSolanaTx': {
    aminoType: 'trivium/MsgSolanaTx',
    toAmino: (m: MsgSolanaTx) => omitEmpty({ sender: m.sender, tx: aminoBytes(m.tx) }),
    fromAmino: (v: { sender: string; tx?: string }): MsgSolanaTx => ({ sender: v.sender, tx: fromAminoBytes(v.tx) }),
  } satisfies AminoConverter<MsgSolanaTx>,
  '/trivium.svm.v1.MsgDevSetAccount': {
    aminoType: 'trivium/MsgDevSetAccount',
    toAmino: (m: MsgDevSetAccount) => omitEmpty({
      authority: m.authority, pubkey: m.pubkey, lamports: aminoU64(m.lamports), data: aminoBytes(m.data), owner: m.owner, executable: m.executable,
      rent_epoch: aminoU64(m.rentEpoch),
    }),
    fromAmino: (v: { authority: string; pubkey?: string; lamports?: string; data?: string; owner?: string; executable?: boolean; rent_epoch?: string }): MsgDevSetAccount => ({
      authority: v.authority, pubkey: v.pubkey ?? '', lamports: BigInt(v.lamports ?? 0), data: fromAminoBytes(v.data), owner: v.owner ?? '',
      executable: v.executable ?? false, rentEpoch: BigInt(v.rent_epoch ?? 0),
    }),
  } satisfies AminoConverter<MsgDevSetAccount>,
};
