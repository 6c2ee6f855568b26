import type { Context } from '../../core/types/context.ts';
import { getJSON, setJSON } from '../../core/store/kv.ts';
import { ErrInvalidRequest, ErrUnauthorized, FAULT_OUTCOMES, type FaultOutcome, type Injection, isFinal, type CrossVMMessage, StoreKeys } from './types/index.ts';

/**
 * Devnet fault injection (dev_crossvmInject): a fault is a record in the module's store, written by
 * MsgInjectFault in a block and read by the EndBlocker, so `triviumd replay` meets the same faults at the same
 * heights. Id 0 holds the fault for the next message submitted; submit() moves it onto that message.
 */
export const MAX_REASON_BYTES = 1024;
/** The longest injected delay: beyond queue_timeout_blocks the message simply times out anyway. */
export const MAX_DELAY_BLOCKS = 1_000_000;

export interface FaultRequest {
  messageId: bigint;
  outcome: string;
  blocks: bigint;
  reason: string;
}

export const devControlsEnabled = (ctx: Context) => getJSON<boolean>(ctx.rawStore, StoreKeys.devControls) === true;
export function setDevControls(ctx: Context, on: boolean): void {
  if (on) setJSON(ctx.store, StoreKeys.devControls, true);
  else ctx.store.delete(StoreKeys.devControls);
}

export function hasInjections(ctx: Context): boolean {
  for (const _ of ctx.rawStore.iterate(StoreKeys.injectionPrefix)) return true;
  return false;
}
export const getInjection = (ctx: Context, id: bigint) => getJSON<Injection>(ctx.rawStore, StoreKeys.injection(id));
export const clearInjection = (ctx: Context, id: bigint) => ctx.store.delete(StoreKeys.injection(id));

/** Checks what needs no state; shared by the RPC (→ -32602) and the message handler. */
export function checkFault(f: FaultRequest): FaultOutcome {
  if (!(FAULT_OUTCOMES as readonly string[]).includes(f.outcome)) throw ErrInvalidRequest(`outcome must be fail, timeout or delay, got ${JSON.stringify(f.outcome)}`);
  const outcome = f.outcome as FaultOutcome;
  if (outcome === 'delay' && (f.blocks < 1n || f.blocks > BigInt(MAX_DELAY_BLOCKS))) throw ErrInvalidRequest(`delay needs blocks from 1 to ${MAX_DELAY_BLOCKS}, got ${f.blocks}`);
  if (outcome !== 'delay' && f.blocks !== 0n) throw ErrInvalidRequest(`blocks applies to delay only (outcome ${outcome})`);
  if (Buffer.byteLength(f.reason, 'utf8') > MAX_REASON_BYTES) throw ErrInvalidRequest(`reason is longer than ${MAX_REASON_BYTES} bytes`);
  return outcome;
}

/** The target must still be queued: a final message has nothing left to inject. */
export function checkTarget(m: CrossVMMessage | undefined, id: bigint): void {
  if (!m) throw ErrInvalidRequest(`message ${id} does not exist`);
  if (isFinal(m.status)) throw ErrInvalidRequest(`message ${id} is already ${m.status}: only a queued message can take a fault`);
}

/** MsgInjectFault's effect: the record, with a delay's first height fixed now (the block it lands in). */
export function injectFault(ctx: Context, f: FaultRequest, target: CrossVMMessage | undefined): void {
  if (!devControlsEnabled(ctx)) throw ErrUnauthorized('fault injection is a devnet control: this chain\'s genesis does not enable crossvm dev_controls');
  const outcome = checkFault(f);
  const inj: Injection = { outcome, blocks: f.blocks.toString(), reason: f.reason, not_before: '0' };
  if (f.messageId !== 0n) {
    checkTarget(target, f.messageId);
    inj.not_before = delayedStart(ctx.height, BigInt(target!.submitted_height), f.blocks);
  }
  setJSON(ctx.store, StoreKeys.injection(f.messageId), inj);
}

/** submit(): the fault waiting for "the next message" becomes this message's. */
export function attachNextFault(ctx: Context, id: bigint): void {
  const next = getInjection(ctx, 0n);
  if (!next) return;
  clearInjection(ctx, 0n);
  setJSON(ctx.store, StoreKeys.injection(id), { ...next, not_before: delayedStart(ctx.height, BigInt(ctx.height), BigInt(next.blocks)) });
}

/** A message would run in the block after its submission; delayed, `blocks` later than that (or than now). */
function delayedStart(height: number, submitted: bigint, blocks: bigint): string {
  const wouldRun = submitted + 1n > BigInt(height) ? submitted + 1n : BigInt(height);
  return (wouldRun + blocks).toString();
}

export function* injections(ctx: Context): IterableIterator<Injection & { message_id: string }> {
  for (const [k, v] of ctx.rawStore.iterate(StoreKeys.injectionPrefix)) {
    yield { message_id: BigInt(k.slice(StoreKeys.injectionPrefix.length)).toString(), ...(JSON.parse(Buffer.from(v).toString('utf8')) as Injection) };
  }
}
