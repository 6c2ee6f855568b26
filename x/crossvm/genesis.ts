import type { Context } from '../../core/types/context.ts';
import { getJSON, setJSON } from '../../core/store/kv.ts';
import { type CrossVMKeeper, asOf } from './keeper.ts';
import { devControlsEnabled, injections, setDevControls } from './faults.ts';
import { type CrossVMMessage, defaultParams, type Genesis, isFinal, StoreKeys } from './types/index.ts';

export const defaultGenesis = (): Genesis => ({ params: defaultParams(), authority: '' });

/**
 * The module's whole state: params, authority, every message and the id sequence. The queue, its count and the
 * by-sender index are derived from the messages (a message not yet final is queued), so an export imports
 * back to the same store. The escrow the queued messages hold is bank's state (the module account).
 */
export function initGenesis(keeper: CrossVMKeeper, ctx: Context, g: Genesis): void {
  keeper.setParams(ctx, { ...defaultParams(), ...g.params });
  keeper.setAuthority(ctx, g.authority ?? '');
  const messages = g.messages ?? [];
  let queued = 0;
  let last = 0n;
  for (const m of messages) {
    const id = BigInt(m.id);
    if (id <= last) throw new Error(`crossvm genesis: message ids must increase (${m.id} after ${last})`);
    last = id;
    setJSON(ctx.store, StoreKeys.message(id), m);
    ctx.store.set(StoreKeys.bySender(m.sender, id), new Uint8Array());
    if (!isFinal(m.status)) {
      ctx.store.set(StoreKeys.queue(id), new Uint8Array());
      queued++;
    }
  }
  // Every submit writes the count, so a chain with messages has one (0 once the queue drained).
  if (messages.length > 0) setJSON(ctx.store, StoreKeys.queueCount, queued);
  const next = BigInt(g.next_id ?? '1');
  if (next <= last) throw new Error(`crossvm genesis: next_id ${next} must be above the last message id ${last}`);
  if (g.next_id !== undefined) setJSON(ctx.store, StoreKeys.nextId, next.toString());
  setDevControls(ctx, g.dev_controls === true);
  for (const { message_id, ...inj } of g.injections ?? []) setJSON(ctx.store, StoreKeys.injection(BigInt(message_id)), inj);
}

export function exportGenesis(keeper: CrossVMKeeper, ctx: Context): Genesis {
  const messages: CrossVMMessage[] = [];
  for (const [, v] of ctx.rawStore.iterate(StoreKeys.messagePrefix)) messages.push(asOf(ctx, JSON.parse(Buffer.from(v).toString('utf8')) as CrossVMMessage));
  const next = getJSON<string>(ctx.rawStore, StoreKeys.nextId);
  const faults = [...injections(ctx)];
  return {
    params: keeper.params(ctx), authority: keeper.authority(ctx), ...(messages.length ? { messages } : {}), ...(next !== undefined ? { next_id: next } : {}),
    ...(devControlsEnabled(ctx) ? { dev_controls: true } : {}), ...(faults.length ? { injections: faults } : {}),
  };
}
