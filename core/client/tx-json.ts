import type { Registry } from '@cosmjs/proto-signing';
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { SignMode, signModeFromJSON, signModeToJSON } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import { LegacyAminoPubKey } from 'cosmjs-types/cosmos/crypto/multisig/keys';
import { AuthInfo, type ModeInfo, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';

/**
 * The SDK's JSON form of a tx (what `tx … --generate-only`, `tx sign` and `tx decode` print and `tx sign`,
 * `tx broadcast` and `tx encode` read): proto3 JSON with the proto field names, `@type` on each message.
 * The conversion is lossless, so a signed JSON tx encodes back to the bytes its signatures cover.
 */
export interface TxJson {
  body: {
    messages: Array<Record<string, unknown> & { '@type': string }>;
    memo: string;
    timeout_height: string;
    extension_options: unknown[];
    non_critical_extension_options: unknown[];
  };
  auth_info: {
    signer_infos: Array<{ public_key: PubKeyJson | null; mode_info: ModeInfoJson; sequence: string }>;
    fee: { amount: Array<{ denom: string; amount: string }>; gas_limit: string; payer: string; granter: string };
    tip: null;
  };
  signatures: string[];
}

const SECP256K1 = '/cosmos.crypto.secp256k1.PubKey';
const MULTISIG = '/cosmos.crypto.multisig.LegacyAminoPubKey';

type PubKeyJson = { '@type': string; key: string } | { '@type': string; threshold: number; public_keys: Array<{ '@type': string; key: string }> };
type ModeInfoJson = { single: { mode: string } } | { multi: { bitarray: { extra_bits_stored: number; elems: string }; mode_infos: ModeInfoJson[] } };

function pubKeyToJson(any: { typeUrl: string; value: Uint8Array }): PubKeyJson {
  if (any.typeUrl === SECP256K1) return { '@type': SECP256K1, key: b64(PubKey.decode(any.value).key) };
  if (any.typeUrl === MULTISIG) {
    const m = LegacyAminoPubKey.decode(any.value);
    return { '@type': MULTISIG, threshold: m.threshold, public_keys: m.publicKeys.map((k) => pubKeyToJson(k) as { '@type': string; key: string }) };
  }
  throw new Error(`unsupported public key type ${any.typeUrl}`);
}
function pubKeyFromJson(j: PubKeyJson): { typeUrl: string; value: Uint8Array } {
  if (j['@type'] === SECP256K1 && 'key' in j) return { typeUrl: SECP256K1, value: PubKey.encode({ key: unb64(j.key) }).finish() };
  if (j['@type'] === MULTISIG && 'public_keys' in j) {
    return { typeUrl: MULTISIG, value: LegacyAminoPubKey.encode({ threshold: j.threshold, publicKeys: j.public_keys.map(pubKeyFromJson) }).finish() };
  }
  throw new Error(`unsupported public key type ${j['@type']}`);
}
function modeInfoToJson(m: ModeInfo): ModeInfoJson {
  if (m.single) return { single: { mode: signModeToJSON(m.single.mode) } };
  if (m.multi) {
    const bits = m.multi.bitarray ?? { extraBitsStored: 0, elems: new Uint8Array() };
    return { multi: { bitarray: { extra_bits_stored: bits.extraBitsStored, elems: b64(bits.elems) }, mode_infos: m.multi.modeInfos.map(modeInfoToJson) } };
  }
  throw new Error('a signer info without a mode');
}
function modeInfoFromJson(j: ModeInfoJson, where: string): ModeInfo {
  if (j && 'single' in j) {
    const mode = signModeFromJSON(j.single?.mode);
    if (mode === SignMode.UNRECOGNIZED) throw new Error(`${where}.single.mode is not a sign mode`);
    return { single: { mode } };
  }
  if (j && 'multi' in j) {
    const bits = j.multi.bitarray;
    return { multi: { bitarray: { extraBitsStored: bits.extra_bits_stored, elems: unb64(bits.elems) }, modeInfos: j.multi.mode_infos.map((x, i) => modeInfoFromJson(x, `${where}.multi.mode_infos[${i}]`)) } };
  }
  throw new Error(`${where} must be {"single": …} or {"multi": …}`);
}
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
const unb64 = (s: string) => new Uint8Array(Buffer.from(s, 'base64'));

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());
const camel = (k: string) => k.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
function rekey(v: unknown, f: (k: string) => string): unknown {
  if (Array.isArray(v)) return v.map((x) => rekey(x, f));
  if (v === null || typeof v !== 'object') return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [f(k), rekey(x, f)]));
}

/**
 * wasmd shows a contract message (`msg`, a RawContractMessage) as the JSON it is, not base64 — when that is
 * lossless here: only a message already in the one spelling JSON.stringify gives it (compact, no big numbers), so
 * a signed tx's bytes survive decode → encode; any other stays base64. Either spelling is read back.
 */
function contractMsgToJson(typeUrl: string, fields: Record<string, unknown>): Record<string, unknown> {
  if (!typeUrl.startsWith('/cosmwasm.wasm.v1.') || typeof fields.msg !== 'string') return fields;
  const text = Buffer.from(fields.msg, 'base64').toString('utf8');
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed !== null && typeof parsed === 'object' && JSON.stringify(parsed) === text) return { ...fields, msg: parsed };
  } catch {
    /* not JSON: base64 */
  }
  return fields;
}
function contractMsgFromJson(typeUrl: string, fields: Record<string, unknown>): Record<string, unknown> {
  if (!typeUrl.startsWith('/cosmwasm.wasm.v1.') || fields.msg === null || typeof fields.msg !== 'object') return fields;
  return { ...fields, msg: Buffer.from(JSON.stringify(fields.msg)).toString('base64') };
}

type JsonCodec = { decode(b: Uint8Array): unknown; encode(m: unknown): { finish(): Uint8Array }; toJSON?(m: unknown): unknown; fromJSON?(o: unknown): unknown };
function jsonCodec(registry: Registry, typeUrl: string): Required<JsonCodec> {
  const c = registry.lookupType(typeUrl) as JsonCodec | undefined;
  if (!c) throw new Error(`unknown message type ${typeUrl}`);
  if (!c.toJSON || !c.fromJSON) throw new Error(`message type ${typeUrl} has no JSON form`);
  return c as Required<JsonCodec>;
}

export function txToJson(tx: TxRaw, registry: Registry): TxJson {
  const body = TxBody.decode(tx.bodyBytes);
  const auth = AuthInfo.decode(tx.authInfoBytes);
  if (body.extensionOptions.length || body.nonCriticalExtensionOptions.length) throw new Error('extension options are not supported');
  return {
    body: {
      messages: body.messages.map((any) => {
        const c = jsonCodec(registry, any.typeUrl);
        return { '@type': any.typeUrl, ...contractMsgToJson(any.typeUrl, rekey(c.toJSON(c.decode(any.value)), snake) as Record<string, unknown>) };
      }),
      memo: body.memo,
      timeout_height: body.timeoutHeight.toString(),
      extension_options: [],
      non_critical_extension_options: [],
    },
    auth_info: {
      signer_infos: auth.signerInfos.map((si) => ({
        public_key: si.publicKey ? pubKeyToJson(si.publicKey) : null,
        mode_info: modeInfoToJson(si.modeInfo ?? {}),
        sequence: si.sequence.toString(),
      })),
      fee: {
        amount: (auth.fee?.amount ?? []).map((c) => ({ denom: c.denom, amount: c.amount })),
        gas_limit: (auth.fee?.gasLimit ?? 0n).toString(),
        payer: auth.fee?.payer ?? '',
        granter: auth.fee?.granter ?? '',
      },
      tip: null,
    },
    signatures: tx.signatures.map(b64),
  };
}

const u64 = (s: unknown, what: string): bigint => {
  if (typeof s !== 'string' && typeof s !== 'number') throw new Error(`${what} must be a decimal string`);
  if (!/^\d+$/.test(String(s))) throw new Error(`${what} must be a decimal string, got ${JSON.stringify(s)}`);
  return BigInt(s);
};

/** Parses the SDK's JSON tx; a field of the wrong shape is an Error that names it. */
export function txFromJson(json: unknown, registry: Registry): TxRaw {
  const j = json as Partial<TxJson>;
  if (!j || typeof j !== 'object' || !j.body || !j.auth_info) throw new Error('not a tx: expected {"body", "auth_info", "signatures"}');
  if (!Array.isArray(j.body.messages) || j.body.messages.length === 0) throw new Error('body.messages must be a non-empty list');
  if (j.body.extension_options?.length || j.body.non_critical_extension_options?.length) throw new Error('extension options are not supported');
  const messages = j.body.messages.map((m, i) => {
    const { '@type': typeUrl, ...fields } = m ?? ({} as never);
    if (typeof typeUrl !== 'string') throw new Error(`body.messages[${i}] has no "@type"`);
    const c = jsonCodec(registry, typeUrl);
    return { typeUrl, value: c.encode(c.fromJSON(rekey(contractMsgFromJson(typeUrl, fields), camel))).finish() };
  });
  const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages, memo: j.body.memo ?? '', timeoutHeight: u64(j.body.timeout_height ?? '0', 'body.timeout_height') })).finish();
  const fee = j.auth_info.fee;
  if (!fee) throw new Error('auth_info.fee is required');
  const authInfoBytes = AuthInfo.encode(
    AuthInfo.fromPartial({
      signerInfos: (j.auth_info.signer_infos ?? []).map((si, i) => ({
        publicKey: si?.public_key ? pubKeyFromJson(si.public_key) : undefined,
        modeInfo: modeInfoFromJson(si?.mode_info, `auth_info.signer_infos[${i}].mode_info`),
        sequence: u64(si?.sequence, `auth_info.signer_infos[${i}].sequence`),
      })),
      fee: { amount: fee.amount ?? [], gasLimit: u64(fee.gas_limit, 'auth_info.fee.gas_limit'), payer: fee.payer ?? '', granter: fee.granter ?? '' },
    }),
  ).finish();
  return TxRaw.fromPartial({ bodyBytes, authInfoBytes, signatures: (j.signatures ?? []).map(unb64) });
}
