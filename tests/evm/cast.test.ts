/**
 * Foundry's cast 1.7.1 (the binary from @foundry-rs/cast) against a real node: `cast run` replays a mined ERC20
 * transfer on its own EVM from the node's state at the block before (past-height reads), `cast call --trace` runs a
 * call the same way, and `cast rpc` reaches the devnet controls (evm_snapshot / evm_revert).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { type Contract, ContractFactory, HDNodeWallet, JsonRpcProvider, Mnemonic } from 'ethers';
import { repoRoot, startNode, type TestNode } from '../helpers/node.ts';
import { DEV_MNEMONIC, erc20Artifact } from './helpers.ts';

const CAST = join(repoRoot, 'node_modules/@foundry-rs/cast-linux-amd64/bin/cast');
const run = promisify(execFile);
const cast = async (...args: string[]) => (await run(CAST, args, { timeout: 120_000, maxBuffer: 16 << 20 })).stdout.trim();

describe('cast against the node', () => {
  let node: TestNode;
  let url: string;
  let provider: JsonRpcProvider;
  let token: Contract;
  const to = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';

  before(async () => {
    node = await startNode({ blockTime: '0' });
    url = `http://${node.ports['json-rpc.address']}`;
    provider = new JsonRpcProvider(url, undefined, { staticNetwork: true, pollingInterval: 50, cacheTimeout: -1 });
    const wallet = HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(DEV_MNEMONIC), "m/44'/60'/0'/0/8").connect(provider);
    const { abi, bytecode } = erc20Artifact();
    const f = new ContractFactory(abi, bytecode, wallet);
    token = (await f.deploy('Cast Token', 'CST', 1_000_000n, wallet.address)) as Contract;
    await token.waitForDeployment();
  });
  after(async () => {
    provider?.destroy();
    await node?.stop();
  });

  it('cast run replays a mined ERC20 transfer with the gas its receipt says', async () => {
    const tx = await token.getFunction('transfer')(to, 1234n);
    const receipt = await tx.wait();
    assert.equal(receipt.status, 1);
    const out = await cast('run', tx.hash, '--rpc-url', url);
    assert.match(out, /Transaction successfully executed/);
    assert.match(out, /::transfer\(/, 'the trace names the call');
    assert.equal(/Gas used: (\d+)/.exec(out)?.[1], String(receipt.gasUsed));
  });

  it('cast call --trace runs balanceOf at a past block and at the latest', async () => {
    const before = await provider.getBlockNumber();
    const tx = await token.getFunction('transfer')(to, 1n);
    await tx.wait();
    const past = await cast('call', await token.getAddress(), 'balanceOf(address)(uint256)', to, '--rpc-url', url, '--block', String(before));
    const now = await cast('call', await token.getAddress(), 'balanceOf(address)(uint256)', to, '--rpc-url', url);
    assert.equal(BigInt(past.split(' ')[0]!) + 1n, BigInt(now.split(' ')[0]!));
    const traced = await cast('call', await token.getAddress(), 'balanceOf(address)(uint256)', to, '--rpc-url', url, '--trace');
    assert.match(traced, /balanceOf/);
  });

  it('cast rpc evm_snapshot / evm_revert take the chain back', async () => {
    const id = JSON.parse(await cast('rpc', 'evm_snapshot', '--rpc-url', url)) as string;
    assert.match(id, /^0x[0-9a-f]+$/);
    const balance = await token.getFunction('balanceOf')(to);
    const tx = await token.getFunction('transfer')(to, 5n);
    await tx.wait();
    assert.equal(await token.getFunction('balanceOf')(to), balance + 5n);
    assert.equal(JSON.parse(await cast('rpc', 'evm_revert', id, '--rpc-url', url)), true);
    assert.equal(await token.getFunction('balanceOf')(to), balance);
  });
});
