import { AbiCoder, type FunctionFragment, Interface } from 'ethers';
import { toBech32Address } from '../../../core/types/address.ts';
import { infiniteGasMeter } from '../../../core/types/gas.ts';
import type { Precompile, PrecompileCall, PrecompileResult } from '../../evm/types/precompile.ts';
import { encodeBase58 } from '../../svm/types/base58.ts';
import { syncEvent } from '../events.ts';
import { WEI_PER_UTRV } from '../executors.ts';
import type { BankKeeper, WasmKeeper } from '../expected-keepers.ts';
import type { CrossVMKeeper } from '../keeper.ts';
import { type AccountMeta, CROSSVM_PRECOMPILE, VM_IDS, vmFromId } from '../types/index.ts';

/** ABI of ICrossVM.sol (the file beside this one). */
const CROSSVM_ABI = [
  'function execute(string contractAddress, bytes message) payable returns (bytes)',
  'function query(string contractAddress, bytes message) view returns (bytes)',
  'function executeCrossVMCall(uint8 targetVM, string targetContract, bytes payload) payable returns (bytes)',
  'function submit(uint8 targetVM, string target, bytes payload, uint64 gasLimit, bool callback) payable returns (uint64)',
  'function submitSvm(bytes32 programId, bytes data, (bytes32 pubkey, bool isSigner, bool isWritable)[] accounts, uint64 gasLimit, bool callback) payable returns (uint64)',
];
// Parsed (and its selectors hashed) on the first call, not at every node start: ≈ 15 ms of cold ethers (issue 17).
let abi: { iface: Interface; bySelector: Map<string, FunctionFragment> } | undefined;
function parsedAbi(): NonNullable<typeof abi> {
  if (!abi) {
    const iface = new Interface(CROSSVM_ABI);
    const bySelector = new Map<string, FunctionFragment>();
    iface.forEachFunction((f) => bySelector.set(f.selector.slice(2), f));
    abi = { iface, bySelector };
  }
  return abi;
}
/** ICrossVM's ethers Interface (clients encode calls with it). */
export const crossvmAbi = (): Interface => parsedAbi().iface;

/** The sync path's fixed cost; the target's own execution is charged on top. */
export const PRECOMPILE_BASE_GAS = 50_000n;
/**
 * submit/submitSvm, on top of the base: the message record, its queue and sender index entries and the
 * escrow transfer (≈ 42,000–49,000 gas of KV access for a small message, measured), plus the payload as
 * stored (hex: 2 chars a byte at 30 gas a byte) and each SVM account meta.
 */
export const SUBMIT_GAS = 45_000n;
export const SUBMIT_GAS_PER_PAYLOAD_BYTE = 60n;
export const SUBMIT_GAS_PER_ACCOUNT = 3_000n;
const coder = AbiCoder.defaultAbiCoder();
/** The ABI encoding of one `bytes` return value: offset 32, length, the bytes right-padded to 32. */
const bytesOut = (b: Uint8Array) => {
  const out = new Uint8Array(64 + Math.ceil(b.length / 32) * 32);
  out[31] = 32;
  const len = Buffer.from(BigInt(b.length).toString(16).padStart(64, '0'), 'hex');
  out.set(len, 32);
  out.set(b, 64);
  return out;
};
/** The sync functions' argument lists, read directly (ethers' generic decoder costs ~100 µs a call). */
const SYNC_LAYOUTS: Record<string, Array<'uint8' | 'string' | 'bytes'>> = {
  execute: ['string', 'bytes'],
  query: ['string', 'bytes'],
  executeCrossVMCall: ['uint8', 'string', 'bytes'],
};
const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/** The called function and its decoded arguments, or undefined for an unknown selector or bad calldata. */
function decodeCall(data: Uint8Array): { name: string; args: ReadonlyArray<any> } | undefined {
  if (data.length < 4) return undefined;
  // Functions by selector, computed once: ethers' parseTransaction would hash every signature on each call.
  const f = parsedAbi().bySelector.get(Buffer.from(data.subarray(0, 4)).toString('hex'));
  if (!f) return undefined;
  try {
    const layout = SYNC_LAYOUTS[f.name];
    return { name: f.name, args: layout ? decodeSimple(layout, data.subarray(4)) : coder.decode(f.inputs, data.subarray(4)) };
  } catch {
    return undefined;
  }
}

/**
 * ABI decoding of uint8/string/bytes arguments with the checks ethers' strict reader makes: offsets and
 * lengths are safe integers, a tail lies (padded to 32 bytes) inside the data, strings are valid UTF-8.
 * A uint8 is masked to its low byte, as ethers does.
 */
function decodeSimple(layout: ReadonlyArray<'uint8' | 'string' | 'bytes'>, args: Uint8Array): unknown[] {
  const index = (at: number): number => {
    if (at + 32 > args.length) throw new Error('calldata too short');
    for (let i = at; i < at + 24; i++) if (args[i] !== 0) throw new Error('offset or length out of range');
    const v = Buffer.from(args.buffer, args.byteOffset + at + 24, 8).readBigUInt64BE();
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error('offset or length out of range');
    return Number(v);
  };
  return layout.map((type, i) => {
    if (type === 'uint8') {
      if (32 * i + 32 > args.length) throw new Error('calldata too short');
      return BigInt(args[32 * i + 31]!);
    }
    const off = index(32 * i);
    const len = index(off);
    const start = off + 32;
    if (start + Math.ceil(len / 32) * 32 > args.length) throw new Error('calldata too short');
    const bytes = args.subarray(start, start + len);
    return type === 'string' ? utf8Strict.decode(bytes) : Uint8Array.from(bytes);
  });
}

/**
 * 0x…0901: EVM → CosmWasm in the same transaction (execute/query/executeCrossVMCall), and the async
 * queue (submit). Everything runs in the EVM frame's context, so an EVM revert anywhere above discards the
 * CosmWasm writes too, and a CosmWasm error reverts the EVM caller with Error(string).
 */
export function crossvmPrecompile(keeper: CrossVMKeeper, wasm: WasmKeeper, bank: BankKeeper): Precompile {
  return async (call: PrecompileCall): Promise<PrecompileResult> => {
    const ctx = call.ctx;
    ctx.gasMeter.consume(PRECOMPILE_BASE_GAS, 'crossvm precompile base');
    const tx = decodeCall(call.data);
    if (!tx) throw new Error(`crossvm: unknown function selector 0x${Buffer.from(call.data.subarray(0, 4)).toString('hex')}`);
    const caller = '0x' + Buffer.from(call.caller).toString('hex');
    // Each returning call leaves a crossvm_sync event (outside the app hash): the trace's precompile frame.
    const done = (returnData: Uint8Array, contract: string, targetGas = 0n, messageId?: string): PrecompileResult => {
      ctx.emit(syncEvent({ method: tx.name, caller, contract, gasUsed: ctx.gasMeter.consumed, targetGas, messageId }));
      return { returnData, gasUsed: ctx.gasMeter.consumed };
    };

    // msg.value already sits at the precompile's address; it travels on as funds of the calling contract.
    const takeFunds = () => {
      if (call.value === 0n) return [];
      if (call.value % WEI_PER_UTRV !== 0n) throw new Error(`crossvm: msg.value must be a whole number of utrv (a multiple of 1e12 wei), got ${call.value}`);
      const funds = [{ denom: 'utrv', amount: (call.value / WEI_PER_UTRV).toString() }];
      bank.sendCoins(ctx, call.address, call.caller, funds);
      return funds;
    };
    const executeWasm = async (contract: string, message: Uint8Array) => {
      if (call.isStatic) throw new Error('crossvm: execute writes state and cannot run in a static call');
      const funds = takeFunds();
      try {
        const r = await wasm.executeContract(ctx, { sender: call.caller, contract, msg: message, funds, gasLimit: ctx.gasMeter.remaining });
        return done(bytesOut(r.data), contract, r.gasUsed);
      } catch (e) {
        const reason = (e as { reason?: string }).reason ?? (e as Error).message;
        throw new Error(reason);
      }
    };

    switch (tx.name) {
      case 'execute':
        return executeWasm(tx.args[0] as string, bytesArg(tx.args[1]));
      case 'query': {
        const before = ctx.gasMeter.consumed;
        const data = wasm.queryContract(ctx, tx.args[0] as string, bytesArg(tx.args[1]), ctx.gasMeter.remaining);
        return done(bytesOut(data), tx.args[0] as string, ctx.gasMeter.consumed - before);
      }
      case 'executeCrossVMCall': {
        const vm = Number(tx.args[0]);
        if (vm !== VM_IDS.wasm) {
          throw new Error(`crossvm: only CosmWasm (2) is reachable synchronously; use submit() for ${vm === 1 || vm === 3 ? vmFromId(vm) : `vm ${vm}`}`);
        }
        return executeWasm(tx.args[1] as string, bytesArg(tx.args[2]));
      }
      case 'submit':
      case 'submitSvm': {
        if (call.isStatic) throw new Error(`crossvm: ${tx.name} writes state and cannot run in a static call`);
        // submit(targetVM, target, payload, gasLimit, callback) | submitSvm(programId, data, accounts, gasLimit, callback)
        const svmCall = tx.name === 'submitSvm';
        const targetVm = svmCall ? 'svm' : vmFromId(Number(tx.args[0]));
        const target = svmCall ? encodeBase58(bytesArg(tx.args[0])) : (tx.args[1] as string);
        const payload = bytesArg(svmCall ? tx.args[1] : tx.args[2]);
        const accounts: AccountMeta[] = svmCall
          ? (tx.args[2] as Array<[string, boolean, boolean]>).map(([pubkey, isSigner, isWritable]) => ({ pubkey: encodeBase58(bytesArg(pubkey)), is_signer: isSigner, is_writable: isWritable }))
          : [];
        const funds = takeFunds();
        // SVM messages carry hex instruction data (as MsgCrossVMCall does); Solidity hands over raw bytes.
        const queued = targetVm === 'svm' ? Buffer.from(Buffer.from(payload).toString('hex'), 'latin1') : payload;
        // The queue's storage is priced by a fixed schedule, not by the KV bytes written: those depend on the
        // block height and the id's digits, and eth_estimateGas simulates at the latest height while the tx
        // lands in the next one, so an exact estimate would run out of gas by a few bytes' worth.
        const unmetered = ctx.withGasMeter(infiniteGasMeter());
        const m = keeper.submit(unmetered, {
          sender: call.caller,
          sourceVm: 'evm',
          targetVm,
          targetContract: target,
          payload: queued,
          accounts,
          funds,
          gasLimit: BigInt(tx.args[3]),
          callback: Boolean(tx.args[4]),
        });
        ctx.emit(...unmetered.events);
        ctx.gasMeter.consume(SUBMIT_GAS + SUBMIT_GAS_PER_PAYLOAD_BYTE * BigInt(queued.length) + SUBMIT_GAS_PER_ACCOUNT * BigInt(accounts.length), 'crossvm submit');
        return done(Buffer.from(coder.encode(['uint64'], [BigInt(m.id)]).slice(2), 'hex'), target, 0n, m.id);
      }
    }
    throw new Error(`crossvm: ${tx.name} is not implemented`);
  };
}

/** A `bytes` argument: ours already are bytes, ethers gives 0x-hex. */
const bytesArg = (v: unknown): Uint8Array => (v instanceof Uint8Array ? v : Buffer.from(String(v).slice(2), 'hex'));

export { CROSSVM_PRECOMPILE, toBech32Address };
