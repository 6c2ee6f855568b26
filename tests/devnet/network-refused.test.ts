import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type AppProc, startAbciApp } from '../helpers/abci.ts';
import { freePort, servicePorts } from '../helpers/node.ts';
import { jsonRpc } from '../helpers/json-rpc.ts';

/** Under --abci (a node run for a network behind CometBFT) every devnet control is refused, and nothing changes. */
describe('devnet controls on a node run for a network (--abci)', { timeout: 90_000 }, () => {
  const home = mkdtempSync(join(tmpdir(), 'trivium-devnet-abci-'));
  let app: AppProc;
  let url = '';

  before(async () => {
    const ports = await servicePorts();
    url = `http://${ports['json-rpc.address']}`;
    const args = Object.entries(ports).flatMap(([name, addr]) => [`--${name}`, addr]);
    args.push('--rpc.laddr', `tcp://127.0.0.1:${await freePort()}`);
    app = await startAbciApp(home, await freePort(), args);
  });
  after(async () => {
    await app?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  const call = (method: string, params: unknown[]) => jsonRpc(url, method, params);

  it('refuses each control with a clear error', async () => {
    const a = '0x' + '22'.repeat(20);
    const calls: Array<[string, unknown[]]> = [
      ['evm_snapshot', []],
      ['evm_revert', ['0x0']],
      ['anvil_setBalance', [a, '0x1']],
      ['anvil_setCode', [a, '0x00']],
      ['anvil_setStorageAt', [a, '0x0', '0x1']],
      ['anvil_setNonce', [a, '0x1']],
      ['hardhat_setBalance', [a, '0x1']],
      ['anvil_impersonateAccount', [a]],
      ['anvil_autoImpersonateAccount', [true]],
      ['eth_sendTransaction', [{ from: a, to: a }]],
      ['evm_increaseTime', ['0x10']],
      ['evm_setNextBlockTimestamp', ['0xffffffff']],
      ['anvil_setBlockTimestampInterval', ['0x1']],
      ['evm_setAutomine', [false]],
      ['evm_setIntervalMining', ['0x1']],
      ['anvil_mine', ['0x1']],
      ['anvil_dropTransaction', ['0x' + '00'.repeat(32)]],
      ['anvil_reset', []],
      ['txpool_content', []],
      ['anvil_nodeInfo', []],
      ['dev_snapshot', []],
      ['dev_revert', [{ id: '0x0' }]],
      ['dev_setBalance', [{ address: a, amount: '1' }]],
      ['dev_setTime', [{ time: 4102444800 }]],
      ['dev_reset', []],
      ['dev_dumpState', []],
      ['dev_loadState', [{ state: { format: 'trivium-devnet-state/1', app_state: {} } }]],
      ['anvil_dumpState', []],
      ['anvil_loadState', ['0x7b226163636f756e7473223a7b7d7d']],
    ];
    for (const [method, params] of calls) {
      const r = await call(method, params);
      assert.ok(r.error, `${method} answered ${JSON.stringify(r)}`);
      assert.match(r.error.message, /not available on a node run for a network \(--abci\)|ABCI mode/, method);
    }
    // No unlocked accounts on a network node.
    assert.deepEqual((await call('eth_accounts', [])).result, []);
    assert.equal((await call('eth_blockNumber', [])).result, '0x0');
  });
});
