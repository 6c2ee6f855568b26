/** The chain's consensus parameters that execution depends on: the one block gas limit lives here. */
export interface ConsensusParams {
  /** Largest block in bytes (CometBFT's block.max_bytes). */
  maxBytes: number;
  /** The block gas limit (CometBFT's block.max_gas): caps a tx's gas, a block's total, a simulation's meter. */
  maxGas: bigint;
}

export const DEFAULT_CONSENSUS_PARAMS: ConsensusParams = { maxBytes: 22_020_096, maxGas: 100_000_000n };

/** The genesis document (CometBFT's genesis.json, with our app_state). */
export interface Genesis {
  genesis_time: string;
  chain_id: string;
  initial_height: string;
  consensus_params: { block: { max_bytes: string; max_gas: string } };
  app_hash: string;
  app_state: Record<string, unknown>;
}

export function consensusParamsOf(genesis: Pick<Genesis, 'consensus_params'>): ConsensusParams {
  const b = genesis.consensus_params?.block;
  return {
    maxBytes: b?.max_bytes ? Number(b.max_bytes) : DEFAULT_CONSENSUS_PARAMS.maxBytes,
    maxGas: b?.max_gas && b.max_gas !== '-1' ? BigInt(b.max_gas) : DEFAULT_CONSENSUS_PARAMS.maxGas,
  };
}

/** The genesis form of the params (strings, as CometBFT writes them). */
export function genesisConsensusParams(p: ConsensusParams = DEFAULT_CONSENSUS_PARAMS): Genesis['consensus_params'] {
  return { block: { max_bytes: String(p.maxBytes), max_gas: String(p.maxGas) } };
}
