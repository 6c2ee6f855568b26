import type { BroadcastResult, CommittedBlockEvent, DevnetAPI } from '../types/node-api.ts';
import { Node, type NodeOptions } from '../node/node.ts';
import { parseLaddr } from '../jsonrpc/index.ts';
import { txHash } from '../baseapp/tx-decoder.ts';
import { homePaths } from '../node/home.ts';
import { intStartFlag } from '../types/node-api.ts';
import { SnapshotStore } from './snapshots.ts';
import { join } from 'node:path';

/**
 * The node when a CometBFT drives it over the ABCI socket: no embedded producer, no mempool of its own and no
 * CometBFT RPC (CometBFT serves those). The module services (Ethereum and Solana JSON-RPC) still run against
 * it; the transactions they receive go to CometBFT's RPC (`cometRpc`), whose mempool calls our CheckTx.
 */
export class AbciNode extends Node {
  /** State-sync snapshots this node serves (`--state-sync.snapshot-interval`, 0 = none). */
  readonly snapshots: SnapshotStore;

  constructor(
    opts: NodeOptions,
    /** CometBFT's RPC address (tcp://host:port), where module services broadcast. */
    readonly cometRpc: string,
  ) {
    super(opts);
    this.snapshots = new SnapshotStore(
      join(homePaths(opts.home).data, 'snapshots'),
      intStartFlag(opts.flags, 'state-sync.snapshot-interval', 0),
      intStartFlag(opts.flags, 'state-sync.snapshot-keep-recent', 2, 1),
    );
  }

  /** Opens the database and loads the last commit; InitChain waits for CometBFT's handshake. */
  override async open(): Promise<void> {
    await this.db.open();
    this.readGenesisHead();
    this.takeGenesis(); // InitChain carries its own app_state: nothing of the file's is kept
    // Until InitChain arrives, the home's genesis names the chain (InitChain's own chain id then wins).
    if (!(await this.app.load())) this.app.chainId = this.genesis.chain_id;
  }

  override startProducing(): void {
    throw new Error('blocks come from CometBFT in ABCI mode: there is no embedded producer');
  }

  override mine(): Promise<number> {
    return Promise.reject(new Error('blocks come from CometBFT in ABCI mode: mining is not available'));
  }

  /** A node run for a network: snapshot, revert, time travel and state changes would fork it from its peers. */
  override devnet(): DevnetAPI {
    throw new Error('devnet controls are not available on a node run for a network (--abci): blocks and state come from CometBFT');
  }

  /** Hands the tx to CometBFT (broadcast_tx_sync), as a Cosmos SDK node's gRPC gateway does. */
  override async broadcastTx(tx: Uint8Array): Promise<BroadcastResult> {
    const hash = txHash(tx);
    const { host, port } = parseLaddr(this.cometRpc);
    try {
      const res = await fetch(`http://${host}:${port}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'broadcast_tx_sync', params: { tx: Buffer.from(tx).toString('base64') } }),
      });
      const body = (await res.json()) as { result?: { code: number; codespace?: string; log?: string }; error?: { message: string; data?: string } };
      if (body.error) return { code: 1, codespace: 'comet', log: `${body.error.message}: ${body.error.data ?? ''}`, hash, gasWanted: '0' };
      const r = body.result!;
      return { code: r.code, codespace: r.codespace ?? '', log: r.log ?? '', hash, gasWanted: '0' };
    } catch (e) {
      return { code: 1, codespace: 'comet', log: `CometBFT RPC at ${this.cometRpc} is unreachable: ${(e as Error).message}`, hash, gasWanted: '0' };
    }
  }

  /** After each Commit: what the producer's onCommit does for the embedded node (log line, 'block' event). */
  committed(e: CommittedBlockEvent): void {
    this.log(`block ${e.block.height}  txs=${e.block.txs.length}  app_hash=${e.block.resultAppHash.slice(0, 16)}…  time=${e.block.time.slice(11, 23)}`);
    this.bus.emit('block', e);
  }
}
