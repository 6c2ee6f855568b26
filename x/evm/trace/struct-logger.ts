import type { InterpreterStep, Message } from '@ethereumjs/evm';
import type { EVMResult } from '@ethereumjs/evm';
import type { EvmTracer, TraceEnd, TraceStart } from '../executor/trace-hook.ts';
import { decodeConsoleLog, isConsoleAddress } from './console-log.ts';
import { bare, bigOf, gethError, hex, word } from './hex.ts';

/** geth's struct logger options (debug_traceTransaction's config object). */
export interface StructLoggerConfig {
  disableStack?: boolean;
  disableStorage?: boolean;
  enableMemory?: boolean;
  enableReturnData?: boolean;
  /** Most steps to record (0 = all), as geth's `limit`. */
  limit?: number;
}

export interface StructLog {
  pc: number;
  op: string;
  gas: number;
  gasCost: number;
  depth: number;
  stack?: string[];
  memory?: string[];
  storage?: Record<string, string>;
  returnData?: string;
  refund?: number;
  error?: string;
}

export interface StructLoggerResult {
  gas: number;
  failed: boolean;
  returnValue: string;
  structLogs: StructLog[];
  /** Trivium's addition: the Solidity console.log lines, in call order. */
  consoleLogs: string[];
}

const CALL_OPS = new Set(['CALL', 'CALLCODE', 'DELEGATECALL', 'STATICCALL', 'CREATE', 'CREATE2']);

/** One struct log per opcode, as geth's default tracer writes them (depth counts from 1, storage as seen so far). */
export class StructLogger implements EvmTracer {
  private readonly logs: StructLog[] = [];
  private readonly console: string[] = [];
  /** Per contract (hex address): the slots SLOAD/SSTORE have shown so far. */
  private readonly storage = new Map<string, Record<string, string>>();
  /** Per depth: the return data of the last call that frame made (RETURNDATA's buffer). */
  private readonly returnData: Uint8Array[] = [];
  private out?: TraceEnd;

  constructor(
    readonly txHash: string | undefined,
    private readonly cfg: StructLoggerConfig = {},
  ) {}

  start(s: TraceStart): () => void {
    const events = s.evm.events;
    const onStep = (e: InterpreterStep) => this.step(e, s);
    const onBefore = (m: Message) => {
      this.chargeCallGas(m);
      this.returnData[m.depth] = new Uint8Array();
      this.depths.push(m.depth);
      if (isConsoleAddress(m.to?.bytes)) this.console.push(decodeConsoleLog(m.data));
    };
    const onAfter = (r: EVMResult) => this.after(r);
    events.on('step', onStep);
    events.on('beforeMessage', onBefore);
    events.on('afterMessage', onAfter);
    return () => {
      events.off('step', onStep);
      events.off('beforeMessage', onBefore);
      events.off('afterMessage', onAfter);
    };
  }

  /**
   * geth counts the gas a CALL/CREATE hands its callee in the opcode's gasCost; ethereumjs' step event does not
   * (it charges it when the message starts): add it to the calling step, less a value transfer's free stipend.
   */
  private chargeCallGas(m: Message): void {
    if (m.depth === 0) return;
    const last = this.logs[this.logs.length - 1];
    if (!last || last.depth !== m.depth || !CALL_OPS.has(last.op)) return;
    const stipend = (last.op === 'CALL' || last.op === 'CALLCODE') && m.value > 0n ? 2300n : 0n;
    last.gasCost += Number(m.gasLimit - stipend);
  }

  /** The depths of the open messages. */
  private readonly depths: number[] = [];

  private step(e: InterpreterStep, s: TraceStart): void {
    if (this.cfg.limit && this.logs.length >= this.cfg.limit) return;
    const log: StructLog = { pc: e.pc, op: e.opcode.name, gas: Number(e.gasLeft), gasCost: Number(e.opcode.dynamicFee ?? BigInt(e.opcode.fee)), depth: e.depth + 1 };
    if (!this.cfg.disableStack) log.stack = e.stack.map((v) => '0x' + v.toString(16));
    if (this.cfg.enableMemory) {
      const words: string[] = [];
      for (let i = 0; i < e.memory.length; i += 32) words.push(bare(e.memory.subarray(i, i + 32)));
      log.memory = words;
    }
    if (this.cfg.enableReturnData) {
      const rd = this.returnData[e.depth];
      if (rd && rd.length > 0) log.returnData = hex(rd);
    }
    if (e.gasRefund > 0n) log.refund = Number(e.gasRefund);
    if (!this.cfg.disableStorage && (e.opcode.name === 'SLOAD' || e.opcode.name === 'SSTORE') && e.stack.length >= (e.opcode.name === 'SLOAD' ? 1 : 2)) {
      const addr = e.address.toString();
      const seen = this.storage.get(addr) ?? {};
      this.storage.set(addr, seen);
      const key = e.stack[e.stack.length - 1]!;
      // SSTORE writes the value on the stack; SLOAD shows what the slot holds now.
      const value = e.opcode.name === 'SSTORE' ? e.stack[e.stack.length - 2]! : bigOf(s.state.getStorageSync(e.address.bytes, Uint8Array.from(Buffer.from(word(key), 'hex'))));
      seen[word(key)] = word(value);
      log.storage = { ...seen };
    }
    this.logs.push(log);
  }

  private after(r: EVMResult): void {
    const exec = r.execResult;
    // The caller's RETURNDATA buffer now holds what this frame returned.
    const depth = this.depths.pop() ?? 0;
    if (depth > 0) this.returnData[depth - 1] = exec.returnValue;
    const err = exec.exceptionError?.error;
    if (err && err !== 'revert') {
      const last = this.logs[this.logs.length - 1];
      if (last && !last.error) last.error = gethError(err);
    }
  }

  end(e: TraceEnd): void {
    this.out = e;
  }

  result(): StructLoggerResult {
    const e = this.out;
    if (!e) throw new Error('the traced execution did not run');
    return { gas: Number(e.gasUsed), failed: e.error !== undefined, returnValue: hex(e.returnData), structLogs: this.logs, consoleLogs: this.console };
  }
}
