import { DEFAULT_CONSENSUS_PARAMS } from '../../../core/types/consensus.ts';
import type { EVMRunCallOpts } from '@ethereumjs/evm';
import { Address } from '@ethereumjs/util';
import { fromHex } from '@cosmjs/encoding';
import type { BlockInfo } from '../../../core/types/context.ts';
import type { EvmParams } from '../types/index.ts';

const ZERO32 = new Uint8Array(32);

/**
 * The block as the EVM sees it, all from the consensus block header: NUMBER = height, TIMESTAMP = block time
 * in whole seconds, COINBASE = proposer, PREVRANDAO = 0 (a single-validator devnet has no randomness beacon;
 * contracts must not rely on it), GASLIMIT and BASEFEE from params.
 */
export type Block = NonNullable<EVMRunCallOpts['block']>;

const cache = new WeakMap<BlockInfo, { params: EvmParams; block: Block }>();

export function blockEnv(info: BlockInfo, params: EvmParams): Block {
  // One BlockInfo object serves a whole block: build its EVM view once.
  const hit = cache.get(info);
  if (hit && hit.params === params) return hit.block;
  const block = build(info, params);
  cache.set(info, { params, block });
  return block;
}

function build(info: BlockInfo, params: EvmParams): Block {
  const coinbase = /^[0-9a-fA-F]{40}$/.test(info.proposer) ? new Address(fromHex(info.proposer)) : new Address(new Uint8Array(20));
  return {
    header: {
      number: BigInt(info.height),
      coinbase,
      timestamp: BigInt(Math.floor(info.timeMs / 1000)),
      difficulty: 0n,
      prevRandao: ZERO32,
      gasLimit: info.maxGas ?? DEFAULT_CONSENSUS_PARAMS.maxGas, // the chain's one block gas limit (consensus params)
      baseFeePerGas: BigInt(params.base_fee_wei),
      getBlobGasPrice: () => 1n,
    },
  };
}
