import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ContractFactory, HDNodeWallet, Interface, JsonRpcProvider, Mnemonic, Wallet, getBytes, hexlify } from 'ethers';
import { startNode } from '../helpers/node.ts';
import { Context } from '../../core/types/context.ts';
import { infiniteGasMeter } from '../../core/types/gas.ts';
import { CacheStore } from '../../core/store/cache-store.ts';
import { recordBlockHash } from '../../x/evm/begin-blocker.ts';
import { DEV_MNEMONIC, compileSolidity, makeEnv } from './helpers.ts';

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

  it('on a node: blockhash(n) is the hash eth_getBlockByNumber shows, for each of the last 256 blocks', async () => {
    const node = await startNode({ blockTime: '0' });
    const provider = new JsonRpcProvider(`http://${node.ports['json-rpc.address']}`, undefined, { staticNetwork: true, pollingInterval: 50, cacheTimeout: -1 });
    try {
      const w = HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(DEV_MNEMONIC), "m/44'/60'/0'/0/5").connect(provider);
      const { Hashes } = await compileSolidity({ 'H.sol': 'pragma solidity ^0.8.20; contract Hashes { function h(uint256 n) external view returns (bytes32) { return blockhash(n); } }' });
      const c = await (await new ContractFactory(Hashes!.abi, Hashes!.bytecode, w).deploy()).waitForDeployment();
      await provider.send('anvil_mine', ['0x12c']); // 300 blocks: the window slides past the first ones
      const at = Number(await provider.send('eth_blockNumber', []));
      const tag = '0x' + at.toString(16);
      const iface = new Interface(Hashes!.abi);
      const call = async (n: number) => iface.decodeFunctionResult('h', await provider.call({ to: await c.getAddress(), data: iface.encodeFunctionData('h', [n]), blockTag: tag }))[0] as string;
      const hashOf = async (n: number) => (await provider.send('eth_getBlockByNumber', ['0x' + n.toString(16), false])).hash as string;
      for (const n of [at - 1, at - 2, at - 100, at - 256]) assert.equal(await call(n), await hashOf(n), `blockhash(${n}) at ${at}`);
      assert.notEqual(await hashOf(at - 1), '0x' + '00'.repeat(32));
      assert.equal(await call(at - 257), '0x' + '00'.repeat(32), 'older than 256 blocks');
      assert.equal(await call(at), '0x' + '00'.repeat(32), 'the block itself');
    } finally {
      provider.destroy();
      await node.stop();
    }
  });
});
