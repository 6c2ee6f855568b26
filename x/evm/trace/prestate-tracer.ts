import type { InterpreterStep, Message } from '@ethereumjs/evm';
import { bytesToUnprefixedHex } from '@ethereumjs/util';
import type { EvmTracer, TraceEnd, TraceStart } from '../executor/trace-hook.ts';
import type { EvmStateManager } from '../state/state-manager.ts';
import { bytes32, hex, quantity } from './hex.ts';

export interface PrestateTracerConfig {
  diffMode?: boolean;
}

export interface AccountState {
  balance?: string;
  nonce?: number;
  code?: string;
  storage?: Record<string, string>;
}

export type Prestate = Record<string, AccountState>;

// Opcodes whose stack top is an address the tx reads (CALL targets arrive as messages).
const ADDRESS_OPS = new Set(['BALANCE', 'EXTCODESIZE', 'EXTCODECOPY', 'EXTCODEHASH', 'SELFDESTRUCT']);

interface Touched {
  addr: Uint8Array;
  pre: { balance: bigint; nonce: bigint; code: Uint8Array; exists: boolean };
  /** Slot (0x 32-byte hex) → its value before the tx (0x 32-byte hex). */
  slots: Map<string, string>;
}

/**
 * geth's prestateTracer: every account and slot the tx touched, as it was before the tx (the sender before it
 * paid for gas). Values are read at first touch, which in one tx is before anything wrote them. diffMode
 * compares with the state after the tx (fee and refund settled) and keeps what changed.
 */
export class PrestateTracer implements EvmTracer {
  private readonly touched = new Map<string, Touched>();
  private state?: EvmStateManager;
  private done = false;

  constructor(
    readonly txHash: string | undefined,
    private readonly cfg: PrestateTracerConfig = {},
  ) {}

  start(s: TraceStart): () => void {
    this.state = s.state;
    this.touch(s.from);
    if (s.to) this.touch(s.to);
    this.touch(s.feeRecipient);
    const events = s.evm.events;
    const onBefore = (m: Message) => {
      this.touch(m.caller.bytes);
      // Message.codeAddress throws for a creation (no code address yet).
      if (m.to) {
        this.touch(m.to.bytes);
        this.touch(m.codeAddress.bytes);
      }
    };
    const onNew = (e: { address: { bytes: Uint8Array } }) => this.touch(e.address.bytes);
    const onStep = (e: InterpreterStep) => this.step(e);
    events.on('beforeMessage', onBefore);
    events.on('newContract', onNew);
    events.on('step', onStep);
    return () => {
      events.off('beforeMessage', onBefore);
      events.off('newContract', onNew);
      events.off('step', onStep);
    };
  }

  private touch(addr: Uint8Array): Touched {
    const key = bytesToUnprefixedHex(addr);
    let t = this.touched.get(key);
    if (!t) {
      const sm = this.state!;
      const acc = sm.getAccountSync(addr);
      t = { addr, pre: { balance: acc?.balance ?? 0n, nonce: acc?.nonce ?? 0n, code: sm.getCodeSync(addr), exists: acc !== undefined }, slots: new Map() };
      this.touched.set(key, t);
    }
    return t;
  }

  private step(e: InterpreterStep): void {
    const op = e.opcode.name;
    const st = e.stack;
    if ((op === 'SLOAD' || op === 'SSTORE') && st.length > 0) {
      const t = this.touch(e.address.bytes);
      const slot = bytes32(st[st.length - 1]!);
      const k = hex(slot);
      if (!t.slots.has(k)) t.slots.set(k, hex(padded(this.state!.getStorageSync(e.address.bytes, slot))));
    } else if (ADDRESS_OPS.has(op) && st.length > 0) {
      this.touch(bytes32(st[st.length - 1]!).subarray(12));
    }
  }

  /** The state after the tx, read while the execution's context is still bound (diffMode). */
  private post?: Map<string, { exists: boolean; balance: bigint; nonce: bigint; code: Uint8Array; slots: Map<string, string> }>;

  end(_e: TraceEnd): void {
    this.done = true;
    if (!this.cfg.diffMode) return;
    const sm = this.state!;
    this.post = new Map();
    for (const [k, t] of this.touched) {
      const acc = sm.getAccountSync(t.addr);
      const slots = new Map<string, string>();
      for (const slot of t.slots.keys()) slots.set(slot, hex(padded(sm.getStorageSync(t.addr, Buffer.from(slot.slice(2), 'hex')))));
      this.post.set(k, { exists: acc !== undefined, balance: acc?.balance ?? 0n, nonce: acc?.nonce ?? 0n, code: sm.getCodeSync(t.addr), slots });
    }
  }

  /**
   * Every account the tx touched, before and after it, with every slot it read or wrote (diffMode only: the
   * after-state is read at the end). The raw material of a block access list (eth_getBlockAccessList).
   */
  touches(): Array<{ address: string; pre: { balance: bigint; nonce: bigint; code: string }; post: { balance: bigint; nonce: bigint; code: string }; slots: Array<{ slot: string; before: string; after: string }> }> {
    if (!this.post) throw new Error('touches() needs a diffMode tracer whose execution ran');
    return [...this.touched.entries()].map(([k, t]) => {
      const now = this.post!.get(k)!;
      return {
        address: '0x' + k,
        pre: { balance: t.pre.balance, nonce: t.pre.nonce, code: hex(t.pre.code) },
        post: { balance: now.balance, nonce: now.nonce, code: hex(now.code) },
        slots: [...t.slots].map(([slot, before]) => ({ slot, before, after: now.slots.get(slot)! })),
      };
    });
  }

  result(): Prestate | { pre: Prestate; post: Prestate } {
    if (!this.done) throw new Error('the traced execution did not run');
    const sorted = [...this.touched.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (!this.cfg.diffMode) {
      const out: Prestate = {};
      for (const [k, t] of sorted) out['0x' + k] = view(t.pre.balance, t.pre.nonce, t.pre.code, t.slots);
      return out;
    }
    const pre: Prestate = {};
    const post: Prestate = {};
    for (const [k, t] of sorted) {
      const now = this.post!.get(k)!;
      const changedSlots = new Map<string, string>();
      const preSlots = new Map<string, string>();
      for (const [slot, before] of t.slots) {
        const after = now.slots.get(slot)!;
        if (after !== before) {
          preSlots.set(slot, before);
          if (BigInt(after) !== 0n) changedSlots.set(slot, after);
        }
      }
      const codeChanged = hex(now.code) !== hex(t.pre.code);
      const modified = now.balance !== t.pre.balance || now.nonce !== t.pre.nonce || codeChanged || preSlots.size > 0;
      if (!modified) continue;
      // pre: the account as it was (absent if it did not exist); post: only what changed.
      if (t.pre.exists) pre['0x' + k] = view(t.pre.balance, t.pre.nonce, t.pre.code, nonZero(preSlots));
      if (!now.exists) continue;
      const p: AccountState = {};
      if (now.balance !== t.pre.balance) p.balance = quantity(now.balance);
      if (now.nonce !== t.pre.nonce) p.nonce = Number(now.nonce);
      if (codeChanged && now.code.length > 0) p.code = hex(now.code);
      if (changedSlots.size > 0) p.storage = Object.fromEntries(changedSlots);
      post['0x' + k] = p;
    }
    return { pre, post };
  }
}

function padded(v: Uint8Array): Uint8Array {
  const out = new Uint8Array(32);
  out.set(v.subarray(Math.max(0, v.length - 32)), 32 - Math.min(32, v.length));
  return out;
}

function nonZero(slots: Map<string, string>): Map<string, string> {
  return new Map([...slots].filter(([, v]) => BigInt(v) !== 0n));
}

function view(balance: bigint, nonce: bigint, code: Uint8Array, slots: Map<string, string>): AccountState {
  const a: AccountState = { balance: quantity(balance) };
  if (nonce > 0n) a.nonce = Number(nonce);
  if (code.length > 0) a.code = hex(code);
  if (slots.size > 0) a.storage = Object.fromEntries(slots);
  return a;
}
