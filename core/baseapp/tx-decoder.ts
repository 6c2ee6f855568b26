import { AuthInfo, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { createHash } from 'node:crypto';
import '../types/proto-writer.ts'; // exact-size protobuf output for every encode on the tx path (see there)
import { AppError, ErrTxDecode, ErrTxTooLarge, ErrUnknownRequest } from '../types/errors.ts';
import type { MsgDef } from '../types/module.ts';
import { checkAuthInfo, checkMsgFields, checkTxBody, checkTxRaw } from './unknown-fields.ts';

export interface DecodedMsg {
  def: MsgDef;
  msg: any;
}

/** A Cosmos SDK tx, decoded once and carried through ante and delivery. */
export interface DecodedTx {
  bytes: Uint8Array;
  /** sha256 of the bytes, upper-case hex. */
  hash: string;
  raw: TxRaw;
  body: TxBody;
  authInfo: AuthInfo;
  msgs: DecodedMsg[];
  /** Unique signers in first-appearance order (the SDK's GetSigners); [0] pays the fee. */
  signers: string[];
}

// The same bytes object travels from the RPC through CheckTx, the mempool, FinalizeBlock and Commit: hash it once.
const hashes = new WeakMap<Uint8Array, string>();
export function txHash(bytes: Uint8Array): string {
  let h = hashes.get(bytes);
  if (h === undefined) {
    h = createHash('sha256').update(bytes).digest('hex').toUpperCase();
    hashes.set(bytes, h);
  }
  return h;
}

/** CometBFT's mempool max_tx_bytes default: larger txs are refused before any decode (no deep recursion on junk). */
export const MAX_TX_BYTES = 1048576;

export function checkTxSize(bytes: Uint8Array, limit = MAX_TX_BYTES): void {
  if (bytes.length > limit) throw ErrTxTooLarge(`tx too large: ${bytes.length} bytes > limit ${limit}`);
}

export function decodeCosmosTx(bytes: Uint8Array, router: ReadonlyMap<string, MsgDef>, maxTxBytes = MAX_TX_BYTES): DecodedTx {
  checkTxSize(bytes, maxTxBytes);
  // The SDK's strict rules first (unknown fields, wire types, ADR-027): cosmjs-types would skip what it does not know.
  checkTxRaw(bytes);
  let raw: TxRaw;
  let body: TxBody;
  let authInfo: AuthInfo;
  try {
    raw = TxRaw.decode(bytes);
  } catch (e) {
    throw ErrTxDecode(`could not decode tx: ${(e as Error).message}`);
  }
  checkTxBody(raw.bodyBytes);
  checkAuthInfo(raw.authInfoBytes);
  try {
    body = TxBody.decode(raw.bodyBytes);
    authInfo = AuthInfo.decode(raw.authInfoBytes);
  } catch (e) {
    throw ErrTxDecode(`could not decode tx: ${(e as Error).message}`);
  }
  if (body.messages.length === 0) throw ErrTxDecode('must contain at least one message');
  const msgs: DecodedMsg[] = [];
  const signers: string[] = [];
  for (const any of body.messages) {
    const def = router.get(any.typeUrl);
    if (!def) throw ErrUnknownRequest(`unrecognized message type ${any.typeUrl}`);
    let msg: any;
    try {
      msg = def.codec.decode(any.value);
    } catch (e) {
      throw ErrTxDecode(`could not decode ${any.typeUrl}: ${(e as Error).message}`);
    }
    let reencoded: Uint8Array;
    try {
      reencoded = def.codec.encode(msg).finish();
    } catch (e) {
      throw ErrTxDecode(`could not re-encode ${any.typeUrl}: ${(e as Error).message}`);
    }
    checkMsgFields(any.typeUrl, any.value, reencoded);
    try {
      def.validateBasic?.(msg);
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw ErrTxDecode(`invalid ${any.typeUrl}: ${(e as Error).message}`);
    }
    msgs.push({ def, msg });
    for (const s of def.signers(msg)) if (!signers.includes(s)) signers.push(s);
  }
  return { bytes, hash: txHash(bytes), raw, body, authInfo, msgs, signers };
}
