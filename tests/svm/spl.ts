import { createHash } from 'node:crypto';
import { AccountRole, type Address, type Instruction, type TransactionSigner, address, getAddressEncoder } from '@solana/kit';

/** Hand-built instructions (SPL Token 3.5 and System layouts from PROVENANCE.md), for any token program id. */
const SYSTEM = address('11111111111111111111111111111111');
export const RENT_SYSVAR = address('SysvarRent111111111111111111111111111111111');

const u64 = (n: bigint) => {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, n, true);
  return b;
};
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};
const addr = (a: Address) => new Uint8Array(getAddressEncoder().encode(a));

export function createAccountIx(payer: TransactionSigner, account: TransactionSigner, lamports: bigint, space: bigint, owner: Address): Instruction {
  return {
    programAddress: SYSTEM,
    accounts: [
      { address: payer.address, role: AccountRole.WRITABLE_SIGNER, signer: payer } as any,
      { address: account.address, role: AccountRole.WRITABLE_SIGNER, signer: account } as any,
    ],
    data: concat(Uint8Array.of(0, 0, 0, 0), u64(lamports), u64(space), addr(owner)),
  };
}

export function initializeMintIx(token: Address, mint: Address, decimals: number, authority: Address): Instruction {
  return {
    programAddress: token,
    accounts: [
      { address: mint, role: AccountRole.WRITABLE },
      { address: RENT_SYSVAR, role: AccountRole.READONLY },
    ],
    data: concat(Uint8Array.of(0, decimals), addr(authority), Uint8Array.of(0)),
  };
}

export function initializeAccountIx(token: Address, account: Address, mint: Address, owner: Address): Instruction {
  return {
    programAddress: token,
    accounts: [
      { address: account, role: AccountRole.WRITABLE },
      { address: mint, role: AccountRole.READONLY },
      { address: owner, role: AccountRole.READONLY },
      { address: RENT_SYSVAR, role: AccountRole.READONLY },
    ],
    data: Uint8Array.of(1),
  };
}

export function mintToIx(token: Address, mint: Address, dest: Address, authority: TransactionSigner, amount: bigint): Instruction {
  return {
    programAddress: token,
    accounts: [
      { address: mint, role: AccountRole.WRITABLE },
      { address: dest, role: AccountRole.WRITABLE },
      { address: authority.address, role: AccountRole.READONLY_SIGNER, signer: authority } as any,
    ],
    data: concat(Uint8Array.of(7), u64(amount)),
  };
}

export function transferIx(token: Address, src: Address, dst: Address, owner: TransactionSigner, amount: bigint): Instruction {
  return {
    programAddress: token,
    accounts: [
      { address: src, role: AccountRole.WRITABLE },
      { address: dst, role: AccountRole.WRITABLE },
      { address: owner.address, role: AccountRole.READONLY_SIGNER, signer: owner } as any,
    ],
    data: concat(Uint8Array.of(3), u64(amount)),
  };
}

/** A token account's amount (u64 LE at offset 64) and a mint's supply (u64 LE at offset 36). */
export const tokenAmount = (data: Uint8Array) => new DataView(data.buffer, data.byteOffset, data.byteLength).getBigUint64(64, true);
export const mintSupply = (data: Uint8Array) => new DataView(data.buffer, data.byteOffset, data.byteLength).getBigUint64(36, true);

/** System CreateAccountWithSeed: the new account is sha256(base ‖ seed ‖ owner), signed for by `base` alone. */
export function seedAddress(base: Uint8Array, seed: string, owner: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(base).update(seed).update(owner).digest());
}
export function createWithSeedData(base: Uint8Array, seed: string, lamports: bigint, space: bigint, owner: Uint8Array): string {
  const s = Buffer.from(seed);
  const b = Buffer.alloc(4 + 32 + 8 + s.length + 8 + 8 + 32);
  let o = b.writeUInt32LE(3, 0);
  o += Buffer.from(base).copy(b, o);
  o = b.writeBigUInt64LE(BigInt(s.length), o);
  o += s.copy(b, o);
  o = b.writeBigUInt64LE(lamports, o);
  o = b.writeBigUInt64LE(space, o);
  Buffer.from(owner).copy(b, o);
  return b.toString('hex');
}
