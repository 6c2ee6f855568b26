import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Ed25519 } from '@cosmjs/crypto';
import { fromBase64, toHex } from '@cosmjs/encoding';
import { Comet38Client, connectComet, isComet38Client, WebsocketClient } from '@cosmjs/tendermint-rpc';
import { QueryBalanceRequest, QueryBalanceResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { Block } from 'cosmjs-types/tendermint/types/block';
import { CommitSig } from 'cosmjs-types/tendermint/types/types';
import WebSocket from 'ws';
import { headerHash } from '../../core/blockstore/block-header.ts';
import { dev, sendMsg, signTx } from '../helpers/cosmos.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { generateValidatorKey } from '../../core/node/priv-validator.ts';
import { runCli, servicePorts, spawnCli, startNode, freePort, type TestNode } from '../helpers/node.ts';

// ---- CometBFT v0.38's encodings, rebuilt here from the spec (not from core/blockstore) ----------------------

const sha256 = (...parts: Uint8Array[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
};
const uvarint = (n: bigint): number[] => {
  const out: number[] = [];
  let v = BigInt.asUintN(64, n);
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v) b |= 0x80;
    out.push(b);
  } while (v);
  return out;
};
const lenField = (no: number, body: Uint8Array | number[]) => [(no << 3) | 2, ...uvarint(BigInt(body.length)), ...body];
const sfixed64 = (no: number, n: number) => {
  const b = Buffer.alloc(8);
  b.writeBigInt64LE(BigInt(n));
  return [(no << 3) | 1, ...b];
};
const timestampBody = (ms: number, nanos: number) => {
  const seconds = BigInt(Math.floor(ms / 1000));
  const ns = (((ms % 1000) + 1000) % 1000) * 1e6 + nanos;
  return [...(seconds ? [8, ...uvarint(seconds)] : []), ...(ns ? [16, ...uvarint(BigInt(ns))] : [])];
};

/** types.VoteSignBytes for a precommit: the length-delimited CanonicalVote. */
function precommitSignBytes(chainId: string, height: number, round: number, hash: Uint8Array, parts: { total: number; hash: Uint8Array }, time: { ms: number; nanos: number }): Uint8Array {
  const psh = [...(parts.total ? [8, ...uvarint(BigInt(parts.total))] : []), ...lenField(2, parts.hash)];
  const body = [
    8, 2, // type = SIGNED_MSG_TYPE_PRECOMMIT
    ...sfixed64(2, height),
    ...(round ? sfixed64(3, round) : []),
    ...lenField(4, [...lenField(1, hash), ...lenField(2, psh)]),
    ...lenField(5, timestampBody(time.ms, time.nanos)),
    ...lenField(6, Buffer.from(chainId)),
  ];
  return new Uint8Array([...uvarint(BigInt(body.length)), ...body]);
}

const leaf = (b: Uint8Array) => sha256(new Uint8Array([0]), b);
/** crypto/merkle.HashFromByteSlices */
function merkle(items: Uint8Array[]): Uint8Array {
  if (items.length === 0) return sha256();
  if (items.length === 1) return leaf(items[0]!);
  let k = 1;
  while (k * 2 < items.length) k *= 2;
  return sha256(new Uint8Array([1]), merkle(items.slice(0, k)), merkle(items.slice(k)));
}
const hexU = (b: Uint8Array) => toHex(b).toUpperCase();
type CometTime = Date & { nanoseconds?: number };
const timeOf = (t: CometTime | undefined) => ({ ms: t!.getTime(), nanos: t!.nanoseconds ?? 0 });
const tsProto = (t: CometTime) => ({ seconds: BigInt(Math.floor(t.getTime() / 1000)), nanos: (t.getTime() % 1000) * 1e6 + (t.nanoseconds ?? 0) });

async function rpc(url: string, method: string, params: Record<string, unknown> = {}): Promise<{ result?: any; error?: { code: number; message: string; data?: string } }> {
  const res = await fetch(url, { method: 'POST', body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
  return (await res.json()) as { result?: any; error?: { code: number; message: string; data?: string } };
}

/** A JSON-RPC call over the node's /websocket. */
function wsCall(wsUrl: string, method: string, params: Record<string, unknown>): Promise<any> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${wsUrl}/websocket`);
    ws.on('open', () => ws.send(JSON.stringify({ jsonrpc: '2.0', id: 7, method, params })));
    ws.on('message', (m) => {
      ws.close();
      resolve(JSON.parse(String(m)));
    });
    ws.on('error', reject);
  });
}

/** Everything a light client checks of block h: the commit's signature, the header hash and the links. */
async function verifyBlock(client: Comet38Client, h: number, pubkey: Uint8Array, chainId: string): Promise<void> {
  const { header, commit } = await client.commit(h);
  const { blockId, block } = await client.block(h);
  assert.deepEqual(commit.blockId, blockId, `commit ${h} is for the block's id`);
  assert.equal(commit.height, h);
  assert.equal(commit.signatures.length, 1);
  const sig = commit.signatures[0]!;
  assert.equal(sig.blockIdFlag, 2, 'BLOCK_ID_FLAG_COMMIT');
  assert.equal(hexU(sig.validatorAddress!), hexU(sha256(pubkey).subarray(0, 20)), 'the signer is the validator of /validators');
  assert.ok(sig.signature && sig.signature.length === 64, `block ${h}: a 64-byte ed25519 signature`);
  const bytes = precommitSignBytes(chainId, h, commit.round, blockId.hash, blockId.parts, timeOf(sig.timestamp as CometTime));
  assert.ok(await Ed25519.verifySignature(sig.signature, bytes, pubkey), `block ${h}: the commit signature verifies against the canonical vote`);
  const other = precommitSignBytes(chainId + 'x', h, commit.round, blockId.hash, blockId.parts, timeOf(sig.timestamp as CometTime));
  assert.equal(await Ed25519.verifySignature(sig.signature, other, pubkey), false, 'and not for another chain');

  // The block id hash is the header's hash as CometBFT computes it, over the fields served.
  const raw = (await rpc(rpcUrlOf(client), 'header', { height: String(h) })).result.header;
  assert.equal(
    headerHash({
      blockVersion: Number(raw.version.block), appVersion: Number(raw.version.app), chainId: raw.chain_id, height: Number(raw.height), time: raw.time,
      lastBlockHash: raw.last_block_id.hash, lastPartSetHeader: raw.last_block_id.parts, lastCommitHash: raw.last_commit_hash, dataHash: raw.data_hash,
      validatorsHash: raw.validators_hash, nextValidatorsHash: raw.next_validators_hash, consensusHash: raw.consensus_hash, appHash: raw.app_hash,
      lastResultsHash: raw.last_results_hash, evidenceHash: raw.evidence_hash, proposer: raw.proposer_address,
    }),
    hexU(blockId.hash),
  );
  // validators_hash: the merkle root of SimpleValidator {pub_key {ed25519}, voting_power 10}
  const simple = new Uint8Array([...lenField(1, lenField(1, pubkey)), 16, 10]);
  assert.equal(hexU(header.validatorsHash), hexU(merkle([simple])));
  assert.equal(hexU(header.nextValidatorsHash), hexU(header.validatorsHash));
  assert.equal(hexU(header.proposerAddress), hexU(sig.validatorAddress!));
  assert.equal(hexU(header.dataHash), hexU(merkle(block.txs.map((t) => sha256(t)))));
  assert.equal(hexU(header.evidenceHash), hexU(sha256()));

  // The part set header: the merkle root of the block's protobuf encoding (one part below 64 KiB).
  // CosmJS gives no last commit for height 1: CometBFT's block 1 carries the empty Commit{} (height 0, zero id).
  const lc = block.lastCommit ?? { height: 0, round: 0, blockId: undefined, signatures: [] };
  const encoded = Block.encode({
    header: {
      version: { block: BigInt(header.version.block), app: BigInt(header.version.app) }, chainId: header.chainId, height: BigInt(header.height), time: tsProto(header.time as CometTime),
      lastBlockId: { hash: header.lastBlockId?.hash ?? new Uint8Array(), partSetHeader: { total: header.lastBlockId?.parts.total ?? 0, hash: header.lastBlockId?.parts.hash ?? new Uint8Array() } },
      lastCommitHash: header.lastCommitHash, dataHash: header.dataHash, validatorsHash: header.validatorsHash, nextValidatorsHash: header.nextValidatorsHash, consensusHash: header.consensusHash,
      appHash: header.appHash, lastResultsHash: header.lastResultsHash, evidenceHash: header.evidenceHash, proposerAddress: header.proposerAddress,
    },
    data: { txs: [...block.txs] },
    evidence: { evidence: [] },
    lastCommit: {
      height: BigInt(lc.height), round: lc.round,
      blockId: { hash: lc.blockId?.hash ?? new Uint8Array(), partSetHeader: { total: lc.blockId?.parts.total ?? 0, hash: lc.blockId?.parts.hash ?? new Uint8Array() } },
      signatures: lc.signatures.map((s) => ({ blockIdFlag: s.blockIdFlag as number, validatorAddress: s.validatorAddress!, timestamp: tsProto(s.timestamp as CometTime), signature: s.signature! })),
    },
  }).finish();
  assert.equal(blockId.parts.total, 1);
  assert.equal(hexU(blockId.parts.hash), hexU(merkle([encoded])), `block ${h}: part set hash`);
  assert.equal((await client.blockchain(h, h)).blockMetas[0]!.blockSize, encoded.length, 'block_size: the encoding\'s');

  // The next block links back: last_block_id, and last_commit is this commit (last_commit_hash over its CommitSigs).
  const next = await client.block(h + 1);
  assert.deepEqual(next.block.header.lastBlockId, blockId);
  assert.deepEqual(next.block.lastCommit, commit);
  const commitSigs = commit.signatures.map((s) => CommitSig.encode({ blockIdFlag: s.blockIdFlag as number, validatorAddress: s.validatorAddress!, timestamp: tsProto(s.timestamp as CometTime), signature: s.signature! }).finish());
  assert.equal(hexU(next.block.header.lastCommitHash), hexU(merkle(commitSigs)));
}

const clientUrls = new WeakMap<Comet38Client, string>();
const rpcUrlOf = (c: Comet38Client) => clientUrls.get(c)!;
async function connect(url: string): Promise<Comet38Client> {
  const c = await Comet38Client.connect(url);
  clientUrls.set(c, url);
  return c;
}

/** The commits of heights 1..n as served (raw JSON): what a restart and a replay must leave unchanged. */
async function commits(url: string, n: number): Promise<unknown[]> {
  const out = [];
  for (let h = 1; h <= n; h++) out.push((await rpc(url, 'commit', { height: String(h) })).result);
  return out;
}

const HEIGHTS = 5;

describe('CometBFT v0.38 RPC conformance (one node, Comet38Client)', () => {
  let node: TestNode;
  let client: Comet38Client;
  let pubkey: Uint8Array;
  let txHeight = 0;
  let txHash = '';
  before(async () => {
    node = await startNode({ blockTime: '150ms', keepHome: true, api: true });
    client = await connect(node.rpcUrl);
    const tx = signTx([sendMsg(dev[1]!.address, dev[2]!.address, '5')], { privkey: dev[1]!.privkey, accountNumber: 1, sequence: 0 });
    const r = await client.broadcastTxCommit({ tx });
    assert.equal(r.checkTx.code, 0, r.checkTx.log);
    assert.equal(r.txResult?.code, 0, r.txResult?.log);
    txHeight = r.height;
    txHash = hexU(r.hash);
    for (;;) {
      if ((await client.status()).syncInfo.latestBlockHeight > Math.max(HEIGHTS, txHeight) + 1) break;
      await new Promise((res) => setTimeout(res, 100));
    }
    pubkey = (await client.validators({})).validators[0]!.pubkey!.data;
  });
  after(async () => {
    client?.disconnect();
    await node?.stop();
    rmSync(node.home, { recursive: true, force: true });
  });

  it('connectComet recognises a v0.38 node; status and validators agree on the validator key', async () => {
    const c = await connectComet(node.rpcUrl);
    assert.ok(isComet38Client(c));
    c.disconnect();
    const s = await client.status();
    assert.match(s.nodeInfo.version, /^0\.38\./);
    assert.equal(s.nodeInfo.network, 'trivium-devnet-1');
    assert.equal(s.nodeInfo.protocolVersion.block, 11);
    const v = await client.validators({});
    assert.equal(v.total, 1);
    assert.equal(v.validators[0]!.pubkey!.algorithm, 'ed25519');
    assert.equal(v.validators[0]!.votingPower, 10n);
    assert.equal(hexU(v.validators[0]!.address), hexU(sha256(pubkey).subarray(0, 20)));
    assert.deepEqual(s.validatorInfo.pubkey, v.validators[0]!.pubkey);
    assert.equal(hexU(s.validatorInfo.address), hexU(v.validators[0]!.address));
    assert.deepEqual((await client.validatorsAll()).validators, v.validators);
  });

  it(`signs every block: heights 1..${HEIGHTS} and the block with a tx verify as a light client checks them`, async () => {
    for (let h = 1; h <= HEIGHTS; h++) await verifyBlock(client, h, pubkey, 'trivium-devnet-1');
    await verifyBlock(client, txHeight, pubkey, 'trivium-devnet-1');
    // The results of the tx's block are in the next header (last_results_hash: code, data, gas wanted, gas used).
    const results = await client.blockResults(txHeight);
    const next = (await client.block(txHeight + 1)).block.header;
    const leaves = results.results.map((r) => {
      const body = [...(r.code ? [8, ...uvarint(BigInt(r.code))] : []), ...(r.data?.length ? lenField(2, r.data) : []), ...(r.gasWanted ? [40, ...uvarint(r.gasWanted)] : []), ...(r.gasUsed ? [48, ...uvarint(r.gasUsed)] : [])];
      return new Uint8Array(body);
    });
    assert.equal(results.results.length, 1);
    assert.equal(hexU(next.lastResultsHash), hexU(merkle(leaves)));
    // consensus_hash: sha256 of HashedParams {block.max_bytes, block.max_gas} from the genesis
    const { consensusParams } = await client.genesis();
    const hashed = new Uint8Array([8, ...uvarint(BigInt(consensusParams.block!.maxBytes)), 16, ...uvarint(BigInt(consensusParams.block!.maxGas))]);
    assert.equal(hexU(next.consensusHash), hexU(sha256(hashed)));
  });

  it('every route Comet38Client has decodes with sensible values', async () => {
    await client.health();
    const info = await client.abciInfo();
    assert.ok((info.lastBlockHeight ?? 0) > 0);
    assert.equal(info.lastBlockAppHash?.length, 32);
    const data = QueryBalanceRequest.encode({ address: dev[2]!.address, denom: 'utrv' }).finish();
    const q = await client.abciQuery({ path: '/cosmos.bank.v1beta1.Query/Balance', data });
    assert.equal(q.code, 0);
    assert.deepEqual(q.key, data, 'the query key echoed');
    assert.equal(q.index, 0);
    assert.equal(q.codespace, '');
    assert.ok((q.height ?? 0) > 0);
    assert.equal(QueryBalanceResponse.decode(q.value).balance?.amount, '10000000005');
    const proved = await client.abciQuery({ path: '/store/bank/key', data: Buffer.from('no-such-key'), prove: true });
    assert.ok((proved.proof?.ops.length ?? 0) >= 1, 'prove=true: proof_ops');
    assert.match(proved.proof!.ops[0]!.type, /^ics23:/);
    const bad = await client.abciQuery({ path: '/no.such.Query/Path', data: new Uint8Array([1]) });
    assert.notEqual(bad.code, 0);
    assert.equal(bad.codespace, 'sdk');

    const b = await client.block(txHeight);
    assert.equal(b.block.header.height, txHeight);
    assert.equal(b.block.txs.length, 1);
    const results = await client.blockResults(txHeight);
    assert.equal(results.height, txHeight);
    assert.ok(results.results[0]!.gasUsed > 0n);
    const chain = await client.blockchain(1, HEIGHTS);
    assert.deepEqual(chain.blockMetas.map((m) => m.header.height), [5, 4, 3, 2, 1]);
    assert.deepEqual(chain.blockMetas[4]!.blockId, (await client.block(1)).blockId);
    const search = await client.blockSearch({ query: `block.height = ${txHeight}` });
    assert.equal(search.totalCount, 1);
    assert.deepEqual(search.blocks[0]!.blockId, b.blockId);
    const g = await client.genesis();
    assert.equal(g.chainId, 'trivium-devnet-1');
    assert.ok(g.consensusParams.block && g.consensusParams.evidence, 'block and evidence params');
    assert.equal(g.validators.length, 1);
    assert.deepEqual(g.validators[0]!.pubkey!.data, pubkey);
    const tx = await client.tx({ hash: Buffer.from(txHash, 'hex') });
    assert.equal(tx.height, txHeight);
    assert.equal(tx.result.code, 0);
    const found = await client.txSearch({ query: `tx.height=${txHeight}` });
    assert.equal(found.totalCount, 1);
    assert.equal(hexU(found.txs[0]!.hash), txHash);
    assert.equal((await client.txSearchAll({ query: `transfer.recipient='${dev[2]!.address}'` })).txs.length, 1);
    const before = await client.numUnconfirmedTxs();
    assert.ok(before.total >= 0);
    const s1 = await client.broadcastTxSync({ tx: signTx([sendMsg(dev[3]!.address, dev[4]!.address, '1')], { privkey: dev[3]!.privkey, accountNumber: 3, sequence: 0 }) });
    assert.equal(s1.code, 0, s1.log);
    const s2 = await client.broadcastTxAsync({ tx: signTx([sendMsg(dev[5]!.address, dev[4]!.address, '1')], { privkey: dev[5]!.privkey, accountNumber: 5, sequence: 0 }) });
    assert.equal(s2.hash.length, 32);
    const dup = await client.broadcastTxSync({ tx: signTx([sendMsg(dev[3]!.address, dev[4]!.address, '1')], { privkey: dev[3]!.privkey, accountNumber: 3, sequence: 0 }) });
    assert.notEqual(dup.code, 0, 'a resubmission is refused');
  });

  it('tx and tx_search with prove=true: a TxProof that verifies against the block header\'s data_hash', async () => {
    // three txs sent together, most likely in one block (the aunts then have something to prove)
    const txs = [6, 7, 8].map((i) => signTx([sendMsg(dev[i]!.address, dev[0]!.address, '1')], { privkey: dev[i]!.privkey, accountNumber: i, sequence: 0 }));
    const sent = await Promise.all(txs.map((tx) => client.broadcastTxSync({ tx })));
    for (const r of sent) assert.equal(r.code, 0, r.log);
    const fromAunts = (index: number, total: number, leafHash: Uint8Array, aunts: Uint8Array[]): Uint8Array => {
      if (total === 1) return leafHash;
      let k = 1;
      while (k * 2 < total) k *= 2;
      const top = aunts[aunts.length - 1]!;
      return index < k ? sha256(new Uint8Array([1]), fromAunts(index, k, leafHash, aunts.slice(0, -1)), top) : sha256(new Uint8Array([1]), top, fromAunts(index - k, total - k, leafHash, aunts.slice(0, -1)));
    };
    for (const r of sent) {
      let t: Awaited<ReturnType<Comet38Client["tx"]>> | undefined;
      for (let i = 0; i < 100 && !t; i++) {
        t = await client.tx({ hash: r.hash, prove: true }).catch(() => undefined);
        if (!t) await new Promise((res) => setTimeout(res, 100));
      }
      assert.ok(t?.proof, 'a proof with prove=true');
      const { header } = (await client.block(t.height)).block;
      assert.deepEqual(t.proof.data, t.tx);
      assert.deepEqual(t.proof.rootHash, header.dataHash);
      assert.deepEqual(t.proof.proof.leafHash, leaf(sha256(t.tx)));
      assert.equal(t.proof.proof.index, t.index);
      assert.equal(t.proof.proof.total, (await client.block(t.height)).block.txs.length);
      assert.deepEqual(fromAunts(t.index, t.proof.proof.total, t.proof.proof.leafHash, [...t.proof.proof.aunts]), header.dataHash);
    }
    const found = await client.txSearch({ query: `tx.hash='${hexU(sent[0]!.hash)}'`, prove: true });
    assert.deepEqual(found.txs[0]!.proof!.rootHash, (await client.block(found.txs[0]!.height)).block.header.dataHash);
    assert.equal((await client.tx({ hash: sent[0]!.hash })).proof, undefined, 'no proof unless asked');
  });

  it('header, header_by_hash and genesis_chunked over HTTP POST, URI GET and /websocket', async () => {
    const h = 3;
    const viaCommit = (await rpc(node.rpcUrl, 'commit', { height: String(h) })).result.signed_header.header;
    const post = (await rpc(node.rpcUrl, 'header', { height: String(h) })).result.header;
    assert.deepEqual(post, viaCommit);
    const get = (await (await fetch(`${node.rpcUrl}/header?height=${h}`)).json()) as any;
    assert.deepEqual(get.result.header, viaCommit);
    const ws = await wsCall(node.wsUrl, 'header', { height: String(h) });
    assert.deepEqual(ws.result.header, viaCommit);
    const hash = (await client.block(h)).blockId.hash;
    const byHash = (await rpc(node.rpcUrl, 'header_by_hash', { hash: Buffer.from(hash).toString('base64') })).result.header;
    assert.deepEqual(byHash, viaCommit);
    const byHashGet = (await (await fetch(`${node.rpcUrl}/header_by_hash?hash=0x${toHex(hash)}`)).json()) as any;
    assert.deepEqual(byHashGet.result.header, viaCommit);
    assert.equal((await rpc(node.rpcUrl, 'header_by_hash', { hash: Buffer.alloc(32, 1).toString('base64') })).result.header, null);
    const latest = (await rpc(node.rpcUrl, 'header', {})).result.header;
    assert.ok(Number(latest.height) > HEIGHTS);
    const tooHigh = await rpc(node.rpcUrl, 'header', { height: '999999' });
    assert.match(tooHigh.error!.data!, /must be less than or equal to the current blockchain height/);

    const genesis = (await rpc(node.rpcUrl, 'genesis')).result.genesis;
    const chunk = (await rpc(node.rpcUrl, 'genesis_chunked', { chunk: '0' })).result;
    assert.equal(chunk.chunk, '0');
    assert.equal(chunk.total, '1');
    assert.deepEqual(JSON.parse(Buffer.from(fromBase64(chunk.data)).toString('utf8')), genesis);
    const chunkGet = (await (await fetch(`${node.rpcUrl}/genesis_chunked?chunk=0`)).json()) as any;
    assert.equal(chunkGet.result.data, chunk.data);
    const chunkWs = await wsCall(node.wsUrl, 'genesis_chunked', { chunk: 0 });
    assert.equal(chunkWs.result.data, chunk.data);
    assert.match((await rpc(node.rpcUrl, 'genesis_chunked', { chunk: '1' })).error!.data!, /there are 1 chunks, 1 is invalid/);
  });

  it("the SDK's REST/gRPC GetBlockByHeight serves the same block id, header hashes and signed last commit", async () => {
    const h = 3;
    const r = (await (await fetch(`http://${node.ports['api.address']}/cosmos/base/tendermint/v1beta1/blocks/${h}`)).json()) as any;
    const hexOf = (b64: string) => hexU(fromBase64(b64));
    const { blockId, block } = await client.block(h);
    assert.equal(hexOf(r.block_id.hash), hexU(blockId.hash));
    assert.equal(r.block_id.part_set_header.total, blockId.parts.total);
    assert.equal(hexOf(r.block.header.validators_hash), hexU(block.header.validatorsHash));
    assert.equal(hexOf(r.block.header.last_commit_hash), hexU(block.header.lastCommitHash));
    const prev = (await client.commit(h - 1)).commit;
    assert.equal(hexOf(r.block.last_commit.signatures[0].signature), hexU(prev.signatures[0]!.signature!));
    assert.equal(hexOf(r.block.last_commit.block_id.hash), hexU(prev.blockId.hash));
  });

  it('consensus params hold every section (block, evidence, validator, version, abci), in the genesis and /consensus_params', async () => {
    const { genesis } = (await rpc(node.rpcUrl, 'genesis')).result;
    const { consensus_params: cp, block_height } = (await rpc(node.rpcUrl, 'consensus_params')).result;
    assert.ok(Number(block_height) > 0);
    for (const p of [genesis.consensus_params, cp]) {
      assert.deepEqual(Object.keys(p).sort(), ['abci', 'block', 'evidence', 'validator', 'version']);
      assert.equal(p.block.max_gas, '1000000000');
      assert.deepEqual(p.evidence, { max_age_num_blocks: '100000', max_age_duration: '172800000000000', max_bytes: '1048576' });
      assert.deepEqual(p.validator, { pub_key_types: ['ed25519'] });
      assert.deepEqual(p.version, { app: '1' });
      assert.deepEqual(p.abci, { vote_extensions_enable_height: '0' });
    }
    assert.deepEqual(genesis.validators[0].pub_key.value, Buffer.from(pubkey).toString('base64'));
  });

  it('consensus_state and dump_consensus_state: the next height, round 0, the stored last commit', async () => {
    const addr = hexU(sha256(pubkey).subarray(0, 20));
    const { round_state: rs } = (await rpc(node.rpcUrl, 'consensus_state')).result;
    const [h, round, step] = String(rs['height/round/step']).split('/').map(Number);
    assert.ok(h! > HEIGHTS && round === 0 && step === 1, rs['height/round/step']);
    assert.deepEqual(rs.proposer, { address: addr, index: 0 });
    const dump = (await rpc(node.rpcUrl, 'dump_consensus_state')).result;
    assert.deepEqual(dump.peers, []);
    assert.equal(dump.round_state.validators.validators[0].address, addr);
    const vote = dump.round_state.last_commit.votes[0] as string;
    const lastH = Number(dump.round_state.height) - 1;
    const sig = Buffer.from((await rpc(node.rpcUrl, 'commit', { height: String(lastH) })).result.signed_header.commit.signatures[0].signature, 'base64');
    assert.ok(vote.startsWith(`Vote{0:${addr.slice(0, 12)} ${lastH}/00/SIGNED_MSG_TYPE_PRECOMMIT(Precommit) `), vote);
    assert.ok(vote.includes(` ${toHex(sig).slice(0, 12).toUpperCase()} `), 'the stored signature, fingerprinted');
  });

  it('NewBlockHeader over /websocket: the header whose hash the next block names', async () => {
    const ws = await Comet38Client.create(new WebsocketClient(node.wsUrl));
    const header = await new Promise<any>((resolve, reject) => {
      const sub = ws.subscribeNewBlockHeader().subscribe({ next: (e) => { sub.unsubscribe(); resolve(e); }, error: reject, complete: () => undefined });
    });
    ws.disconnect();
    for (;;) {
      if ((await client.status()).syncInfo.latestBlockHeight > header.height) break;
      await new Promise((res) => setTimeout(res, 50));
    }
    assert.deepEqual((await client.block(header.height + 1)).block.header.lastBlockId!.hash, (await client.block(header.height)).blockId.hash);
    assert.equal(header.chainId, 'trivium-devnet-1');
    assert.deepEqual(header.validatorsHash, (await client.block(header.height)).block.header.validatorsHash);
  });

  it('a restart and a `triviumd replay` leave every stored signature as it was, and it still verifies', async () => {
    const beforeStop = await commits(node.rpcUrl, HEIGHTS + 1);
    client.disconnect();
    node = await node.restart();
    client = await connect(node.rpcUrl);
    assert.deepEqual(await commits(node.rpcUrl, HEIGHTS + 1), beforeStop);
    await verifyBlock(client, HEIGHTS, pubkey, 'trivium-devnet-1');
    // and the new node signs on with the same key
    const top = (await client.status()).syncInfo.latestBlockHeight;
    for (;;) {
      if ((await client.status()).syncInfo.latestBlockHeight > top + 1) break;
      await new Promise((res) => setTimeout(res, 50));
    }
    await verifyBlock(client, top, pubkey, 'trivium-devnet-1');
    client.disconnect();
    await node.proc.kill('SIGTERM');
    await new Promise((r) => node.proc.once('exit', r));

    const replayed = mkdtempSync(join(tmpdir(), 'trivium-comet-replay-'));
    try {
      const r = await runCli(['replay', '--source', node.home, '--home', replayed, '-o', 'json']);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.deepEqual(JSON.parse(r.stdout).mismatches, []);
      const again = await startNode({ home: replayed, blockTime: '150ms' });
      try {
        const c = await connect(again.rpcUrl);
        assert.deepEqual(await commits(again.rpcUrl, HEIGHTS + 1), beforeStop);
        await verifyBlock(c, HEIGHTS, pubkey, 'trivium-devnet-1');
        c.disconnect();
      } finally {
        await again.stop();
      }
    } finally {
      rmSync(replayed, { recursive: true, force: true });
    }
  });
});

describe('the validator key in the home (CometBFT layout)', () => {
  const home = mkdtempSync(join(tmpdir(), 'trivium-comet-key-'));
  after(() => rmSync(home, { recursive: true, force: true }));
  const read = (p: string) => JSON.parse(readFileSync(join(home, p), 'utf8'));

  it('init writes priv_validator_key.json, names it in the genesis, keeps it on --overwrite; a stranger key refuses to start', async () => {
    assert.equal((await runCli(['init', 'k', '--home', home])).code, 0);
    const key = read('config/priv_validator_key.json');
    assert.equal(key.pub_key.type, 'tendermint/PubKeyEd25519');
    assert.equal(key.priv_key.type, 'tendermint/PrivKeyEd25519');
    const pub = fromBase64(key.pub_key.value);
    assert.equal(key.address, hexU(sha256(pub).subarray(0, 20)));
    assert.equal(fromBase64(key.priv_key.value).length, 64);
    assert.deepEqual(read('config/genesis.json').validators, [{ address: key.address, pub_key: key.pub_key, power: '10', name: 'k' }]);
    assert.deepEqual(read('data/priv_validator_state.json'), { height: '0', round: 0, step: 0 });
    assert.equal((await runCli(['init', 'k', '--home', home, '--overwrite'])).code, 0);
    assert.deepEqual(read('config/priv_validator_key.json'), key, 'an existing key is kept, as CometBFT init keeps it');

    writeFileSync(join(home, 'config/priv_validator_key.json'), JSON.stringify(generateValidatorKey()));
    const args = ['start', '--home', home, '--rpc.laddr', `tcp://127.0.0.1:${await freePort()}`];
    for (const [flag, addr] of Object.entries(await servicePorts())) args.push(`--${flag}`, addr);
    const child = spawnCli(args);
    let outText = '';
    child.stdout!.on('data', (d) => (outText += d));
    child.stderr!.on('data', (d) => (outText += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
    clearTimeout(timer);
    assert.notEqual(code, 0);
    assert.match(outText, new RegExp(`priv_validator_key.json holds validator [0-9A-F]{40}, but the genesis names ${key.address}`));
  });
});
