import type { Genesis } from '../types/consensus.ts';
import { jsonBytes, type NodeDB } from '../store/node-db.ts';
import type { BlockResults, StoredBlock, StoredTx } from './types.ts';
import { txHash } from '../baseapp/tx-decoder.ts';

/** The last commit: what a restart resumes from. */
export interface CommitMeta {
  height: number;
  appHash: string;
  lastBlockHash: string;
}

/**
 * The one owner of the block store's key layout in the node's LevelDB (state lives under `s/`, core/store):
 *   b/<height>   the block            r/<height>  its results        h/<hash>  height of a block hash
 *   t/<hash>     a tx's {h, i}        x/<event.attr>/<value>/<height>  positions of the txs carrying it
 *   i/<key>      module index data (receipts, lookups), never hashed
 *   m/last       the last commit      g/genesis   the genesis the chain started from (g/app_state its app_state)
 */
export const BlockKeys = {
  block: (height: number) => `b/${height}`,
  results: (height: number) => `r/${height}`,
  hash: (hash: string) => `h/${hash}`,
  tx: (hash: string) => `t/${hash}`,
  /** Heights zero-padded so that iteration runs in height order. */
  event: (typeAttr: string, value: string, height: number) => `x/${eventPrefixOf(typeAttr, value)}${String(height).padStart(12, '0')}`,
  eventPrefix: (typeAttr: string, value: string) => `x/${eventPrefixOf(typeAttr, value)}`,
  index: (key: string) => `i/${key}`,
  /** The module index keys a block wrote (so a rollback can delete them). */
  indexKeys: (height: number) => `k/${height}`,
  lastCommit: 'm/last',
  genesis: 'g/genesis',
  genesisState: 'g/app_state',
} as const;

const eventPrefixOf = (typeAttr: string, value: string) => `${typeAttr}/${encodeURIComponent(value)}/`;

/** Reads of committed blocks, and the rows a commit writes (in the same batch as the state). */
export class BlockStore {
  constructor(readonly db: NodeDB) {}

  lastCommit(): CommitMeta | undefined {
    return this.db.getJSON<CommitMeta>(BlockKeys.lastCommit);
  }
  /** The whole genesis the chain started from (replay, a repeated InitChain): its app_state can be large. */
  genesis(): Genesis | undefined {
    const head = this.genesisHead();
    if (!head || 'app_state' in head) return head as Genesis | undefined;
    return { ...head, app_state: this.db.getJSON<Genesis['app_state']>(BlockKeys.genesisState) ?? {} };
  }
  /** The genesis without its app_state (chain id, consensus params): what a restart reads. */
  genesisHead(): Omit<Genesis, 'app_state'> | undefined {
    return this.db.getJSON<Genesis>(BlockKeys.genesis);
  }
  block(height: number): StoredBlock | undefined {
    return this.db.getJSON<StoredBlock>(BlockKeys.block(height));
  }
  results(height: number): BlockResults | undefined {
    return this.db.getJSON<BlockResults>(BlockKeys.results(height));
  }
  /** Hashes are upper-case hex; a 0x prefix or lower case is accepted (here and in txLocation). */
  heightOf(blockHash: string): number | undefined {
    return this.db.getJSON<number>(BlockKeys.hash(blockHash.toUpperCase().replace(/^0X/, '')));
  }
  txLocation(txHash: string): { h: number; i: number } | undefined {
    return this.db.getJSON<{ h: number; i: number }>(BlockKeys.tx(txHash.toUpperCase().replace(/^0X/, '')));
  }
  index(key: string): Uint8Array | undefined {
    return this.db.get(BlockKeys.index(key));
  }
  async *iterateIndex(prefix: string, opts?: { reverse?: boolean; limit?: number }): AsyncIterableIterator<[string, Uint8Array]> {
    const p = BlockKeys.index('');
    for await (const [k, v] of this.db.iterate(p + prefix, opts)) yield [k.slice(p.length), v];
  }
  /** Every (height, tx positions) carrying `type.attr = value`, in height order. */
  async *txsWithEvent(typeAttr: string, value: string): AsyncIterableIterator<{ height: number; positions: number[] }> {
    const prefix = BlockKeys.eventPrefix(typeAttr, value);
    for await (const [k, v] of this.db.iterate(prefix)) {
      yield { height: Number(k.slice(prefix.length)), positions: JSON.parse(Buffer.from(v).toString('utf8')) as number[] };
    }
  }

  /** The genesis rows (InitChain): the head apart, so a restart does not parse a million accounts' app_state. */
  genesisRows(genesis: Genesis): Array<[string, Uint8Array]> {
    const { app_state, ...head } = genesis;
    return [
      [BlockKeys.genesis, jsonBytes(head)],
      [BlockKeys.genesisState, jsonBytes(app_state)],
    ];
  }
  /** The last-commit row. */
  commitRow(meta: CommitMeta): [string, Uint8Array] {
    return [BlockKeys.lastCommit, jsonBytes(meta)];
  }

  /**
   * A committed block's rows: the block, its results, its hash, each tx's location and the tx-event index (one
   * row per indexed attribute value and block), and the modules' index data.
   */
  blockRows(block: StoredBlock, results: BlockResults, txs: StoredTx[], moduleIndex: ReadonlyMap<string, Uint8Array>): Array<[string, Uint8Array]> {
    const rows: Array<[string, Uint8Array]> = [];
    for (const t of txs) rows.push([BlockKeys.tx(t.hash), jsonBytes({ h: block.height, i: t.index })]);
    for (const [k, list] of eventRows(block.height, results)) rows.push([k, jsonBytes(list)]);
    for (const [k, v] of moduleIndex) rows.push([BlockKeys.index(k), v]);
    rows.push([BlockKeys.indexKeys(block.height), jsonBytes([...moduleIndex.keys()])]);
    rows.push([BlockKeys.block(block.height), jsonBytes(block)], [BlockKeys.results(block.height), jsonBytes(results)], [BlockKeys.hash(block.hash), jsonBytes(block.height)]);
    return rows;
  }

  /** Every row key blockRows wrote for a committed block (a rollback deletes them). */
  blockRowKeys(height: number): string[] {
    const block = this.block(height);
    const results = this.results(height);
    if (!block || !results) return [];
    const keys = block.txs.map((t) => BlockKeys.tx(txHash(Buffer.from(t, 'base64'))));
    keys.push(...eventRows(height, results).keys());
    for (const k of this.db.getJSON<string[]>(BlockKeys.indexKeys(height)) ?? []) keys.push(BlockKeys.index(k));
    keys.push(BlockKeys.indexKeys(height), BlockKeys.block(height), BlockKeys.results(height), BlockKeys.hash(block.hash));
    return keys;
  }
}

/** The tx-event index rows of a block: one per indexed attribute value, listing the tx positions carrying it. */
function eventRows(height: number, results: BlockResults): Map<string, number[]> {
  const events = new Map<string, number[]>();
  results.txResults.forEach((r, index) => {
    for (const ev of r.events) {
      for (const a of ev.attributes) {
        if (!a.index) continue;
        const k = BlockKeys.event(`${ev.type}.${a.key}`, a.value, height);
        const list = events.get(k);
        if (!list) events.set(k, [index]);
        else if (list[list.length - 1] !== index) list.push(index);
      }
    }
  });
  return events;
}
