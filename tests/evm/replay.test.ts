import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ContractFactory, HDNodeWallet, Interface, Mnemonic, Wallet, parseEther } from 'ethers';
import { runReplay, startNode } from '../helpers/node.ts';
import { ClosableProvider, DEV_MNEMONIC, erc20Artifact } from './helpers.ts';

/** EVM execution is deterministic: a fresh home replaying the node's blocks reaches the same app hash at every height. */
describe('x/evm determinism: replaying blocks with EVM txs', () => {
  // Each engine produces the blocks; both engines replay them (the engines are interchangeable: same app hash).
  for (const engine of ['ethereumjs', 'revm'] as const) it(`deploys, transfers (tokens, wei with fractions), reverts and restarts on ${engine}; a replay on either engine matches at every height`, async () => {
    const home = mkdtempSync(join(tmpdir(), 'trivium-evm-replay-'));
    const replayBase = mkdtempSync(join(tmpdir(), 'trivium-evm-replay2-'));
    let node = await startNode({ home, keepHome: true, blockTime: '100ms', extraArgs: ['--evm.engine', engine] });
    try {
      const url = `http://${node.ports['json-rpc.address']}`;
      let provider = new ClosableProvider(url, undefined, { pollingInterval: 50, cacheTimeout: -1 });
      const m = Mnemonic.fromPhrase(DEV_MNEMONIC);
      const a = HDNodeWallet.fromMnemonic(m, "m/44'/60'/0'/0/6").connect(provider);
      const b = HDNodeWallet.fromMnemonic(m, "m/44'/60'/0'/0/7").connect(provider);
      const art = erc20Artifact();
      const token = await (await new ContractFactory(art.abi, art.bytecode, a).deploy('R', 'R', 10n ** 20n, a.address)).waitForDeployment();
      const iface = new Interface(art.abi);
      const addr = await token.getAddress();
      // Concurrent senders, so blocks hold several txs; a fractional wei amount; a reverting tx.
      const fresh = Wallet.createRandom().address;
      await Promise.all([
        (async () => {
          for (let i = 0; i < 5; i++) await (await a.sendTransaction({ to: addr, data: iface.encodeFunctionData('transfer', [b.address, 10n + BigInt(i)]) })).wait();
        })(),
        (async () => {
          for (let i = 0; i < 5; i++) await (await b.sendTransaction({ to: fresh, value: parseEther('0.000000123456789') + BigInt(i) })).wait();
        })(),
      ]);
      const bad = await b.sendTransaction({ to: addr, data: iface.encodeFunctionData('transfer', [a.address, 10n ** 30n]), gasLimit: 80_000n });
      await assert.rejects(bad.wait());
      await provider.close();

      node = await node.restart();
      provider = new ClosableProvider(`http://${node.ports['json-rpc.address']}`, undefined, { pollingInterval: 50, cacheTimeout: -1 });
      assert.equal(await provider.getBalance(fresh), 5n * parseEther('0.000000123456789') + 10n);
      const after = await b.connect(provider).sendTransaction({ to: fresh, value: 1n });
      await after.wait();
      assert.equal((await provider.getTransactionReceipt(bad.hash))?.status, 0, 'receipts survive the restart');
      await provider.close();
      await node.stop();

      const hashes: string[] = [];
      for (const replayEngine of ['ethereumjs', 'revm']) {
        const report = await runReplay(home, join(replayBase, replayEngine), ['--evm.engine', replayEngine]);
        assert.ok(report.height > 5);
        assert.deepEqual(report.mismatches, [], `replay on ${replayEngine}`);
        hashes.push(report.appHash);
      }
      assert.equal(hashes[0], hashes[1]);
    } finally {
      await node.stop().catch(() => undefined);
      rmSync(home, { recursive: true, force: true });
      rmSync(replayBase, { recursive: true, force: true });
    }
  });
});
