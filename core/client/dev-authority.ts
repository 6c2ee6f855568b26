import { ripemd160, sha256 } from '@cosmjs/crypto';
import { encodeSecp256k1Pubkey } from '@cosmjs/amino';
import { encodePubkey, makeAuthInfoBytes, makeSignBytes, makeSignDoc } from '@cosmjs/proto-signing';
import { TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import secp256k1 from 'secp256k1';
import { cosmosHdPath, derivePrivateKey, DEV_MNEMONIC, mnemonicToSeed } from './hd-keys.ts';
import { toBech32Address } from '../types/address.ts';
import type { NodeAPI, StoredTx } from '../types/node-api.ts';

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

export interface DevTxRequest {
  /** The signer: a devnet key (devKeyFor). */
  authority: string;
  /** Its account number and committed sequence. */
  account: { accountNumber: bigint; sequence: bigint };
  gas: bigint;
  feeUtrv: bigint;
  message: { typeUrl: string; value: Uint8Array };
}

/** How long a devnet control waits for its tx to land in a block (the devnet's block time is 1 s by default). */
const INCLUSION_TIMEOUT_MS = 30_000;

/**
 * A devnet control as a real tx: signed with the devnet key of `authority`, broadcast, and waited for until
 * a block holds it — so the change is in a block, and a replay of the blocks makes it again. The authority
 * may have txs of its own in the mempool: the sequence CheckTx expects is taken. Throws with the node's
 * reason when the tx is refused or fails.
 */
export async function submitDevTx(node: NodeAPI, r: DevTxRequest): Promise<StoredTx> {
  const privkey = devKeyFor(r.authority);
  if (!privkey) throw new Error(`the authority ${r.authority || '(none)'} is not a devnet key this node can sign for`);
  let sequence = r.account.sequence;
  let res;
  for (let attempt = 0; attempt < 3; attempt++) {
    const tx = signTx({ privkey, chainId: node.chainId, accountNumber: r.account.accountNumber, sequence, gas: r.gas, feeUtrv: r.feeUtrv, message: r.message });
    res = await node.broadcastTx(tx);
    const expected = /account sequence mismatch, expected (\d+)/.exec(res.log);
    if (res.code === 0 || !expected) break;
    sequence = BigInt(expected[1]!);
  }
  if (res!.code !== 0) throw new Error(`the tx was refused: ${res!.log}`);
  const included = await node.waitForTx(res!.hash, INCLUSION_TIMEOUT_MS);
  if (!included) throw new Error(`tx ${res!.hash} was not included within ${INCLUSION_TIMEOUT_MS / 1000} s`);
  if (included.result.code !== 0) throw new Error(included.result.log);
  return included;
}

/** Runs devnet controls one at a time (one authority sequence). */
export function serialized<A extends unknown[], R>(fn: (...a: A) => Promise<R>): (...a: A) => Promise<R> {
  let last: Promise<unknown> = Promise.resolve();
  return (...a: A) => {
    const run = last.then(() => fn(...a));
    last = run.catch(() => undefined);
    return run;
  };
}

