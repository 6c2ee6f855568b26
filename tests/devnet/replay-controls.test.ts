import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli, startNode, type TestNode } from '../helpers/node.ts';
import { dev } from '../helpers/cosmos.ts';
import { jsonRpc } from '../helpers/json-rpc.ts';

/**
 * The devnet's state controls (anvil_setBalance/-Code/-StorageAt/-Nonce, dev_setBalance, dev_loadState) write at
 * the start of a block from the node's memory, and an impersonated sender's tx is one only this node's memory
 * names: the block records both, so `triviumd replay` of the chain reaches the same app hash at every height.
 */
describe('devnet state controls replay', { timeout: 180_000 }, () => {
  const home = mkdtempSync(join(tmpdir(), 'trivium-dev-replay-'));
  const replayHome = join(tmpdir(), `trivium-dev-replay-out-${process.pid}`);
  let node: TestNode;
  const addr = '0x00000000000000000000000000000000000a11ce';
  const eth = async (method: string, params: unknown[]) => {
    const r = await jsonRpc(`http://${node.ports['json-rpc.address']}`, method, params);
    if (r.error) throw new Error(`${method}: ${r.error.message}`);
    return r.result;
  };

  before(async () => {
    node = await startNode({ blockTime: '0', home, keepHome: true });
  });
  after(async () => {
    await node?.stop();
    rmSync(home, { recursive: true, force: true });
    rmSync(replayHome, { recursive: true, force: true });
  });

  it('applies each control as a block that records its writes', async () => {
    const before = Number((await node.rpc('status')).sync_info.latest_block_height);
    await eth('anvil_setBalance', [addr, '0xde0b6b3a7640000']);
    await eth('anvil_setCode', [addr, '0x6001600055']);
    await eth('anvil_setStorageAt', [addr, '0x' + '00'.repeat(31) + '01', '0x' + '00'.repeat(31) + '2a']);
    await eth('anvil_setNonce', [addr, '0x7']);
    await node.rpc('dev_setBalance', { address: dev[3]!.address, amount: '123456789' });
    assert.equal(BigInt(await eth('eth_getBalance', [addr, 'latest'])), 10n ** 18n);
    assert.equal(await eth('eth_getCode', [addr, 'latest']), '0x6001600055');
    assert.equal(BigInt(await eth('eth_getTransactionCount', [addr, 'latest'])), 7n);
    const after = Number((await node.rpc('status')).sync_info.latest_block_height);
    assert.equal(after, before + 5, 'one block per control');
    const block = await node.rpc('block', { height: String(after) });
    assert.equal(block.block.data.txs.length, 0, 'the change is no tx');
  });

  it("an impersonated sender's tx runs as that sender", async () => {
    const whale = '0x000000000000000000000000000000000000f00d';
    const to = '0x00000000000000000000000000000000000b0b00';
    await eth('anvil_setBalance', [whale, '0xde0b6b3a7640000']);
    await eth('anvil_impersonateAccount', [whale]);
    const hash = await eth('eth_sendTransaction', [{ from: whale, to, value: '0x3e8', gas: '0x5208' }]);
    let receipt: any;
    for (let i = 0; i < 100 && !receipt; i++) {
      receipt = await eth('eth_getTransactionReceipt', [hash]);
      if (!receipt) await new Promise((r) => setTimeout(r, 50));
    }
    assert.equal(receipt.status, '0x1');
    assert.equal(receipt.from.toLowerCase(), whale);
    assert.equal(BigInt(await eth('eth_getBalance', [to, 'latest'])), 1000n);
  });

  it('triviumd replay reaches the same app hash at every height', async () => {
    await node.stop();
    const r = await runCli(['replay', '--source', home, '--home', replayHome, '-o', 'json']);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    const report = JSON.parse(r.stdout.trim().split('\n').pop()!);
    assert.deepEqual(report.mismatches, []);
  });
});
