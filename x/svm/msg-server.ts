import { parseAddress, toBech32Address } from '../../core/types/address.ts';
import type { Context } from '../../core/types/context.ts';
import type { MsgDef, MsgResponse } from '../../core/types/module.ts';
import { parsePubkey } from './types/address.ts';
import { encodeBase58 } from './types/base58.ts';
import {
  type MsgDeployProgram,
  MsgDeployProgramCodec,
  MsgDeployProgramResponseCodec,
  type MsgExecute,
  MsgExecuteCodec,
  MsgExecuteResponseCodec,
  type MsgSolanaTx,
  MsgSolanaTxCodec,
  MsgSolanaTxResponseCodec,
  TypeUrls,
  type MsgDevSetAccount,
  MsgDevSetAccountCodec,
  MsgDevSetAccountResponseCodec,
} from './codec.ts';
import { devAuthority, setDevAccount } from './keeper/dev-account.ts';
import { deployEvent, executeEvent, logEvent, transactionEvent } from './events.ts';
import { checkElfHeader } from './keeper/elf.ts';
import { explain } from './keeper/executor.ts';
import type { SvmKeeper } from './keeper/keeper.ts';
import { type AccountMetaInput, ErrInvalidInstructionData, ErrProgramFailed, ErrSignatureFailure, ErrTransactionFailed, fromHexStrict } from './types/index.ts';
import { parseTransaction } from './wire.ts';
import { firstBadSignature } from './signatures.ts';

import { parseInstructionData } from './types/index.ts';
import { svmAmino } from './types/amino.ts';

export { parseInstructionData };

/**
 * Decoding bech32 and base58 is a measurable share of a small call, and every message is decoded twice
 * (validateBasic, then handle): remember recent results. The cached bytes are never mutated.
 */
function memo<T>(f: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = f(s);
      if (cache.size >= 10_000) cache.clear();
      cache.set(s, v);
    }
    return v;
  };
}
const senderAddress = memo(parseAddress);
const pubkey = memo(parsePubkey);
/** The canonical base58 of a pubkey as the user wrote it (it may be an address meaning its SVM face). */
const canonicalPubkey = memo((s: string) => encodeBase58(parsePubkey(s)));

function parseMetas(m: MsgExecute): AccountMetaInput[] {
  return m.accounts.map((a) => ({ pubkey: pubkey(a.pubkey), isSigner: a.isSigner, isWritable: a.isWritable }));
}

/** A failed program as an error whose text carries the reason and the logs that led to it. */
function programFailure(reason: string, logs: string[]): Error {
  const tail = logs.slice(-8).join(' | ');
  return ErrProgramFailed(`${reason}${tail ? `; logs: ${tail}` : ''}`);
}

export function svmMsgs(keeper: SvmKeeper): MsgDef[] {
  const deploy: MsgDef<MsgDeployProgram> = {
    typeUrl: TypeUrls.MsgDeployProgram,
    amino: svmAmino[TypeUrls.MsgDeployProgram],
    codec: MsgDeployProgramCodec,
    signers: (m) => [m.sender],
    validateBasic(m) {
      parseAddress(m.sender);
      checkElfHeader(m.elf);
    },
    handle(ctx: Context, m): MsgResponse {
      const deployer = parseAddress(m.sender);
      const { programId, elfSha256 } = keeper.deploy(ctx, deployer, m.elf);
      const id = encodeBase58(programId);
      ctx.emit(deployEvent({ programId: id, deployer: toBech32Address(deployer), elfSha256, elfSize: m.elf.length }));
      return { typeUrl: TypeUrls.MsgDeployProgramResponse, value: MsgDeployProgramResponseCodec.encode({ programId: id, elfSha256 }).finish() };
    },
  };

  const execute: MsgDef<MsgExecute> = {
    typeUrl: TypeUrls.MsgExecute,
    amino: svmAmino[TypeUrls.MsgExecute],
    codec: MsgExecuteCodec,
    signers: (m) => [m.sender],
    validateBasic(m) {
      senderAddress(m.sender);
      pubkey(m.programId);
      parseInstructionData(m.data);
      parseMetas(m);
    },
    handle(ctx: Context, m): MsgResponse {
      const caller = senderAddress(m.sender);
      const programId = pubkey(m.programId);
      const r = keeper.executeInstruction(ctx, {
        caller,
        programId,
        data: parseInstructionData(m.data),
        accounts: parseMetas(m),
        gasLimit: ctx.gasMeter.remaining,
      });
      if (!r.success) throw programFailure(r.error ?? 'failed', r.logs);
      ctx.emit(executeEvent({ programId: canonicalPubkey(m.programId), sender: m.sender, computeUnits: r.computeUnits, success: true }), logEvent(r.logs));
      const value = MsgExecuteResponseCodec.encode({
        computeUnits: r.computeUnits,
        logs: r.logs,
        returnData: r.returnData?.data ?? new Uint8Array(),
        returnProgramId: r.returnData ? encodeBase58(r.returnData.programId) : '',
      }).finish();
      return { typeUrl: TypeUrls.MsgExecuteResponse, value };
    },
  };

  const solanaTx: MsgDef<MsgSolanaTx> = {
    typeUrl: TypeUrls.MsgSolanaTx,
    amino: svmAmino[TypeUrls.MsgSolanaTx],
    codec: MsgSolanaTxCodec,
    signers: (m) => [m.sender],
    validateBasic(m) {
      parseAddress(m.sender);
      const tx = parseTransaction(m.tx);
      const bad = firstBadSignature(tx);
      if (bad >= 0) throw ErrSignatureFailure(`signature ${bad} does not verify for ${encodeBase58(tx.accountKeys[bad]!)}`);
    },
    handle(ctx: Context, m): MsgResponse {
      const r = keeper.executeWireTx(ctx, m.tx);
      if (!r.outcome.ok) {
        // In a Cosmos tx the Solana transaction is all or nothing: its fee is not taken either.
        const e = ErrTransactionFailed(`${r.signature}: ${explain(r.outcome)}`);
        throw programFailure(e.message, r.outcome.logs);
      }
      const payer = encodeBase58(parseTransaction(m.tx).accountKeys[0]!);
      ctx.emit(
        transactionEvent({ signature: r.signature, feePayer: payer, computeUnits: r.outcome.computeUnits, fee: r.fee, success: true }),
        logEvent(r.outcome.logs),
      );
      const value = MsgSolanaTxResponseCodec.encode({ signature: r.signature, computeUnits: r.outcome.computeUnits, logs: r.outcome.logs }).finish();
      return { typeUrl: TypeUrls.MsgSolanaTxResponse, value };
    },
  };

  // Devnet only: the genesis's dev_authority (dev0 on a devnet; none on a network) sets an account.
  const devSetAccount: MsgDef<MsgDevSetAccount> = {
    typeUrl: TypeUrls.MsgDevSetAccount,
    amino: svmAmino[TypeUrls.MsgDevSetAccount],
    codec: MsgDevSetAccountCodec,
    signers: (m) => [m.authority],
    validateBasic(m) {
      senderAddress(m.authority);
      pubkey(m.pubkey);
      pubkey(m.owner);
    },
    handle(ctx, m) {
      const authority = devAuthority(ctx);
      if (!authority) throw ErrTransactionFailed('setAccount is a devnet control: this chain has no svm dev_authority');
      if (authority !== m.authority) throw ErrTransactionFailed(`${m.authority} is not the svm dev_authority (${authority})`);
      setDevAccount(keeper, ctx, { pubkey: pubkey(m.pubkey), lamports: BigInt(m.lamports ?? 0n), data: m.data ?? new Uint8Array(), owner: pubkey(m.owner), executable: Boolean(m.executable), rentEpoch: BigInt(m.rentEpoch ?? 0n) });
      return { typeUrl: TypeUrls.MsgDevSetAccountResponse, value: MsgDevSetAccountResponseCodec.encode({}).finish() };
    },
  };
  return [deploy, execute, solanaTx, devSetAccount];
}
