/** The chain's consensus parameters that execution depends on: the one block gas limit lives here. */
export interface ConsensusParams {
  /** Largest block in bytes (CometBFT's block.max_bytes). */
  maxBytes: number;
  /** The block gas limit (CometBFT's block.max_gas): caps a tx's gas, a block's total, a simulation's meter. */
  maxGas: bigint;
  /** Trivium's extension (CometBFT has none): the most gas one tx may ask for, as EIP-7825; 0n = no cap. */
  maxTxGas?: bigint;
}

/** Per-tx cap, 2^26 (EIP-7825 uses 2^24; a devnet SVM program deploy takes ~20M and the 1,000-message crossvm batch ~60M): bounds the worst tx whatever the block gas limit becomes. */
export const DEFAULT_MAX_TX_GAS = 67_108_864n;

/**
 * The default block gas limit: the whole default mempool (5,000 txs) at 200,000 gas each fits one block, so at
 * the default 1 s block time a devnet is not capped by its own gas limit (100,000,000 held 1,250 MsgSends of
 * 80,000 gas: ≈ 700 tx/s). The worst single tx stays bounded by max_tx_gas.
 */
export const DEFAULT_BLOCK_MAX_GAS = 1_000_000_000n;

export const DEFAULT_CONSENSUS_PARAMS: ConsensusParams = { maxBytes: 22_020_096, maxGas: DEFAULT_BLOCK_MAX_GAS, maxTxGas: DEFAULT_MAX_TX_GAS };

export interface GenesisValidator {
  address: string;
  pub_key: { type: string; value: string };
  power: string;
  name?: string;
}

/** CometBFT v0.38's consensus params in JSON; only `block` is required here (the rest default as CometBFT's). */
export interface GenesisConsensusParams {
  block: { max_bytes: string; max_gas: string; max_tx_gas?: string };
  evidence?: { max_age_num_blocks: string; max_age_duration: string; max_bytes: string };
  validator?: { pub_key_types: string[] };
  version?: { app: string };
  abci?: { vote_extensions_enable_height: string };
}

/** The genesis document (CometBFT's genesis.json, with our app_state). */
export interface Genesis {
  genesis_time: string;
  chain_id: string;
  initial_height: string;
  consensus_params: GenesisConsensusParams;
  /** CometBFT's genesis validators; the devnet's single validator (absent in a home older than issue 20). */
  validators?: GenesisValidator[];
  app_hash: string;
  app_state: Record<string, unknown>;
}

export function consensusParamsOf(genesis: Pick<Genesis, 'consensus_params'>): ConsensusParams {
  const b = genesis.consensus_params?.block;
  return {
    maxBytes: b?.max_bytes && b.max_bytes !== '-1' ? Number(b.max_bytes) : DEFAULT_CONSENSUS_PARAMS.maxBytes,
    maxGas: b?.max_gas && b.max_gas !== '-1' ? BigInt(b.max_gas) : DEFAULT_CONSENSUS_PARAMS.maxGas,
    // absent: the default cap; '-1': no cap
    maxTxGas: b?.max_tx_gas === '-1' ? 0n : b?.max_tx_gas ? BigInt(b.max_tx_gas) : DEFAULT_MAX_TX_GAS,
  };
}

/** The genesis form of the params (strings, as CometBFT writes them), every section filled. */
export function genesisConsensusParams(p: ConsensusParams = DEFAULT_CONSENSUS_PARAMS): Required<GenesisConsensusParams> {
  const maxTx = p.maxTxGas ?? DEFAULT_MAX_TX_GAS;
  return completeConsensusParams({ block: { max_bytes: String(p.maxBytes), max_gas: String(p.maxGas), max_tx_gas: maxTx === 0n ? '-1' : String(maxTx) } });
}

/**
 * Every section CometBFT v0.38 has (block, evidence, validator, version, abci), those a genesis leaves out at
 * CometBFT's defaults (types.DefaultConsensusParams), the version at this app's.
 */
export function completeConsensusParams(cp: GenesisConsensusParams): Required<GenesisConsensusParams> {
  return {
    block: cp.block,
    evidence: cp.evidence ?? { max_age_num_blocks: '100000', max_age_duration: '172800000000000', max_bytes: '1048576' },
    validator: cp.validator ?? { pub_key_types: ['ed25519'] },
    version: cp.version ?? { app: String(APP_VERSION) },
    abci: cp.abci ?? { vote_extensions_enable_height: '0' },
  };
}

/** The app's protocol version: Info's app_version, a block header's version.app, consensus params' version.app. */
export const APP_VERSION = 1;
