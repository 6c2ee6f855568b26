import { createHash } from 'node:crypto';
import { AppError } from '../../../core/types/errors.ts';
import { decodeBase58 } from './base58.ts';

export const MODULE_NAME = 'svm';

/** 1 utrv = 1,000 lamports, so 1 TRV (10^6 utrv) = 10^9 lamports: wallets that show "SOL" show TRV. */
export const LAMPORTS_PER_UTRV = 1000n;

/** Solana's per-transaction ceiling (and the most a MsgExecute may ask for). */
export const MAX_COMPUTE_UNITS = 1_400_000;
/** Solana's default per-instruction budget when a transaction does not set one. */
export const DEFAULT_INSTRUCTION_COMPUTE_UNITS = 200_000;
/** A blockhash stays valid this many blocks (Solana's MAX_PROCESSING_AGE); one slot = one block. */
export const MAX_BLOCKHASH_AGE = 150;
/** Solana's base fee, charged by the runtime to a wire transaction's fee payer. */
export const LAMPORTS_PER_SIGNATURE = 5000n;
/** The first byte that marks a Solana wire transaction in a block (ASCII 'S'). */
export const SOLANA_TX_ENVELOPE = 0x53;

/** Store keys: every key the keeper writes starts with one of these (binary parts are lower-case hex). */
export const Keys = {
  /** svm/a/<pubkey>: an account's owner, flags, rent epoch and data (lamports live in x/bank). */
  account: (pubkeyHex: string) => `svm/a/${pubkeyHex}`,
  /** svm/dev_authority: who may send devnet controls (MsgDevSetAccount); set only by the devnet genesis. */
  devAuthority: 'svm/dev_authority',
  accountPrefix: 'svm/a/',
  /** svm/o/<owner>/<pubkey>: empty marker, so getProgramAccounts is a prefix scan. */
  byOwner: (ownerHex: string, pubkeyHex: string) => `svm/o/${ownerHex}/${pubkeyHex}`,
  byOwnerPrefix: (ownerHex: string) => `svm/o/${ownerHex}/`,
  /** svm/e/<program id>: the ELF of a deployed program (kept apart so a call reads only the small record). */
  elf: (programHex: string) => `svm/e/${programHex}`,
  /** svm/p/<program id>: who deployed it, when, and the ELF's hash (JSON). */
  program: (programHex: string) => `svm/p/${programHex}`,
  programPrefix: 'svm/p/',
  /** svm/f/<address>: lamports below one utrv held by a 20-byte face (u16, big-endian). */
  fraction: (addrHex: string) => `svm/f/${addrHex}`,
  fractionPrefix: 'svm/f/',
  /** svm/n/<deployer>: how many programs the deployer has deployed (u64 decimal). */
  deploySeq: (addrHex: string) => `svm/n/${addrHex}`,
  deploySeqPrefix: 'svm/n/',
  /** svm/s/<signature>: a processed wire transaction's signature, until its blockhash expires. */
  signature: (sigHex: string) => `svm/s/${sigHex}`,
  signaturePrefix: 'svm/s/',
  /** svm/x/<expiry height>/<signature>: the same, ordered by when it may be forgotten. */
  signatureExpiry: (height: string, sigHex: string) => `svm/x/${height}/${sigHex}`,
  signatureExpiryPrefix: 'svm/x/',
} as const;

/** Non-consensus lookups written with the block (ctx.index): what getTransaction and getSignatureStatuses read. */
export const IndexKeys = {
  tx: (sigB58: string) => `svm/tx/${sigB58}`,
  /** svm/ad/<pubkey b58>/<slot u64>/<tx index>: a signature that named the account (getSignaturesForAddress). */
  byAddress: (pubkeyB58: string, at: string) => `svm/ad/${pubkeyB58}/${at}`,
  byAddressPrefix: (pubkeyB58: string) => `svm/ad/${pubkeyB58}/`,
};

const id = (b58: string) => decodeBase58(b58);
export const SYSTEM_PROGRAM_ID = new Uint8Array(32);
export const BPF_LOADER_ID = id('BPFLoader2111111111111111111111111111111111');
/** The upgradeable loader (what `solana program deploy` and Anchor use): programs whose ELF lives in a ProgramData account. */
export const UPGRADEABLE_LOADER_ID = id('BPFLoaderUpgradeab1e11111111111111111111111');
export const NATIVE_LOADER_ID = id('NativeLoader1111111111111111111111111111111');
export const COMPUTE_BUDGET_PROGRAM_ID = id('ComputeBudget111111111111111111111111111111');
export const SYSVAR_OWNER_ID = id('Sysvar1111111111111111111111111111111111111');

/**
 * The fee payer of the transactions the module builds for MsgExecute and x/crossvm: an engine-only account
 * with a bottomless balance that never reaches the store, so callers pay in Cosmos gas, not lamports.
 * No transaction may name it otherwise.
 */
export const VOUCHER_PUBKEY = new Uint8Array(createHash('sha256').update('trivium/svm/voucher').digest());

export const SVM_CODESPACE = 'svm';
const err = (code: number, prefix: string) => (msg: string) => new AppError(SVM_CODESPACE, code, `${msg}: ${prefix}`);
export const ErrInvalidElf = err(2, 'invalid program ELF');
export const ErrUnknownProgram = err(3, 'unknown program');
export const ErrProgramFailed = err(4, 'program failed');
export const ErrInvalidInstructionData = err(5, 'invalid instruction data');
export const ErrComputeBudgetExceeded = err(6, 'compute budget exceeded');
export const ErrInvalidAccountMeta = err(7, 'invalid account meta');
export const ErrInvalidSolanaTx = err(8, 'invalid solana transaction');
export const ErrSignatureFailure = err(9, 'signature verification failed');
export const ErrBlockhashNotFound = err(10, 'blockhash not found');
export const ErrAlreadyProcessed = err(11, 'transaction already processed');
export const ErrReservedAccount = err(12, 'reserved account');
export const ErrInsufficientFundsForFee = err(13, 'insufficient funds for fee');
export const ErrTransactionFailed = err(14, 'transaction failed');
export const ErrUnsupported = err(15, 'unsupported');
export const ErrInvalidRequest = err(16, 'invalid request');

/** An account as the runtime sees it. Lamports are bigint; `data` is owned by the caller. */
export interface SvmAccount {
  lamports: bigint;
  owner: Uint8Array;
  data: Uint8Array;
  executable: boolean;
  rentEpoch: bigint;
}

export interface AccountMetaInput {
  pubkey: Uint8Array;
  isSigner: boolean;
  isWritable: boolean;
}

/** The executor contract x/crossvm uses (docs/crossvm.md): one instruction, the caller's face vouched as signer. */
export interface ExecuteInstructionRequest {
  /** 20-byte Trivium address; its SVM face may sign. */
  caller: Uint8Array;
  programId: Uint8Array;
  data: Uint8Array;
  accounts: AccountMetaInput[];
  /** Cosmos gas this call may spend (compute units are converted at GAS_PER_COMPUTE_UNIT). */
  gasLimit: bigint;
}

export interface ExecuteInstructionResult {
  success: boolean;
  logs: string[];
  computeUnits: bigint;
  gasUsed: bigint;
  error?: string;
  returnData?: { programId: Uint8Array; data: Uint8Array };
}

export const toHex = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
export const fromHexStrict = (s: string): Uint8Array => {
  const t = s.startsWith('0x') || s.startsWith('0X') ? s.slice(2) : s;
  if (t.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(t)) throw new Error('not hex');
  return new Uint8Array(Buffer.from(t, 'hex'));
};
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  if (a.length <= 64) {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

/** Instruction data: hex, with or without 0x. */
export function parseInstructionData(s: string): Uint8Array {
  try {
    return fromHexStrict(s);
  } catch {
    const shown = s.length > 40 ? `${s.slice(0, 40)}…` : s;
    throw ErrInvalidInstructionData(`instruction data must be hex (e.g. 00 or 0x00), got ${JSON.stringify(shown)}`);
  }
}

/** The Solana JSON-RPC's default listen addresses (solana-test-validator's ports; the WebSocket is HTTP + 1). */
export const DEFAULT_SVM_RPC_ADDRESS = '127.0.0.1:8899';
export const DEFAULT_SVM_WS_ADDRESS = '127.0.0.1:8900';
