import type { BaseApp } from '../baseapp/baseapp.ts';
import type { Mempool } from '../baseapp/mempool.ts';
import { RpcError } from '../jsonrpc/index.ts';
import type { Context } from '../types/context.ts';
import type { DevnetAPI, DevParams } from '../types/node-api.ts';
import type { BlockProducer } from './producer.ts';

/** Positional param names of the node-wide dev_* methods (the same on the CometBFT and Ethereum ports). */
export const DEV_PARAM_NAMES: Readonly<Record<string, string[]>> = {
  dev_snapshot: [],
  dev_revert: ['id'],
  dev_reset: [],
  dev_setTime: ['time'],
  dev_setBalance: ['address', 'amount', 'denom'],
  dev_dumpState: [],
  dev_loadState: ['state'],
};

/** dev_dumpState's document (and `triviumd start --dump-state`'s file): every module's exported genesis state. */
export interface DevStateDump {
  format: 'trivium-devnet-state/1';
  chain_id: string;
  height: number;
  time: string;
  app_state: Record<string, unknown>;
}

/** -32602 with the detail in both message and data (CometBFT shows data, Ethereum clients the message). */
export const devInvalid = (detail: string) => new RpcError(-32602, `invalid params: ${detail}`, detail);

/** What the controls need of the node beyond its app, mempool and producer. */
export interface DevHost {
  readonly app: BaseApp;
  readonly mempool: Mempool;
  readonly producer: BlockProducer;
  /** After a rewind: forget every cache of blocks and txs above `height`, and tell the RPCs ('rewind' event). */
  rewound(height: number): void;
}

/**
 * The embedded devnet's controls. A snapshot is a height (the state after that block: issue 9's versioned
 * store keeps every height), a revert is BaseApp.rollback to it — the whole node, every module's state and the
 * block store — run between blocks (the producer is paused for it), then the mempool re-checked against the
 * restored state, the clock set to follow the restored head, and every RPC cache reset ('rewind').
 */
export class DevControls implements DevnetAPI {
  /** Snapshot id → height, ids in the order taken (anvil's: 0x0, 0x1, …). */
  private readonly snapshots = new Map<bigint, number>();
  private nextId = 0n;
  readonly methods: ReadonlyMap<string, (p: DevParams) => unknown>;
  readonly paramNames = DEV_PARAM_NAMES;

  constructor(private readonly host: DevHost) {
    this.methods = new Map<string, (p: DevParams) => unknown>([
      ['dev_snapshot', async () => {
        const s = await this.snapshot();
        return { id: `0x${s.id.toString(16)}`, height: String(s.height) };
      }],
      ['dev_revert', async (p) => {
        const id = snapshotId(p.id);
        const reverted = await this.revert(id);
        return { reverted, height: String(this.host.app.lastHeight) };
      }],
      ['dev_reset', async () => {
        await this.reset();
        return { height: String(this.host.app.lastHeight) };
      }],
      ['dev_setTime', (p) => {
        const ms = timeParam(p.time);
        if (ms <= this.host.app.lastBlockTimeMs) throw devInvalid(`time ${new Date(ms).toISOString()} is not after the last block's (${new Date(this.host.app.lastBlockTimeMs).toISOString()})`);
        this.clock.setNow(ms);
        return { time: new Date(ms).toISOString() };
      }],
      ['dev_setBalance', async (p) => {
        if (typeof p.address !== 'string' || p.address === '') throw devInvalid('address: expected a bech32, 0x or base58 address');
        const amount = amountParam(p.amount);
        if (p.denom !== undefined && p.denom !== null && (typeof p.denom !== 'string' || !/^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/.test(p.denom))) throw devInvalid(`denom: invalid denom ${JSON.stringify(p.denom)}`);
        const denom = (p.denom ?? undefined) as string | undefined;
        const address = p.address;
        // Tried first on a throwaway branch of the committed state: bad input fails before any block is mined.
        const owner = this.host.app.modules.find((m) => m.devSetBalance && onBranch(this.host.app, (ctx) => m.devSetBalance!(ctx, address, amount, denom)));
        if (!owner) throw devInvalid(`address: ${JSON.stringify(address)} is not a bech32 (trivium1…), 0x or base58 address`);
        const height = await this.applyState((ctx) => void owner.devSetBalance!(ctx, p.address as string, amount, denom));
        return { height: String(height) };
      }],
      ['dev_dumpState', () => this.host.producer.exclusive(() => this.dumpState())],
      ['dev_loadState', async (p) => {
        const dump = checkDump(p.state);
        // Tried on a throwaway branch first: a state a module's genesis refuses fails here, before any block.
        try {
          await this.loadInto(this.host.app.queryContext(), dump);
        } catch (e) {
          throw devInvalid(`state: ${(e as Error).message}`);
        }
        const height = await this.applyState((ctx) => this.loadInto(ctx, dump));
        return { height: String(height) };
      }],
    ]);
  }

  /**
   * Every module's state as its genesis export (bank, auth, x/evm accounts/code/storage, x/svm accounts and
   * programs, x/wasm code and contracts, x/crossvm's queue and message records) after the last block: a start
   * with --load-state runs InitChain on it. Call between blocks (the methods do; so does Node.stop).
   */
  dumpState(): DevStateDump {
    const { app } = this.host;
    const ctx = app.queryContext();
    const app_state: Record<string, unknown> = {};
    for (const m of app.modules) if (m.exportGenesis) app_state[m.name] = m.exportGenesis(ctx);
    return { format: 'trivium-devnet-state/1', chain_id: app.chainId, height: app.lastHeight, time: new Date(app.lastBlockTimeMs).toISOString(), app_state };
  }

  /**
   * Replaces every module's state with a dump's: each module's keys (all under `<module>/`) deleted, then its
   * InitGenesis on the dump's part, in module order — what a fresh chain's InitChain would write
   * (tests/genesis/export.test.ts checks export → import gives the same store). The chain keeps its height.
   */
  private async loadInto(ctx: Context, dump: DevStateDump): Promise<void> {
    const { modules } = this.host.app;
    for (const m of modules) {
      const keys = [...ctx.rawStore.iterate(`${m.name}/`)].map(([k]) => k);
      for (const k of keys) ctx.rawStore.delete(k);
    }
    for (const m of modules) {
      const st = dump.app_state[m.name] ?? m.defaultGenesis?.();
      if (m.initGenesis && st !== undefined) await m.initGenesis(ctx, st);
    }
  }

  get clock(): BlockProducer['clock'] {
    return this.host.producer.clock;
  }
  get lastBlockTimeMs(): number {
    return this.host.app.lastBlockTimeMs;
  }
  get automine(): boolean {
    return this.host.producer.isAutomine;
  }
  get intervalMs(): number {
    return this.host.producer.intervalMs;
  }
  setAutomine(on: boolean): void {
    this.host.producer.setAutomine(on);
  }
  setIntervalMining(ms: number): void {
    this.host.producer.setInterval(ms);
  }

  snapshot(): Promise<{ id: bigint; height: number }> {
    // Between blocks, so the id names a committed height and never a block half written.
    return this.host.producer.exclusive(() => {
      const id = this.nextId++;
      const height = this.host.app.lastHeight;
      this.snapshots.set(id, height);
      return { id, height };
    });
  }

  revert(id: bigint): Promise<boolean> {
    return this.host.producer.exclusive(async () => {
      const height = this.snapshots.get(id);
      if (height === undefined) return false;
      // As anvil's: the id is used up; older ids stay valid; ids of states above the height are gone with them.
      this.snapshots.delete(id);
      for (const [other, h] of this.snapshots) if (h > height) this.snapshots.delete(other);
      await this.rewind(height);
      return true;
    });
  }

  reset(): Promise<void> {
    return this.host.producer.exclusive(async () => {
      this.snapshots.clear();
      await this.rewind(0);
    });
  }

  private async rewind(height: number): Promise<void> {
    const { app, mempool } = this.host;
    if (height < app.lastHeight) await app.rollback(height);
    // Txs waiting in the mempool are checked again against the restored state: those that no longer apply go.
    for (const t of mempool.removeIncluded([])) {
      const r = app.recheckTx(t.bytes);
      if (r.code === 0) mempool.add(t.bytes, r);
    }
    this.clock.rewound(app.lastBlockTimeMs);
    this.host.rewound(height);
  }

  async applyState(change: (ctx: Context) => void | Promise<void>): Promise<number> {
    // Queued for the next block; mining it makes the change visible at once, as anvil's is.
    this.host.app.queueDevChange(change);
    return this.host.producer.produce(1);
  }

  mine(n: number, stepMs?: number): Promise<number> {
    return this.host.producer.produce(n, stepMs);
  }

  dropTxs(match: (bytes: Uint8Array) => boolean): number {
    const { app, mempool } = this.host;
    let dropped = 0;
    // The txs left are checked again from the last commit, without the dropped one's nonce and funds.
    const waiting = mempool.removeIncluded([]);
    app.resetCheckState();
    for (const t of waiting) {
      if (match(t.bytes)) {
        dropped++;
        continue;
      }
      const r = app.recheckTx(t.bytes);
      if (r.code === 0) mempool.add(t.bytes, r);
    }
    return dropped;
  }

  pendingTxs(): Uint8Array[] {
    return this.host.mempool.reap(2n ** 62n, Number.MAX_SAFE_INTEGER).map((t) => t.bytes);
  }
}

/** Runs `fn` on a throwaway branch of the committed state: its errors become -32602, its writes are dropped. */
function onBranch<T>(app: BaseApp, fn: (ctx: Context) => T): T {
  try {
    return fn(app.queryContext());
  } catch (e) {
    throw e instanceof RpcError ? e : devInvalid((e as Error).message);
  }
}

function checkDump(v: unknown): DevStateDump {
  const d = v as DevStateDump | undefined;
  if (d === null || typeof d !== 'object' || d.format !== 'trivium-devnet-state/1' || d.app_state === null || typeof d.app_state !== 'object' || Array.isArray(d.app_state)) {
    throw devInvalid('state: expected a dev_dumpState document (format "trivium-devnet-state/1" with app_state)');
  }
  return d;
}

function snapshotId(v: unknown): bigint {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return BigInt(v);
  if (typeof v === 'string' && /^(0x[0-9a-fA-F]{1,16}|\d{1,19})$/.test(v)) return BigInt(v);
  throw devInvalid(`id: expected a snapshot id (a hex quantity such as "0x0"), got ${JSON.stringify(v)}`);
}

/** Unix seconds (number or decimal string) or an RFC 3339 time → milliseconds. */
function timeParam(v: unknown): number {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v > 0) return v * 1000;
  if (typeof v === 'string' && /^\d{1,12}$/.test(v)) return Number(v) * 1000;
  if (typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v) && !Number.isNaN(Date.parse(v))) return Date.parse(v);
  throw devInvalid(`time: expected unix seconds or an RFC 3339 time, got ${JSON.stringify(v)}`);
}

/** A non-negative integer amount: decimal string, 0x hex, or a safe JSON integer. */
export function amountParam(v: unknown): bigint {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return BigInt(v);
  if (typeof v === 'string' && /^(\d{1,78}|0x[0-9a-fA-F]{1,64})$/.test(v)) return BigInt(v);
  throw devInvalid(`amount: expected a non-negative integer (decimal string or 0x hex), got ${JSON.stringify(v)}`);
}
