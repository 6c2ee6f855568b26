import { parseAddress, toBech32Address } from '../../core/types/address.ts';
import type { Context } from '../../core/types/context.ts';
import { AppError, toAppError } from '../../core/types/errors.ts';
import type { Coin } from '../../core/types/coin.ts';
import { GasMeter } from '../../core/types/gas.ts';
import { parsePubkey } from '../svm/types/address.ts';
import { WasmExecutionError } from '../wasm/types/errors.ts';
import type { EvmKeeper, SvmKeeper, WasmKeeper } from './expected-keepers.ts';
import { type AccountMeta, ErrInvalidPayload, ErrInvalidTarget, type VmName } from './types/index.ts';

/** 1 utrv = 10^12 wei on the EVM side (docs/architecture.md). */
export const WEI_PER_UTRV = 10n ** 12n;

export interface ExecRequest {
  /** The caller's 20-byte address; each VM sees its own face of it (EVM 0x…, CosmWasm trivium1…, SVM face). */
  caller: Uint8Array;
  target: string;
  payload: Uint8Array;
  accounts: AccountMeta[];
  funds: Coin[];
  gasLimit: bigint;
  /** The queued message being executed (absent for a synchronous call). */
  messageId?: string;
}

export interface ExecResult {
  success: boolean;
  result: Uint8Array;
  gasUsed: bigint;
  error: string;
}

/**
 * x/crossvm's queue sees each VM only through this interface (adapters over expected-keepers.ts): admission
 * checks that a payload decodes for its target, and `call` runs it in a branch of ctx that is committed only
 * on success. The gas it used is returned, never charged to ctx's meter. Adding a VM is adding one implementation.
 */
export interface Executor {
  readonly vm: VmName;
  validate(target: string, payload: Uint8Array, accounts: AccountMeta[], funds: Coin[]): void;
  /**
   * That the target can run the payload in the state of ctx (a contract or program is there): a call to
   * nothing is refused at admission (CheckTx and the msg server) instead of taking escrow to fail, or to
   * "succeed" doing nothing, a block later. Reads the state of ctx only: deterministic.
   */
  checkTarget(ctx: Context, target: string, payload: Uint8Array): void;
  call(ctx: Context, req: ExecRequest): Promise<ExecResult>;
}

/** Runs `fn` in a branch with its own meter; commits on success; failures and gas come back as a result. */
async function inBranch(ctx: Context, gasLimit: bigint, fn: (sub: Context, meter: GasMeter) => Promise<{ result: Uint8Array; gasUsed?: bigint }>): Promise<ExecResult> {
  const meter = new GasMeter(gasLimit);
  const { ctx: sub, commit } = ctx.branch(meter);
  try {
    const r = await fn(sub, meter);
    const gasUsed = r.gasUsed ?? meter.consumed;
    if (gasUsed > gasLimit) return { success: false, result: new Uint8Array(), gasUsed: gasLimit, error: `out of gas: gas limit ${gasLimit}` };
    commit();
    return { success: true, result: r.result, gasUsed, error: '' };
  } catch (e) {
    const raw = e instanceof WasmExecutionError || e instanceof CallFailed ? e.gasUsed : meter.consumed;
    const gasUsed = raw > gasLimit ? gasLimit : raw;
    const ae = e instanceof CallFailed ? e : toAppError(e);
    return { success: false, result: e instanceof CallFailed ? e.data : new Uint8Array(), gasUsed, error: ae.message };
  }
}

class CallFailed extends AppError {
  constructor(message: string, readonly data: Uint8Array, readonly gasUsed: bigint) {
    super('crossvm', 12, message);
  }
}

export function evmExecutor(evm: EvmKeeper): Executor {
  return {
    vm: 'evm',
    validate(target, payload) {
      parseTarget20(target, 'evm');
      // ABI calldata: empty (a plain transfer) or a selector followed by 32-byte words.
      if (payload.length !== 0 && (payload.length < 4 || (payload.length - 4) % 32 !== 0)) {
        throw ErrInvalidPayload(`evm payload is not ABI-encoded calldata (${payload.length} bytes: want 0, or 4 + a multiple of 32)`);
      }
    },
    checkTarget(ctx, target, payload) {
      const to = parseTarget20(target, 'evm');
      // An empty payload is a plain transfer, which any address takes; the precompile range has no code to show.
      if (payload.length === 0 || isSystemAddress(to) || evm.getCode(ctx, to).length > 0) return;
      throw ErrInvalidTarget(`no contract at ${target} (evm target): the address has no code, so the call would do nothing; deploy the contract first, check the address, or send an empty payload for a plain transfer`);
    },
    call: (ctx, req) =>
      inBranch(ctx, req.gasLimit, async (sub) => {
        const value = req.funds.reduce((s, c) => (c.denom === 'utrv' ? s + BigInt(c.amount) : s), 0n) * WEI_PER_UTRV;
        const r = await evm.callContract(sub, { caller: req.caller, to: parseTarget20(req.target, 'evm'), data: req.payload, value, gasLimit: req.gasLimit, crossvm: req.messageId ? { messageId: req.messageId, phase: 'execute' } : undefined });
        if (!r.success) throw new CallFailed(r.error ?? 'execution reverted', r.returnData, r.gasUsed);
        return { result: r.returnData, gasUsed: r.gasUsed };
      }),
  };
}

export function wasmExecutor(wasm: WasmKeeper): Executor {
  return {
    vm: 'wasm',
    validate(target, payload) {
      parseTarget20(target, 'wasm');
      let parsed: unknown;
      try {
        parsed = JSON.parse(Buffer.from(payload).toString('utf8'));
      } catch (e) {
        throw ErrInvalidPayload(`wasm payload is not JSON: ${(e as Error).message}`);
      }
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw ErrInvalidPayload('wasm payload must be a JSON object (an execute message)');
    },
    checkTarget(ctx, target) {
      if (!wasm.getContract(ctx, parseTarget20(target, 'wasm'))) {
        throw ErrInvalidTarget(`no contract at ${target} (wasm target): nothing is instantiated at this address; instantiate it first (triviumd tx wasm instantiate) or check the address`);
      }
    },
    call: (ctx, req) =>
      inBranch(ctx, req.gasLimit, async (sub) => {
        const r = await wasm.executeContract(sub, { sender: req.caller, contract: req.target, msg: req.payload, funds: req.funds, gasLimit: req.gasLimit });
        return { result: r.data };
      }),
  };
}

export function svmExecutor(svm: SvmKeeper): Executor {
  return {
    vm: 'svm',
    validate(target, payload, accounts, funds) {
      parseProgram(target);
      const hex = Buffer.from(payload).toString('latin1');
      if (!/^(0x)?([0-9a-fA-F]{2})*$/.test(hex)) throw ErrInvalidPayload('svm payload must be hex-encoded instruction data');
      for (const a of accounts) {
        try {
          parsePubkey(a.pubkey);
        } catch (e) {
          throw ErrInvalidPayload(`svm account ${JSON.stringify(a.pubkey)}: ${(e as Error).message}`);
        }
      }
      if (funds.length) throw ErrInvalidPayload('svm targets take no funds: move lamports with a system-program instruction');
    },
    checkTarget(ctx, target) {
      if (!svm.isProgram(ctx, parseProgram(target))) {
        throw ErrInvalidTarget(`no program at ${target} (svm target): no executable account has this id; deploy it first (triviumd tx svm deploy) or check the id`);
      }
    },
    call: (ctx, req) =>
      inBranch(ctx, req.gasLimit, async (sub) => {
        const hex = Buffer.from(req.payload).toString('latin1').replace(/^0x/, '');
        const r = svm.executeInstruction(sub, {
          caller: req.caller,
          programId: parseProgram(req.target),
          data: Buffer.from(hex, 'hex'),
          accounts: req.accounts.map((a) => ({ pubkey: parsePubkey(a.pubkey), isSigner: a.is_signer, isWritable: a.is_writable })),
          gasLimit: req.gasLimit,
        });
        if (!r.success) throw new CallFailed(`${r.error ?? 'program failed'}${r.logs.length ? ` (logs: ${r.logs.slice(-3).join(' | ')})` : ''}`, new Uint8Array(), r.gasUsed);
        // A Solana instruction returns no value but what it logged and, optionally, set_return_data.
        const out = { logs: r.logs, return_data: r.returnData ? Buffer.from(r.returnData.data).toString('hex') : '' };
        return { result: Buffer.from(JSON.stringify(out), 'utf8') };
      }),
  };
}

function parseTarget20(target: string, vm: VmName): Uint8Array {
  try {
    const a = parseAddress(target);
    if (vm === 'evm' && a.length !== 20) throw new Error('EVM addresses are 20 bytes');
    return a;
  } catch (e) {
    throw ErrInvalidTarget(`invalid ${vm} target contract ${JSON.stringify(target)}: ${(e as Error).message}`);
  }
}

/** 0x0000…0000XXXX: precompiles (0x01…, 0x…0901) and system addresses, callable without code. */
function isSystemAddress(a: Uint8Array): boolean {
  for (let i = 0; i < 18; i++) if (a[i] !== 0) return false;
  return true;
}

function parseProgram(target: string): Uint8Array {
  try {
    return parsePubkey(target);
  } catch (e) {
    throw ErrInvalidTarget(`invalid svm program id ${JSON.stringify(target)}: ${(e as Error).message}`);
  }
}

export { toBech32Address };
