import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Contract, ContractFactory, getCreateAddress, HDNodeWallet, JsonRpcProvider, Mnemonic, Wallet, WebSocketProvider, isError, toBeHex } from 'ethers';
import { startNode, type TestNode } from '../helpers/node.ts';
import { DEV_MNEMONIC, erc20Artifact } from './helpers.ts';

const devWallet = (i: number, provider: JsonRpcProvider | WebSocketProvider) =>
  HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(DEV_MNEMONIC), `m/44'/60'/0'/0/${i}`).connect(provider);

describe('ethers v6 against a running triviumd', () => {
  let node: TestNode;
  let provider: JsonRpcProvider;
  let owner: HDNodeWallet;
  let alice: HDNodeWallet;
  let token: Contract;
  const artifact = erc20Artifact();
  const SUPPLY = 10n ** 24n;
  let deployBlock = 0;

  before(async () => {
    node = await startNode({ blockTime: '200ms' });
    provider = new JsonRpcProvider(`http://${node.ports['json-rpc.address']}`, undefined, { pollingInterval: 50, cacheTimeout: -1 });
    owner = devWallet(0, provider);
    alice = devWallet(1, provider);
  });
  after(async () => {
    provider?.destroy();
    await node?.stop();
  });

  it('detects the chain and sees the funded dev accounts', async () => {
    const net = await provider.getNetwork();
    assert.equal(net.chainId, 262145n);
    assert.equal(await provider.getBalance(owner.address), 10n ** 22n);
    assert.equal(await provider.getTransactionCount(owner.address), 0);
    const block = await provider.getBlock('latest');
    assert.ok(block && block.number >= 1 && block.baseFeePerGas === 10n ** 9n);
  });

  it('deploys ERC20PresetFixedSupply, transfers, and reads balances', async () => {
    const factory = new ContractFactory(artifact.abi, artifact.bytecode, owner);
    const deployed = await factory.deploy('Trivium Token', 'TRT', SUPPLY, owner.address);
    await deployed.waitForDeployment();
    deployBlock = (await deployed.deploymentTransaction()!.wait())!.blockNumber;
    const address = await deployed.getAddress();
    assert.equal(address, getCreateAddress({ from: owner.address, nonce: 0 }));
    token = new Contract(address, artifact.abi, owner);
    assert.equal(await token.getFunction('name')(), 'Trivium Token');
    assert.equal(await token.getFunction('balanceOf')(owner.address), SUPPLY);

    const tx = await token.getFunction('transfer')(alice.address, 1234n);
    const receipt = await tx.wait();
    assert.equal(receipt.status, 1);
    assert.equal(await token.getFunction('balanceOf')(alice.address), 1234n);
    assert.equal(await token.getFunction('balanceOf')(owner.address), SUPPLY - 1234n);
    assert.equal(await provider.getTransactionCount(owner.address), 2);
  });

  it('queries Transfer logs with a filter, and blocks, receipts and logs agree', async () => {
    const tx = await token.getFunction('transfer')(alice.address, 5n);
    const receipt = await tx.wait();
    const events = await token.queryFilter(token.filters.Transfer!(owner.address, alice.address), 0, 'latest');
    assert.deepEqual(events.map((e: any) => e.args.value), [1234n, 5n]);
    const mint = await token.queryFilter(token.filters.Transfer!('0x0000000000000000000000000000000000000000'), 0);
    assert.equal(mint.length, 1);
    assert.equal((mint[0] as any).args.value, SUPPLY);

    const block = await provider.getBlock(receipt.blockNumber, true);
    assert.ok(block);
    assert.equal(block.hash, receipt.blockHash);
    assert.ok(block.transactions.includes(receipt.hash));
    const idx = block.transactions.indexOf(receipt.hash);
    assert.equal(receipt.index, idx);
    assert.ok(receipt.cumulativeGasUsed >= receipt.gasUsed);
    assert.equal(receipt.logs.length, 1);
    assert.equal(receipt.logs[0]!.blockHash, block.hash);
    assert.equal(receipt.logs[0]!.transactionHash, receipt.hash);
    const full = await provider.getTransaction(receipt.hash);
    assert.equal(full?.from, owner.address);
    assert.equal(full?.blockHash, block.hash);
    // The block's bloom contains the token address; the receipt's bloom too.
    const raw = await provider.send('eth_getBlockByNumber', [toBeHex(receipt.blockNumber), false]);
    assert.notEqual(raw.logsBloom, '0x' + '00'.repeat(256));
    assert.equal((await provider.send('eth_getTransactionReceipt', [receipt.hash])).logsBloom !== '0x' + '00'.repeat(256), true);
    const byHash = await provider.getLogs({ blockHash: block.hash!, address: await token.getAddress() });
    assert.equal(byHash.length, 1);
    assert.equal(byHash[0]!.index, receipt.logs[0]!.index);
  });

  it('catches a revert and reads its reason (eth_call, eth_estimateGas, and a mined tx)', async () => {
    const tokenAsAlice = token.connect(alice) as Contract;
    await assert.rejects(tokenAsAlice.getFunction('transfer').staticCall(owner.address, 10n ** 30n), (e: any) => {
      assert.ok(isError(e, 'CALL_EXCEPTION'));
      assert.equal(e.reason, 'ERC20: transfer amount exceeds balance');
      return true;
    });
    await assert.rejects(tokenAsAlice.getFunction('transfer')(owner.address, 10n ** 30n), (e: any) => {
      assert.ok(isError(e, 'CALL_EXCEPTION'));
      assert.equal(e.reason, 'ERC20: transfer amount exceeds balance');
      return true;
    });
    // Forced on chain with a fixed gas limit: status 0, gas charged, nonce used.
    const nonce = await provider.getTransactionCount(alice.address);
    const before = await provider.getBalance(alice.address);
    const tx = await tokenAsAlice.getFunction('transfer')(owner.address, 10n ** 30n, { gasLimit: 100_000n });
    await assert.rejects(tx.wait(), (e: any) => isError(e, 'CALL_EXCEPTION') && e.receipt?.status === 0);
    const receipt = await provider.getTransactionReceipt(tx.hash);
    assert.equal(receipt?.status, 0);
    assert.equal(await provider.getTransactionCount(alice.address), nonce + 1);
    assert.equal(before - (await provider.getBalance(alice.address)), receipt!.gasUsed * receipt!.gasPrice);
    assert.equal(await token.getFunction('balanceOf')(alice.address), 1239n);
  });

  it('serves eth_call with state overrides, fee data and fee history', async () => {
    const iface = token.interface;
    // Give a fresh address code of the token via an override and read its (empty) storage.
    const fresh = Wallet.createRandom().address;
    const code = await provider.getCode(await token.getAddress());
    const out = await provider.send('eth_call', [
      { to: fresh, data: iface.encodeFunctionData('totalSupply') },
      'latest',
      { [fresh]: { code, stateDiff: { [toBeHex(2, 32)]: toBeHex(77, 32) } } },
    ]);
    assert.equal(BigInt(out), 77n);
    // The pending tag runs on the latest state as the next block; an old block number is refused clearly.
    const pending = await provider.send('eth_call', [{ to: await token.getAddress(), data: iface.encodeFunctionData('totalSupply') }, 'pending']);
    assert.equal(BigInt(pending), SUPPLY);
    assert.equal(BigInt(await provider.send('eth_getBalance', [owner.address, 'pending'])), await provider.getBalance(owner.address));
    // Past heights read the state after that block (the store keeps every height by default).
    const tokenAddr = await token.getAddress();
    assert.equal(await provider.getCode(tokenAddr, deployBlock - 1), '0x');
    assert.equal(await provider.getCode(tokenAddr, deployBlock), code);
    const ownerNonceNow = await provider.getTransactionCount(owner.address);
    assert.ok(ownerNonceNow > (await provider.getTransactionCount(owner.address, deployBlock - 1)));
    assert.equal(await token.getFunction('totalSupply')({ blockTag: deployBlock }), SUPPLY);
    assert.equal(await provider.call({ to: tokenAddr, data: iface.encodeFunctionData('totalSupply'), blockTag: deployBlock - 1 }), '0x');
    assert.equal(BigInt(await provider.getStorage(tokenAddr, 2, deployBlock)), SUPPLY);
    await assert.rejects(provider.send('eth_getBalance', [owner.address, '0xffffff']), /header not found/);
    // Storage and code: OpenZeppelin 4.9 ERC20 keeps _totalSupply in slot 2.
    assert.equal(BigInt(await provider.getStorage(await token.getAddress(), 2)), SUPPLY);
    assert.equal(await provider.getStorage(await token.getAddress(), 99), '0x' + '00'.repeat(32));
    assert.equal(await provider.getCode(owner.address), '0x');
    const latest = await provider.getBlock('latest');
    const byHash = await provider.getBlock(latest!.hash!);
    assert.equal(byHash?.number, latest!.number);
    assert.equal(byHash?.parentHash, (await provider.getBlock(latest!.number - 1))!.hash);
    const fee = await provider.getFeeData();
    assert.equal(fee.gasPrice, 10n ** 9n);
    assert.ok(fee.maxFeePerGas! >= 10n ** 9n);
    const hist = await provider.send('eth_feeHistory', ['0x4', 'latest', [25, 75]]);
    assert.equal(hist.baseFeePerGas.length, 5);
    assert.equal(hist.reward.length, hist.gasUsedRatio.length);
  });

  it('pushes newHeads and Transfer logs over eth_subscribe (WebSocketProvider)', async () => {
    const ws = new WebSocketProvider(`ws://${node.ports['json-rpc.address']}`);
    try {
      const wsToken = new Contract(await token.getAddress(), artifact.abi, ws);
      const gotBlock = new Promise<number>((resolve) => void ws.once('block', (n: number) => resolve(n)));
      const gotTransfer = new Promise<bigint>((resolve) => void wsToken.once('Transfer', (_from, _to, value: bigint) => resolve(value)));
      assert.ok((await gotBlock) >= 1);
      await new Promise((r) => setTimeout(r, 100));
      const tx = await token.getFunction('transfer')(alice.address, 42n);
      await tx.wait();
      assert.equal(await gotTransfer, 42n);
    } finally {
      await ws.removeAllListeners();
      // Let the unsubscribe round trips finish before the socket goes.
      await new Promise((r) => setTimeout(r, 200));
      await ws.destroy();
    }
  });

  it('answers batches and JSON-RPC errors with the expected codes', async () => {
    const url = `http://${node.ports['json-rpc.address']}`;
    const post = async (body: unknown) => (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json() as Promise<any>;
    const batch = await post([
      { jsonrpc: '2.0', id: 1, method: 'eth_chainId' },
      { jsonrpc: '2.0', id: 2, method: 'net_version' },
      { jsonrpc: '2.0', id: 3, method: 'web3_clientVersion' },
      { jsonrpc: '2.0', id: 4, method: 'eth_getBalance', params: ['0x1234', 'latest'] },
      { jsonrpc: '2.0', id: 5, method: 'eth_nope' },
    ]);
    assert.deepEqual(batch.map((r: any) => r.id), [1, 2, 3, 4, 5]);
    assert.equal(batch[0].result, '0x40001');
    assert.equal(batch[1].result, '262145');
    assert.match(batch[2].result, /^Trivium\//);
    assert.equal(batch[3].error.code, -32602);
    assert.equal(batch[4].error.code, -32601);
    assert.equal((await (await fetch(url, { method: 'POST', body: '{oops' })).json() as any).error.code, -32700);
  });
});
