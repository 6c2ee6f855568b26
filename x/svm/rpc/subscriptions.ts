import { type Call, type Connection, type Method, RpcError, Subscriptions } from '../../../core/jsonrpc/index.ts';
import type { CommittedBlockEvent, NodeAPI } from '../../../core/types/node-api.ts';
import type { SvmKeeper } from '../keeper/keeper.ts';
import type { SolanaTxRecord } from '../tx-record.ts';
import { parsePubkey } from '../types/address.ts';
import { encodeBase58 } from '../types/base58.ts';
import type { SvmAccount } from '../types/index.ts';
import { parseTransaction } from '../wire.ts';
import { encodeAccount } from './accounts.ts';
import { type AccountEncoding, RpcCodes, stringifyJson } from './encoding.ts';
import { blockSignatures, txRecord } from './ledger-methods.ts';
import { SOLANA_CORE_VERSION, parseFilter } from './methods.ts';

/**
 * Solana's WebSocket subscriptions (https://solana.com/docs/rpc/websocket). Every commitment level is the
 * committed block here: one validator with instant finality makes a block processed, confirmed and
 * finalized at once, so a notification comes once, when the block that changed something is committed.
 * Everything is read from committed state through query contexts: nothing here touches consensus state.
 */

type Sub =
  | { kind: 'slot' | 'root' }
  | { kind: 'signature'; signature: string }
  | { kind: 'account'; key: Uint8Array; encoding: AccountEncoding; last: string }
  | { kind: 'program'; program: Uint8Array; encoding: AccountEncoding; filters: Array<(a: SvmAccount) => boolean>; last: Map<string, Encoded> }
  | { kind: 'logs'; mentions?: string };

/** An account's encoding and its JSON (what is compared from block to block). */
interface Encoded {
  value: unknown;
  json: string;
}

export const SUBSCRIPTION_METHODS = [
  'accountSubscribe',
  'accountUnsubscribe',
  'programSubscribe',
  'programUnsubscribe',
  'logsSubscribe',
  'logsUnsubscribe',
  'signatureSubscribe',
  'signatureUnsubscribe',
  'slotSubscribe',
  'slotUnsubscribe',
  'rootSubscribe',
  'rootUnsubscribe',
];

const COMMITMENTS = new Set(['processed', 'confirmed', 'finalized', 'recent', 'single', 'singleGossip', 'root', 'max']);
const invalid = (msg: string) => new RpcError(RpcCodes.invalidParams, `Invalid params: ${msg}`);

interface SubConfig {
  commitment?: string;
  encoding?: AccountEncoding;
  filters?: unknown[];
}

function config(v: unknown): SubConfig {
  const c = (v && typeof v === 'object' ? v : {}) as SubConfig;
  if (c.commitment !== undefined && !COMMITMENTS.has(c.commitment)) throw invalid(`unknown commitment ${JSON.stringify(c.commitment)}`);
  if (c.encoding !== undefined && !['base58', 'base64', 'jsonParsed', 'binary'].includes(c.encoding)) throw invalid(`unsupported encoding ${JSON.stringify(c.encoding)}`);
  return c;
}

function pubkey(v: unknown, what: string): Uint8Array {
  if (typeof v !== 'string') throw invalid(`${what} must be a base58 string`);
  try {
    return parsePubkey(v);
  } catch (e) {
    throw invalid((e as Error).message);
  }
}

export class SolanaSubscriptions {
  private nextId = 1;
  private readonly subs = new Subscriptions<number, Sub>();

  constructor(
    private readonly node: NodeAPI,
    private readonly keeper: SvmKeeper,
  ) {}

  private context(slot: number) {
    return { slot, apiVersion: SOLANA_CORE_VERSION };
  }

  private encoded(key: Uint8Array, encoding: AccountEncoding): unknown {
    const ctx = this.node.queryContext();
    const a = this.keeper.getAccount(ctx, key);
    // A removed account is shown as Solana shows it: no lamports, no data, owned by the System Program.
    const acc: SvmAccount = a ?? { lamports: 0n, owner: new Uint8Array(32), data: new Uint8Array(0), executable: false, rentEpoch: 0n };
    return encodeAccount(this.keeper, ctx, acc, encoding);
  }

  private add(call: Call, sub: Sub): { conn: Connection; id: number } {
    const conn = socket(call);
    const id = this.nextId++;
    this.subs.of(conn).set(id, sub);
    return { conn, id };
  }

  methods(): Record<string, Method<unknown[]>> {
    const unsubscribe =
      (...kinds: Sub['kind'][]): Method<unknown[]> =>
      (p, call) => {
        const list = this.subs.of(socket(call));
        const id = Number(p[0]);
        const s = list.get(id);
        if (!s || !kinds.includes(s.kind)) throw invalid('Invalid subscription id.');
        list.delete(id);
        return true;
      };
    return {
      accountSubscribe: (p, call) => {
        const key = pubkey(p[0], 'pubkey');
        const c = config(p[1]);
        const encoding = c.encoding ?? 'binary';
        if (encoding === 'binary' || encoding === 'base58') this.encoded(key, encoding); // refuse a data size base58 cannot carry now, not at the first change
        return this.add(call, { kind: 'account', key, encoding, last: stringifyJson(this.encoded(key, encoding)) }).id;
      },
      programSubscribe: (p, call) => {
        const program = pubkey(p[0], 'program id');
        const c = config(p[1]);
        const filters = (c.filters ?? []).map((f) => {
          try {
            return parseFilter(f);
          } catch (e) {
            throw invalid((e as Error).message);
          }
        });
        const encoding = c.encoding ?? 'binary';
        return this.add(call, { kind: 'program', program, encoding, filters, last: this.programState(program, encoding, filters) }).id;
      },
      logsSubscribe: (p, call) => {
        const f = p[0];
        config(p[1]);
        let mentions: string | undefined;
        if (f === 'all' || f === 'allWithVotes') mentions = undefined;
        else if (f && typeof f === 'object' && Array.isArray((f as { mentions?: unknown }).mentions)) {
          const m = (f as { mentions: unknown[] }).mentions;
          if (m.length !== 1) throw invalid('Invalid Request: Only 1 address supported');
          mentions = encodeBase58(pubkey(m[0], 'mentions'));
        } else throw invalid('filter must be "all", "allWithVotes" or {"mentions": [pubkey]}');
        return this.add(call, { kind: 'logs', mentions }).id;
      },
      signatureSubscribe: (p, call) => {
        const signature = p[0];
        if (typeof signature !== 'string') throw invalid('signature must be a base58 string');
        config(p[1]);
        const { conn, id } = this.add(call, { kind: 'signature', signature });
        // Already processed (instant finality): tell at once, after the subscription id.
        const rec = txRecord(this.node, signature);
        if (rec) call.after(() => this.notifySignature(conn, id, rec));
        return id;
      },
      slotSubscribe: (_p, call) => this.add(call, { kind: 'slot' }).id,
      rootSubscribe: (_p, call) => this.add(call, { kind: 'root' }).id,
      accountUnsubscribe: unsubscribe('account'),
      programUnsubscribe: unsubscribe('program'),
      logsUnsubscribe: unsubscribe('logs'),
      signatureUnsubscribe: unsubscribe('signature'),
      slotUnsubscribe: unsubscribe('slot'),
      rootUnsubscribe: unsubscribe('root'),
    };
  }

  /** The encoded accounts a program subscription matches now, by pubkey. */
  private programState(program: Uint8Array, encoding: AccountEncoding, filters: Array<(a: SvmAccount) => boolean>): Map<string, Encoded> {
    const ctx = this.node.queryContext();
    const out = new Map<string, Encoded>();
    for (const [key, a] of this.keeper.programAccounts(ctx, program)) {
      if (!filters.every((f) => f(a))) continue;
      const value = encodeAccount(this.keeper, ctx, a, encoding);
      out.set(encodeBase58(key), { value, json: stringifyJson(value) });
    }
    return out;
  }

  private notifySignature(conn: Connection, id: number, rec: SolanaTxRecord): void {
    if (!this.subs.of(conn).delete(id)) return; // a signature subscription ends with its one notification
    conn.send({ jsonrpc: '2.0', method: 'signatureNotification', params: { result: { context: this.context(rec.slot), value: { err: rec.err } }, subscription: id } });
  }

  /** After each committed block: what changed in it, to whoever asked. */
  publish(e: CommittedBlockEvent): void {
    if (this.subs.size === 0) return;
    const slot = e.block.height;
    const context = this.context(slot);
    let logs: Array<{ signature: string; rec: SolanaTxRecord; keys: Set<string> }> | undefined;
    const blockLogs = () =>
      (logs ??= blockSignatures(e.block).flatMap((signature) => {
        const rec = txRecord(this.node, signature);
        if (!rec) return [];
        const keys = new Set(parseTransaction(new Uint8Array(Buffer.from(rec.tx, 'base64'))).accountKeys.map(encodeBase58));
        return [{ signature, rec, keys }];
      }));
    for (const [conn, list] of this.subs) {
      if (!conn.open) continue;
      for (const [id, s] of [...list]) {
        try {
          this.publishOne(conn, id, s, slot, context, blockLogs);
        } catch (err) {
          // One subscription's trouble (say an account grown past what base58 may carry) must not reach the
          // block's emitter; the subscriber just gets nothing for this block.
          this.node.log(`svm-rpc: subscription ${id} (${s.kind}) skipped block ${slot}: ${(err as Error).message}`);
        }
      }
    }
  }

  private publishOne(
    conn: Connection,
    id: number,
    s: Sub,
    slot: number,
    context: { slot: number; apiVersion: string },
    blockLogs: () => Array<{ signature: string; rec: SolanaTxRecord; keys: Set<string> }>,
  ): void {
    const notify = (method: string, result: unknown) => conn.send({ jsonrpc: '2.0', method, params: { result, subscription: id } });
    switch (s.kind) {
      case 'slot':
        notify('slotNotification', { parent: slot - 1, root: slot, slot });
        break;
      case 'root':
        notify('rootNotification', slot);
        break;
      case 'signature': {
        const rec = txRecord(this.node, s.signature);
        if (rec) this.notifySignature(conn, id, rec);
        break;
      }
      case 'account': {
        const value = this.encoded(s.key, s.encoding);
        const now = stringifyJson(value);
        if (now !== s.last) {
          s.last = now;
          notify('accountNotification', { context, value });
        }
        break;
      }
      case 'program': {
        const now = this.programState(s.program, s.encoding, s.filters);
        for (const [pk, enc] of now) {
          if (s.last.get(pk)?.json !== enc.json) notify('programNotification', { context, value: { pubkey: pk, account: enc.value } });
        }
        s.last = now;
        break;
      }
      case 'logs':
        for (const l of blockLogs()) {
          if (s.mentions === undefined || l.keys.has(s.mentions)) {
            notify('logsNotification', { context, value: { signature: l.signature, err: l.rec.err, logs: l.rec.logs } });
          }
        }
        break;
    }
  }
}

function socket(call: Call): Connection {
  if (!call.conn) throw new RpcError(RpcCodes.methodNotFound, `Method not found: ${call.method}`);
  return call.conn;
}
