import { createHash } from 'node:crypto';
import { RpcError } from '../../core/jsonrpc/index.ts';
import { parseAddress, toBech32Address } from '../../core/types/address.ts';
import type { AbciEvent } from '../../core/types/events.ts';
import type { NodeAPI } from '../../core/types/node-api.ts';
import type { Context } from '../../core/types/context.ts';
import { EventTypes } from './events.ts';
import type { CrossVMKeeper } from './keeper.ts';
import { type CrossVMMessage, parseVm, type Status, StoreKeys } from './types/index.ts';

/**
 * The read views a block explorer (the node's dashboard) needs of x/crossvm, as node-wide JSON-RPC methods:
 * the message list with filters, one message's life (timeline, settlement, callback) and per-block figures.
 */

const invalid = (msg: string) => new RpcError(-32602, msg);
const STATUSES: Status[] = ['SUBMITTED', 'PENDING', 'EXECUTED', 'FAILED', 'TIMED_OUT'];
const MAX_LIMIT = 500;
const MAX_STATS_BLOCKS = 500;

function optInt(v: unknown, name: string, dflt: number, max = Number.MAX_SAFE_INTEGER): number {
  if (v === undefined || v === null || v === '') return dflt;
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isSafeInteger(n) || n < 0 || n > max) throw invalid(`${name}: expected an integer from 0 to ${max}, got ${JSON.stringify(v)}`);
  return n;
}

function messageId(v: unknown, method: string): bigint {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v > 0) return BigInt(v);
  if (typeof v === 'string' && /^[1-9]\d{0,19}$/.test(v) && BigInt(v) < 2n ** 64n) return BigInt(v);
  throw invalid(`${method}: id must be a message id (a positive integer), got ${JSON.stringify(v)}`);
}

export interface MessageFilter {
  status?: Status;
  source_vm?: string;
  target_vm?: string;
  /** bech32 */
  sender?: string;
}

function parseFilter(p: Record<string, unknown>): MessageFilter {
  const f: MessageFilter = {};
  const str = (k: string) => (p[k] === undefined || p[k] === null || p[k] === '' ? undefined : String(p[k]));
  const status = str('status')?.toUpperCase();
  if (status !== undefined) {
    if (!STATUSES.includes(status as Status)) throw invalid(`status: expected one of ${STATUSES.join(', ')}, got ${JSON.stringify(p.status)}`);
    f.status = status as Status;
  }
  for (const k of ['source_vm', 'target_vm'] as const) {
    const v = str(k);
    if (v !== undefined) {
      try {
        f[k] = parseVm(v, k);
      } catch (e) {
        throw invalid((e as Error).message);
      }
    }
  }
  const sender = str('sender');
  if (sender !== undefined) {
    try {
      f.sender = toBech32Address(parseAddress(sender));
    } catch (e) {
      throw invalid(`sender: ${(e as Error).message}`);
    }
  }
  return f;
}

const matchesFilter = (m: CrossVMMessage, f: MessageFilter) =>
  (!f.status || m.status === f.status) && (!f.source_vm || m.source_vm === f.source_vm) && (!f.target_vm || m.target_vm === f.target_vm) && (!f.sender || m.sender === f.sender);

/** Messages newest first that pass the filter: a page of them and how many matched in all. */
export function listMessages(keeper: CrossVMKeeper, ctx: Context, f: MessageFilter, offset: number, limit: number): { messages: CrossVMMessage[]; total: number } {
  const out: CrossVMMessage[] = [];
  let total = 0;
  // A sender's own index when it is asked for; the whole message room otherwise (newest first).
  const ids = f.sender ? senderIds(ctx, f.sender) : allIds(ctx);
  // No filter: every key counts, and only the page's records need reading.
  const all = !f.status && !f.source_vm && !f.target_vm;
  for (const id of ids) {
    if (all && (total < offset || out.length >= limit)) {
      total++;
      continue;
    }
    const m = keeper.getMessage(ctx, id);
    if (!m || !matchesFilter(m, f)) continue;
    if (total >= offset && out.length < limit) out.push(m);
    total++;
  }
  return { messages: out, total };
}

function* allIds(ctx: Context): IterableIterator<bigint> {
  for (const [k] of ctx.rawStore.iterate(StoreKeys.messagePrefix, { reverse: true })) yield BigInt(k.slice(StoreKeys.messagePrefix.length));
}
function* senderIds(ctx: Context, sender: string): IterableIterator<bigint> {
  const prefix = StoreKeys.bySenderPrefix(sender);
  for (const [k] of ctx.rawStore.iterate(prefix, { reverse: true })) yield BigInt(k.slice(prefix.length));
}

const attrs = (e: AbciEvent) => Object.fromEntries(e.attributes.map((a) => [a.key, a.value]));

/** The message's events at a height (its request, response, timeout, callback). */
function eventsOf(node: NodeAPI, height: number, id: string): AbciEvent[] {
  const r = node.getBlockResults(height);
  if (!r) return [];
  const all = [...r.finalizeBlockEvents, ...r.txResults.flatMap((t) => t.events)];
  return all.filter((e) => (Object.values(EventTypes) as string[]).includes(e.type) && e.attributes.some((a) => a.key === 'message_id' && a.value === id));
}

export interface TimelineStep {
  state: 'SUBMITTED' | 'PENDING' | 'EXECUTED' | 'FAILED' | 'TIMED_OUT' | 'CALLBACK';
  height: string;
  detail?: string;
}

/** One message's life as the dashboard shows it: the record, its timeline, what it cost and what came back. */
export function messageView(keeper: CrossVMKeeper, node: NodeAPI, idParam: unknown) {
  const id = messageId(idParam, 'trivium_crossvmMessage');
  const ctx = node.queryContext();
  const m = keeper.getMessage(ctx, id);
  if (!m) return null;
  const timeline: TimelineStep[] = [{ state: 'SUBMITTED', height: m.submitted_height }];
  const submitted = Number(m.submitted_height);
  if (m.status !== 'SUBMITTED') timeline.push({ state: 'PENDING', height: String(submitted + 1) });
  const final = m.status === 'EXECUTED' || m.status === 'FAILED' || m.status === 'TIMED_OUT';
  const finalEvents = final ? eventsOf(node, Number(m.updated_height), m.id) : [];
  const callbackEvent = finalEvents.find((e) => e.type === EventTypes.callback);
  const cb = callbackEvent ? attrs(callbackEvent) : undefined;
  if (final) timeline.push({ state: m.status as TimelineStep['state'], height: m.updated_height, detail: m.status === 'EXECUTED' ? undefined : m.error });
  if (cb) timeline.push({ state: 'CALLBACK', height: m.updated_height, detail: cb.success === 'true' ? 'delivered' : `failed: ${cb.error}` });
  const requestTx = submittingTx(node, submitted, m.id);
  // Settlement (keeper.execute): gas of the target and of the callback at the minimum gas price, the rest refunded;
  // a timeout refunds the whole escrow.
  const escrow = BigInt(m.escrow);
  const gas = BigInt(m.gas_used || '0') + BigInt(cb?.gas_used ?? '0');
  let charged = 0n;
  if (m.status === 'EXECUTED' || m.status === 'FAILED') {
    const fee = keeper.auth.minFee(ctx, gas);
    charged = fee < escrow ? fee : escrow;
  }
  return {
    message: m,
    timeline,
    submitted_tx: requestTx ?? null,
    settlement: final ? { escrow: escrow.toString(), gas_used: gas.toString(), charged: charged.toString(), refund: (escrow - charged).toString(), denom: 'utrv' } : { escrow: escrow.toString(), denom: 'utrv' },
    callback: m.callback ? { requested: true, status: m.callback_status || (final ? '' : 'waiting'), success: cb ? cb.success === 'true' : null, error: cb?.error || '', gas_used: cb?.gas_used ?? null } : { requested: false },
    events: finalEvents.map((e) => ({ type: e.type, attributes: attrs(e) })),
  };
}

/** The hash of the tx whose events carry the message's crossvm_request (absent when a block's end submitted it). */
function submittingTx(node: NodeAPI, height: number, id: string): string | undefined {
  const b = node.getBlock(height);
  const r = node.getBlockResults(height);
  if (!b || !r) return undefined;
  const i = r.txResults.findIndex((t) => t.events.some((e) => e.type === EventTypes.request && e.attributes.some((a) => a.key === 'message_id' && a.value === id)));
  // sha256 of the tx bytes: the CometBFT hash every RPC uses.
  return i < 0 || i >= b.txs.length ? undefined : createHash('sha256').update(Buffer.from(b.txs[i]!, 'base64')).digest('hex').toUpperCase();
}

export interface CrossVMBlockStats {
  height: number;
  /** Not-yet-final messages after the block; null when the store no longer keeps that height. */
  queue_depth: number | null;
  submitted: number;
  executed: number;
  failed: number;
  timed_out: number;
}

// A committed block's figures never change; keyed by its hash (a devnet revert makes new blocks at old heights).
const statsCache = new Map<string, CrossVMBlockStats>();
const STATS_CACHE = 2_000;

/** Per block in [from, to]: the queue's depth after it and what its EndBlocker finished. */
export function blockStats(keeper: CrossVMKeeper, node: NodeAPI, from: number, to: number): CrossVMBlockStats[] {
  const out: CrossVMBlockStats[] = [];
  for (let h = from; h <= to; h++) {
    const hash = node.getBlock(h)?.hash;
    const hit = hash === undefined ? undefined : statsCache.get(hash);
    if (hit) {
      out.push(hit);
      continue;
    }
    const r = node.getBlockResults(h);
    if (!r) continue;
    const s: CrossVMBlockStats = { height: h, queue_depth: null, submitted: 0, executed: 0, failed: 0, timed_out: 0 };
    for (const e of [...r.txResults.flatMap((t) => t.events), ...r.finalizeBlockEvents]) {
      if (e.type === EventTypes.request) s.submitted++;
      else if (e.type === EventTypes.timeout) s.timed_out++;
      else if (e.type === EventTypes.response) {
        const st = e.attributes.find((a) => a.key === 'status')?.value;
        if (st === 'EXECUTED') s.executed++;
        else if (st === 'FAILED') s.failed++;
      }
    }
    try {
      s.queue_depth = keeper.queueCount(node.queryContext(h));
    } catch {
      /* a pruned height: its depth is unknown */
    }
    out.push(s);
    if (hash !== undefined && s.queue_depth !== null) {
      if (statsCache.size >= STATS_CACHE) statsCache.delete(statsCache.keys().next().value!);
      statsCache.set(hash, s);
    }
  }
  return out;
}

/** The node-wide methods the dashboard reads (CometBFT port and Ethereum port alike). */
export function explorerMethods(keeper: CrossVMKeeper) {
  return {
    trivium_crossvmMessages: {
      params: ['status', 'source_vm', 'target_vm', 'sender', 'offset', 'limit'],
      handler: (p: Record<string, unknown>, node: NodeAPI) => {
        const f = parseFilter(p);
        const offset = optInt(p.offset, 'offset', 0);
        const limit = optInt(p.limit, 'limit', 50, MAX_LIMIT) || 50;
        const ctx = node.queryContext();
        const r = listMessages(keeper, ctx, f, offset, limit);
        return { ...r, queue_depth: keeper.queueCount(ctx), height: node.latestHeight() };
      },
    },
    trivium_crossvmMessage: { params: ['id'], handler: (p: Record<string, unknown>, node: NodeAPI) => messageView(keeper, node, p.id) },
    trivium_crossvmBlockStats: {
      params: ['from', 'to'],
      handler: (p: Record<string, unknown>, node: NodeAPI) => {
        const top = node.latestHeight();
        const to = Math.min(optInt(p.to, 'to', top) || top, top);
        const from = Math.max(optInt(p.from, 'from', Math.max(1, to - 59)) || 1, 1, to - MAX_STATS_BLOCKS + 1);
        return blockStats(keeper, node, from, to);
      },
    },
  };
}
