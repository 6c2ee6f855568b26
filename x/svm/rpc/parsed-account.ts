import { decodeBase58, encodeBase58 } from '../types/base58.ts';
import type { SvmAccount } from '../types/index.ts';
import { LOADER_PROGRAM_NAME, UPGRADEABLE_LOADER, parseLoaderAccount } from './parsed-loader.ts';

/** The SPL token programs whose accounts `jsonParsed` parses (solana-account-decoder's parse_token). */
export const TOKEN_PROGRAM = 'TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA';
export const TOKEN_2022_PROGRAM = 'TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb';
export const TOKEN_PROGRAMS: Record<string, string> = { [TOKEN_PROGRAM]: 'spl-token', [TOKEN_2022_PROGRAM]: 'spl-token-2022' };
export const TOKEN_PROGRAM_IDS = [TOKEN_PROGRAM, TOKEN_2022_PROGRAM].map((s) => decodeBase58(s));

const ACCOUNT_LEN = 165;
const MINT_LEN = 82;

/** A token amount as Solana's UiTokenAmount. */
export function uiTokenAmount(amount: bigint, decimals: number) {
  const s = amount.toString().padStart(decimals + 1, '0');
  const whole = s.slice(0, s.length - decimals);
  const frac = decimals ? s.slice(s.length - decimals).replace(/0+$/, '') : '';
  const uiAmountString = frac ? `${whole}.${frac}` : whole;
  return { amount: amount.toString(), decimals, uiAmount: Number(uiAmountString), uiAmountString };
}

const dv = (d: Uint8Array) => new DataView(d.buffer, d.byteOffset, d.byteLength);
const key = (d: Uint8Array, at: number) => encodeBase58(d.subarray(at, at + 32));
/** A COption<Pubkey>: a u32 tag then 32 bytes. */
const optKey = (d: Uint8Array, at: number) => (dv(d).getUint32(at, true) === 1 ? key(d, at + 4) : null);

export interface TokenAccountFields {
  mint: string;
  owner: string;
  amount: bigint;
  delegate: string | null;
  state: number;
  isNative: bigint | null;
  delegatedAmount: bigint;
  closeAuthority: string | null;
}

export interface MintFields {
  mintAuthority: string | null;
  supply: bigint;
  decimals: number;
  isInitialized: boolean;
  freezeAuthority: string | null;
}

/** Token-2022 accounts longer than the base layout carry an account-type byte at 165 (1 mint, 2 account). */
function kindOf(data: Uint8Array): 'account' | 'mint' | undefined {
  if (data.length === ACCOUNT_LEN) return 'account';
  if (data.length === MINT_LEN) return 'mint';
  if (data.length > ACCOUNT_LEN) return data[ACCOUNT_LEN] === 2 ? 'account' : data[ACCOUNT_LEN] === 1 ? 'mint' : undefined;
  return undefined;
}

export function tokenAccountFields(data: Uint8Array): TokenAccountFields | undefined {
  if (kindOf(data) !== 'account') return undefined;
  const v = dv(data);
  return {
    mint: key(data, 0),
    owner: key(data, 32),
    amount: v.getBigUint64(64, true),
    delegate: optKey(data, 72),
    state: data[108]!,
    isNative: v.getUint32(109, true) === 1 ? v.getBigUint64(113, true) : null,
    delegatedAmount: v.getBigUint64(121, true),
    closeAuthority: optKey(data, 129),
  };
}

export function mintFields(data: Uint8Array): MintFields | undefined {
  if (kindOf(data) !== 'mint') return undefined;
  return {
    mintAuthority: optKey(data, 0),
    supply: dv(data).getBigUint64(36, true),
    decimals: data[44]!,
    isInitialized: data[45] === 1,
    freezeAuthority: optKey(data, 46),
  };
}

const STATES = ['uninitialized', 'initialized', 'frozen'];

/**
 * `jsonParsed` data of an account, or undefined when Solana would fall back to base64 (not a token
 * program's or the upgradeable loader's, or not a layout it knows). `decimalsOf` finds a token account's mint decimals.
 */
export function parseAccountData(a: SvmAccount, decimalsOf: (mint: string) => number | undefined): { program: string; parsed: unknown; space: number } | undefined {
  const owner = encodeBase58(a.owner);
  if (owner === UPGRADEABLE_LOADER) {
    const parsed = parseLoaderAccount(a.data);
    return parsed ? { program: LOADER_PROGRAM_NAME, parsed, space: a.data.length } : undefined;
  }
  const program = TOKEN_PROGRAMS[owner];
  if (!program) return undefined;
  const extensions = program === 'spl-token-2022' ? { extensions: [] } : {};
  const mint = mintFields(a.data);
  if (mint) {
    if (!mint.isInitialized) return undefined;
    return {
      program,
      parsed: { type: 'mint', info: { mintAuthority: mint.mintAuthority, supply: mint.supply.toString(), decimals: mint.decimals, isInitialized: true, freezeAuthority: mint.freezeAuthority, ...extensions } },
      space: a.data.length,
    };
  }
  const acc = tokenAccountFields(a.data);
  if (!acc || acc.state === 0) return undefined;
  const decimals = decimalsOf(acc.mint);
  if (decimals === undefined) return undefined;
  const info: Record<string, unknown> = {
    isNative: acc.isNative !== null,
    mint: acc.mint,
    owner: acc.owner,
    state: STATES[acc.state] ?? 'uninitialized',
    tokenAmount: uiTokenAmount(acc.amount, decimals),
  };
  if (acc.delegate) {
    info.delegate = acc.delegate;
    info.delegatedAmount = uiTokenAmount(acc.delegatedAmount, decimals);
  }
  if (acc.isNative !== null) info.rentExemptReserve = uiTokenAmount(acc.isNative, decimals);
  if (acc.closeAuthority) info.closeAuthority = acc.closeAuthority;
  Object.assign(info, extensions);
  return { program, parsed: { type: 'account', info }, space: a.data.length };
}
