import { GetTxRequest, GetTxResponse, SimulateRequest, SimulateResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import { AuthInfo, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import type { Timestamp } from 'cosmjs-types/google/protobuf/timestamp';
import {
  type Event,
  type ExecTxResult,
  type Request,
  type RequestCheckTx,
  type RequestFinalizeBlock,
  type RequestInitChain,
  type RequestPrepareProposal,
  type RequestProcessProposal,
  type RequestQuery,
  type RequestOfferSnapshot,
  type RequestApplySnapshotChunk,
  type ResponseApplySnapshotChunk,
  Response,
  ResponseApplySnapshotChunk_Result,
  ResponseOfferSnapshot_Result,
  ResponseProcessProposal_ProposalStatus,
  ResponseVerifyVoteExtension_VerifyStatus,
  type ResponseQuery,
} from 'cosmjs-types/tendermint/abci/types';
import type { BaseApp, Genesis } from '../baseapp/baseapp.ts';
import { dataHash } from '../blockstore/block-header.ts';
import type { AbciEvent } from '../types/events.ts';
import type { TxExecResult } from '../types/module.ts';
import type { StoredBlock } from '../types/node-api.ts';
import { decodeCosmosTx } from '../baseapp/tx-decoder.ts';
import type { AbciNode } from './abci-node.ts';
import { protoFieldSize } from './varint.ts';
import { SnapshotImporter } from '../store/snapshot.ts';
import { parseOffered, SNAPSHOT_FORMAT, type SnapshotMetadata } from './snapshots.ts';

const EMPTY = new Uint8Array();
const SIMULATE = '/cosmos.tx.v1beta1.Service/Simulate';
const GET_TX = '/cosmos.tx.v1beta1.Service/GetTx';

/** Requests that touch app state; the socket server runs them one at a time across all connections. */
export const isStateful = (req: Request): boolean => !req.echo && !req.flush;

/**
 * Maps CometBFT v0.38's ABCI requests onto the App. A thrown error becomes Response.exception (which CometBFT
 * treats as fatal on the consensus connection, as it should for a broken app).
 */
export class AbciHandlers {
  private restore: { importer: SnapshotImporter; meta: SnapshotMetadata; appHash: Uint8Array } | undefined;

  constructor(readonly node: AbciNode) {}

  private get app(): BaseApp {
    return this.node.app;
  }

  async handle(req: Request): Promise<Response> {
    if (req.echo) return Response.fromPartial({ echo: { message: req.echo.message } });
    if (req.flush) return Response.fromPartial({ flush: {} });
    if (req.info) return Response.fromPartial({ info: this.info() });
    if (req.initChain) return Response.fromPartial({ initChain: await this.initChain(req.initChain) });
    if (req.query) return Response.fromPartial({ query: await this.query(req.query) });
    if (req.checkTx) return Response.fromPartial({ checkTx: await this.checkTx(req.checkTx) });
    if (req.prepareProposal) return Response.fromPartial({ prepareProposal: { txs: this.prepareProposal(req.prepareProposal) } });
    if (req.processProposal) return Response.fromPartial({ processProposal: { status: this.processProposal(req.processProposal) } });
    if (req.finalizeBlock) return Response.fromPartial({ finalizeBlock: await this.finalizeBlock(req.finalizeBlock) });
    if (req.commit) return Response.fromPartial({ commit: await this.commit() });
    if (req.listSnapshots) return Response.fromPartial({ listSnapshots: { snapshots: this.node.snapshots.list().map((s) => ({ ...s, height: BigInt(s.height) })) } });
    if (req.loadSnapshotChunk) return Response.fromPartial({ loadSnapshotChunk: { chunk: this.node.snapshots.chunk(Number(req.loadSnapshotChunk.height), req.loadSnapshotChunk.format, req.loadSnapshotChunk.chunk) } });
    if (req.offerSnapshot) return Response.fromPartial({ offerSnapshot: { result: await this.offerSnapshot(req.offerSnapshot) } });
    if (req.applySnapshotChunk) return Response.fromPartial({ applySnapshotChunk: await this.applySnapshotChunk(req.applySnapshotChunk) });
    // No vote extensions (off in the testnet's consensus params).
    if (req.extendVote) return Response.fromPartial({ extendVote: { voteExtension: EMPTY } });
    if (req.verifyVoteExtension) return Response.fromPartial({ verifyVoteExtension: { status: ResponseVerifyVoteExtension_VerifyStatus.ACCEPT } });
    throw new Error('unknown ABCI request (no known field set)');
  }

  // ---- state sync (the joining side; the serving side is node.snapshots) -------------------------------

  private async offerSnapshot(r: RequestOfferSnapshot): Promise<ResponseOfferSnapshot_Result> {
    if (this.app.blocks.lastCommit()) {
      this.node.log('state sync: snapshot offered to an app that already has state: rejected');
      return ResponseOfferSnapshot_Result.REJECT;
    }
    if (!r.snapshot) return ResponseOfferSnapshot_Result.REJECT;
    if (r.snapshot.format !== SNAPSHOT_FORMAT) return ResponseOfferSnapshot_Result.REJECT_FORMAT;
    let meta: SnapshotMetadata;
    try {
      meta = parseOffered(r.snapshot);
    } catch (e) {
      this.node.log(`state sync: snapshot at height ${r.snapshot.height} refused: ${(e as Error).message}`);
      return ResponseOfferSnapshot_Result.REJECT;
    }
    // The light client's app hash for that height: a snapshot of any other state is refused before a chunk.
    if (meta.manifest.appHash !== Buffer.from(r.appHash).toString('hex')) {
      this.node.log(`state sync: snapshot at height ${meta.manifest.height} has app hash ${meta.manifest.appHash}, the chain's is ${hexU(r.appHash)}: rejected`);
      return ResponseOfferSnapshot_Result.REJECT;
    }
    await this.app.db.clear(); // a fresh home: nothing but what an earlier, abandoned restore left
    this.restore = { importer: new SnapshotImporter(this.app.db, meta.manifest), meta, appHash: r.appHash };
    this.node.log(`state sync: restoring height ${meta.manifest.height} (${meta.manifest.chunks.length} chunks)`);
    return ResponseOfferSnapshot_Result.ACCEPT;
  }

  private async applySnapshotChunk(r: RequestApplySnapshotChunk): Promise<Partial<ResponseApplySnapshotChunk>> {
    const rs = this.restore;
    if (!rs) return { result: ResponseApplySnapshotChunk_Result.ABORT };
    try {
      await rs.importer.applyChunk(r.index, r.chunk);
    } catch (e) {
      // A bad chunk (its hash is in the manifest): fetch it again from another peer.
      this.node.log(`state sync: chunk ${r.index} refused: ${(e as Error).message}`);
      return { result: ResponseApplySnapshotChunk_Result.RETRY, refetchChunks: [r.index], rejectSenders: r.sender ? [r.sender] : [] };
    }
    if (!rs.importer.done) return { result: ResponseApplySnapshotChunk_Result.ACCEPT };
    try {
      await rs.importer.finish();
      await this.app.restored(rs.meta.manifest.height, rs.appHash, rs.meta.blockHash, this.node.readGenesis());
    } catch (e) {
      this.node.log(`state sync: restoring height ${rs.meta.manifest.height} failed: ${(e as Error).message}`);
      this.restore = undefined;
      await this.app.db.clear();
      return { result: ResponseApplySnapshotChunk_Result.REJECT_SNAPSHOT };
    }
    this.restore = undefined;
    this.node.log(`state sync: restored height ${rs.meta.manifest.height}, app hash ${hexU(rs.appHash)}`);
    return { result: ResponseApplySnapshotChunk_Result.ACCEPT };
  }

  /** The handshake: a restarted app reports its last commit, so CometBFT replays only what it lacks. */
  private info() {
    const committed = this.app.blocks.lastCommit() !== undefined;
    return {
      data: 'trivium',
      version: '0.1.0',
      appVersion: 1n,
      lastBlockHeight: BigInt(this.app.lastHeight),
      lastBlockAppHash: committed ? this.app.lastAppHash : EMPTY,
    };
  }

  private async initChain(r: RequestInitChain) {
    if (r.initialHeight > 1n) throw new Error(`InitChain: initial_height ${r.initialHeight} is not supported (the app starts at height 1)`);
    let appState: unknown = {};
    if (r.appStateBytes.length > 0) {
      try {
        appState = JSON.parse(Buffer.from(r.appStateBytes).toString('utf8'));
      } catch (e) {
        throw new Error(`InitChain: app_state is not JSON: ${(e as Error).message}`);
      }
    }
    if (typeof appState !== 'object' || appState === null || Array.isArray(appState)) throw new Error('InitChain: app_state must be a JSON object');
    const block = r.consensusParams?.block;
    const home = this.node.genesis.consensus_params.block;
    const genesis: Genesis = {
      genesis_time: new Date(timestampMs(r.time)).toISOString(),
      chain_id: r.chainId,
      initial_height: '1',
      // max_tx_gas is Trivium's extension: CometBFT does not carry it, so it comes from the home's genesis file
      consensus_params: { block: { max_bytes: block ? String(block.maxBytes) : home.max_bytes, max_gas: block ? String(block.maxGas) : home.max_gas, ...(home.max_tx_gas ? { max_tx_gas: home.max_tx_gas } : {}) } },
      app_hash: '',
      app_state: appState as Record<string, unknown>,
    };
    const existing = this.app.blocks.genesis();
    if (existing) {
      // CometBFT repeats InitChain if it crashed before block 1: answer from the genesis already committed.
      if (this.app.lastHeight > 0) throw new Error(`InitChain: the chain is already at height ${this.app.lastHeight}`);
      if (existing.chain_id !== genesis.chain_id || JSON.stringify(existing.app_state) !== JSON.stringify(genesis.app_state)) {
        throw new Error(`InitChain: this home was initialised with a different genesis (chain id ${existing.chain_id})`);
      }
    } else {
      if (r.chainId !== this.node.genesis.chain_id) this.node.log(`abci: InitChain chain id ${r.chainId} differs from the home's genesis (${this.node.genesis.chain_id}); using ${r.chainId}`);
      await this.app.initChain(genesis, { consume: true });
    }
    return { validators: [], appHash: this.app.lastAppHash };
  }

  private async checkTx(r: RequestCheckTx) {
    const c = await this.app.checkTx(r.tx);
    return { code: c.code, codespace: c.codespace, log: c.log, gasWanted: c.gasWanted, gasUsed: 0n, data: EMPTY, info: '', events: [] };
  }

  /** Whether bytes are a transaction the app can execute (a Cosmos TxRaw or a raw tx a module claims). */
  private decodes(tx: Uint8Array): boolean {
    if (tx.length > 0 && tx[0] === 0x0a) {
      try {
        decodeCosmosTx(tx, this.app.router);
        return true;
      } catch {
        return false;
      }
    }
    return this.app.modules.some((m) => (m.rawTxHandlers ?? []).some((h) => h.claims(tx)));
  }

  /** The mempool's txs in order, without undecodable ones, within max_tx_bytes (measured as CometBFT does). */
  private prepareProposal(r: RequestPrepareProposal): Uint8Array[] {
    const max = Number(r.maxTxBytes);
    const out: Uint8Array[] = [];
    let size = 0;
    for (const tx of r.txs) {
      if (!this.decodes(tx)) continue;
      const s = protoFieldSize(tx.length);
      if (size + s > max) break;
      size += s;
      out.push(tx);
    }
    return out;
  }

  private processProposal(r: RequestProcessProposal): ResponseProcessProposal_ProposalStatus {
    return r.txs.every((tx) => this.decodes(tx)) ? ResponseProcessProposal_ProposalStatus.ACCEPT : ResponseProcessProposal_ProposalStatus.REJECT;
  }

  /** Builds the header the app stores from what CometBFT sends; header fields match CometBFT's own. */
  private async finalizeBlock(r: RequestFinalizeBlock) {
    const app = this.app;
    const height = Number(r.height);
    const timeMs = timestampMs(r.time);
    const proposer = hexU(r.proposerAddress);
    const header: StoredBlock = {
      height,
      time: timestampRfc3339(r.time),
      timeMs,
      chainId: app.chainId,
      hash: hexU(r.hash),
      lastBlockHash: app.lastBlockHash, // the previous FinalizeBlock's hash = this header's last_block_id.hash
      dataHash: dataHash(r.txs),
      appHash: hexU(app.lastAppHash),
      resultAppHash: '',
      proposer,
      txs: r.txs.map((t) => Buffer.from(t).toString('base64')),
    };
    const res = await app.finalizeBlock({ height, timeMs, proposer, txs: r.txs, hash: header.hash, header });
    return { txResults: res.txResults.map(execTxResult), events: res.events.map(abciEvent), validatorUpdates: [], appHash: res.appHash };
  }

  private async commit() {
    const c = await this.app.commit();
    this.node.committed({ block: c.block, results: c.results, txs: c.txs });
    this.node.snapshots.maybeTake(this.app.state, c.block.height, c.block.hash, (l) => this.node.log(l));
    return { retainHeight: 0n };
  }

  private async query(r: RequestQuery): Promise<Partial<ResponseQuery>> {
    if (r.path === SIMULATE) return this.simulate(r.data);
    if (r.path === GET_TX) return this.getTx(r.data);
    const q = await this.app.query(r.path, r.data, Number(r.height), r.prove);
    return { code: q.code, codespace: q.codespace, log: q.log, value: q.value, height: BigInt(q.height), key: q.key, proofOps: q.proofOps ? { ops: q.proofOps } : undefined };
  }

  private queryHeight(): bigint {
    return BigInt(Math.max(1, this.app.lastHeight));
  }

  private async simulate(data: Uint8Array): Promise<Partial<ResponseQuery>> {
    let txBytes: Uint8Array;
    try {
      const req = SimulateRequest.decode(data);
      txBytes = req.txBytes;
      if (!txBytes.length && req.tx) {
        // The deprecated form: a decoded Tx instead of bytes.
        txBytes = TxRaw.encode({ bodyBytes: TxBody.encode(req.tx.body!).finish(), authInfoBytes: AuthInfo.encode(req.tx.authInfo!).finish(), signatures: req.tx.signatures }).finish();
      }
    } catch (e) {
      return { code: 2, codespace: 'sdk', log: `invalid simulate request: ${(e as Error).message}`, height: this.queryHeight() };
    }
    const r = await this.app.simulate(txBytes);
    if (r.code !== 0) return { code: r.code, codespace: r.codespace, log: r.log, height: this.queryHeight() };
    const value = SimulateResponse.encode({
      gasInfo: { gasWanted: r.gasWanted, gasUsed: r.gasUsed },
      result: { data: EMPTY, log: '', events: r.events.map(abciEvent), msgResponses: [] },
    }).finish();
    return { code: 0, value, height: this.queryHeight() };
  }

  private getTx(data: Uint8Array): Partial<ResponseQuery> {
    let hash: string;
    try {
      hash = GetTxRequest.decode(data).hash.toUpperCase();
    } catch (e) {
      return { code: 2, codespace: 'sdk', log: `invalid GetTx request: ${(e as Error).message}`, height: this.queryHeight() };
    }
    const t = this.node.getTx(hash);
    if (!t) return { code: 22, codespace: 'sdk', log: `rpc error: code = NotFound desc = tx not found: ${hash}`, height: this.queryHeight() };
    let tx;
    try {
      const raw = TxRaw.decode(Buffer.from(t.tx, 'base64'));
      tx = { body: TxBody.decode(raw.bodyBytes), authInfo: AuthInfo.decode(raw.authInfoBytes), signatures: raw.signatures };
    } catch {
      tx = undefined; // a raw (Ethereum/Solana) tx
    }
    const value = GetTxResponse.encode({
      tx,
      txResponse: {
        height: BigInt(t.height), txhash: t.hash, codespace: t.result.codespace, code: t.result.code, data: '', rawLog: t.result.log,
        logs: [], info: '', gasWanted: BigInt(t.result.gasWanted), gasUsed: BigInt(t.result.gasUsed), tx: undefined,
        timestamp: this.node.getBlock(t.height)?.time ?? '', events: t.result.events.map(abciEvent),
      },
    }).finish();
    return { code: 0, value, height: this.queryHeight() };
  }
}

function execTxResult(r: TxExecResult): ExecTxResult {
  return { code: r.code, data: r.data, log: r.log, info: '', gasWanted: r.gasWanted, gasUsed: r.gasUsed, events: r.events.map(abciEvent), codespace: r.codespace };
}

function abciEvent(e: AbciEvent): Event {
  return { type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value, index: a.index })) };
}

const hexU = (b: Uint8Array) => Buffer.from(b).toString('hex').toUpperCase();

/** Milliseconds of a protobuf Timestamp (the app's block clock is in ms; the header keeps the nanos). */
export function timestampMs(t: Timestamp | undefined): number {
  if (!t) return 0;
  return Number(t.seconds) * 1000 + Math.floor(t.nanos / 1e6);
}

/** RFC 3339 with nanoseconds, as CometBFT prints block times. */
export function timestampRfc3339(t: Timestamp | undefined): string {
  if (!t) return new Date(0).toISOString().slice(0, 19) + '.000000000Z';
  return new Date(Number(t.seconds) * 1000).toISOString().slice(0, 19) + '.' + String(t.nanos).padStart(9, '0') + 'Z';
}
