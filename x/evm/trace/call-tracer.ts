import type { EVMResult, InterpreterStep, Message } from '@ethereumjs/evm';
import type { EvmTracer, TraceEnd, TraceStart } from '../executor/trace-hook.ts';
import { decodeRevertReason } from '../executor/revert.ts';
import { decodeConsoleLog, isConsoleAddress } from './console-log.ts';
import { gethError, hex, quantity } from './hex.ts';

export interface CallTracerConfig {
  onlyTopCall?: boolean;
  withLog?: boolean;
}

export interface CallLog {
  address: string;
  topics: string[];
  data: string;
  /** How many of the frame's calls came before the log. */
  position: string;
  /** The log's index among the tx's logs that stayed (failed frames' logs are gone). */
  index?: string;
}

export interface CallFrame {
  type: 'CALL' | 'STATICCALL' | 'DELEGATECALL' | 'CALLCODE' | 'CREATE' | 'CREATE2';
  from: string;
  to?: string;
  value?: string;
  gas: string;
  gasUsed: string;
  input: string;
  output?: string;
  error?: string;
  revertReason?: string;
  logs?: CallLog[];
  calls?: CallFrame[];
  /** Trivium's addition on the top frame: Solidity console.log lines, in call order. */
  consoleLogs?: string[];
}

const LOG_OPS = new Set(['LOG0', 'LOG1', 'LOG2', 'LOG3', 'LOG4']);

/** geth's callTracer: one frame per message (precompiles such as 0x…0901 included), nested as they ran. */
export class CallTracer implements EvmTracer {
  /** The open messages: their frame (none under onlyTopCall) and whether they run static. */
  private readonly stack: Array<{ frame?: CallFrame; isStatic: boolean }> = [];
  private root?: CallFrame;
  private readonly console: string[] = [];
  private out?: TraceEnd;
  private gasLimit = 0n;
  /** Every log in emission order (the tx's log order), for their indexes. */
  private readonly emitted: CallLog[] = [];

  constructor(
    readonly txHash: string | undefined,
    private readonly cfg: CallTracerConfig = {},
  ) {}

  start(s: TraceStart): () => void {
    this.gasLimit = s.gasLimit;
    const events = s.evm.events;
    const onBefore = (m: Message) => this.enter(m);
    const onAfter = (r: EVMResult) => this.exit(r);
    const onNew = (e: { address: { toString(): string } }) => {
      const f = this.stack[this.stack.length - 1]?.frame;
      if (f) f.to = e.address.toString();
    };
    const onStep = (e: InterpreterStep) => this.log(e);
    events.on('beforeMessage', onBefore);
    events.on('afterMessage', onAfter);
    events.on('newContract', onNew);
    if (this.cfg.withLog) events.on('step', onStep);
    return () => {
      events.off('beforeMessage', onBefore);
      events.off('afterMessage', onAfter);
      events.off('newContract', onNew);
      events.off('step', onStep);
    };
  }

  private enter(m: Message): void {
    if (isConsoleAddress(m.to?.bytes)) this.console.push(decodeConsoleLog(m.data));
    const open = this.stack[this.stack.length - 1];
    if (this.cfg.onlyTopCall && m.depth > 0) {
      this.stack.push({ isStatic: m.isStatic });
      return;
    }
    const parent = open?.frame;
    // Message.codeAddress throws for a creation (no code address yet).
    const code = m.to ? m.codeAddress.toString() : undefined;
    let type: CallFrame['type'];
    let from = m.caller.toString();
    let to = m.to?.toString();
    if (!m.to) type = m.salt ? 'CREATE2' : 'CREATE';
    else if (m.delegatecall) {
      // ethereumjs keeps msg.sender as the caller; geth's frame is from the contract that delegated.
      type = 'DELEGATECALL';
      from = m.to.toString();
      to = code;
    } else if (code && code !== to) {
      type = 'CALLCODE';
      to = code;
    } else {
      // A message is static from a STATICCALL down: only the first static one was a STATICCALL itself.
      type = m.isStatic && !open?.isStatic ? 'STATICCALL' : 'CALL';
    }
    const frame: CallFrame = { type, from, to, gas: quantity(m.gasLimit), gasUsed: '0x0', input: hex(m.data) };
    if (type !== 'STATICCALL') frame.value = quantity(m.value);
    if (parent) (parent.calls ??= []).push(frame);
    else this.root = frame;
    this.stack.push({ frame, isStatic: m.isStatic });
  }

  private exit(r: EVMResult): void {
    const f = this.stack.pop()?.frame;
    if (!f) return;
    const exec = r.execResult;
    f.gasUsed = quantity(exec.executionGasUsed);
    if (exec.returnValue.length > 0) f.output = hex(exec.returnValue);
    if (r.createdAddress) f.to = r.createdAddress.toString();
    const err = exec.exceptionError?.error;
    if (err) {
      f.error = gethError(err);
      if (err === 'revert') {
        const reason = decodeRevertReason(exec.returnValue);
        if (reason !== undefined) f.revertReason = reason;
      } else delete f.output;
      clearLogs(f);
    }
  }

  private log(e: InterpreterStep): void {
    if (!LOG_OPS.has(e.opcode.name)) return;
    const f = this.stack[this.stack.length - 1]?.frame;
    if (!f) return;
    const st = e.stack;
    const n = Number(e.opcode.name.slice(3));
    const offset = Number(st[st.length - 1]!);
    const size = Number(st[st.length - 2]!);
    const topics: string[] = [];
    for (let i = 0; i < n; i++) topics.push('0x' + st[st.length - 3 - i]!.toString(16).padStart(64, '0'));
    const data = new Uint8Array(size);
    data.set(e.memory.subarray(offset, offset + size));
    const log = { address: e.address.toString(), topics, data: hex(data), position: quantity(f.calls?.length ?? 0) };
    this.emitted.push(log);
    (f.logs ??= []).push(log);
  }

  end(e: TraceEnd): void {
    this.out = e;
  }

  result(): CallFrame {
    const root = this.root;
    if (!root || !this.out) throw new Error('the traced execution did not run');
    // The top frame speaks for the tx: its whole gas limit and the receipt's gasUsed (intrinsic gas included).
    root.gas = quantity(this.gasLimit);
    root.gasUsed = quantity(this.out.gasUsed);
    if (this.out.contractAddress && !root.to) root.to = hex(this.out.contractAddress);
    const kept = new Set<CallLog>();
    const keep = (f: CallFrame) => {
      for (const l of f.logs ?? []) kept.add(l);
      for (const c of f.calls ?? []) keep(c);
    };
    keep(root);
    let index = 0;
    for (const l of this.emitted) if (kept.has(l)) l.index = quantity(index++);
    if (this.console.length > 0) root.consoleLogs = this.console;
    return root;
  }
}

/** A failed frame's logs never happened, nor its children's (geth's clearFailedLogs). */
function clearLogs(f: CallFrame): void {
  delete f.logs;
  for (const c of f.calls ?? []) clearLogs(c);
}
