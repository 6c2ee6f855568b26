import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { consensusParamsOf, DEFAULT_MAX_TX_GAS, genesisConsensusParams } from '../../core/types/consensus.ts';

// The per-tx gas cap is Trivium's extension of CometBFT's block params (2^26 by default).
describe('consensus_params.block.max_tx_gas', () => {
  it('absent → the 2^26 default; "-1" → no cap (0n); a number → that cap', () => {
    assert.equal(DEFAULT_MAX_TX_GAS, 67_108_864n);
    assert.equal(consensusParamsOf({ consensus_params: { block: { max_bytes: '1000', max_gas: '100' } } }).maxTxGas, DEFAULT_MAX_TX_GAS);
    assert.equal(consensusParamsOf({ consensus_params: { block: { max_bytes: '1000', max_gas: '100', max_tx_gas: '-1' } } }).maxTxGas, 0n);
    assert.equal(consensusParamsOf({ consensus_params: { block: { max_bytes: '1000', max_gas: '100', max_tx_gas: '5000' } } }).maxTxGas, 5000n);
  });

  it('round-trips through the genesis form (export/import)', () => {
    for (const maxTxGas of [0n, 5000n, DEFAULT_MAX_TX_GAS]) {
      const p = { maxBytes: 1000, maxGas: 100_000n, maxTxGas };
      assert.deepEqual(consensusParamsOf({ consensus_params: genesisConsensusParams(p) }), p);
    }
    assert.equal(genesisConsensusParams({ maxBytes: 1, maxGas: 1n, maxTxGas: 0n }).block.max_tx_gas, '-1');
  });
});
