import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Contract, HDNodeWallet, Interface, JsonRpcProvider, Mnemonic, Transaction, parseEther } from 'ethers';
import { startNode, type TestNode } from '../helpers/node.ts';
import { DEV_MNEMONIC, readFixture } from './helpers.ts';

const DEPLOY_TX = readFixture('evm/multicall3/Multicall3.signed-deploy-tx.hex').trim();
const RUNTIME = readFixture('evm/multicall3/Multicall3.runtime.hex').trim().toLowerCase();
const MULTICALL3 = '0xcA11bde05977b3631167028862bE2a173976CA11';
const DEPLOYER = '0x05f32B3cC3888453ff71B01135B34FF8e41263F2';

const abi = new Interface([
  'function aggregate3((address target, bool allowFailure, bytes callData)[] calls) payable returns ((bool success, bytes returnData)[] returnData)',
  'function getChainId() view returns (uint256)',
  'function getBlockNumber() view returns (uint256)',
  'function getEthBalance(address) view returns (uint256)',
  'function getBasefee() view returns (uint256)',
]);

describe('Multicall3: the pre-EIP-155 deployment tx and aggregate3', () => {
  let node: TestNode;
  let provider: JsonRpcProvider;
  before(async () => {
    node = await startNode({ blockTime: '200ms', extraArgs: ['--evm.allow-unprotected-txs', 'true'] });
    provider = new JsonRpcProvider(`http://${node.ports['json-rpc.address']}`, undefined, { pollingInterval: 50, cacheTimeout: -1 });
  });
  after(async () => {
    provider?.destroy();
    await node?.stop();
  });

  it('is an unprotected legacy tx from the well-known deployer', () => {
    const tx = Transaction.from(DEPLOY_TX);
    assert.equal(tx.type, 0);
    assert.equal(tx.chainId, 0n);
    assert.equal(tx.from, DEPLOYER);
  });

  it('lands at its well-known address once the deployer is funded', async () => {
    const funder = HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(DEV_MNEMONIC), "m/44'/60'/0'/0/0").connect(provider);
    await (await funder.sendTransaction({ to: DEPLOYER, value: parseEther('1') })).wait();
    const sent = await provider.broadcastTransaction(DEPLOY_TX);
    const receipt = await sent.wait();
    assert.equal(receipt?.status, 1);
    assert.equal(receipt?.contractAddress, MULTICALL3);
    assert.equal((await provider.getCode(MULTICALL3)).toLowerCase(), RUNTIME);
    // 100 gwei × gas used came out of the deployer's 1 ETH.
    assert.equal(await provider.getBalance(DEPLOYER), parseEther('1') - receipt!.gasUsed * 100_000_000_000n);
  });

  it('aggregate3 works through eth_call (with an allowed failure)', async () => {
    const mc = new Contract(MULTICALL3, abi, provider);
    const who = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
    const results = await mc.getFunction('aggregate3').staticCall([
      { target: MULTICALL3, allowFailure: false, callData: abi.encodeFunctionData('getChainId') },
      { target: MULTICALL3, allowFailure: false, callData: abi.encodeFunctionData('getBlockNumber') },
      { target: MULTICALL3, allowFailure: false, callData: abi.encodeFunctionData('getEthBalance', [who]) },
      { target: MULTICALL3, allowFailure: false, callData: abi.encodeFunctionData('getBasefee') },
      { target: MULTICALL3, allowFailure: true, callData: '0xdeadbeef' },
    ]);
    assert.equal(results.length, 5);
    assert.equal(abi.decodeFunctionResult('getChainId', results[0].returnData)[0], 262145n);
    const latest = await provider.getBlockNumber();
    assert.ok(Math.abs(Number(abi.decodeFunctionResult('getBlockNumber', results[1].returnData)[0]) - latest) <= 1);
    assert.equal(abi.decodeFunctionResult('getEthBalance', results[2].returnData)[0], await provider.getBalance(who));
    assert.equal(abi.decodeFunctionResult('getBasefee', results[3].returnData)[0], 10n ** 9n);
    assert.equal(results[4].success, false);
  });

  it('a node started without --evm.allow-unprotected-txs (the default, as geth) refuses it', async () => {
    const strict = await startNode();
    const p = new JsonRpcProvider(`http://${strict.ports['json-rpc.address']}`);
    try {
      const res = await p.send('eth_sendRawTransaction', [DEPLOY_TX]).then(
        () => undefined,
        (e) => e,
      );
      assert.ok(res, 'expected a rejection');
      assert.match(String(res.message ?? res), /only replay-protected|legacy pre-eip-155/i);
      assert.equal(await p.getTransactionCount(DEPLOYER), 0);
    } finally {
      p.destroy();
      await strict.stop();
    }
  });
});
