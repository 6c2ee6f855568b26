/**
 * The embedded producer's CometBFT encodings (core/blockstore) checked against real CometBFT v0.38: a 2-validator
 * network's blocks, commits and results, hashed and verified with the functions the devnet signs its own blocks
 * with. If CometBFT computes any of them differently, the devnet's blocks would not verify for a light client.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Ed25519 } from '@cosmjs/crypto';
import { consensusHash, dataHash, headerHash, resultsHash } from '../../core/blockstore/block-header.ts';
import { encodeBlock, partSetHeader } from '../../core/blockstore/block-parts.ts';
import { commitHash, type StoredCommit, voteSignBytes } from '../../core/blockstore/commit.ts';
import { validatorsHash } from '../../core/blockstore/validator-set.ts';
import { validatorAddress } from '../../core/node/priv-validator.ts';
import { cometRpc, downNetwork, upNetwork, waitForHeight, type Network } from '../../testnet/network.ts';
import { dev, sendMsg, signTx } from '../helpers/cosmos.ts';
import { freePortShift, testnetDir } from '../helpers/testnet.ts';

const out = testnetDir();
let net: Network;

before(async () => {
  net = await upNetwork({ validators: 2, out, portShift: await freePortShift(2), blockTime: '100ms' });
});
after(async () => {
  await downNetwork(out).catch(() => undefined);
  rmSync(dirname(out), { recursive: true, force: true });
});

/** Our header fields from CometBFT's JSON header. */
const fieldsOf = (h: any) => ({
  blockVersion: Number(h.version.block), appVersion: Number(h.version.app ?? 0), chainId: h.chain_id, height: Number(h.height), time: h.time,
  lastBlockHash: h.last_block_id.hash, lastPartSetHeader: h.last_block_id.parts, lastCommitHash: h.last_commit_hash, dataHash: h.data_hash,
  validatorsHash: h.validators_hash, nextValidatorsHash: h.next_validators_hash, consensusHash: h.consensus_hash, appHash: h.app_hash,
  lastResultsHash: h.last_results_hash, evidenceHash: h.evidence_hash, proposer: h.proposer_address,
});

describe('core/blockstore against real CometBFT v0.38 blocks', () => {
  it('header hash, part set header, validators, commit, results and consensus hashes; every precommit signature verifies', async () => {
    const n0 = net.nodes[0]!;
    const tx = signTx([sendMsg(dev[1]!.address, dev[2]!.address, '5')], { privkey: dev[1]!.privkey, accountNumber: 1, sequence: 0, chainId: net.chain_id });
    const sent = await cometRpc(n0, 'broadcast_tx_commit', { tx: Buffer.from(tx).toString('base64') }, 30_000);
    assert.equal(sent.tx_result.code, 0, sent.tx_result.log);
    const txHeight = Number(sent.height);
    await waitForHeight(out, txHeight + 2, { timeoutMs: 60_000 });
    const { genesis } = await cometRpc(n0, 'genesis');
    const vals = (await cometRpc(n0, 'validators')).validators as Array<{ address: string; pub_key: { value: string }; voting_power: string }>;
    assert.equal(vals.length, 2);
    const pubOf = new Map(vals.map((v) => [v.address, Buffer.from(v.pub_key.value, 'base64')]));
    for (const v of vals) assert.equal(validatorAddress(pubOf.get(v.address)!), v.address);

    let checked = 0;
    for (const h of [1, 2, 3, txHeight]) {
      const { block_id: id, block } = await cometRpc(n0, 'block', { height: String(h) });
      const header = fieldsOf(block.header);
      assert.equal(headerHash(header), id.hash, `height ${h}: header hash`);
      assert.equal(dataHash(block.data.txs.map((t: string) => Buffer.from(t, 'base64'))), block.header.data_hash);
      const lc = block.last_commit;
      const last = h > 1 ? { height: Number(lc.height), blockHash: lc.block_id.hash, parts: lc.block_id.parts, commit: { round: lc.round, signatures: lc.signatures } as StoredCommit } : undefined;
      assert.deepEqual(partSetHeader(encodeBlock(header, block.data.txs.map((t: string) => Buffer.from(t, 'base64')), last)), id.parts, `height ${h}: part set header`);
      assert.equal(validatorsHash(vals.map((v) => ({ pubKey: pubOf.get(v.address)!, power: BigInt(v.voting_power) }))), block.header.validators_hash);
      const cp = genesis.consensus_params.block;
      assert.equal(consensusHash(BigInt(cp.max_bytes), BigInt(cp.max_gas)), block.header.consensus_hash);

      const { signed_header } = await cometRpc(n0, 'commit', { height: String(h) });
      const commit = signed_header.commit;
      const next = (await cometRpc(n0, 'block', { height: String(h + 1) })).block.header;
      assert.equal(commitHash({ round: commit.round, signatures: commit.signatures }), next.last_commit_hash, `height ${h}: last_commit_hash of ${h + 1}`);
      const results = (await cometRpc(n0, 'block_results', { height: String(h) })).txs_results ?? [];
      const rs = results.map((r: any) => ({ code: r.code ?? 0, data: Buffer.from(r.data ?? '', 'base64'), gasWanted: BigInt(r.gas_wanted ?? 0), gasUsed: BigInt(r.gas_used ?? 0) }));
      assert.equal(resultsHash(rs), next.last_results_hash, `height ${h}: last_results_hash of ${h + 1}`);
      for (const s of commit.signatures.filter((x: any) => x.block_id_flag === 2)) {
        const bytes = voteSignBytes({ chainId: net.chain_id, height: h, round: commit.round, blockHash: commit.block_id.hash, parts: commit.block_id.parts, timestamp: s.timestamp });
        assert.ok(await Ed25519.verifySignature(Buffer.from(s.signature, 'base64'), bytes, pubOf.get(s.validator_address)!), `height ${h}: ${s.validator_address}'s precommit`);
        checked++;
      }
    }
    assert.ok(checked >= 4, `${checked} precommit signatures verified`);
  });
});
