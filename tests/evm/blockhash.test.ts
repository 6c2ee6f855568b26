import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Interface, Wallet, getBytes, hexlify } from 'ethers';
import { Context } from '../../core/types/context.ts';
import { infiniteGasMeter } from '../../core/types/gas.ts';
import { CacheStore } from '../../core/store/cache-store.ts';
import { recordBlockHash } from '../../x/evm/begin-blocker.ts';
import { compileSolidity, makeEnv } from './helpers.ts';

describe('BLOCKHASH from the consensus state (x/evm BeginBlock)', () => {
  it('serves the last 256 block hashes BeginBlock recorded, zero outside the window', async () => {
    const env = makeEnv();
    const w = Wallet.createRandom();
    env.fund(getBytes(w.address), 1_000_000n);
    const { Hashes } = await compileSolidity({ 'H.sol': 'pragma solidity ^0.8.20; contract Hashes { function h(uint256 n) external view returns (bytes32) { return blockhash(n); } }' });
    const r = await env.send(w, { data: Hashes!.bytecode });
    const iface = new Interface(Hashes!.abi);
    const hashOf = (h: number) => 'AB'.repeat(30) + h.toString(16).padStart(4, '0').toUpperCase();
    // BeginBlock of heights 2..301, each told the previous block's hash.
    for (let h = 2; h <= 301; h++) {
      const cache = new CacheStore(env.store);
      const block = { height: h, timeMs: 1_700_000_000_000 + h * 1000, chainId: 'trivium-devnet-1', proposer: '', lastBlockHash: hashOf(h - 1) };
      recordBlockHash(env.evm, new Context(cache, infiniteGasMeter(), block, 'deliver'));
      cache.write();
    }
    const at = async (n: number) => {
      const ctx = new Context(new CacheStore(env.store), infiniteGasMeter(), { height: 301, timeMs: 0, chainId: 'trivium-devnet-1', proposer: '' }, 'query');
      const res = await env.evm.executor.simulate(ctx, { to: r.contractAddress, data: getBytes(iface.encodeFunctionData('h', [n])), value: 0n });
      assert.ok(res.success);
      return hexlify(res.returnData);
    };
    assert.equal(await at(300), '0x' + hashOf(300).toLowerCase());
    assert.equal(await at(299), '0x' + hashOf(299).toLowerCase());
    assert.equal(await at(45), '0x' + hashOf(45).toLowerCase());
    assert.equal(await at(44), '0x' + '00'.repeat(32), 'older than 256 blocks');
    assert.equal(await at(301), '0x' + '00'.repeat(32), 'the current block');
    // Only the window is kept in the state.
    assert.equal([...env.store.iterate('evm/bh/')].length, 256);
  });
});
