import { RpcError } from '../jsonrpc/index.ts';
import { completeConsensusParams, type Genesis } from '../types/consensus.ts';
import { VALIDATOR_POWER } from '../blockstore/validator-set.ts';

/** What these routes read of the node (core/rpc/methods.ts's GenesisNode has it). */
export interface GenesisNode {
  readonly validator: { address: string; pub_key: { type: string; value: string } };
  readonly moniker: string;
  readonly genesis: Omit<Genesis, 'app_state'>;
  readGenesis(): Genesis;
}
type Params = Record<string, unknown>;
type Method = (p: Params) => unknown;

/** CometBFT's genesisChunkSize: `genesis` refuses a document larger than one chunk. */
export const GENESIS_CHUNK_SIZE = 16 * 1024 * 1024;

/**
 * The genesis as CometBFT serves it (types.GenesisDoc after ValidateAndComplete): every consensus params section,
 * the validators (a home older than issue 20 has none in its file: its key is the one validator), in CometBFT's
 * field order.
 */
export function servedGenesis(node: GenesisNode): Genesis {
  const g = node.readGenesis();
  const validators = g.validators?.length ? g.validators : [{ ...node.validator, power: String(VALIDATOR_POWER), name: node.moniker }];
  const { genesis_time, chain_id, initial_height, consensus_params, app_hash, app_state, ...rest } = g;
  return { genesis_time, chain_id, initial_height, consensus_params: completeConsensusParams(consensus_params), validators, app_hash, app_state, ...rest };
}

const intParam = (v: unknown, name: string): number => {
  const n = typeof v === 'number' ? v : Number(String(v ?? '0').replace(/^"|"$/g, ''));
  if (!Number.isInteger(n) || n < 0) throw new RpcError(-32602, 'Invalid params', `${name}: expected a non-negative integer, got ${JSON.stringify(v)}`);
  return n;
};

/** `genesis`, `genesis_chunked` and `consensus_params` (CometBFT rpc/core/net.go, consensus.go). */
export function genesisRoutes(node: GenesisNode, heightOrLatest: (v: unknown) => number): Record<string, Method> {
  // The serialized genesis, cut once on first use (CometBFT cuts it at start): the file does not change under a running node.
  let chunks: string[] | undefined;
  const genesisChunks = (): string[] => {
    if (!chunks) {
      const bytes = Buffer.from(JSON.stringify(servedGenesis(node)), 'utf8');
      chunks = [];
      for (let i = 0; i < bytes.length; i += GENESIS_CHUNK_SIZE) chunks.push(bytes.subarray(i, i + GENESIS_CHUNK_SIZE).toString('base64'));
    }
    return chunks;
  };
  return {
    genesis: () => {
      const doc = servedGenesis(node);
      if (Buffer.byteLength(JSON.stringify(doc)) > GENESIS_CHUNK_SIZE) {
        throw new RpcError(-32603, 'Internal error', 'genesis response is large, please use the genesis_chunked API instead');
      }
      return { genesis: doc };
    },
    genesis_chunked: (p: Params) => {
      const id = intParam(p.chunk, 'chunk');
      const all = genesisChunks();
      if (id >= all.length) throw new RpcError(-32603, 'Internal error', `there are ${all.length} chunks, ${id} is invalid`);
      return { chunk: String(id), total: String(all.length), data: all[id] };
    },
    consensus_params: (p: Params) => ({
      block_height: String(heightOrLatest(p.height)),
      consensus_params: completeConsensusParams(node.genesis.consensus_params),
    }),
  };
}
