import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type AppProc, startAbciApp } from '../helpers/abci.ts';
import { freePort, servicePorts } from '../helpers/node.ts';
import { jsonRpc } from '../helpers/json-rpc.ts';

/** Under CometBFT (`start --abci`) the devnet control dev_crossvmInject is refused with a clear error, as dev_mine is. */
describe('x/crossvm devnet controls on a node for a network (--abci)', { timeout: 90_000 }, () => {
  const home = mkdtempSync(join(tmpdir(), 'trivium-xvm-abci-'));
  let app: AppProc;
  let ethUrl = '';
  const post = (method: string, params: unknown) => jsonRpc(ethUrl, method, params);

  before(async () => {
    const ports = await servicePorts();
    ethUrl = `http://${ports['json-rpc.address']}`;
    const args = Object.entries(ports).flatMap(([name, addr]) => [`--${name}`, addr]);
    args.push('--rpc.laddr', `tcp://127.0.0.1:${await freePort()}`);
    app = await startAbciApp(home, await freePort(), args);
    for (let i = 0; i < 100; i++) {
      try {
        await post('eth_chainId', []);
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  });
  after(async () => {
    await app?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it('dev_crossvmInject is refused on the Ethereum port, naming --abci', async () => {
    const r = await post('dev_crossvmInject', [{ message_id: 'next', outcome: 'fail' }]);
    assert.equal(r.error?.code, -32000, JSON.stringify(r));
    assert.match(r.error!.message, /devnet control.*--abci/);
  });

  it('the read-only trivium_* methods are served and still check their params', async () => {
    assert.equal((await post('trivium_traceCrossVM', ['nope'])).error?.code, -32602);
    assert.equal((await post('trivium_simulateCrossVM', [{ target_vm: 'nowhere' }])).error?.code, -32602);
  });
});
