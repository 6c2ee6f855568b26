import { DEFAULT_CONSENSUS_PARAMS } from './consensus.ts';
import type { AbciEvent } from './events.ts';
import { GasMeter, infiniteGasMeter } from './gas.ts';
import { CacheStore } from '../store/cache-store.ts';
import { GasStore } from '../store/gas-store.ts';
import type { KVStore } from '../store/kv.ts';

/** What a block says about itself; everything an executor may know of "now" comes from here. */
export interface BlockInfo {
  height: number;
  /** Block time, integer milliseconds since the Unix epoch, chosen by the proposer and fixed in the block. */
  timeMs: number;
  chainId: string;
  /** Proposer address, 20 bytes hex (upper case, like CometBFT). */
  proposer: string;
  /** The block gas limit (consensus params); DEFAULT_CONSENSUS_PARAMS' when a caller builds a block by hand. */
  maxGas?: bigint;
  /** The per-tx gas cap (consensus params); 0n = none. */
  maxTxGas?: bigint;
  /** The previous block's hash (the header's last_block_id), upper-case hex; set while a block is finalized (BLOCKHASH). */
  lastBlockHash?: string;
}

export type ExecMode = 'check' | 'simulate' | 'deliver' | 'query';

/** Non-consensus data written with the block (receipts, lookups); never part of the app hash. */
export type IndexWriter = Map<string, Uint8Array>;

export interface TxInfo {
  /** sha256 of the tx bytes, upper-case hex (CometBFT's tx hash). */
  hash: string;
  /** Position of the tx in its block. */
  index: number;
}

/**
 * The per-call view of the chain a handler gets: a store branch, a gas meter, the block, and the events
 * it emits. `branch()` gives a child whose writes and events reach this context only on `commit()`.
 */
export class Context {
  readonly events: AbciEvent[] = [];
  private gassed?: GasStore;

  constructor(
    /** The un-metered store (executors that meter their own work, like the EVM, use this). */
    readonly rawStore: KVStore,
    readonly gasMeter: GasMeter,
    readonly block: BlockInfo,
    readonly mode: ExecMode,
    readonly index: IndexWriter = new Map(),
    readonly tx?: TxInfo,
  ) {}

  /** The store, charging the SDK's KV gas to this context's meter. */
  get store(): KVStore {
    return (this.gassed ??= new GasStore(this.rawStore, this.gasMeter));
  }
  get height(): number {
    return this.block.height;
  }
  get chainId(): string {
    return this.block.chainId;
  }
  /** The one block gas limit (consensus params). */
  get maxBlockGas(): bigint {
    return this.block.maxGas ?? DEFAULT_CONSENSUS_PARAMS.maxGas;
  }
  /** The per-tx gas cap (consensus params, Trivium's extension); 0n = no cap. */
  get maxTxGas(): bigint {
    return this.block.maxTxGas ?? DEFAULT_CONSENSUS_PARAMS.maxTxGas ?? 0n;
  }
  get isDeliver(): boolean {
    return this.mode === 'deliver';
  }

  emit(...events: AbciEvent[]): void {
    this.events.push(...events);
  }

  /** A child context over a cache of this one's store; nothing reaches this context until `commit()`. */
  branch(gasMeter: GasMeter = this.gasMeter): { ctx: Context; commit: () => void } {
    const cache = new CacheStore(this.rawStore);
    const ctx = new Context(cache, gasMeter, this.block, this.mode, this.index, this.tx);
    return {
      ctx,
      commit: () => {
        cache.write();
        this.events.push(...ctx.events);
      },
    };
  }

  withGasMeter(gasMeter: GasMeter): Context {
    const ctx = new Context(this.rawStore, gasMeter, this.block, this.mode, this.index, this.tx);
    return ctx;
  }

  static forQuery(store: KVStore, block: BlockInfo): Context {
    return new Context(new CacheStore(store), infiniteGasMeter(), block, 'query');
  }
}
