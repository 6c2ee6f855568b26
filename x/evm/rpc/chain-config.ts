import { crc32 } from 'node:zlib';
import { EVM_CHAIN_ID } from '../types/index.ts';
import type { PrecompileRegistry } from '../precompiles/index.ts';
import { quantity } from './hex.ts';

/** Cancun's precompiles under EIP-7910's names (0x01–0x0a). */
const CANCUN_PRECOMPILES: ReadonlyArray<[string, number]> = [
  ['ECREC', 1],
  ['SHA256', 2],
  ['RIPEMD160', 3],
  ['ID', 4],
  ['MODEXP', 5],
  ['BN254_ADD', 6],
  ['BN254_MUL', 7],
  ['BN254_PAIRING', 8],
  ['BLAKE2F', 9],
  ['KZG_POINT_EVALUATION', 10],
];

/** Cancun's blob schedule (EIP-4844; EIP-7840 spells it so). Blob txs are not accepted here, the schedule is the fork's. */
const CANCUN_BLOB_SCHEDULE = { baseFeeUpdateFraction: 3338477, max: 6, target: 3 };

const address = (n: number) => '0x' + n.toString(16).padStart(40, '0');

/**
 * EIP-6122's fork id hash: CRC32 of the genesis hash, then of every fork block/time after genesis. Every fork
 * of this chain (through Cancun) is active from genesis, so none is appended.
 */
export function forkId(genesisHash: string): string {
  return '0x' + crc32(Buffer.from(genesisHash.slice(2), 'hex')).toString(16).padStart(8, '0');
}

/**
 * eth_config (EIP-7910): the fork in force — Cancun since genesis (activation time 0) — with this chain's id, its
 * precompiles (Ethereum's and Trivium's own, e.g. x/crossvm's at 0x…0901, named by address) and no system
 * contracts (no beacon-roots contract: the chain has no beacon chain). No fork is scheduled: next and last null.
 */
export function ethConfig(genesisHash: string, registry: PrecompileRegistry) {
  const precompiles: Record<string, string> = {};
  for (const [name, n] of CANCUN_PRECOMPILES) precompiles[name] = address(n);
  for (const [key] of registry.entries()) precompiles[`TRIVIUM_0x${key}`] = '0x' + key;
  return {
    current: {
      activationTime: 0,
      blobSchedule: CANCUN_BLOB_SCHEDULE,
      chainId: quantity(EVM_CHAIN_ID),
      forkId: forkId(genesisHash),
      precompiles,
      systemContracts: {},
    },
    next: null,
    last: null,
  };
}

export interface RetentionInfo {
  head: { number: number; hash: string };
  /** `--pruning`: undefined or "nothing" keeps every height; keep-recent=N a window of N; everything keeps 2. */
  pruning?: string;
  /** The first height with a Merkle-Patricia state root (what eth_getProof can prove against). */
  firstProofHeight: number;
}

/**
 * eth_capabilities: what this node can answer for. Blocks, txs, receipts and logs are kept from genesis; the
 * state (balances, calls) is kept as --pruning says; proofs from the first block committed with a state root.
 */
export function ethCapabilities(r: RetentionInfo) {
  const all = { disabled: false, oldestBlock: '0x0' };
  let state: Record<string, unknown> = all;
  const keep = r.pruning === 'everything' ? 2 : /^keep-recent=(\d+)$/.exec(r.pruning ?? '')?.[1];
  if (keep !== undefined) {
    const n = Number(keep);
    state = { disabled: false, oldestBlock: quantity(Math.max(0, r.head.number - n + 1)), deleteStrategy: { type: 'window', retentionBlocks: quantity(n) } };
  }
  return {
    head: { number: quantity(r.head.number), hash: r.head.hash },
    state,
    tx: all,
    logs: all,
    receipts: all,
    blocks: all,
    stateproofs: { disabled: false, oldestBlock: quantity(Math.min(r.firstProofHeight, r.head.number)) },
  };
}
