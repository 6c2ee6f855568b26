import { createHash, createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';
import { decodeBase58 } from './types/base58.ts';
import { SYSTEM_PROGRAM_ID } from './types/index.ts';
import { compileTransaction } from './wire.ts';

/**
 * The devnet faucet behind requestAirdrop: a well-known ed25519 key (seed = sha256 of a fixed phrase, public
 * like the dev mnemonic; a devnet convenience only), funded at genesis. An airdrop is an ordinary System
 * transfer it signs and puts in the mempool, so every node executes it like any other transaction.
 */
export const FAUCET_SEED_PHRASE = 'trivium devnet svm faucet';
const MEMO_PROGRAM_ID = decodeBase58('MemoSq4gqABAXKb96qnH8TysNcWxMyWCqXgDLGmfcHr');
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export interface Ed25519Keypair {
  publicKey: Uint8Array;
  privateKey: KeyObject;
}

export function keypairFromSeed(seed: Uint8Array): Ed25519Keypair {
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  return { publicKey: new Uint8Array(spki.subarray(spki.length - 32)), privateKey };
}

export const faucetKeypair = (): Ed25519Keypair => keypairFromSeed(createHash('sha256').update(FAUCET_SEED_PHRASE).digest());

/** Fills in the signatures of a compiled transaction whose signers are exactly `signers`, in order. */
export function signCompiled(tx: Uint8Array, signers: Ed25519Keypair[]): Uint8Array {
  const out = tx.slice();
  const n = out[0]!; // < 128 signers: a one-byte compact-u16
  if (n !== signers.length) throw new Error(`transaction wants ${n} signatures, ${signers.length} signers given`);
  const message = out.subarray(1 + 64 * n);
  signers.forEach((s, i) => out.set(sign(null, message, s.privateKey), 1 + 64 * i));
  return out;
}

/** A System transfer of `lamports` from the faucet to `to`, made unique by a memo with `nonce`. */
export function airdropTransaction(to: Uint8Array, lamports: bigint, blockhash: Uint8Array, nonce: string): Uint8Array {
  const faucet = faucetKeypair();
  const data = new Uint8Array(12);
  const dv = new DataView(data.buffer);
  dv.setUint32(0, 2, true);
  dv.setBigUint64(4, lamports, true);
  const compiled = compileTransaction(
    faucet.publicKey,
    [
      { programId: SYSTEM_PROGRAM_ID, accounts: [{ pubkey: faucet.publicKey, isSigner: true, isWritable: true }, { pubkey: to, isSigner: false, isWritable: true }], data },
      { programId: MEMO_PROGRAM_ID, accounts: [], data: new TextEncoder().encode(`trivium faucet airdrop ${nonce}`) },
    ],
    blockhash,
  );
  return signCompiled(compiled.tx, [faucet]);
}
