import { encodeBase58 } from '../types/base58.ts';
import { TOKEN_PROGRAMS, uiTokenAmount } from './parsed-account.ts';
import { LOADER_PROGRAM_NAME, UPGRADEABLE_LOADER, parseLoaderInstruction } from './parsed-loader.ts';

/** `jsonParsed` instructions of the System, SPL Token and upgradeable loader programs (solana-transaction-status's parse_system / parse_token). */

const SYSTEM_PROGRAM = '11111111111111111111111111111111';

export interface ParsedIx {
  program: string;
  programId: string;
  parsed: { type: string; info: Record<string, unknown> };
  stackHeight: number | null;
}

class Reader {
  private o = 0;
  private readonly v: DataView;
  constructor(private readonly d: Uint8Array) {
    this.v = new DataView(d.buffer, d.byteOffset, d.byteLength);
  }
  need(n: number) {
    if (this.o + n > this.d.length) throw new RangeError('short instruction data');
  }
  u8() {
    this.need(1);
    return this.d[this.o++]!;
  }
  u32() {
    this.need(4);
    const x = this.v.getUint32(this.o, true);
    this.o += 4;
    return x;
  }
  u64() {
    this.need(8);
    const x = this.v.getBigUint64(this.o, true);
    this.o += 8;
    return x;
  }
  key() {
    this.need(32);
    const k = encodeBase58(this.d.subarray(this.o, this.o + 32));
    this.o += 32;
    return k;
  }
  /** A bincode String (u64 length) — System's seeds. */
  str() {
    const n = Number(this.u64());
    this.need(n);
    const s = Buffer.from(this.d.subarray(this.o, this.o + n)).toString('utf8');
    this.o += n;
    return s;
  }
  /** SPL Token's COption<Pubkey> in instructions: a u8 tag then 32 bytes. */
  optKey() {
    return this.u8() === 1 ? this.key() : null;
  }
}

/** A System or SPL Token instruction in its parsed form, or undefined (shown partially decoded instead). */
export function parseInstruction(programId: string, accounts: string[], data: Uint8Array, stackHeight: number | null): ParsedIx | undefined {
  try {
    let parsed: ParsedIx['parsed'] | undefined;
    let program: string | undefined;
    if (programId === SYSTEM_PROGRAM) {
      program = 'system';
      parsed = parseSystem(accounts, new Reader(data));
    } else if (programId === UPGRADEABLE_LOADER) {
      program = LOADER_PROGRAM_NAME;
      parsed = parseLoaderInstruction(accounts, data);
    } else if (TOKEN_PROGRAMS[programId]) {
      program = TOKEN_PROGRAMS[programId];
      parsed = parseToken(accounts, new Reader(data));
    }
    return parsed && program ? { program, programId, parsed, stackHeight } : undefined;
  } catch {
    return undefined; // too short or missing accounts: partially decoded, as Solana does for what it cannot parse
  }
}

function need(accounts: string[], n: number): void {
  if (accounts.length < n) throw new RangeError('missing accounts');
}

function parseSystem(a: string[], r: Reader): ParsedIx['parsed'] | undefined {
  const tag = r.u32();
  switch (tag) {
    case 0:
      need(a, 2);
      return { type: 'createAccount', info: { source: a[0], newAccount: a[1], lamports: Number(r.u64()), space: Number(r.u64()), owner: r.key() } };
    case 1:
      need(a, 1);
      return { type: 'assign', info: { account: a[0], owner: r.key() } };
    case 2:
      need(a, 2);
      return { type: 'transfer', info: { source: a[0], destination: a[1], lamports: Number(r.u64()) } };
    case 3: {
      need(a, 2);
      const base = r.key();
      const seed = r.str();
      return { type: 'createAccountWithSeed', info: { source: a[0], newAccount: a[1], base, seed, lamports: Number(r.u64()), space: Number(r.u64()), owner: r.key() } };
    }
    case 8:
      need(a, 1);
      return { type: 'allocate', info: { account: a[0], space: Number(r.u64()) } };
    case 11: {
      need(a, 3);
      const lamports = Number(r.u64());
      const sourceSeed = r.str();
      return { type: 'transferWithSeed', info: { source: a[0], sourceBase: a[1], destination: a[2], lamports, sourceSeed, sourceOwner: r.key() } };
    }
    default:
      return undefined;
  }
}

const AUTHORITY_TYPES = ['mintTokens', 'freezeAccount', 'accountOwner', 'closeAccount'];

function parseToken(a: string[], r: Reader): ParsedIx['parsed'] | undefined {
  const tag = r.u8();
  const amount = () => r.u64().toString();
  switch (tag) {
    case 0:
    case 20: {
      need(a, tag === 0 ? 2 : 1);
      const decimals = r.u8();
      const mintAuthority = r.key();
      const freezeAuthority = r.optKey();
      const info: Record<string, unknown> = { mint: a[0], decimals, mintAuthority };
      if (freezeAuthority) info.freezeAuthority = freezeAuthority;
      if (tag === 0) info.rentSysvar = a[1];
      return { type: tag === 0 ? 'initializeMint' : 'initializeMint2', info };
    }
    case 1:
      need(a, 4);
      return { type: 'initializeAccount', info: { account: a[0], mint: a[1], owner: a[2], rentSysvar: a[3] } };
    case 16:
      need(a, 3);
      return { type: 'initializeAccount2', info: { account: a[0], mint: a[1], owner: r.key(), rentSysvar: a[2] } };
    case 18:
      need(a, 2);
      return { type: 'initializeAccount3', info: { account: a[0], mint: a[1], owner: r.key() } };
    case 3:
      need(a, 3);
      return { type: 'transfer', info: { source: a[0], destination: a[1], authority: a[2], amount: amount() } };
    case 4:
      need(a, 3);
      return { type: 'approve', info: { source: a[0], delegate: a[1], owner: a[2], amount: amount() } };
    case 5:
      need(a, 2);
      return { type: 'revoke', info: { source: a[0], owner: a[1] } };
    case 6: {
      need(a, 2);
      const authorityType = AUTHORITY_TYPES[r.u8()] ?? 'unknown';
      const newAuthority = r.optKey();
      const field = authorityType === 'mintTokens' || authorityType === 'freezeAccount' ? 'mint' : 'account';
      return { type: 'setAuthority', info: { [field]: a[0], authorityType, newAuthority, authority: a[1] } };
    }
    case 7:
      need(a, 3);
      return { type: 'mintTo', info: { mint: a[0], account: a[1], mintAuthority: a[2], amount: amount() } };
    case 8:
      need(a, 3);
      return { type: 'burn', info: { account: a[0], mint: a[1], authority: a[2], amount: amount() } };
    case 9:
      need(a, 3);
      return { type: 'closeAccount', info: { account: a[0], destination: a[1], owner: a[2] } };
    case 10:
    case 11:
      need(a, 3);
      return { type: tag === 10 ? 'freezeAccount' : 'thawAccount', info: { account: a[0], mint: a[1], freezeAuthority: a[2] } };
    case 12: {
      need(a, 4);
      const amt = r.u64();
      return { type: 'transferChecked', info: { source: a[0], mint: a[1], destination: a[2], authority: a[3], tokenAmount: uiTokenAmount(amt, r.u8()) } };
    }
    case 14: {
      need(a, 3);
      const amt = r.u64();
      return { type: 'mintToChecked', info: { mint: a[0], account: a[1], mintAuthority: a[2], tokenAmount: uiTokenAmount(amt, r.u8()) } };
    }
    case 15: {
      need(a, 3);
      const amt = r.u64();
      return { type: 'burnChecked', info: { account: a[0], mint: a[1], authority: a[2], tokenAmount: uiTokenAmount(amt, r.u8()) } };
    }
    case 17:
      need(a, 1);
      return { type: 'syncNative', info: { account: a[0] } };
    default:
      return undefined;
  }
}
