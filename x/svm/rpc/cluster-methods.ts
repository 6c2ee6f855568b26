import type { NodeAPI } from '../../../core/types/node-api.ts';
import { startFlag } from '../../../core/types/node-api.ts';
import type { SvmKeeper } from '../keeper/keeper.ts';
import { encodeBase58 } from '../types/base58.ts';
import { DEFAULT_SVM_RPC_ADDRESS } from '../types/index.ts';
import { invalidParams } from './encoding.ts';

type Method = (params: unknown[]) => unknown | Promise<unknown>;

/** The one epoch this devnet is in (getEpochInfo says the same). */
export const SLOTS_PER_EPOCH = 432_000;
const MAX_SLOT_LEADERS = 5000;

/**
 * The cluster as solana-test-validator describes itself: one validator (the node's identity) leads every
 * slot and produced every block, no vote accounts, no inflation.
 */
export function clusterMethods(node: NodeAPI, keeper: SvmKeeper, version: { core: string; featureSet: number }): Record<string, Method> {
  const identity = () => encodeBase58(keeper.latestBlockhash(node.chainId, -1));
  const withContext = (value: unknown) => ({ context: { slot: node.latestHeight(), apiVersion: version.core }, value });
  const count = (v: unknown, what: string, max: number) => {
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0 || v > max) throw invalidParams(`${what} must be an integer from 0 to ${max}`);
    return v;
  };
  return {
    getEpochSchedule: () => ({ slotsPerEpoch: SLOTS_PER_EPOCH, leaderScheduleSlotOffset: SLOTS_PER_EPOCH, warmup: false, firstNormalEpoch: 0, firstNormalSlot: 0 }),
    getSlotLeader: () => identity(),
    getSlotLeaders: ([start, limit]) => {
      count(start, 'start slot', Number.MAX_SAFE_INTEGER);
      return Array.from({ length: count(limit, 'limit', MAX_SLOT_LEADERS) }, identity);
    },
    getMaxRetransmitSlot: () => node.latestHeight(),
    getMaxShredInsertSlot: () => node.latestHeight(),
    getBlockCommitment: ([slot]) => {
      count(slot, 'slot', Number.MAX_SAFE_INTEGER);
      return { commitment: null, totalStake: 0 }; // null: every committed block is rooted here
    },
    getInflationGovernor: () => ({ initial: 0, terminal: 0, taper: 0, foundation: 0, foundationTerm: 0 }),
    getInflationRate: () => ({ total: 0, validator: 0, foundation: 0, epoch: 0 }),
    getInflationReward: ([addrs]) => {
      if (!Array.isArray(addrs)) throw invalidParams('expected an array of addresses');
      return addrs.map(() => null);
    },
    getClusterNodes: () => [
      {
        pubkey: identity(),
        gossip: null,
        tpu: null,
        tpuQuic: null,
        rpc: String(startFlag(node.flags, 'svm-rpc.address') ?? DEFAULT_SVM_RPC_ADDRESS),
        pubsub: null,
        version: version.core,
        featureSet: version.featureSet,
        shredVersion: 0,
      },
    ],
    getVoteAccounts: () => ({ current: [], delinquent: [] }),
    getBlockProduction: () => {
      const last = node.latestHeight();
      return withContext({ byIdentity: { [identity()]: [last + 1, last + 1] }, range: { firstSlot: 0, lastSlot: last } });
    },
  };
}
