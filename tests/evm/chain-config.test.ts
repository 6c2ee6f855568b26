import assert from 'node:assert/strict';
import { crc32 } from 'node:zlib';
import { describe, it } from 'node:test';
import { PrecompileRegistry } from '../../x/evm/precompiles/index.ts';
import { ethCapabilities, ethConfig, forkId } from '../../x/evm/rpc/chain-config.ts';

const head = { number: 1000, hash: '0x' + 'ab'.repeat(32) };

describe('eth_config and eth_capabilities (x/evm/rpc/chain-config.ts)', () => {
  it('eth_config: Cancun from genesis, this chain id, EIP-6122 fork id, Ethereum’s and Trivium’s precompiles', () => {
    const genesis = '0x' + '12'.repeat(32);
    assert.equal(forkId(genesis), '0x' + crc32(Buffer.alloc(32, 0x12)).toString(16).padStart(8, '0'));
    const registry = new PrecompileRegistry();
    registry.register('0x0000000000000000000000000000000000000901', () => ({ returnData: new Uint8Array(), gasUsed: 0n }));
    const c = ethConfig(genesis, registry);
    assert.equal(c.current.chainId, '0x40001');
    assert.equal(c.current.activationTime, 0);
    assert.deepEqual(c.current.blobSchedule, { baseFeeUpdateFraction: 3338477, max: 6, target: 3 });
    assert.equal(Object.keys(c.current.precompiles).length, 11);
    assert.equal(c.current.precompiles.KZG_POINT_EVALUATION, '0x000000000000000000000000000000000000000a');
    assert.equal(c.current.precompiles['TRIVIUM_0x0000000000000000000000000000000000000901'], '0x0000000000000000000000000000000000000901');
    assert.deepEqual([c.next, c.last], [null, null]);
  });

  it('eth_capabilities: everything from genesis by default; --pruning keep-recent=N is a window of N', () => {
    const all = ethCapabilities({ head, firstProofHeight: 0 });
    assert.deepEqual(all.head, { number: '0x3e8', hash: head.hash });
    assert.deepEqual(all.state, { disabled: false, oldestBlock: '0x0' });
    assert.deepEqual(ethCapabilities({ head, pruning: 'nothing', firstProofHeight: 0 }).state, all.state);
    assert.deepEqual(ethCapabilities({ head, pruning: 'keep-recent=100', firstProofHeight: 0 }).state, { disabled: false, oldestBlock: '0x385', deleteStrategy: { type: 'window', retentionBlocks: '0x64' } });
    assert.deepEqual(ethCapabilities({ head, pruning: 'everything', firstProofHeight: 0 }).state, { disabled: false, oldestBlock: '0x3e7', deleteStrategy: { type: 'window', retentionBlocks: '0x2' } });
    assert.deepEqual(ethCapabilities({ head, firstProofHeight: 7 }).stateproofs, { disabled: false, oldestBlock: '0x7' });
    for (const k of ['tx', 'logs', 'receipts', 'blocks'] as const) assert.deepEqual(all[k], { disabled: false, oldestBlock: '0x0' });
  });
});
