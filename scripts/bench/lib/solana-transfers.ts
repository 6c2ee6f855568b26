/**
 * Pre-signed Solana System-program transfers for the SVM benchmarks: deterministic ed25519 keypairs (so a
 * coordinator and its load-generator processes agree on them without passing keys), and legacy wire
 * transactions signed with node:crypto.
 */
import { createHash, createPrivateKey, createPublicKey, type KeyObject, sign } from 'node:crypto';
import { addressFace } from '../../../x/svm/types/address.ts';
import { SYSTEM_PROGRAM_ID } from '../../../x/svm/types/index.ts';
import { compileTransaction } from '../../../x/svm/wire.ts';

export interface Keypair {
  pubkey: Uint8Array;
  /** The 20-byte Trivium address that holds its lamports. */
  face: Uint8Array;
  key: KeyObject;
}

const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');

export function benchKeypair(i: number): Keypair {
  const seed = createHash('sha256').update(`trivium-svm-bench-${i}`).digest();
  const key = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, seed]), format: 'der', type: 'pkcs8' });
  const pubkey = new Uint8Array(createPublicKey(key).export({ format: 'der', type: 'spki' }).subarray(12));
  return { pubkey, face: addressFace(pubkey), key };
}

/** A signed legacy transfer `from → to` of `lamports` (distinct amounts make distinct signatures). */
export function signedTransfer(from: Keypair, to: Uint8Array, lamports: bigint, blockhash: Uint8Array): { wire: Uint8Array; signature: Uint8Array } {
  const data = new Uint8Array(12);
  const dv = new DataView(data.buffer);
  dv.setUint32(0, 2, true); // SystemInstruction::Transfer
  dv.setBigUint64(4, lamports, true);
  const { tx } = compileTransaction(
    from.pubkey,
    [{ programId: SYSTEM_PROGRAM_ID, accounts: [{ pubkey: from.pubkey, isSigner: true, isWritable: true }, { pubkey: to, isSigner: false, isWritable: true }], data }],
    blockhash,
  );
  const signature = new Uint8Array(sign(null, tx.subarray(65), from.key));
  tx.set(signature, 1);
  return { wire: tx, signature };
}
