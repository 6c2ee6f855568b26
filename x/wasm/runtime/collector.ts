import { ContractRevertError } from './errors.ts';
import type { Action } from './validator.ts';

export interface EmissionLimits {
  /** Actions, events and attributes one call may emit (XChain's maxEmissions). */
  maxEmissions: number;
  maxLogs: number;
  /** Bytes of UTF-8 per log line; longer lines are cut at a character boundary. */
  maxLogBytes: number;
  /** UTF-8 bytes of event types, attribute keys and values one call may emit in total. */
  maxEventBytes: number;
}

export const DEFAULT_EMISSION_LIMITS: Readonly<EmissionLimits> = Object.freeze({ maxEmissions: 50, maxLogs: 100, maxLogBytes: 1024, maxEventBytes: 65_536 });

/** Contract gas units per emitted event byte (type, keys, values), on top of the emission charge (wasmd charges per attribute byte too). */
export const EVENT_BYTE_GAS = 1;

export interface ContractEvent {
  /** Without the `wasm-` prefix the keeper adds. */
  type: string;
  attributes: Array<[string, string]>;
}

/**
 * Everything a call emits besides state: actions (executed after the call, in order), custom events,
 * attributes of the `wasm` event, and debug logs. Actions, events and attributes share one cap; logs
 * have their own (past it they are dropped, not fatal: a log must never change an outcome).
 */
export class EmissionCollector {
  readonly actions: Action[] = [];
  readonly events: ContractEvent[] = [];
  readonly attributes: Array<[string, string]> = [];
  readonly logs: string[] = [];
  private emissions = 0;
  /** Event bytes emitted so far (maxEventBytes). */
  eventBytes = 0;
  droppedLogs = 0;

  constructor(readonly limits: EmissionLimits = DEFAULT_EMISSION_LIMITS) {}

  private count(): void {
    if (this.emissions >= this.limits.maxEmissions) {
      throw new ContractRevertError(`emission limit reached: a call may emit at most ${this.limits.maxEmissions} actions, events and attributes`);
    }
    this.emissions++;
  }
  action(a: Action): void {
    this.count();
    this.actions.push(a);
  }
  /** Counts `bytes` of event data against maxEventBytes; returns them for the per-byte charge. */
  private eventData(bytes: number): number {
    if (this.eventBytes + bytes > this.limits.maxEventBytes) {
      throw new ContractRevertError(`event data limit reached: a call may emit at most ${this.limits.maxEventBytes} bytes of event types, attribute keys and values`);
    }
    this.eventBytes += bytes;
    return bytes;
  }
  /** Queues a custom event; returns its bytes (charged by the caller). */
  event(e: ContractEvent): number {
    let n = Buffer.byteLength(e.type, 'utf8');
    for (const [k, v] of e.attributes) n += Buffer.byteLength(k, 'utf8') + Buffer.byteLength(v, 'utf8');
    this.count();
    this.eventData(n);
    this.events.push(e);
    return n;
  }
  /** Adds an attribute to the `wasm` event; returns its bytes (charged by the caller). */
  attribute(key: string, value: string): number {
    const n = Buffer.byteLength(key, 'utf8') + Buffer.byteLength(value, 'utf8');
    this.count();
    this.eventData(n);
    this.attributes.push([key, value]);
    return n;
  }
  log(line: string): void {
    if (this.logs.length >= this.limits.maxLogs) {
      this.droppedLogs++;
      return;
    }
    this.logs.push(truncateUtf8(line, this.limits.maxLogBytes));
  }
}

/** The longest prefix of `s` that fits in `maxBytes` of UTF-8 without splitting a character. */
export function truncateUtf8(s: string, maxBytes: number): string {
  if (Buffer.byteLength(s, 'utf8') <= maxBytes) return s;
  let bytes = 0;
  let i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes + n > maxBytes) break;
    bytes += n;
    i += cp > 0xffff ? 2 : 1;
  }
  return s.slice(0, i);
}
