import type { Context } from '../../../core/types/context.ts';
import type { NodeAPI } from '../../../core/types/node-api.ts';
import { parsePubkey } from '../types/address.ts';
import { decodeBase58, encodeBase58 } from '../types/base58.ts';
import { airdropTransaction } from '../faucet.ts';
import { airdropLamports, checkAirdropRecipient, faucetCap } from './airdrop.ts';
import { explain } from '../keeper/executor.ts';
import type { SvmKeeper } from '../keeper/keeper.ts';
import { envelopeSolanaTx } from '../raw-tx.ts';
import { AppError, toAppError } from '../../../core/types/errors.ts';
import { LAMPORTS_PER_SIGNATURE, MAX_BLOCKHASH_AGE, SVM_CODESPACE, type SvmAccount } from '../types/index.ts';
import { parseTransaction } from '../wire.ts';
import { firstBadSignatureAsync } from '../signatures.ts';
import { SolanaSignatureWorker } from '../signature-worker.ts';
import { parseInstruction } from './parsed-instruction.ts';
import { type AccountEncoding, type DataSlice, RpcCodes, SolanaRpcError, decodeWire, invalidParams } from './encoding.ts';
import { encodeAccount, tokenBalances } from './accounts.ts';
import { ledgerMethods, txRecord as readTxRecord } from './ledger-methods.ts';
import { tokenMethods } from './token-methods.ts';
import { SLOTS_PER_EPOCH, clusterMethods } from './cluster-methods.ts';
import { TransactionCounter } from './tx-count.ts';
import { encodedTransactionWithMeta, maxVersionParam, txEncodingParam } from './transaction.ts';

/** The solana-core version whose RPC shapes these follow. */
export const SOLANA_CORE_VERSION = '2.2.0';
const FEATURE_SET = 3_294_202_862;
/** Gas for a simulation (the block gas limit). */
const SIMULATION_GAS = 100_000_000n;

export type Method = (params: unknown[]) => unknown | Promise<unknown>;

interface AccountConfig {
  encoding?: AccountEncoding;
  dataSlice?: DataSlice;
  commitment?: string;
  minContextSlot?: number;
}

/** Solana's JSON-RPC methods over the node (https://solana.com/docs/rpc/http), in kit's and web3.js's shapes. */
export function solanaMethods(node: NodeAPI, keeper: SvmKeeper): Record<string, Method> {
  let airdropNonce = 0;
  const context = () => ({ slot: node.latestHeight(), apiVersion: SOLANA_CORE_VERSION });
  const withContext = (value: unknown) => ({ context: context(), value });
  const q = (): Context => node.queryContext();
  const airdropCap = faucetCap(node.flags);
  const pubkeyParam = (v: unknown, what = 'pubkey'): Uint8Array => {
    if (typeof v !== 'string') throw invalidParams(`${what} must be a base58 string`);
    try {
      return parsePubkey(v);
    } catch (e) {
      throw invalidParams((e as Error).message);
    }
  };
  const config = <T>(v: unknown): T => (v && typeof v === 'object' ? (v as T) : ({} as T));
  const account = (ctx: Context, key: Uint8Array): SvmAccount | undefined => keeper.getAccount(ctx, key);
  const txCount = new TransactionCounter(node);
  const signatureWorker = new SolanaSignatureWorker();
  const latestBlockhash = () => {
    const h = node.latestHeight();
    return { blockhash: encodeBase58(keeper.latestBlockhash(node.chainId, h)), lastValidBlockHeight: h + MAX_BLOCKHASH_AGE };
  };

  /** Runs a wire transaction on a throwaway branch of the latest state (what preflight and simulate do). */
  const simulate = (wire: Uint8Array, o: { sigVerify: boolean; replaceRecentBlockhash: boolean; parsed?: ParsedTransaction; details?: boolean }) => {
    let bytes = wire;
    let parsed = o.parsed;
    if (o.replaceRecentBlockhash) {
      parsed = undefined;
      const tx = parseTransaction(wire);
      bytes = wire.slice();
      const at = bytes.length - tx.messageBytes.length + messageBlockhashOffset(tx);
      bytes.set(keeper.latestBlockhash(node.chainId, node.latestHeight()), at);
    }
    const ctx = node.simulateContext(SIMULATION_GAS);
    const tx = parsed ?? parseTransaction(bytes);
    // What the runtime loads: the accounts' data (a program's ELF included), before the transaction runs.
    // simulateTransaction's details (a preflight needs none): the data the runtime loads, token balances before.
    let loadedBytes = 0;
    let preTokens: unknown[] = [];
    if (o.details) {
      for (const k of tx.accountKeys) loadedBytes += keeper.getAccount(ctx, k)?.data.length ?? 0;
      preTokens = tokenBalances(keeper, ctx, tx.accountKeys);
    }
    const r = keeper.executeWireTx(ctx, bytes, { sigverify: o.sigVerify, checkBlockhash: !o.replaceRecentBlockhash, checkReplay: false, parsed: tx });
    return { ctx, r, tx, loadedBytes, preTokens };
  };

  const simulationValue = (
    ctx: Context,
    sim: ReturnType<typeof simulate>,
    o: { accounts?: { addresses?: string[]; encoding?: AccountEncoding }; innerInstructions?: boolean; replaced?: boolean },
  ) => {
    const { r, tx, loadedBytes, preTokens } = sim;
    const keys = tx.accountKeys.map(encodeBase58);
    return {
      err: r.outcome.ok ? null : (r.outcome.error?.json ?? 'UnknownError'),
      logs: r.outcome.logs,
      accounts: o.accounts?.addresses
        ? o.accounts.addresses.map((a) => {
            const acc = account(ctx, pubkeyParam(a));
            return acc ? encodeAccount(keeper, ctx, acc, o.accounts?.encoding ?? 'base64') : null;
          })
        : null,
      unitsConsumed: r.outcome.computeUnits,
      returnData: r.outcome.returnData ? { programId: encodeBase58(r.outcome.returnData.programId), data: [Buffer.from(r.outcome.returnData.data).toString('base64'), 'base64'] } : null,
      innerInstructions: o.innerInstructions
        ? (r.outcome.innerInstructions ?? []).flatMap((list, index) =>
            list.length ? [{ index, instructions: list.map((i) => innerParsed(keys, i)) }] : [],
          )
        : null,
      replacementBlockhash: o.replaced ? latestBlockhash() : null,
      fee: r.fee,
      preBalances: r.pre,
      postBalances: r.post,
      preTokenBalances: preTokens,
      postTokenBalances: tokenBalances(keeper, ctx, tx.accountKeys),
      loadedAddresses: { writable: [], readonly: [] },
      loadedAccountsDataSize: loadedBytes,
    };
  };

  const txRecord = (sig: string) => readTxRecord(node, sig);

  return {
    getHealth: () => 'ok',
    getVersion: () => ({ 'solana-core': SOLANA_CORE_VERSION, 'feature-set': FEATURE_SET }),
    getSlot: () => node.latestHeight(),
    getBlockHeight: () => node.latestHeight(),
    getTransactionCount: () => txCount.count(),
    getGenesisHash: () => encodeBase58(keeper.latestBlockhash(node.chainId, 0)),
    getIdentity: () => ({ identity: encodeBase58(keeper.latestBlockhash(node.chainId, -1)) }),
    minimumLedgerSlot: () => 0,
    getFirstAvailableBlock: () => 0,
    getEpochInfo: () => {
      const h = node.latestHeight();
      return { absoluteSlot: h, blockHeight: h, epoch: 0, slotIndex: h, slotsInEpoch: SLOTS_PER_EPOCH, transactionCount: txCount.count() };
    },
    getLatestBlockhash: () => withContext(latestBlockhash()),
    isBlockhashValid: ([bh]) => {
      if (typeof bh !== 'string') throw invalidParams('blockhash must be a base58 string');
      let bytes: Uint8Array;
      try {
        bytes = decodeBase58(bh);
      } catch (e) {
        throw invalidParams((e as Error).message);
      }
      return withContext(bytes.length === 32 && keeper.blockhashes.heightOf(node.chainId, node.latestHeight(), bytes) !== undefined);
    },
    getFeeForMessage: ([msg]) => {
      if (typeof msg !== 'string') throw invalidParams('message must be a base64 string');
      const bytes = Buffer.from(msg, 'base64');
      const first = bytes[0] ?? 0;
      const nsig = first & 0x80 ? (bytes[1] ?? 0) : first;
      return withContext(Number(LAMPORTS_PER_SIGNATURE) * nsig);
    },
    getRecentPrioritizationFees: () => [],
    getBalance: ([pk]) => withContext(account(q(), pubkeyParam(pk))?.lamports ?? 0n),
    getAccountInfo: ([pk, cfg]) => {
      const c = config<AccountConfig>(cfg);
      const a = account(q(), pubkeyParam(pk));
      return withContext(a ? encodeAccount(keeper, q(), a, c.encoding, c.dataSlice) : null);
    },
    getMultipleAccounts: ([pks, cfg]) => {
      if (!Array.isArray(pks)) throw invalidParams('expected an array of pubkeys');
      if (pks.length > 100) throw invalidParams('Too many inputs provided; max 100');
      const c = config<AccountConfig>(cfg);
      const ctx = q();
      return withContext(pks.map((p) => {
        const a = account(ctx, pubkeyParam(p));
        return a ? encodeAccount(keeper, ctx, a, c.encoding, c.dataSlice) : null;
      }));
    },
    getProgramAccounts: ([pid, cfg]) => {
      const c = config<AccountConfig & { filters?: unknown[]; withContext?: boolean }>(cfg);
      const filters = (c.filters ?? []).map(parseFilter);
      const out: Array<{ pubkey: string; account: unknown }> = [];
      const ctx = q();
      for (const [key, a] of keeper.programAccounts(ctx, pubkeyParam(pid, 'program id'))) {
        if (filters.every((f) => f(a))) out.push({ pubkey: encodeBase58(key), account: encodeAccount(keeper, ctx, a, c.encoding, c.dataSlice) });
      }
      return c.withContext ? withContext(out) : out;
    },
    getMinimumBalanceForRentExemption: ([len]) => {
      const n = Number(len ?? 0);
      if (!Number.isInteger(n) || n < 0 || n > 10 * 1024 * 1024) throw invalidParams('data length must be a non-negative integer');
      return keeper.minimumBalanceForRentExemption(n);
    },
    simulateTransaction: ([encoded, cfg]) => {
      const c = config<{ encoding?: string; sigVerify?: boolean; replaceRecentBlockhash?: boolean; innerInstructions?: boolean; accounts?: { addresses?: string[]; encoding?: AccountEncoding } }>(cfg);
      if (c.sigVerify && c.replaceRecentBlockhash) throw invalidParams('sigVerify may not be used with replaceRecentBlockhash');
      const wire = decodeWire(encoded, c.encoding);
      const replaced = c.replaceRecentBlockhash === true;
      try {
        const sim = simulate(wire, { sigVerify: c.sigVerify === true, replaceRecentBlockhash: replaced, details: true });
        return withContext(simulationValue(sim.ctx, sim, { accounts: c.accounts, innerInstructions: c.innerInstructions === true, replaced }));
      } catch (e) {
        return withContext({
          ...simulationFailure(e),
          accounts: null,
          unitsConsumed: 0,
          returnData: null,
          innerInstructions: null,
          replacementBlockhash: replaced ? latestBlockhash() : null,
          loadedAccountsDataSize: 0,
        });
      }
    },
    sendTransaction: async ([encoded, cfg]) => {
      const c = config<{ encoding?: string; skipPreflight?: boolean }>(cfg);
      const wire = decodeWire(encoded, c.encoding);
      let sig: string;
      let tx: ParsedTransaction;
      try {
        tx = parseTransaction(wire);
        sig = encodeBase58(tx.signatures[0]!);
        // On a worker thread: the main thread serves the RPC and runs the blocks meanwhile.
        if ((await firstBadSignatureAsync(tx, signatureWorker)) >= 0) throw new SolanaRpcError(RpcCodes.transactionSignatureVerificationFailure, 'Transaction signature verification failure');
        if (!c.skipPreflight) {
          // The signatures were just checked: the preflight needs no second check (delivery has the runtime's).
          // Only the verdict reaches the client: the run without its write-back, or none for a transfer the
          // state decides (keeper/solana-tx.ts).
          const outcome = keeper.preflightWireTx(node.simulateContext(SIMULATION_GAS), wire, { sigverify: false, checkReplay: false, parsed: tx });
          if (outcome && !outcome.ok) {
            throw new SolanaRpcError(RpcCodes.sendTransactionPreflightFailure, `Transaction simulation failed: ${explain(outcome)}`, {
              err: outcome.error?.json ?? null,
              logs: outcome.logs,
              accounts: null,
              unitsConsumed: outcome.computeUnits,
              returnData: null,
            });
          }
        }
      } catch (e) {
        throw asSendError(e);
      }
      const res = await node.broadcastTx(envelopeSolanaTx(wire, tx));
      if (res.code !== 0 && !(res.code === 19 && res.codespace === 'sdk')) {
        throw asSendError(new AppError(res.codespace, res.code, res.log));
      }
      return sig;
    },
    requestAirdrop: async ([pk, lamportsParam]) => {
      const to = pubkeyParam(pk);
      const lamports = airdropLamports(lamportsParam, airdropCap);
      checkAirdropRecipient(keeper, node.queryContext(), to);
      const wire = airdropTransaction(to, lamports, keeper.latestBlockhash(node.chainId, node.latestHeight()), `${node.latestHeight()}-${++airdropNonce}-${process.pid}`);
      const sig = encodeBase58(parseTransaction(wire).signatures[0]!);
      const res = await node.broadcastTx(envelopeSolanaTx(wire));
      if (res.code !== 0) throw new SolanaRpcError(RpcCodes.internal, `airdrop failed: ${res.log}`);
      return sig;
    },
    getSignatureStatuses: ([sigs]) => {
      if (!Array.isArray(sigs)) throw invalidParams('expected an array of signatures');
      if (sigs.length > 256) throw invalidParams('Too many inputs provided; max 256');
      return withContext(
        sigs.map((s) => {
          const rec = typeof s === 'string' ? txRecord(s) : undefined;
          if (!rec) return null;
          return {
            slot: rec.slot,
            confirmations: null,
            err: rec.err,
            status: rec.err === null ? { Ok: null } : { Err: rec.err },
            confirmationStatus: 'finalized',
          };
        }),
      );
    },
    getTransaction: ([sig, cfg]) => {
      if (typeof sig !== 'string') throw invalidParams('signature must be a base58 string');
      const c = config<{ encoding?: string; maxSupportedTransactionVersion?: number }>(typeof cfg === 'string' ? { encoding: cfg } : cfg);
      const encoding = txEncodingParam(c.encoding);
      const maxVersion = maxVersionParam(c.maxSupportedTransactionVersion);
      const rec = txRecord(sig);
      if (!rec) return null;
      return { slot: rec.slot, blockTime: Math.floor(rec.blockTimeMs / 1000), ...encodedTransactionWithMeta(rec, { encoding, maxVersion }) };
    },
    ...ledgerMethods(node, keeper),
    ...tokenMethods(node, keeper),
    ...clusterMethods(node, keeper, { core: SOLANA_CORE_VERSION, featureSet: FEATURE_SET }),
  };
}

/** Offset of the recent blockhash inside a message. */
function messageBlockhashOffset(tx: ParsedTransaction): number {
  const prefix = tx.version === 0 ? 1 : 0;
  const n = tx.accountKeys.length;
  const shortvecLen = n < 0x80 ? 1 : n < 0x4000 ? 2 : 3;
  return prefix + 3 + shortvecLen + 32 * n;
}

type ParsedTransaction = ReturnType<typeof parseTransaction>;

/** A simulated inner instruction, parsed where the program is one jsonParsed knows (Solana's simulate does the same). */
function innerParsed(keys: string[], i: { programIdIndex: number; accounts: number[]; data: Uint8Array; stackHeight: number }) {
  const programId = keys[i.programIdIndex] ?? '';
  const accounts = i.accounts.map((a) => keys[a] ?? '');
  return parseInstruction(programId, accounts, i.data, i.stackHeight) ?? { programId, accounts, data: encodeBase58(i.data), stackHeight: i.stackHeight };
}

/** getProgramAccounts filters: dataSize and memcmp (base58 or base64 bytes). */
export function parseFilter(f: unknown): (a: SvmAccount) => boolean {
  const o = f as { dataSize?: number; memcmp?: { offset: number; bytes: string; encoding?: string } };
  if (typeof o?.dataSize === 'number') return (a) => a.data.length === o.dataSize;
  if (o?.memcmp && typeof o.memcmp.bytes === 'string') {
    const bytes = o.memcmp.encoding === 'base64' ? new Uint8Array(Buffer.from(o.memcmp.bytes, 'base64')) : decodeBase58(o.memcmp.bytes);
    const off = Number(o.memcmp.offset);
    return (a) => off + bytes.length <= a.data.length && bytes.every((b, i) => a.data[off + i] === b);
  }
  throw invalidParams(`unsupported filter ${JSON.stringify(f)}`);
}

/** A module error as the RPC error Solana clients expect from sendTransaction. */
function asSendError(e: unknown): SolanaRpcError {
  if (e instanceof SolanaRpcError) return e;
  const err = toAppError(e);
  if (err.codespace === SVM_CODESPACE) {
    const names: Record<number, string> = { 9: 'SignatureFailure', 10: 'BlockhashNotFound', 11: 'AlreadyProcessed', 13: 'InsufficientFundsForFee', 8: 'SanitizeFailure' };
    if (err.code === 9) return new SolanaRpcError(RpcCodes.transactionSignatureVerificationFailure, 'Transaction signature verification failure');
    const name = names[err.code];
    return new SolanaRpcError(RpcCodes.sendTransactionPreflightFailure, `Transaction simulation failed: ${err.message}`, {
      err: name ?? err.message,
      logs: [],
      accounts: null,
      unitsConsumed: 0,
      returnData: null,
    });
  }
  return new SolanaRpcError(RpcCodes.invalidParams, err.message);
}

/** A simulation that could not run at all (bad blockhash, unknown accounts…) in simulateTransaction's shape. */
function simulationFailure(e: unknown): { err: unknown; logs: string[] } {
  const s = asSendError(e);
  const data = s.data as { err?: unknown } | undefined;
  return { err: data?.err ?? s.message, logs: [] };
}
