import { sha256 } from '@cosmjs/crypto';
import { encodePubkey, makeAuthInfoBytes, makeSignDoc, makeSignBytes, Registry, type EncodeObject } from '@cosmjs/proto-signing';
import { encodeSecp256k1Pubkey } from '@cosmjs/amino';
import { defaultRegistryTypes } from '@cosmjs/stargate';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import secp256k1 from 'secp256k1';
import { devAccounts } from '../../app/genesis.ts';

export const CHAIN_ID = 'trivium-devnet-1';
export const MNEMONIC = 'test test test test test test test test test test test junk';
const registry = new Registry(defaultRegistryTypes);

export interface SignOptions {
  privkey: Uint8Array;
  accountNumber: bigint | number;
  sequence: bigint | number;
  chainId?: string;
  gas?: bigint | number;
  feeAmount?: string;
  memo?: string;
  registry?: Registry;
}

/** A signed TxRaw (SIGN_MODE_DIRECT), built the way CosmJS builds it, signed with native secp256k1. */
export function signTx(msgs: EncodeObject[], o: SignOptions): Uint8Array {
  const reg = o.registry ?? registry;
  const pub = secp256k1.publicKeyCreate(o.privkey, true);
  const bodyBytes = reg.encodeTxBody({ messages: msgs, memo: o.memo ?? '' });
  const gas = BigInt(o.gas ?? 200_000);
  const authInfoBytes = makeAuthInfoBytes(
    [{ pubkey: encodePubkey(encodeSecp256k1Pubkey(pub)), sequence: Number(o.sequence) }],
    [{ denom: 'utrv', amount: o.feeAmount ?? String((gas + 999n) / 1000n) }],
    Number(gas),
    undefined,
    undefined,
  );
  const signDoc = makeSignDoc(bodyBytes, authInfoBytes, o.chainId ?? CHAIN_ID, BigInt(o.accountNumber));
  const { signature } = secp256k1.ecdsaSign(sha256(makeSignBytes(signDoc)), o.privkey);
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [signature] }).finish();
}

export const dev = devAccounts();

export function sendMsg(from: string, to: string, amount: string): EncodeObject {
  return { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: from, toAddress: to, amount: [{ denom: 'utrv', amount }] } };
}

export const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
