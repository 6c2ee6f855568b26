import { toBech32 } from '@cosmjs/encoding';
import {
  ABCIQueryRequest,
  ABCIQueryResponse,
  GetBlockByHeightRequest,
  GetBlockByHeightResponse,
  GetLatestBlockResponse,
  GetLatestValidatorSetResponse,
  GetNodeInfoResponse,
  GetSyncingResponse,
  GetValidatorSetByHeightRequest,
  GetValidatorSetByHeightResponse,
} from 'cosmjs-types/cosmos/base/tendermint/v1beta1/query';
import { PubKey as Ed25519PubKey } from 'cosmjs-types/cosmos/crypto/ed25519/keys';
import type { Timestamp } from 'cosmjs-types/google/protobuf/timestamp';
import { BECH32_PREFIX } from '../types/address.ts';
import type { StoredBlock } from '../blockstore/types.ts';
import type { CometNode } from '../rpc/methods.ts';
import { type ApiMethod, type CometMethods, abciQuery } from './abci-query.ts';
import { ApiError, Code } from './status.ts';

const S = '/cosmos.base.tendermint.v1beta1.Service';
const BLOCK_ID_FLAG_COMMIT = 2;

const hex = (s: string | null | undefined) => new Uint8Array(Buffer.from(s ?? '', 'hex'));

/** RFC 3339 with up to nanoseconds → google.protobuf.Timestamp (exact: no float in between). */
export function timestamp(rfc3339: string): Timestamp {
  const m = /^(.*?)(?:\.(\d{1,9}))?Z$/.exec(rfc3339);
  if (!m) return { seconds: 0n, nanos: 0 };
  return { seconds: BigInt(Math.floor(Date.parse(`${m[1]}Z`) / 1000)), nanos: Number((m[2] ?? '').padEnd(9, '0')) };
}

const blockId = (hash: string) => ({ hash: hex(hash), partSetHeader: { total: hash ? 1 : 0, hash: hex(hash) } });

/**
 * cosmos.base.tendermint.v1beta1.Service over the node's block store and CometBFT routes. With a height header,
 * "latest" means the block (or validator set) at that height.
 */
export function tendermintService(node: CometNode, comet: CometMethods): Record<string, ApiMethod> {
  const valcons = (hexAddr: string) => toBech32(`${BECH32_PREFIX}valcons`, hex(hexAddr));
  const latest = () => node.latestHeight();
  const at = (height: number) => (height > 0 ? height : latest());

  const header = (b: StoredBlock) => ({
    version: { block: 11n, app: 0n },
    chainId: b.chainId,
    height: BigInt(b.height),
    time: timestamp(b.time),
    lastBlockId: blockId(b.lastBlockHash),
    lastCommitHash: new Uint8Array(),
    dataHash: hex(b.dataHash),
    validatorsHash: new Uint8Array(),
    nextValidatorsHash: new Uint8Array(),
    consensusHash: new Uint8Array(),
    appHash: hex(b.appHash),
    lastResultsHash: new Uint8Array(),
    evidenceHash: new Uint8Array(),
  });
  const blockAt = (height: number) => {
    if (height < 1) throw new ApiError(Code.INVALID_ARGUMENT, height === 0 && latest() === 0 ? 'no blocks yet: the chain is at genesis' : `height must be greater than 0, got ${height}`);
    if (height > latest()) throw new ApiError(Code.INVALID_ARGUMENT, 'requested block height is bigger then the chain length');
    const b = node.getBlock(height);
    if (!b) throw new ApiError(Code.NOT_FOUND, `block ${height} is not available`);
    const prev = node.getBlock(height - 1);
    const data = { txs: b.txs.map((t) => new Uint8Array(Buffer.from(t, 'base64'))) };
    const lastCommit = prev
      ? {
          height: BigInt(prev.height),
          round: 0,
          blockId: blockId(prev.hash),
          signatures: [{ blockIdFlag: BLOCK_ID_FLAG_COMMIT, validatorAddress: hex(node.validator.address), timestamp: timestamp(prev.time), signature: new Uint8Array() }],
        }
      : { height: 0n, round: 0, blockId: blockId(''), signatures: [] };
    const h = header(b);
    return {
      blockId: blockId(b.hash),
      block: { header: { ...h, proposerAddress: hex(b.proposer) }, data, evidence: { evidence: [] }, lastCommit },
      sdkBlock: { header: { ...h, proposerAddress: b.proposer ? valcons(b.proposer) : '' }, data, evidence: { evidence: [] }, lastCommit },
    };
  };
  const validatorSet = (height: number) => {
    if (height > latest()) throw new ApiError(Code.INVALID_ARGUMENT, 'requested block height is bigger then the chain length');
    const pubKey = { typeUrl: '/cosmos.crypto.ed25519.PubKey', value: Ed25519PubKey.encode({ key: new Uint8Array(Buffer.from(node.validator.pub_key.value, 'base64')) }).finish() };
    return {
      blockHeight: BigInt(height),
      validators: [{ address: valcons(node.validator.address), pubKey, votingPower: 10n, proposerPriority: 0n }],
      pagination: { nextKey: new Uint8Array(), total: 1n },
    };
  };
  const answer = (value: Uint8Array, height = latest()) => ({ value, height: Math.max(1, height) });

  return {
    [`${S}/GetNodeInfo`]: async () => {
      const s = (await comet.status!({})) as { node_info: { id: string; listen_addr: string; network: string; version: string; channels: string; moniker: string; other: { tx_index: string; rpc_address: string } } };
      const n = s.node_info;
      return answer(
        GetNodeInfoResponse.encode({
          defaultNodeInfo: {
            protocolVersion: { p2p: 8n, block: 11n, app: 0n },
            defaultNodeId: n.id,
            listenAddr: n.listen_addr,
            network: n.network,
            version: n.version,
            channels: hex(n.channels),
            moniker: n.moniker,
            other: { txIndex: n.other.tx_index, rpcAddress: n.other.rpc_address },
          },
          applicationVersion: { name: 'trivium', appName: 'triviumd', version: '0.1.0', gitCommit: '', buildTags: '', goVersion: `node ${process.version}`, buildDeps: [], cosmosSdkVersion: '' },
        }).finish(),
      );
    },
    [`${S}/GetSyncing`]: async () => answer(GetSyncingResponse.encode({ syncing: false }).finish()),
    [`${S}/GetLatestBlock`]: async (_req, height) => answer(GetLatestBlockResponse.encode(blockAt(at(height))).finish(), at(height)),
    [`${S}/GetBlockByHeight`]: async (req) => {
      const h = Number(GetBlockByHeightRequest.decode(req).height);
      return answer(GetBlockByHeightResponse.encode(blockAt(h)).finish(), h);
    },
    [`${S}/GetLatestValidatorSet`]: async (_req, height) => answer(GetLatestValidatorSetResponse.encode(validatorSet(at(height))).finish(), at(height)),
    [`${S}/GetValidatorSetByHeight`]: async (req) => {
      const h = Number(GetValidatorSetByHeightRequest.decode(req).height);
      if (h < 1) throw new ApiError(Code.INVALID_ARGUMENT, `height must be greater than 0, got ${h}`);
      return answer(GetValidatorSetByHeightResponse.encode(validatorSet(h)).finish(), h);
    },
    [`${S}/ABCIQuery`]: async (req) => {
      const q = ABCIQueryRequest.decode(req);
      let r;
      try {
        r = (await abciQuery(comet, q.path, q.data, Number(q.height), q.prove)).raw;
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        // A failed query is an answer here, as CometBFT's abci_query gives it.
        const { response } = (await comet.abci_query!({ path: q.path, data: Buffer.from(q.data).toString('hex'), height: Number(q.height) })) as { response: { code: number; log: string; codespace: string; height: string } };
        return answer(ABCIQueryResponse.encode({ code: response.code, log: response.log, info: '', index: 0n, key: new Uint8Array(), value: new Uint8Array(), height: BigInt(response.height), codespace: response.codespace }).finish());
      }
      const b64 = (s: string | null | undefined) => new Uint8Array(Buffer.from(s ?? '', 'base64'));
      return answer(
        ABCIQueryResponse.encode({
          code: 0,
          log: r.log,
          info: '',
          index: 0n,
          key: b64(r.key),
          value: b64(r.value),
          proofOps: r.proofOps ? { ops: r.proofOps.ops.map((o) => ({ type: o.type, key: b64(o.key), data: b64(o.data) })) } : undefined,
          height: BigInt(r.height),
          codespace: '',
        }).finish(),
      );
    },
  };
}
