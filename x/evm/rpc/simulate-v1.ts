import type { EVMResult, InterpreterStep, Message } from '@ethereumjs/evm';
import { type AccessList, createFeeMarket1559Tx, createLegacyTx, type TypedTransaction } from '@ethereumjs/tx';
import { Account, bytesToHex, KECCAK256_RLP, KECCAK256_RLP_ARRAY } from '@ethereumjs/util';
import { Context } from '../../../core/types/context.ts';
import { keccak256 } from '../crypto.ts';
import { txCommon } from '../executor/common.ts';
import { describeFailure, type EthLog, type SimulateRequest } from '../executor/executor.ts';
import { type EvmTracer, setTracer, type TraceStart } from '../executor/trace-hook.ts';
import type { EvmKeeper } from '../keeper.ts';
import { Bloom } from '../tx/bloom.ts';
import { EVM_CHAIN_ID } from '../types/index.ts';
import { invalidParams, RpcError } from './errors.ts';
import { formatTx } from './format.ts';
import { data, parseAddr, parseData, parseQuantity, quantity } from './hex.ts';
import { applyStateOverrides } from './state-overrides.ts';

/** eth_simulateV1's error codes (execution-apis `eth/execute.yaml`). */
export const SimulateCodes = {
  NonceTooLow: -38010,
  NonceTooHigh: -38011,
  BaseFeeTooLow: -38012,
  IntrinsicGas: -38013,
  InsufficientFunds: -38014,
  BlockGasLimit: -38015,
  BlockNumberOrder: -38020,
  BlockTimestampOrder: -38021,
  ClientLimit: -38026,
  VmError: -32015,
} as const;

/** geth's limit on simulated blocks (the BLOCKHASH window). */
export const MAX_SIMULATED_BLOCKS = 256;
/** Calls per simulation, over all its blocks (geth's limit). */
export const MAX_SIMULATED_CALLS = 1000;
/** Where traceTransfers' synthetic ERC-20 Transfer logs come from (the spec's address). */
export const TRANSFER_LOG_ADDRESS = '0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee';
const TRANSFER_TOPIC = bytesToHex(keccak256(new TextEncoder().encode('Transfer(address,address,uint256)')));
const ZERO32 = '0x' + '00'.repeat(32);
const ZERO_ADDR = new Uint8Array(20);

/** The block eth_simulateV1 builds on (the tag's), and the chain's defaults for the simulated ones. */
export interface SimulateBase {
  number: number;
  hash: string;
  timestamp: number;
  miner: string;
  stateRoot: string;
  gasLimit: bigint;
  baseFee: bigint;
  chainId: string;
  /** --json-rpc.gas-cap: the gas all the calls together may use (0n: no cap beyond each block's limit). */
  gasCap: bigint;
}

type Entry = { kind: 'log' } | { kind: 'transfer'; from: Uint8Array; to: Uint8Array; value: bigint };

/**
 * traceTransfers: every value move (the top call's and internal calls', creations too) as an ERC-20 Transfer
 * log of 0xeee…e, in execution order among the real logs; a frame that fails takes its entries with it, as
 * it takes its logs. Also forces the JavaScript engine, whose simulate() writes to the context (the next call
 * builds on this one's state).
 */
class SimulateTracer implements EvmTracer {
  private frames: Entry[][] = [[]];
  constructor(private readonly traceTransfers: boolean) {}
  start(s: TraceStart): () => void {
    if (!this.traceTransfers) return () => undefined;
    const ev = s.evm.events;
    const before = (m: Message) => {
      const frame: Entry[] = [];
      // A creation's address is known when it ends: filled in by `after`.
      if (m.value > 0n && !m.delegatecall) frame.push({ kind: 'transfer', from: m.caller.bytes, to: m.to?.bytes ?? ZERO_ADDR, value: m.value });
      this.frames.push(frame);
    };
    const after = (r: EVMResult) => {
      const frame = this.frames.pop()!;
      const first = frame[0];
      if (first?.kind === 'transfer' && first.to === ZERO_ADDR && r.createdAddress) first.to = r.createdAddress.bytes;
      if (r.execResult.exceptionError === undefined) this.frames[this.frames.length - 1]!.push(...frame);
    };
    const step = (e: InterpreterStep) => {
      if (e.opcode.name.startsWith('LOG')) this.frames[this.frames.length - 1]!.push({ kind: 'log' });
    };
    ev.on('beforeMessage', before);
    ev.on('afterMessage', after);
    ev.on('step', step);
    return () => {
      ev.off('beforeMessage', before);
      ev.off('afterMessage', after);
      ev.off('step', step);
    };
  }
  end(): void {}
  /** The call's logs with the transfers interleaved where they happened. */
  logs(real: EthLog[]): EthLog[] {
    if (!this.traceTransfers) return real;
    const out: EthLog[] = [];
    let i = 0;
    for (const e of this.frames[0]!) {
      if (e.kind === 'log') {
        if (i < real.length) out.push(real[i++]!);
        continue;
      }
      const word = (b: Uint8Array) => {
        const w = new Uint8Array(32);
        w.set(b, 32 - b.length);
        return w;
      };
      out.push({ address: parseAddr(TRANSFER_LOG_ADDRESS, 'address'), topics: [parseData(TRANSFER_TOPIC, 't'), word(e.from), word(e.to)], data: Buffer.from(e.value.toString(16).padStart(64, '0'), 'hex') });
    }
    while (i < real.length) out.push(real[i++]!);
    return out;
  }
}

const obj = (v: unknown, what: string): Record<string, unknown> => {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v)) throw invalidParams(`invalid ${what}: expected an object`);
  return v as Record<string, unknown>;
};
const has = (o: Record<string, unknown>, k: string) => o[k] !== undefined && o[k] !== null;
const bool = (o: Record<string, unknown>, k: string): boolean => {
  if (!has(o, k)) return false;
  if (typeof o[k] !== 'boolean') throw invalidParams(`invalid ${k}: expected a boolean`);
  return o[k] as boolean;
};

interface SimBlock {
  number: number;
  time: number;
  gasLimit: bigint;
  miner: Uint8Array;
  baseFee: bigint;
  prevRandao: string;
  withdrawals: Array<{ index: string; validatorIndex: string; address: string; amount: string }>;
  calls: unknown[];
  stateOverrides?: unknown;
}

/** One block's header fields from its blockOverrides, after the previous block (geth's rules, the spec's defaults). */
function blockFrom(prev: { number: number; time: number }, spec: Record<string, unknown>, base: SimulateBase, validation: boolean): SimBlock {
  const o = obj(spec.blockOverrides, 'blockOverrides');
  const number = has(o, 'number') ? Number(parseQuantity(o.number, 'blockOverrides.number')) : prev.number + 1;
  if (number <= prev.number) throw new RpcError(SimulateCodes.BlockNumberOrder, `block numbers must increase: ${number} after ${prev.number}`);
  const time = has(o, 'time') ? Number(parseQuantity(o.time, 'blockOverrides.time')) : prev.time + (number - prev.number);
  if (time < prev.time) throw new RpcError(SimulateCodes.BlockTimestampOrder, `block timestamps must not decrease: ${time} after ${prev.time}`);
  const withdrawals = has(o, 'withdrawals') ? o.withdrawals : [];
  if (!Array.isArray(withdrawals)) throw invalidParams('invalid blockOverrides.withdrawals: expected an array');
  const calls = has(spec, 'calls') ? spec.calls : [];
  if (!Array.isArray(calls)) throw invalidParams('invalid calls: expected an array');
  return {
    number,
    time,
    gasLimit: has(o, 'gasLimit') ? parseQuantity(o.gasLimit, 'blockOverrides.gasLimit') : base.gasLimit,
    miner: has(o, 'feeRecipient') ? parseAddr(o.feeRecipient, 'blockOverrides.feeRecipient') : parseAddr(base.miner, 'miner'),
    // Without validation geth runs at base fee 0 (calls need no fee), as eth_call does.
    baseFee: has(o, 'baseFeePerGas') ? parseQuantity(o.baseFeePerGas, 'blockOverrides.baseFeePerGas') : validation ? base.baseFee : 0n,
    prevRandao: has(o, 'prevRandao') ? '0x' + parseQuantity(o.prevRandao, 'blockOverrides.prevRandao').toString(16).padStart(64, '0') : ZERO32,
    withdrawals: withdrawals.map((w, i) => {
      const x = obj(w, `withdrawal ${i}`);
      return { index: quantity(parseQuantity(x.index, 'withdrawal.index')), validatorIndex: quantity(parseQuantity(x.validatorIndex, 'withdrawal.validatorIndex')), address: bytesToHex(parseAddr(x.address, 'withdrawal.address')), amount: quantity(parseQuantity(x.amount, 'withdrawal.amount')) };
    }),
    calls,
    stateOverrides: spec.stateOverrides,
  };
}

interface ParsedCall {
  req: SimulateRequest;
  from: Uint8Array;
  nonce?: bigint;
  gas?: bigint;
  gasPrice?: bigint;
  maxFeePerGas?: bigint;
  maxPriorityFeePerGas?: bigint;
}

function parseSimCall(v: unknown, i: number): ParsedCall {
  const o = obj(v, `call ${i}`);
  for (const k of ['blobVersionedHashes', 'maxFeePerBlobGas', 'authorizationList']) if (has(o, k)) throw invalidParams(`invalid call ${i}: ${k}: blob and set-code transactions are not supported on this chain`);
  if (has(o, 'input') && has(o, 'data') && o.input !== o.data) throw invalidParams(`invalid call ${i}: both "data" and "input" are set and not equal`);
  const input = has(o, 'input') ? o.input : o.data;
  const q = (k: string) => (has(o, k) ? parseQuantity(o[k], k) : undefined);
  const from = has(o, 'from') ? parseAddr(o.from, 'from') : ZERO_ADDR;
  if (has(o, 'gasPrice') && (has(o, 'maxFeePerGas') || has(o, 'maxPriorityFeePerGas'))) throw invalidParams(`invalid call ${i}: both gasPrice and (maxFeePerGas or maxPriorityFeePerGas) specified`);
  const accessList = o.accessList as SimulateRequest['accessList'];
  if (accessList !== undefined && accessList !== null && !Array.isArray(accessList)) throw invalidParams(`invalid call ${i}: accessList must be an array`);
  return {
    from,
    req: { from, to: has(o, 'to') ? parseAddr(o.to, 'to') : undefined, data: input === undefined || input === null ? new Uint8Array() : parseData(input, 'input'), value: q('value') ?? 0n, accessList: accessList ?? undefined },
    nonce: q('nonce'),
    gas: q('gas'),
    gasPrice: q('gasPrice'),
    maxFeePerGas: q('maxFeePerGas'),
    maxPriorityFeePerGas: q('maxPriorityFeePerGas'),
  };
}

/** An unsigned tx for the call (its hash names the call; full-tx answers show it with a zero signature). */
function callTx(c: ParsedCall, nonce: bigint, gasLimit: bigint, baseFee: bigint): TypedTransaction {
  const common = { common: txCommon };
  const base = { nonce, to: c.req.to, value: c.req.value, data: c.req.data, gasLimit, v: 0n, r: 0n, s: 0n };
  if (c.gasPrice !== undefined) return createLegacyTx({ ...base, gasPrice: c.gasPrice }, common);
  const maxFeePerGas = c.maxFeePerGas ?? baseFee;
  const tip = c.maxPriorityFeePerGas ?? 0n;
  return createFeeMarket1559Tx({ ...base, chainId: EVM_CHAIN_ID, maxFeePerGas, maxPriorityFeePerGas: tip < maxFeePerGas ? tip : maxFeePerGas, accessList: (c.req.accessList ?? []) as AccessList }, common);
}

/**
 * eth_simulateV1 as geth answers it: blocks on top of `base`, each with its block and state overrides, their
 * calls run in order on one throwaway state (a call sees the previous calls' and blocks' writes). Without
 * `validation` a call is an eth_call that bumps its sender's nonce (base fee 0, no fee charged); with it, the
 * nonce, fee cap, balance and gas are checked as for a real tx and the fee is paid. Skipped block numbers are
 * filled with empty blocks, as geth does. Block hashes are digests of the simulated headers; stateRoot is the
 * base block's (the simulated state is not committed to a trie).
 */
export async function simulateV1(keeper: EvmKeeper, state: Context, base: SimulateBase, payload: unknown): Promise<unknown[]> {
  const p = obj(payload, 'simulation payload');
  if (!Array.isArray(p.blockStateCalls)) throw invalidParams('invalid blockStateCalls: expected an array of block state calls');
  const validation = bool(p, 'validation');
  const traceTransfers = bool(p, 'traceTransfers');
  const fullTxs = bool(p, 'returnFullTransactions');
  const specs = p.blockStateCalls.map((b, i) => obj(b, `blockStateCalls[${i}]`));
  const params = keeper.params(state);
  const out: unknown[] = [];
  const calls = specs.reduce((n, b) => n + (Array.isArray(b.calls) ? b.calls.length : 0), 0);
  if (calls > MAX_SIMULATED_CALLS) throw new RpcError(SimulateCodes.ClientLimit, `too many calls: at most ${MAX_SIMULATED_CALLS} per simulation`);
  // As geth's RPC gas cap: one budget for the whole simulation, so a raised block gas limit cannot run forever.
  let budget = base.gasCap > 0n ? base.gasCap : undefined;
  let prev = { number: base.number, time: base.timestamp, hash: base.hash };

  const seal = (b: SimBlock, txs: TypedTransaction[], txHashes: string[], froms: string[], results: Array<Record<string, unknown>>, logs: Array<Record<string, unknown>>, gasUsed: bigint, bloom: Bloom) => {
    const header = { parentHash: prev.hash, number: b.number, time: b.time, miner: bytesToHex(b.miner), gasLimit: b.gasLimit.toString(), baseFee: b.baseFee.toString(), txs: txHashes, prevRandao: b.prevRandao };
    const hash = bytesToHex(keccak256(new TextEncoder().encode(JSON.stringify(header))));
    for (const l of logs) l.blockHash = hash;
    const view = { hash, number: b.number, timestamp: b.time };
    const block = {
      number: quantity(b.number),
      hash,
      parentHash: prev.hash,
      nonce: '0x0000000000000000',
      mixHash: b.prevRandao,
      sha3Uncles: bytesToHex(KECCAK256_RLP_ARRAY),
      logsBloom: bytesToHex(bloom.bits),
      transactionsRoot: txHashes.length ? bytesToHex(keccak256(new TextEncoder().encode(txHashes.join('')))) : bytesToHex(KECCAK256_RLP),
      stateRoot: base.stateRoot,
      receiptsRoot: bytesToHex(KECCAK256_RLP),
      miner: bytesToHex(b.miner),
      difficulty: '0x0',
      extraData: '0x',
      size: quantity(540 + txs.reduce((n, t) => n + t.serialize().length, 0)),
      gasLimit: quantity(b.gasLimit),
      gasUsed: quantity(gasUsed),
      timestamp: quantity(b.time),
      baseFeePerGas: quantity(b.baseFee),
      withdrawals: b.withdrawals,
      withdrawalsRoot: bytesToHex(KECCAK256_RLP),
      blobGasUsed: '0x0',
      excessBlobGas: '0x0',
      parentBeaconBlockRoot: ZERO32,
      uncles: [],
      transactions: fullTxs
        ? txs.map((t, i) => formatTx(t, txHashes[i]!, froms[i]!, { block: view as never, index: i, effectiveGasPrice: (results[i]!.effectiveGasPrice as bigint) ?? 0n }))
        : txHashes,
      calls: results.map(({ effectiveGasPrice: _e, ...r }) => r),
    };
    out.push(block);
    prev = { number: b.number, time: b.time, hash };
  };

  for (const spec of specs) {
    const b = blockFrom(prev, spec, base, validation);
    if (out.length + (b.number - prev.number) > MAX_SIMULATED_BLOCKS) throw new RpcError(SimulateCodes.ClientLimit, `too many blocks: at most ${MAX_SIMULATED_BLOCKS} per simulation`);
    // geth fills a gap in the numbers with empty blocks, their times one second apart.
    while (b.number > prev.number + 1) {
      const gap: SimBlock = { ...b, number: prev.number + 1, time: Math.min(prev.time + 1, b.time), withdrawals: [], calls: [] };
      seal(gap, [], [], [], [], [], 0n, new Bloom());
    }
    const info = { height: b.number, timeMs: b.time * 1000, chainId: base.chainId, proposer: Buffer.from(b.miner).toString('hex').toUpperCase(), maxGas: b.gasLimit, lastBlockHash: prev.hash.slice(2).toUpperCase() };
    const ctx = new Context(state.rawStore, state.gasMeter, info, state.mode, new Map());
    // BASEFEE reads the params: the block's base fee goes there, in this throwaway state only.
    if (b.baseFee !== BigInt(keeper.params(ctx).base_fee_wei)) keeper.setParams(ctx, { ...params, base_fee_wei: b.baseFee.toString() });
    if (b.stateOverrides !== undefined && b.stateOverrides !== null) {
      for (const o of Object.values(obj(b.stateOverrides, 'stateOverrides'))) {
        if (has(obj(o, 'account override'), 'movePrecompileToAddress')) throw invalidParams('movePrecompileToAddress is not supported by this node');
      }
      applyStateOverrides(keeper, ctx, b.stateOverrides);
    }
    // A fresh view for each read: a view caches what it read, and the EVM writes around it.
    const sm = () => keeper.view(ctx);
    for (const w of b.withdrawals) {
      const addr = parseAddr(w.address, 'address');
      const view = sm();
      const acc = view.getAccountSync(addr) ?? new Account();
      acc.balance += BigInt(w.amount) * 10n ** 9n; // amounts are in gwei
      view.putAccountSync(addr, acc);
    }

    const txs: TypedTransaction[] = [];
    const hashes: string[] = [];
    const froms: string[] = [];
    const results: Array<Record<string, unknown>> = [];
    const logs: Array<Record<string, unknown>> = [];
    const bloom = new Bloom();
    let gasUsed = 0n;
    for (const [i, raw] of b.calls.entries()) {
      const c = parseSimCall(raw, i);
      const acc = sm().getAccountSync(c.from) ?? new Account();
      const nonce = c.nonce ?? acc.nonce;
      if (validation && nonce < acc.nonce) throw new RpcError(SimulateCodes.NonceTooLow, `nonce too low: address ${bytesToHex(c.from)}, tx: ${nonce} state: ${acc.nonce}`);
      if (validation && nonce > acc.nonce) throw new RpcError(SimulateCodes.NonceTooHigh, `nonce too high: address ${bytesToHex(c.from)}, tx: ${nonce} state: ${acc.nonce}`);
      const left = b.gasLimit - gasUsed;
      const gas = c.gas ?? left;
      if (gas > left) throw new RpcError(SimulateCodes.BlockGasLimit, `block gas limit reached: call ${i} asks ${gas}, ${left} left of ${b.gasLimit}`);
      const feeCap = c.gasPrice ?? c.maxFeePerGas ?? (validation ? b.baseFee : 0n);
      const tip = c.gasPrice !== undefined ? c.gasPrice : (c.maxPriorityFeePerGas ?? 0n);
      const price = c.gasPrice !== undefined ? c.gasPrice : feeCap < b.baseFee + tip ? feeCap : b.baseFee + tip;
      if (validation) {
        if (feeCap < b.baseFee) throw new RpcError(SimulateCodes.BaseFeeTooLow, `max fee per gas less than block base fee: address ${bytesToHex(c.from)}, maxFeePerGas: ${feeCap}, baseFee: ${b.baseFee}`);
        const cost = gas * feeCap + c.req.value;
        if (acc.balance < cost) throw new RpcError(SimulateCodes.InsufficientFunds, `insufficient funds for gas * price + value: address ${bytesToHex(c.from)} have ${acc.balance} want ${cost}`);
      }
      if (budget === 0n) throw new RpcError(SimulateCodes.ClientLimit, `the RPC gas cap (${base.gasCap}, --json-rpc.gas-cap) is spent before call ${i} of block ${b.number}`);
      const tracer = new SimulateTracer(traceTransfers);
      setTracer(info, tracer);
      const r = await keeper.executor.simulate(ctx, { ...c.req, gasLimit: budget !== undefined && budget < gas ? budget : gas });
      if (budget !== undefined) budget = budget > r.gasNeeded ? budget - r.gasNeeded : 0n;
      if (r.vmError?.startsWith('intrinsic gas too low')) throw new RpcError(SimulateCodes.IntrinsicGas, `call ${i}: ${r.vmError}`);
      if (r.vmError === 'insufficient balance') throw new RpcError(SimulateCodes.InsufficientFunds, `call ${i}: insufficient funds for value transfer: address ${bytesToHex(c.from)}`);
      // The sender's nonce moves as a tx's would (a creation's already did, in the EVM).
      const view = sm();
      const after = view.getAccountSync(c.from) ?? new Account();
      if (after.nonce === acc.nonce) after.nonce = acc.nonce + 1n;
      if (validation) after.balance -= r.gasUsed * price;
      view.putAccountSync(c.from, after);
      if (validation && price > b.baseFee) {
        const tipTo = view.getAccountSync(b.miner) ?? new Account();
        tipTo.balance += r.gasUsed * (price - b.baseFee);
        view.putAccountSync(b.miner, tipTo);
      }

      const tx = callTx(c, nonce, gas, b.baseFee);
      const hash = bytesToHex(keccak256(tx.getHashedMessageToSign()));
      const callLogs = r.success ? tracer.logs(r.logs) : [];
      const formatted = callLogs.map((l, j) => {
        bloom.addLog(l.address, l.topics);
        return { address: bytesToHex(l.address), topics: l.topics.map(bytesToHex), data: bytesToHex(l.data), blockNumber: quantity(b.number), blockHash: ZERO32, blockTimestamp: quantity(b.time), transactionHash: hash, transactionIndex: quantity(i), logIndex: quantity(logs.length + j), removed: false };
      });
      logs.push(...formatted);
      gasUsed += r.gasUsed;
      txs.push(tx);
      hashes.push(hash);
      froms.push(bytesToHex(c.from));
      const result: Record<string, unknown> = { status: r.success ? '0x1' : '0x0', returnData: data(r.returnData), gasUsed: quantity(r.gasUsed), maxUsedGas: quantity(r.gasNeeded), logs: formatted, effectiveGasPrice: price };
      if (!r.success) {
        result.error = r.vmError === 'revert' ? { code: 3, message: describeFailure('revert', r.returnData), data: data(r.returnData) } : { code: SimulateCodes.VmError, message: `vm execution error: ${r.vmError ?? 'execution failed'}` };
      }
      results.push(result);
    }
    seal(b, txs, hashes, froms, results, logs, gasUsed, bloom);
  }
  return out;
}
