import type { Context } from '../../../core/types/context.ts';
import { type NodeAPI, startFlag } from '../../../core/types/node-api.ts';
import type { SvmKeeper } from '../keeper/keeper.ts';
import { decodeBase58, encodeBase58 } from '../types/base58.ts';
import { NATIVE_LOADER_ID, SYSTEM_PROGRAM_ID, SYSVAR_OWNER_ID, bytesEqual } from '../types/index.ts';
import { invalidParams } from './encoding.ts';

/**
 * requestAirdrop's rules: an amount that is a JSON number and a non-negative safe integer within a per-request
 * cap, to an account that can hold lamports for a user (not a program, a builtin or a sysvar).
 */

/** Default per-request cap (`--svm.faucet-max-lamports`): 1,000 TRV = 10^12 lamports. */
export const DEFAULT_FAUCET_MAX_LAMPORTS = 1_000_000_000_000;

/** The cap from the start flags; a bad value fails at start. */
export function faucetCap(flags: NodeAPI['flags']): bigint {
  const v = startFlag(flags, 'svm.faucet-max-lamports');
  if (v === undefined || v === true) return BigInt(DEFAULT_FAUCET_MAX_LAMPORTS);
  const s = String(v).replace(/_/g, '');
  if (!/^\d+$/.test(s) || !Number.isSafeInteger(Number(s))) {
    throw new Error(`--svm.faucet-max-lamports: expected a non-negative integer (at most 2^53 - 1), got ${JSON.stringify(v)}`);
  }
  return BigInt(s);
}

/** The lamports parameter: a JSON number, a safe non-negative integer, at most `cap`. */
export function airdropLamports(v: unknown, cap: bigint): bigint {
  if (typeof v !== 'number') throw invalidParams(`lamports must be a JSON number (a non-negative integer), got ${typeof v === 'string' ? 'the string ' + JSON.stringify(v).slice(0, 40) : v === null ? 'null' : typeof v}`);
  if (!Number.isSafeInteger(v)) throw invalidParams(`lamports must be a safe integer, got ${v}`);
  if (v < 0) throw invalidParams(`lamports must be non-negative, got ${v}`);
  if (BigInt(v) > cap) throw invalidParams(`lamports ${v} exceeds the faucet's per-request cap of ${cap} (--svm.faucet-max-lamports)`);
  return BigInt(v);
}

// Every sysvar id (all owned by Sysvar1111…, which is refused too).
const SYSVARS = [
  'SysvarC1ock11111111111111111111111111111111',
  'SysvarEpochSchedu1e111111111111111111111111',
  'SysvarEpochRewards1111111111111111111111111',
  'SysvarFees111111111111111111111111111111111',
  'SysvarRecentB1ockHashes11111111111111111111',
  'SysvarRent111111111111111111111111111111111',
  'SysvarRewards111111111111111111111111111111',
  'SysvarS1otHashes111111111111111111111111111',
  'SysvarS1otHistory11111111111111111111111111',
  'SysvarStakeHistory1111111111111111111111111',
  'Sysvar1nstructions1111111111111111111111111',
  'SysvarLastRestartS1ot1111111111111111111111',
  'Sysvar1111111111111111111111111111111111111',
].map((s) => decodeBase58(s, 32));

// Native programs and loaders, whether or not the engine ships each one.
const NATIVE = [
  'Vote111111111111111111111111111111111111111',
  'Stake11111111111111111111111111111111111111',
  'Config1111111111111111111111111111111111111',
  'ComputeBudget111111111111111111111111111111',
  'AddressLookupTab1e1111111111111111111111111',
  'Ed25519SigVerify111111111111111111111111111',
  'KeccakSecp256k11111111111111111111111111111',
  'Secp256r1SigVerify1111111111111111111111111',
  'Feature111111111111111111111111111111111111',
  'BPFLoader1111111111111111111111111111111111',
  'BPFLoader2111111111111111111111111111111111',
  'BPFLoaderUpgradeab1e11111111111111111111111',
  'LoaderV411111111111111111111111111111111111',
  'ZkE1Gama1Proof11111111111111111111111111111',
].map((s) => decodeBase58(s, 32));

/** Throws -32602 unless `to` may receive an airdrop. */
export function checkAirdropRecipient(keeper: SvmKeeper, ctx: Context, to: Uint8Array): void {
  const name = encodeBase58(to);
  if (bytesEqual(to, SYSTEM_PROGRAM_ID)) throw invalidParams(`airdrop recipient ${name} is the System Program`);
  if (SYSVARS.some((s) => bytesEqual(s, to))) throw invalidParams(`airdrop recipient ${name} is a sysvar`);
  if (bytesEqual(to, NATIVE_LOADER_ID) || NATIVE.some((s) => bytesEqual(s, to))) throw invalidParams(`airdrop recipient ${name} is a native program`);
  if (keeper.isProgram(ctx, to)) throw invalidParams(`airdrop recipient ${name} is a program (executable account)`);
  const acc = keeper.getAccount(ctx, to);
  if (acc?.executable) throw invalidParams(`airdrop recipient ${name} is an executable account`);
  if (acc && bytesEqual(acc.owner, SYSVAR_OWNER_ID)) throw invalidParams(`airdrop recipient ${name} is a sysvar`);
}
