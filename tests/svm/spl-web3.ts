import { type Connection, Keypair, PublicKey, SYSVAR_RENT_PUBKEY, SystemProgram, Transaction, TransactionInstruction } from '@solana/web3.js';

/** SPL Token instructions for @solana/web3.js 1.x (the layouts in spl-token 3.5's instruction.rs), by hand. */
export const TOKEN_PROGRAM = new PublicKey('TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA');
export const MINT_SIZE = 82;
export const ACCOUNT_SIZE = 165;

const u64 = (n: bigint) => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(n);
  return b;
};
const meta = (pubkey: PublicKey, isWritable: boolean, isSigner = false) => ({ pubkey, isSigner, isWritable });

export const initializeMint = (mint: PublicKey, decimals: number, authority: PublicKey, program = TOKEN_PROGRAM) =>
  new TransactionInstruction({ programId: program, keys: [meta(mint, true), meta(SYSVAR_RENT_PUBKEY, false)], data: Buffer.concat([Buffer.from([0, decimals]), authority.toBuffer(), Buffer.from([0])]) });
export const initializeAccount = (account: PublicKey, mint: PublicKey, owner: PublicKey, program = TOKEN_PROGRAM) =>
  new TransactionInstruction({ programId: program, keys: [meta(account, true), meta(mint, false), meta(owner, false), meta(SYSVAR_RENT_PUBKEY, false)], data: Buffer.from([1]) });
export const mintTo = (mint: PublicKey, dest: PublicKey, authority: PublicKey, amount: bigint, program = TOKEN_PROGRAM) =>
  new TransactionInstruction({ programId: program, keys: [meta(mint, true), meta(dest, true), meta(authority, false, true)], data: Buffer.concat([Buffer.from([7]), u64(amount)]) });
export const transfer = (src: PublicKey, dst: PublicKey, owner: PublicKey, amount: bigint, program = TOKEN_PROGRAM) =>
  new TransactionInstruction({ programId: program, keys: [meta(src, true), meta(dst, true), meta(owner, false, true)], data: Buffer.concat([Buffer.from([3]), u64(amount)]) });
export const approve = (src: PublicKey, delegate: PublicKey, owner: PublicKey, amount: bigint, program = TOKEN_PROGRAM) =>
  new TransactionInstruction({ programId: program, keys: [meta(src, true), meta(delegate, false), meta(owner, false, true)], data: Buffer.concat([Buffer.from([4]), u64(amount)]) });
export const transferChecked = (src: PublicKey, mint: PublicKey, dst: PublicKey, owner: PublicKey, amount: bigint, decimals: number, program = TOKEN_PROGRAM) =>
  new TransactionInstruction({
    programId: program,
    keys: [meta(src, true), meta(mint, false), meta(dst, true), meta(owner, false, true)],
    data: Buffer.concat([Buffer.from([12]), u64(amount), Buffer.from([decimals])]),
  });

/** Instructions creating `account` (rent-exempt, `space` bytes, owned by the token program). */
export async function createTokenProgramAccount(conn: Connection, payer: PublicKey, account: PublicKey, space: number, program = TOKEN_PROGRAM) {
  const lamports = await conn.getMinimumBalanceForRentExemption(space);
  return SystemProgram.createAccount({ fromPubkey: payer, newAccountPubkey: account, lamports, space, programId: program });
}

/** A signed transaction over the latest blockhash. */
export async function signedTx(conn: Connection, payer: Keypair, ixs: TransactionInstruction[], extra: Keypair[] = []): Promise<Transaction> {
  const { blockhash } = await conn.getLatestBlockhash();
  const tx = new Transaction({ feePayer: payer.publicKey, recentBlockhash: blockhash }).add(...ixs);
  tx.sign(payer, ...extra);
  return tx;
}
