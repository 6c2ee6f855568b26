// Pre-signed bank MsgSend txs for any Cosmos chain (prefix, denom, chain id as parameters): the bytes CosmJS
// would build (SIGN_MODE_DIRECT), signed with native libsecp256k1 so the load generator is not the limit.
import { createHash } from 'node:crypto';
import { toBech32 } from '@cosmjs/encoding';
import { encodePubkey, makeAuthInfoBytes, makeSignBytes, makeSignDoc, Registry } from '@cosmjs/proto-signing';
import { encodeSecp256k1Pubkey } from '@cosmjs/amino';
import { defaultRegistryTypes } from '@cosmjs/stargate';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import secp256k1 from 'secp256k1';

const registry = new Registry(defaultRegistryTypes);
const sha256 = (b: Uint8Array): Uint8Array => createHash('sha256').update(b).digest();
const ripemd160 = (b: Uint8Array): Uint8Array => createHash('ripemd160').update(b).digest();

/** A bench account's key, derived from its index (the same keys on every chain). */
export function benchKey(i: number): Uint8Array {
  return new Uint8Array(sha256(Buffer.from(`trivium-bench-${i}`)));
}

export function addressOf(privkey: Uint8Array, prefix: string): string {
  return toBech32(prefix, ripemd160(sha256(secp256k1.publicKeyCreate(privkey, true))));
}

export interface SendTx {
  privkey: Uint8Array;
  from: string;
  to: string;
  amount: string;
  denom: string;
  chainId: string;
  accountNumber: number;
  sequence: number;
  gas: number;
  fee: string;
}

export function signSend(t: SendTx): Uint8Array {
  const pub = secp256k1.publicKeyCreate(t.privkey, true);
  const bodyBytes = registry.encodeTxBody({
    messages: [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: t.from, toAddress: t.to, amount: [{ denom: t.denom, amount: t.amount }] } }],
    memo: '',
  });
  const authInfoBytes = makeAuthInfoBytes([{ pubkey: encodePubkey(encodeSecp256k1Pubkey(pub)), sequence: t.sequence }], [{ denom: t.denom, amount: t.fee }], t.gas, undefined, undefined);
  const signDoc = makeSignDoc(bodyBytes, authInfoBytes, t.chainId, BigInt(t.accountNumber));
  const { signature } = secp256k1.ecdsaSign(sha256(makeSignBytes(signDoc)), t.privkey);
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [signature] }).finish();
}
