import { Transaction } from 'ethers';
import { txHash } from '../../../core/baseapp/tx-decoder.ts';
import type { AbciEvent } from '../../../core/types/events.ts';
import type { NodeAPI } from '../../../core/types/node-api.ts';
import { IndexKeys, type TxLocation } from '../../evm/types/index.ts';
import { EventTypes } from '../events.ts';
import type { CrossVMKeeper } from '../keeper.ts';
import { CROSSVM_PRECOMPILE, type CrossVMMessage, STATUS_CODES, type VmName } from '../types/index.ts';
import { parseSvmLogs, svmCustomError } from './svm-logs.ts';

/**
 * trivium_traceCrossVM: one tree from the first call to the last callback, built from what the node
 * records — tx results and block results (their events, including each precompile call's crossvm_sync),
 * the message records — without re-executing anything. A message's execution is read from the
 * EndBlock events of the block it ran in, cut at its crossvm_response/crossvm_timeout and crossvm_callback.
 */
export type Frame = Record<string, unknown> & { kind: string; vm?: VmName; gas_used?: string; children?: Frame[] };

export interface CrossVMTrace {
  root: Frame;
  /** Gas by VM over the whole tree (EVM frames net of the JS contract gas inside their precompile calls). */
  gas: Record<VmName, string>;
  /** Every message in the tree, in id order, with its final (or current) status. */
  messages: Array<{ id: string; status: string; height: string }>;
}

/** Where a trace reads messages and the EndBlock events of the block each ended in (the node, or a simulation). */
export interface TraceSource {
  getMessage(id: bigint): CrossVMMessage | undefined;
  endBlockEvents(height: number): AbciEvent[];
}

export const nodeSource = (keeper: CrossVMKeeper, node: NodeAPI): TraceSource => ({
  getMessage: (id) => keeper.getMessage(node.queryContext(), id),
  endBlockEvents: (h) => (node.getBlockResults(h)?.finalizeBlockEvents ?? []).filter((e) => attrs(e).mode === 'EndBlock'),
});

type Attrs = Record<string, string>;
const attrs = (e: AbciEvent): Attrs => Object.fromEntries(e.attributes.map((a) => [a.key, a.value]));
const MAX_DEPTH = 32;

export class TraceBuilder {
  private readonly gas: Record<VmName, bigint> = { evm: 0n, wasm: 0n, svm: 0n };
  private readonly messages = new Map<string, { id: string; status: string; height: string }>();

  constructor(
    private readonly src: TraceSource,
    /** For tx lookups (absent in a simulation, whose root is made of its own events). */
    private readonly node?: NodeAPI,
  ) {}

  /** A simulated call's tree: the messages its (uncommitted) events queued. */
  simulated(root: Frame, events: AbciEvent[]): CrossVMTrace {
    return this.result({ ...root, children: this.queued(events, 1) });
  }

  private result(root: Frame): CrossVMTrace {
    const messages = [...this.messages.values()].sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
    return { root, gas: { evm: this.gas.evm.toString(), wasm: this.gas.wasm.toString(), svm: this.gas.svm.toString() }, messages };
  }

  /** `id`: an Ethereum tx hash (0x + 64 hex), a Cosmos tx hash (64 hex) or a message id. Undefined: unknown. */
  build(id: string): CrossVMTrace | undefined {
    let root: Frame | undefined;
    if (/^\d+$/.test(id)) root = this.src.getMessage(BigInt(id)) ? this.message(id, 0) : undefined;
    else {
      const loc = this.locate(id);
      if (loc) root = this.tx(loc.height, loc.index);
    }
    return root ? this.result(root) : undefined;
  }

  private locate(hash: string): { height: number; index: number } | undefined {
    if (!this.node) return undefined;
    if (hash.startsWith('0x')) {
      const raw = this.node.getIndex(IndexKeys.txByHash(hash.toLowerCase()));
      if (raw) {
        const loc = JSON.parse(Buffer.from(raw).toString('utf8')) as TxLocation;
        return { height: loc.height, index: loc.txIndex };
      }
    }
    const t = this.node.getTx(hash.replace(/^0x/, '').toUpperCase());
    return t ? { height: t.height, index: t.index } : undefined;
  }

  /** A committed tx: its EVM frames (with their precompile calls) or its Cosmos messages, and what they queued. */
  private tx(height: number, index: number): Frame | undefined {
    const results = this.node?.getBlockResults(height);
    const block = this.node?.getBlock(height);
    const r = results?.txResults[index];
    if (!r || !block) return undefined;
    const raw = Buffer.from(block.txs[index]!, 'base64');
    // x/evm emits ethereum_tx (and its tx_log events) first, then the precompiles' events of that execution.
    const evmFrames: Frame[] = [];
    const loose: AbciEvent[] = [];
    let current: { tx: Attrs; events: AbciEvent[] } | undefined;
    const close = () => {
      if (current) evmFrames.push(this.evmTxFrame(current.tx, raw, current.events));
      current = undefined;
    };
    for (const e of r.events) {
      if (e.type === 'ethereum_tx') {
        close();
        current = { tx: attrs(e), events: [] };
      } else (current ? current.events : loose).push(e);
    }
    close();
    // Outside any EVM frame: what a Cosmos tx did (MsgCrossVMCall, a JS contract and its crossvmCall actions).
    const others = [...this.jsFrames(loose), ...this.queued(loose, 1)];
    const tx_hash = txHash(raw);
    if (evmFrames.length === 1 && others.length === 0) return { ...evmFrames[0]!, tx_hash, height };
    return {
      kind: 'cosmos_tx', tx_hash, height, index, code: r.code, ...(r.code ? { error: r.log } : {}), gas_used: r.gasUsed,
      children: [...evmFrames, ...others],
    };
  }

  private evmTxFrame(a: Attrs, raw: Uint8Array, events: AbciEvent[]): Frame {
    const precompiles: Frame[] = [];
    let pending: AbciEvent[] = [];
    const rest: AbciEvent[] = [];
    for (const e of events) {
      if (e.type === EventTypes.sync) {
        precompiles.push(this.precompileFrame(attrs(e), pending));
        pending = [];
      } else if (e.type === 'tx_log') rest.push(e);
      else pending.push(e);
    }
    rest.push(...pending);
    let input: string | undefined;
    try {
      input = Transaction.from('0x' + Buffer.from(raw).toString('hex')).data;
    } catch {
      input = undefined; // a Cosmos tx carrying MsgEthereumTx: no raw Ethereum bytes at this position
    }
    const gasUsed = BigInt(a.txGasUsed ?? '0');
    // The JS contract's gas inside a precompile call is wasm's; the rest of the tx's gas is the EVM's.
    const js = precompiles.flatMap((p) => p.children ?? []).filter((c) => c.vm === 'wasm');
    const inner = js.reduce((sum, c) => sum + BigInt(c.gas_used ?? '0'), 0n);
    this.gas.evm += gasUsed - inner;
    const failed = a.status === '0';
    return {
      kind: 'evm_call', vm: 'evm', eth_hash: a.ethereumTxHash, from: a.sender, to: a.recipient || null,
      ...(input ? { selector: input.slice(0, 10), input } : {}), gas_used: gasUsed.toString(), status: failed ? 'reverted' : 'success',
      // The reason the EVM caller saw: a JS contract's error reaches it as this Error(string) reason.
      ...(failed ? { error: a.ethereumTxFailed ?? 'reverted', revert_reason: a.revertReason ?? '' } : {}),
      logs: rest.filter((e) => e.type === 'tx_log').map((e) => JSON.parse(attrs(e).txLog ?? '{}')),
      children: [...precompiles, ...this.queued(rest, 1)],
    };
  }

  /** One returning 0x…0901 call; `before`: the events its work emitted (the JS contract's, a submit's request). */
  private precompileFrame(a: Attrs, before: AbciEvent[]): Frame {
    const frame: Frame = { kind: 'precompile', vm: 'evm', address: CROSSVM_PRECOMPILE, method: a.method, caller: a.caller, gas_used: a.gas_used };
    if (a.method === 'submit' || a.method === 'submitSvm') {
      frame.message_id = a.message_id;
      frame.children = a.message_id ? [this.message(a.message_id, 1)] : [];
      return frame;
    }
    this.gas.wasm += BigInt(a.target_gas ?? '0');
    frame.children = [
      { kind: a.method === 'query' ? 'wasm_query' : 'wasm_execute', vm: 'wasm', contract: a.contract, gas_used: a.target_gas, events: plain(before.filter((e) => e.type !== EventTypes.request)), children: this.queued(before, 1) },
    ];
    return frame;
  }

  /** JS contract executions of a Cosmos tx (their `execute` events). */
  private jsFrames(events: AbciEvent[]): Frame[] {
    return events.filter((e) => e.type === 'execute').map((e) => ({ kind: 'wasm_execute', vm: 'wasm' as const, contract: attrs(e)._contract_address }));
  }

  private queued(events: AbciEvent[], depth: number): Frame[] {
    return events.filter((e) => e.type === EventTypes.request).map((e) => this.message(attrs(e).message_id!, depth));
  }

  /** A queued message: where it was queued, the block it ran in, its execution in the target VM, its callback. */
  private message(id: string, depth: number): Frame {
    const m = this.src.getMessage(BigInt(id));
    if (!m) return { kind: 'crossvm_message', id, error: 'unknown message' };
    this.messages.set(m.id, { id: m.id, status: m.status, height: m.updated_height });
    const frame: Frame = {
      kind: 'crossvm_message', id: m.id, source_vm: m.source_vm, target_vm: m.target_vm, target: m.target_contract, sender: m.sender,
      status: m.status, queued_height: m.submitted_height, gas_limit: m.gas_limit, gas_used: m.gas_used,
    };
    if (m.status !== 'EXECUTED' && m.status !== 'FAILED' && m.status !== 'TIMED_OUT') return frame;
    frame.executed_height = m.updated_height;
    const seg = this.segment(m);
    if (seg.injected) frame.injected = true;
    if (m.status === 'TIMED_OUT') frame.error = m.error;
    else {
      frame.execution = this.execution(m, seg.exec, depth);
      this.gas[m.target_vm] += BigInt(m.gas_used);
    }
    if (m.callback) frame.callback = this.callback(m, seg.callback, seg.callbackAttrs, depth);
    return frame;
  }

  /** The message's EndBlock events in the block it ended in: its execution, then its callback. */
  private segment(m: CrossVMMessage): { exec: AbciEvent[]; callback: AbciEvent[]; callbackAttrs?: Attrs; injected: boolean } {
    const events = this.src.endBlockEvents(Number(m.updated_height));
    const ends = new Set<string>([EventTypes.response, EventTypes.timeout]);
    const at = events.findIndex((e) => ends.has(e.type) && attrs(e).message_id === m.id);
    if (at < 0) return { exec: [], callback: [], injected: false };
    let start = at;
    while (start > 0) {
      const e = events[start - 1]!;
      if ((ends.has(e.type) || e.type === EventTypes.callback) && attrs(e).message_id !== m.id) break;
      start--;
    }
    const injected = attrs(events[at]!).injected === 'true';
    if (!m.callback) return { exec: events.slice(start, at), callback: [], injected };
    const cb = events.findIndex((e, i) => i > at && e.type === EventTypes.callback && attrs(e).message_id === m.id);
    return { exec: events.slice(start, at), callback: cb < 0 ? [] : events.slice(at + 1, cb), callbackAttrs: cb < 0 ? undefined : attrs(events[cb]!), injected };
  }

  private execution(m: CrossVMMessage, events: AbciEvent[], depth: number): Frame {
    const children = depth < MAX_DEPTH ? this.queued(events, depth + 1) : [];
    const failed = m.status === 'FAILED';
    const base: Frame = { vm: m.target_vm, kind: '', gas_used: m.gas_used, status: m.status, ...(failed ? { error: m.error } : {}) };
    if (m.target_vm === 'svm') {
      // A failure keeps the last program logs in its error text ("… (logs: a | b | c)"): all the record has.
      let logs: string[] = failed ? (/\(logs: (.*)\)$/.exec(m.error)?.[1]?.split(' | ') ?? []) : [];
      if (!failed) {
        try {
          logs = (JSON.parse(Buffer.from(m.result, 'hex').toString('utf8')) as { logs?: string[] }).logs ?? [];
        } catch {
          logs = [];
        }
      }
      const instructions = parseSvmLogs(logs);
      const custom = failed ? svmCustomError(m.target_contract, m.error) : undefined;
      return {
        ...base, kind: 'svm_instruction', program: m.target_contract, accounts: m.accounts,
        compute_units: instructions.reduce((s, i) => s + (i.compute_units ?? 0), 0), instructions, logs,
        ...(custom ? { custom_error: custom } : {}), children,
      };
    }
    if (m.target_vm === 'evm') {
      return { ...base, kind: 'evm_call', to: m.target_contract, input: '0x' + m.payload, output: failed ? undefined : '0x' + m.result, logs: events.filter((e) => e.type === 'tx_log').map((e) => JSON.parse(attrs(e).txLog ?? '{}')), children };
    }
    return { ...base, kind: 'wasm_execute', contract: m.target_contract, message: Buffer.from(m.payload, 'hex').toString('utf8'), events: plain(events.filter((e) => e.type !== EventTypes.request)), children };
  }

  /** The callback as the source contract received it: the status code and result bytes, its gas and outcome. */
  private callback(m: CrossVMMessage, events: AbciEvent[], a: Attrs | undefined, depth: number): Frame {
    const code = STATUS_CODES[m.status];
    const result = m.status === 'EXECUTED' ? '0x' + m.result : m.error;
    const gasUsed = a?.gas_used ?? '0';
    // A timeout's callback is the module's expense; after execution it is charged with the message.
    this.gas[m.source_vm] += BigInt(gasUsed);
    return {
      kind: 'callback', vm: m.source_vm, target: m.sender,
      call: m.source_vm === 'evm' ? `crossVMCallback(${m.id}, ${code}, ${JSON.stringify(result)})` : `{"crossvm_callback":{"message_id":"${m.id}","status":"${m.status}"}}`,
      delivered_status: m.status, delivered_status_code: code, gas_used: gasUsed,
      success: m.callback_status === 'OK', ...(m.callback_status.startsWith('FAILED') ? { error: m.callback_status.slice('FAILED: '.length) } : {}),
      logs: events.filter((e) => e.type === 'tx_log').map((e) => JSON.parse(attrs(e).txLog ?? '{}')),
      children: depth < MAX_DEPTH ? this.queued(events, depth + 1) : [],
    };
  }
}

const plain = (events: AbciEvent[]) => events.map((e) => ({ type: e.type, attributes: attrs(e) }));
