import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { Ed25519 } from '@cosmjs/crypto';
import { Block } from 'cosmjs-types/tendermint/types/block';
import { ExecTxResult } from 'cosmjs-types/tendermint/abci/types';
import { consensusHash, EMPTY_LIST_HASH, headerHash, hexU, merkleProof, merkleRoot, resultsHash } from '../../core/blockstore/block-header.ts';
import { BLOCK_PART_SIZE, encodeBlock, partSetHeader } from '../../core/blockstore/block-parts.ts';
import { commitHash, signCommit, voteSignBytes } from '../../core/blockstore/commit.ts';
import { validatorsHash } from '../../core/blockstore/validator-set.ts';
import { generateValidatorKey, PrivValidator } from '../../core/node/priv-validator.ts';

const sum = (s: string) => hexU(createHash('sha256').update(s).digest());
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('CometBFT v0.38 header, vote and commit encodings', () => {
  it("hashes a header as CometBFT's types/block_test.go TestHeaderHash expects", () => {
    const h = {
      blockVersion: 1,
      appVersion: 2,
      chainId: 'chainId',
      height: 3,
      time: '2019-10-13T16:14:44Z',
      lastBlockHash: '00'.repeat(32),
      lastPartSetHeader: { total: 6, hash: '00'.repeat(32) },
      lastCommitHash: sum('last_commit_hash'),
      dataHash: sum('data_hash'),
      validatorsHash: sum('validators_hash'),
      nextValidatorsHash: sum('next_validators_hash'),
      consensusHash: sum('consensus_hash'),
      appHash: sum('app_hash'),
      lastResultsHash: sum('last_results_hash'),
      evidenceHash: sum('evidence_hash'),
      proposer: sum('proposer_address').slice(0, 40),
    };
    assert.equal(headerHash(h), 'F740121F553B5418C3EFBD343C2DBFE9E007BB67B0D020A0741374BAB65242A4');
    // Every field is in the hash: one changed field changes it.
    assert.notEqual(headerHash({ ...h, lastPartSetHeader: { total: 7, hash: '00'.repeat(32) } }), 'F740121F553B5418C3EFBD343C2DBFE9E007BB67B0D020A0741374BAB65242A4');
    assert.notEqual(headerHash({ ...h, time: '2019-10-13T16:14:44.000000001Z' }), 'F740121F553B5418C3EFBD343C2DBFE9E007BB67B0D020A0741374BAB65242A4');
  });

  it("builds precommit sign bytes as CometBFT's types/vote_test.go TestVoteSignBytesTestVectors expects", () => {
    const zeroTime = '0001-01-01T00:00:00Z';
    const none = { blockHash: '', parts: { total: 0, hash: '' }, timestamp: zeroTime };
    // 1: a precommit at height 1, round 1, no block id, empty chain id
    assert.equal(hex(voteSignBytes({ ...none, chainId: '', height: 1, round: 1 })), '2108021101000000000000001901000000000000002a0b088092b8c398feffffff01');
    // 3 and 4: no type; 4 with a chain id
    assert.equal(hex(voteSignBytes({ ...none, type: 0, chainId: '', height: 1, round: 1 })), '1f1101000000000000001901000000000000002a0b088092b8c398feffffff01');
    assert.equal(hex(voteSignBytes({ ...none, type: 0, chainId: 'test_chain_id', height: 1, round: 1 })), '2e1101000000000000001901000000000000002a0b088092b8c398feffffff01320d746573745f636861696e5f6964');
  });

  it('merkle roots and the field hashes: empty lists, one leaf, CometBFT split points', () => {
    assert.equal(EMPTY_LIST_HASH, 'E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855');
    assert.equal(hexU(merkleRoot([])), EMPTY_LIST_HASH);
    assert.equal(resultsHash([]), EMPTY_LIST_HASH);
    assert.equal(commitHash(undefined), EMPTY_LIST_HASH);
    // one leaf: sha256(0x00 ‖ leaf); three: split 2 + 1
    const leaf = (b: Buffer) => createHash('sha256').update(Buffer.concat([Buffer.from([0]), b])).digest();
    const inner = (l: Buffer, r: Buffer) => createHash('sha256').update(Buffer.concat([Buffer.from([1]), l, r])).digest();
    const [a, b, c] = ['a', 'b', 'c'].map((s) => Buffer.from(s));
    assert.equal(hexU(merkleRoot([a!])), hexU(leaf(a!)));
    assert.equal(hexU(merkleRoot([a!, b!, c!])), hexU(inner(inner(leaf(a!), leaf(b!)), leaf(c!))));
    // last_results_hash: each result's deterministic fields as an ExecTxResult (encoded by hand for speed)
    const rs = Array.from({ length: 9 }, (_, i) => ({ code: i % 3, data: Buffer.alloc(i * 20, i), gasWanted: BigInt(i) << 40n, gasUsed: BigInt(i * 77) }));
    assert.equal(resultsHash(rs), hexU(merkleRoot(rs.map((r) => ExecTxResult.encode(ExecTxResult.fromPartial(r)).finish()))));
    // validators_hash of one validator: the leaf of SimpleValidator {pub_key {ed25519}, voting_power}
    const pub = Buffer.alloc(32, 7);
    const simple = Buffer.concat([Buffer.from('0a220a20', 'hex'), pub, Buffer.from('100a', 'hex')]);
    assert.equal(validatorsHash([{ pubKey: pub, power: 10n }]), hexU(leaf(simple)));
    // consensus_hash: sha256 of HashedParams {1: max_bytes, 2: max_gas}
    assert.equal(consensusHash(1n, 2n), hexU(createHash('sha256').update(Buffer.from('08011002', 'hex')).digest()));
  });

  it("merkle proofs verify as crypto/merkle's computeHashFromAunts does, for every index of trees of 1..9", () => {
    const sha = (...b: Uint8Array[]) => new Uint8Array(createHash('sha256').update(Buffer.concat(b)).digest());
    const split = (n: number) => { let k = 1; while (k * 2 < n) k *= 2; return k; };
    const fromAunts = (index: number, total: number, leaf: Uint8Array, aunts: Uint8Array[]): Uint8Array => {
      if (total === 1) { assert.equal(aunts.length, 0); return leaf; }
      const k = split(total);
      const top = aunts[aunts.length - 1]!;
      return index < k ? sha(Buffer.from([1]), fromAunts(index, k, leaf, aunts.slice(0, -1)), top) : sha(Buffer.from([1]), top, fromAunts(index - k, total - k, leaf, aunts.slice(0, -1)));
    };
    for (let n = 1; n <= 9; n++) {
      const items = Array.from({ length: n }, (_, i) => Buffer.from(`item-${i}`));
      for (let i = 0; i < n; i++) {
        const p = merkleProof(items, i);
        assert.deepEqual(p.leafHash, sha(Buffer.from([0]), items[i]!));
        assert.equal(hexU(fromAunts(i, n, p.leafHash, p.aunts)), hexU(merkleRoot(items)), `n=${n} i=${i}`);
      }
    }
    assert.throws(() => merkleProof([Buffer.from('a')], 1), /no item 1 among 1/);
  });

  it('cuts a block into 64 KiB parts and hashes them as CometBFT does; the encoding decodes back', () => {
    const header = { chainId: 'c', height: 2, time: '2026-01-01T00:00:00.5Z', lastBlockHash: 'AB'.repeat(32), dataHash: EMPTY_LIST_HASH, appHash: '', proposer: '01'.repeat(20) };
    const small = encodeBlock(header, [Buffer.from('tx')], undefined);
    const decoded = Block.decode(small);
    assert.equal(decoded.header.height, 2n);
    assert.equal(decoded.header.time.nanos, 500_000_000);
    assert.deepEqual(decoded.data.txs.map((t) => Buffer.from(t).toString()), ['tx']);
    assert.deepEqual(partSetHeader(small), { total: 1, hash: hexU(merkleRoot([small])) });
    const big = encodeBlock(header, [Buffer.alloc(BLOCK_PART_SIZE * 2)], undefined);
    const parts = partSetHeader(big);
    assert.equal(parts.total, 3);
    assert.equal(parts.hash, hexU(merkleRoot([big.subarray(0, BLOCK_PART_SIZE), big.subarray(BLOCK_PART_SIZE, 2 * BLOCK_PART_SIZE), big.subarray(2 * BLOCK_PART_SIZE)])));
  });

  it('a validator key in CometBFT layout signs commits that verify; a broken key file is refused', async () => {
    const file = generateValidatorKey();
    const pv = new PrivValidator(file);
    assert.equal(pv.address, hexU(createHash('sha256').update(pv.pubKey).digest().subarray(0, 20)));
    const block = { chainId: 'trivium-devnet-1', height: 5, hash: 'CD'.repeat(32), partSetHeader: { total: 1, hash: 'EF'.repeat(32) } };
    const c = signCommit(pv, block, '2026-12-07T10:00:00.001000000Z');
    const sig = Buffer.from(c.signatures[0]!.signature!, 'base64');
    const bytes = voteSignBytes({ ...block, round: 0, blockHash: block.hash, parts: block.partSetHeader, timestamp: c.signatures[0]!.timestamp });
    assert.ok(await Ed25519.verifySignature(sig, bytes, pv.pubKey));
    assert.equal(await Ed25519.verifySignature(sig, voteSignBytes({ ...block, height: 6, round: 0, blockHash: block.hash, parts: block.partSetHeader, timestamp: c.signatures[0]!.timestamp }), pv.pubKey), false);
    // deterministic: the same input, the same signature
    assert.deepEqual(signCommit(pv, block, c.signatures[0]!.timestamp), c);
    const other = generateValidatorKey();
    assert.throws(() => new PrivValidator({ ...file, pub_key: other.pub_key }), /does not belong to pub_key/);
    assert.throws(() => new PrivValidator({ ...file, address: other.address }), /is not sha256\(pub_key\)\[:20\]/);
    assert.throws(() => new PrivValidator({ ...file, pub_key: { ...file.pub_key, type: 'tendermint/PubKeySecp256k1' as 'tendermint/PubKeyEd25519' } }), /pub_key.type must be/);
  });
});
