import type { StoredBlock } from '../types/node-api.ts';
import { VALIDATOR_POWER } from '../blockstore/validator-set.ts';

/** What these routes read of the node (core/rpc/methods.ts's CometNode has it). */
export interface ConsensusNode {
  readonly validator: { address: string; pub_key: { type: string; value: string } };
  latestHeight(): number;
  getBlock(height: number): StoredBlock | undefined;
}
type Method = (p: Record<string, unknown>) => unknown;

const fingerprint = (hex: string) => (hex + '0'.repeat(12)).slice(0, 12).toUpperCase();
const canonicalTime = (rfc3339Nano: string) => rfc3339Nano.replace(/\.(\d{3})\d*Z$/, '.$1Z');

/** types.Vote.String() of block b's stored precommit (what CometBFT prints in its vote sets). */
function voteString(b: StoredBlock): string {
  const s = b.commit?.signatures[0];
  if (!s?.signature) return 'nil-Vote';
  const sig = Buffer.from(s.signature, 'base64').toString('hex');
  return `Vote{0:${fingerprint(s.validator_address)} ${b.height}/00/SIGNED_MSG_TYPE_PRECOMMIT(Precommit) ${fingerprint(b.hash)} ${fingerprint(sig)} 000000000000 @ ${canonicalTime(s.timestamp)}}`;
}

/**
 * `consensus_state` and `dump_consensus_state` (rpc/core/consensus.go) for the embedded single validator: between
 * blocks it is always at the next height's round 0, step NewHeight (1), with no votes yet — the last commit is the
 * stored one.
 */
export function consensusRoutes(node: ConsensusNode): Record<string, Method> {
  const validator = () => ({ ...node.validator, voting_power: String(VALIDATOR_POWER), proposer_priority: '0' });
  const noVotes = [{ round: 0, prevotes: ['nil-Vote'], prevotes_bit_array: 'BA{1:_} 0/10 = 0.00', precommits: ['nil-Vote'], precommits_bit_array: 'BA{1:_} 0/10 = 0.00' }];
  const lastTime = (b: StoredBlock | undefined) => (b ? canonicalTime(b.time) : '0001-01-01T00:00:00Z');
  return {
    consensus_state: () => {
      const last = node.getBlock(node.latestHeight());
      return {
        round_state: {
          'height/round/step': `${node.latestHeight() + 1}/0/1`,
          start_time: lastTime(last),
          proposal_block_hash: '',
          locked_block_hash: '',
          valid_block_hash: '',
          height_vote_set: noVotes,
          proposer: { address: node.validator.address, index: 0 },
        },
      };
    },
    dump_consensus_state: () => {
      const last = node.getBlock(node.latestHeight());
      const set = { validators: [validator()], proposer: validator() };
      const signed = last?.commit?.signatures[0]?.signature;
      return {
        round_state: {
          height: String(node.latestHeight() + 1),
          round: 0,
          step: 1,
          start_time: lastTime(last),
          commit_time: last?.commit?.signatures[0] ? canonicalTime(last.commit.signatures[0].timestamp) : lastTime(last),
          validators: set,
          proposal: null,
          proposal_block: null,
          proposal_block_parts: null,
          locked_round: -1,
          locked_block: null,
          locked_block_parts: null,
          valid_round: -1,
          valid_block: null,
          valid_block_parts: null,
          votes: noVotes,
          commit_round: -1,
          last_commit: last ? { votes: [voteString(last)], votes_bit_array: signed ? 'BA{1:x} 10/10 = 1.00' : 'BA{1:_} 0/10 = 0.00', peer_maj_23s: {} } : null,
          last_validators: set,
          triggered_timeout_precommit: false,
        },
        peers: [],
      };
    },
  };
}
