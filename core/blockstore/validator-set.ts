import { SimpleValidator } from 'cosmjs-types/tendermint/types/validator';
import { hexU, merkleRoot } from './block-header.ts';

/** A validator as the header and `/validators` see it: an ed25519 key and its voting power. */
export interface ValidatorEntry {
  /** 32 bytes */
  pubKey: Uint8Array;
  power: bigint;
}

/**
 * CometBFT's ValidatorSet.Hash (a header's validators_hash): the merkle root of each validator's SimpleValidator
 * {pub_key, voting_power} encoding, in the set's order.
 */
export function validatorsHash(vals: ValidatorEntry[]): string {
  return hexU(merkleRoot(vals.map((v) => SimpleValidator.encode({ pubKey: { ed25519: v.pubKey }, votingPower: v.power }).finish())));
}

/** The devnet validator's voting power (what `/validators` reports and validators_hash commits to). */
export const VALIDATOR_POWER = 10n;
