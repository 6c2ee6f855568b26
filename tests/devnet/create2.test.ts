import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { concat, createPublicClient, createWalletClient, defineChain, getContractAddress, http, type Hex } from 'viem';
import { CREATE2_DEPLOYER, CREATE2_DEPLOYER_CODE } from '../../app/genesis.ts';
import { freePort, repoRoot, startNode, type TestNode } from '../helpers/node.ts';

const chain = defineChain({ id: 262145, name: 'trivium', nativeCurrency: { name: 'T', symbol: 'T', decimals: 18 }, rpcUrls: { default: { http: ['http://127.0.0.1'] } } });
const ANVIL = join(repoRoot, 'node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil');

describe("anvil's CREATE2 deployer at genesis", { timeout: 60_000 }, () => {
  let node: TestNode;
  before(async () => {
    node = await startNode({ blockTime: '0' });
  });
  after(async () => {
    await node?.stop();
  });

  it('holds the same code as on the anvil binary', async () => {
    assert.ok(existsSync(ANVIL), 'npm ci installs @foundry-rs/anvil and its platform binary');
    const port = await freePort();
    const proc = spawn(ANVIL, ['--host', '127.0.0.1', '--port', String(port), '--silent'], { stdio: 'ignore' });
    try {
      const anvil = createPublicClient({ transport: http(`http://127.0.0.1:${port}`, { retryCount: 50, retryDelay: 100 }) });
      const theirs = await anvil.getCode({ address: CREATE2_DEPLOYER });
      assert.equal(theirs, CREATE2_DEPLOYER_CODE);
    } finally {
      proc.kill('SIGTERM');
    }
    const ours = createPublicClient({ chain, transport: http(`http://${node.ports['json-rpc.address']}`) });
    assert.equal(await ours.getCode({ address: CREATE2_DEPLOYER }), CREATE2_DEPLOYER_CODE);
  });

  it('deploys at the CREATE2 address (salt ‖ initcode through eth_sendTransaction)', async () => {
    const url = `http://${node.ports['json-rpc.address']}`;
    const pub = createPublicClient({ chain, transport: http(url), pollingInterval: 50, cacheTime: 0 });
    const wallet = createWalletClient({ chain, transport: http(url) });
    const salt = ('0x' + '00'.repeat(31) + '2a') as Hex;
    const initcode = '0x600a600c600039600a6000f3602a60005260206000f3' as Hex; // deploys "return 42"
    const hash = await wallet.sendTransaction({ account: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266', chain, to: CREATE2_DEPLOYER, data: concat([salt, initcode]) });
    assert.equal((await pub.waitForTransactionReceipt({ hash })).status, 'success');
    const at = getContractAddress({ opcode: 'CREATE2', from: CREATE2_DEPLOYER, salt, bytecode: initcode });
    assert.equal(await pub.getCode({ address: at }), '0x602a60005260206000f3');
  });
});
