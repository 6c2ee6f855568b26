import { SignDoc } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import { sortedJsonBytes } from '../../core/types/amino.ts';
import { AppError, ErrUnauthorized } from '../../core/types/errors.ts';
import type { DecodedTx } from '../../core/baseapp/tx-decoder.ts';

/** The sign modes a single signature may use here, as the SDK names them. */
export const SUPPORTED_SIGN_MODES = [SignMode.SIGN_MODE_DIRECT, SignMode.SIGN_MODE_LEGACY_AMINO_JSON] as const;
export type SupportedSignMode = (typeof SUPPORTED_SIGN_MODES)[number];

/** The signer info's sign mode, or a clear refusal of one we do not verify. */
export function signModeOf(tx: DecodedTx, i: number): SupportedSignMode {
  const modeInfo = tx.authInfo.signerInfos[i]?.modeInfo;
  if (modeInfo?.multi) throw ErrUnauthorized('ModeInfo.multi is for a multisig key (LegacyAminoPubKey) only');
  return singleMode(modeInfo?.single?.mode);
}

/** A single signature's mode (a signer's, or a multisig member's), or a clear refusal. */
export function singleMode(mode: SignMode | undefined): SupportedSignMode {
  if (mode === SignMode.SIGN_MODE_DIRECT || mode === SignMode.SIGN_MODE_LEGACY_AMINO_JSON) return mode;
  const name = mode === undefined ? 'none' : (SignMode[mode] ?? String(mode));
  throw ErrUnauthorized(`sign mode ${name} is not supported; use SIGN_MODE_DIRECT or SIGN_MODE_LEGACY_AMINO_JSON`);
}

export interface SignerData {
  chainId: string;
  accountNumber: bigint;
  sequence: bigint;
}

/** What signer i signed: the SignDoc (DIRECT) or the StdSignDoc's sorted JSON (LEGACY_AMINO_JSON). */
export function signBytes(tx: DecodedTx, mode: SupportedSignMode, s: SignerData): Uint8Array {
  if (mode === SignMode.SIGN_MODE_DIRECT) {
    return SignDoc.encode({ bodyBytes: tx.raw.bodyBytes, authInfoBytes: tx.raw.authInfoBytes, chainId: s.chainId, accountNumber: s.accountNumber }).finish();
  }
  return aminoJsonSignBytes(tx, s);
}

/**
 * The SDK's legacy StdSignDoc (x/auth/migrations/legacytx StdSignBytes; x/tx aminojson in v0.50):
 * {account_number, chain_id, fee {amount, gas, payer?, granter?}, memo, msgs [{type, value}], sequence,
 * timeout_height when nonzero}, as sorted JSON — what CosmJS's makeSignDoc + serializeSignDoc sign.
 */
export function aminoJsonSignBytes(tx: DecodedTx, s: SignerData): Uint8Array {
  const fee = tx.authInfo.fee;
  const msgs = tx.msgs.map(({ def, msg }) => {
    if (!def.amino) throw ErrUnauthorized(`${def.typeUrl} has no amino JSON form; sign it with SIGN_MODE_DIRECT`);
    let value: unknown;
    try {
      value = def.amino.toAmino(msg);
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw ErrUnauthorized(`${def.typeUrl} cannot be signed in amino JSON: ${(e as Error).message}`);
    }
    return { type: def.amino.aminoType, value };
  });
  const doc: Record<string, unknown> = {
    account_number: s.accountNumber.toString(),
    chain_id: s.chainId,
    fee: {
      amount: (fee?.amount ?? []).map((c) => ({ denom: c.denom, amount: c.amount })),
      gas: (fee?.gasLimit ?? 0n).toString(),
      ...(fee?.payer ? { payer: fee.payer } : {}),
      ...(fee?.granter ? { granter: fee.granter } : {}),
    },
    memo: tx.body.memo,
    msgs,
    sequence: s.sequence.toString(),
  };
  if (tx.body.timeoutHeight > 0n) doc.timeout_height = tx.body.timeoutHeight.toString();
  return sortedJsonBytes(doc);
}
