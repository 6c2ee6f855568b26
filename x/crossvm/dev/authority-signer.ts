import { ripemd160, sha256 } from '@cosmjs/crypto';
import { encodeSecp256k1Pubkey } from '@cosmjs/amino';
import { encodePubkey, makeAuthInfoBytes, makeSignBytes, makeSignDoc } from '@cosmjs/proto-signing';
import { TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import secp256k1 from 'secp256k1';
import { cosmosHdPath, derivePrivateKey, DEV_MNEMONIC, mnemonicToSeed } from '../../../core/client/hd-keys.ts';
import { toBech32Address } from '../../../core/types/address.ts';

/** How many devnet keys (dev0…) may hold the authority: the devnet's is dev0. */
const DEV_KEYS = 10;
let keys: Array<{ address: string; privkey: Uint8Array }> | undefined;

/**
 * The devnet authority's key, derived from the devnet mnemonic: a devnet control is a real signed tx of the
 * authority's, so it lands in a block and a replay applies it again. Undefined when the authority is not a
 * dev key (a chain with its own authority has no control a node could sign for it).
 */
export function devKeyFor(address: string): Uint8Array | undefined {
  if (!keys) {
    const seed = mnemonicToSeed(DEV_MNEMONIC);
    keys = Array.from({ length: DEV_KEYS }, (_, i) => {
      const privkey = derivePrivateKey(seed, cosmosHdPath(i));
      return { address: toBech32Address(ripemd160(sha256(secp256k1.publicKeyCreate(privkey, true)))), privkey };
    });
  }
  return keys.find((k) => k.address === address)?.privkey;
}

export interface SignRequest {
  privkey: Uint8Array;
  chainId: string;
  accountNumber: bigint;
  sequence: bigint;
  gas: bigint;
  feeUtrv: bigint;
  message: { typeUrl: string; value: Uint8Array };
}

/** A TxRaw signed SIGN_MODE_DIRECT, as CosmJS builds one. */
export function signTx(r: SignRequest): Uint8Array {
  const pub = secp256k1.publicKeyCreate(r.privkey, true);
  const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages: [r.message], memo: '' })).finish();
  const authInfoBytes = makeAuthInfoBytes(
    [{ pubkey: encodePubkey(encodeSecp256k1Pubkey(pub)), sequence: Number(r.sequence) }],
    [{ denom: 'utrv', amount: r.feeUtrv.toString() }],
    Number(r.gas),
    undefined,
    undefined,
  );
  const doc = makeSignDoc(bodyBytes, authInfoBytes, r.chainId, r.accountNumber);
  const { signature } = secp256k1.ecdsaSign(sha256(makeSignBytes(doc)), r.privkey);
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [signature] }).finish();
}
