import {
  type Connection,
  Keypair,
  PublicKey,
  SYSVAR_CLOCK_PUBKEY,
  SYSVAR_RENT_PUBKEY,
  SystemProgram,
  Transaction,
  TransactionInstruction,
} from '@solana/web3.js';

/**
 * The upgradeable BPF loader's instructions as the solana CLI and Anchor build them (bincode: a u32 tag,
 * then the fields; solana-loader-v3-interface's UpgradeableLoaderInstruction).
 */
export const UPGRADEABLE_LOADER = new PublicKey('BPFLoaderUpgradeab1e11111111111111111111111');
/** Buffer: 4-byte tag + Option<Pubkey> authority (37 bytes before the ELF). ProgramData: tag + slot + authority (45). Program: tag + ProgramData key (36). */
export const BUFFER_METADATA = 37;
export const PROGRAMDATA_METADATA = 45;
export const PROGRAM_SIZE = 36;
/** What fits in one Write next to its accounts in a 1,232-byte transaction. */
export const WRITE_CHUNK = 900;

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};
const u64 = (n: bigint | number) => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
};
const ro = (pubkey: PublicKey, isSigner = false) => ({ pubkey, isSigner, isWritable: false });
const rw = (pubkey: PublicKey, isSigner = false) => ({ pubkey, isSigner, isWritable: true });
const ix = (keys: TransactionInstruction['keys'], data: Buffer) => new TransactionInstruction({ programId: UPGRADEABLE_LOADER, keys, data });

export const programDataAddress = (program: PublicKey) => PublicKey.findProgramAddressSync([program.toBytes()], UPGRADEABLE_LOADER)[0];

export const initializeBuffer = (buffer: PublicKey, authority: PublicKey) => ix([rw(buffer), ro(authority)], u32(0));
export const write = (buffer: PublicKey, authority: PublicKey, offset: number, bytes: Uint8Array) =>
  ix([rw(buffer), ro(authority, true)], Buffer.concat([u32(1), u32(offset), u64(bytes.length), Buffer.from(bytes)]));
export const deployWithMaxDataLen = (payer: PublicKey, program: PublicKey, buffer: PublicKey, authority: PublicKey, maxDataLen: number) =>
  ix(
    [rw(payer, true), rw(programDataAddress(program)), rw(program), rw(buffer), ro(SYSVAR_RENT_PUBKEY), ro(SYSVAR_CLOCK_PUBKEY), ro(SystemProgram.programId), ro(authority, true)],
    Buffer.concat([u32(2), u64(maxDataLen)]),
  );
export const upgrade = (program: PublicKey, buffer: PublicKey, spill: PublicKey, authority: PublicKey) =>
  ix([rw(programDataAddress(program)), rw(program), rw(buffer), rw(spill), ro(SYSVAR_RENT_PUBKEY), ro(SYSVAR_CLOCK_PUBKEY), ro(authority, true)], u32(3));
/** On a buffer or a ProgramData account; `next` undefined makes it immutable (ProgramData only). */
export const setAuthority = (account: PublicKey, current: PublicKey, next: PublicKey | undefined) =>
  ix([rw(account), ro(current, true), ...(next ? [ro(next)] : [])], u32(4));
/** Closes a buffer, or (with `program`) a program's ProgramData; the lamports go to `recipient`. */
export const close = (account: PublicKey, recipient: PublicKey, authority: PublicKey, program?: PublicKey) =>
  ix([rw(account), rw(recipient), ro(authority, true), ...(program ? [rw(program)] : [])], u32(5));

/** Sends signed transactions without preflight and waits until every one is in a block; their errors. */
export async function sendAll(conn: Connection, txs: Transaction[]): Promise<unknown[]> {
  const sigs = await Promise.all(txs.map((t) => conn.sendRawTransaction(t.serialize(), { skipPreflight: true })));
  const deadline = Date.now() + 30_000;
  for (;;) {
    const st = (await conn.getSignatureStatuses(sigs)).value;
    if (st.every((s) => s !== null)) return st.map((s) => s!.err);
    if (Date.now() > deadline) throw new Error(`transactions not processed: ${sigs.filter((_, i) => !st[i]).join(', ')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function signed(conn: Connection, payer: Keypair, ixs: TransactionInstruction[], extra: Keypair[] = []): Promise<Transaction> {
  const { blockhash } = await conn.getLatestBlockhash();
  const tx = new Transaction({ feePayer: payer.publicKey, recentBlockhash: blockhash }).add(...ixs);
  tx.sign(payer, ...extra);
  return tx;
}

/** A buffer holding `elf`, written chunk by chunk (the Writes in parallel, as `solana program deploy` does). */
export async function writeBuffer(conn: Connection, payer: Keypair, elf: Uint8Array): Promise<PublicKey> {
  const buffer = Keypair.generate();
  const lamports = await conn.getMinimumBalanceForRentExemption(BUFFER_METADATA + elf.length);
  const errs = await sendAll(conn, [
    await signed(
      conn,
      payer,
      [
        SystemProgram.createAccount({ fromPubkey: payer.publicKey, newAccountPubkey: buffer.publicKey, lamports, space: BUFFER_METADATA + elf.length, programId: UPGRADEABLE_LOADER }),
        initializeBuffer(buffer.publicKey, payer.publicKey),
      ],
      [buffer],
    ),
  ]);
  if (errs[0] !== null) throw new Error(`buffer: ${JSON.stringify(errs[0])}`);
  const writes: Transaction[] = [];
  for (let off = 0; off < elf.length; off += WRITE_CHUNK) writes.push(await signed(conn, payer, [write(buffer.publicKey, payer.publicKey, off, elf.subarray(off, off + WRITE_CHUNK))]));
  const werrs = await sendAll(conn, writes);
  if (werrs.some((e) => e !== null)) throw new Error(`write: ${JSON.stringify(werrs.find((e) => e !== null))}`);
  return buffer.publicKey;
}

/** The deploy transaction: create the program account, then DeployWithMaxDataLen from `buffer`. */
export async function deployTx(conn: Connection, payer: Keypair, program: Keypair, buffer: PublicKey, maxDataLen: number): Promise<Transaction> {
  const lamports = await conn.getMinimumBalanceForRentExemption(PROGRAM_SIZE);
  return signed(
    conn,
    payer,
    [
      SystemProgram.createAccount({ fromPubkey: payer.publicKey, newAccountPubkey: program.publicKey, lamports, space: PROGRAM_SIZE, programId: UPGRADEABLE_LOADER }),
      deployWithMaxDataLen(payer.publicKey, program.publicKey, buffer, payer.publicKey, maxDataLen),
    ],
    [program],
  );
}
