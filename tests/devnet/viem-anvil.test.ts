import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createPublicClient, createTestClient, createWalletClient, defineChain, encodeFunctionData, http, parseEther, type Address, type Hex } from 'viem';
import { startNode, type TestNode } from '../helpers/node.ts';
import { erc20Artifact } from '../evm/helpers.ts';
import { jsonRpc } from '../helpers/json-rpc.ts';

const DEV0 = '0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266' as const;
const DEV1 = '0x70997970c51812dc3a010c7d01b50e0d17dc79c8' as const;
const rand = (): Address => `0x${[...crypto.getRandomValues(new Uint8Array(20))].map((b) => b.toString(16).padStart(2, '0')).join('')}`;

const raw = jsonRpc;

describe("viem's anvil-mode test client against triviumd", { timeout: 120_000 }, () => {
  let node: TestNode;
  let url: string;
  const chain = defineChain({ id: 262145, name: 'trivium', nativeCurrency: { name: 'T', symbol: 'T', decimals: 18 }, rpcUrls: { default: { http: ['http://127.0.0.1'] } } });
  let test: ReturnType<typeof createTestClient>;
  let pub: ReturnType<typeof createPublicClient>;
  let wallet: ReturnType<typeof createWalletClient>;
  const artifact = erc20Artifact();
  let token: Address;

  before(async () => {
    node = await startNode({ blockTime: '0' });
    url = `http://${node.ports['json-rpc.address']}`;
    test = createTestClient({ mode: 'anvil', chain, transport: http(url) });
    pub = createPublicClient({ chain, transport: http(url), pollingInterval: 50, cacheTime: 0 });
    wallet = createWalletClient({ chain, transport: http(url) });
  });
  after(async () => {
    await node?.stop();
  });

  const balanceOf = async (who: Address) =>
    BigInt(await pub.call({ to: token, data: encodeFunctionData({ abi: artifact.abi, functionName: 'balanceOf', args: [who] }) }).then((r) => r.data!));

  it('eth_accounts lists the unlocked dev accounts; eth_sendTransaction from one deploys an ERC20', async () => {
    const accounts = await wallet.getAddresses();
    assert.equal(accounts.length, 10);
    assert.equal(accounts[0]!.toLowerCase(), DEV0);
    const hash = await wallet.deployContract({ account: DEV0, chain, abi: artifact.abi, bytecode: artifact.bytecode as Hex, args: ['T', 'T', 10n ** 24n, DEV0] });
    const r = await pub.waitForTransactionReceipt({ hash });
    assert.equal(r.status, 'success');
    token = r.contractAddress!;
    assert.equal(await balanceOf(DEV0), 10n ** 24n);
  });

  it('snapshot, a transfer, revert: the transfer and its block are gone; the id reverts once', async () => {
    const height = await pub.getBlockNumber();
    const id = await test.snapshot();
    const hash = await wallet.sendTransaction({ account: DEV0, chain, to: token, data: encodeFunctionData({ abi: artifact.abi, functionName: 'transfer', args: [DEV1, 777n] }) });
    assert.equal((await pub.waitForTransactionReceipt({ hash })).status, 'success');
    assert.equal(await balanceOf(DEV1), 777n);
    assert.ok((await pub.getBlockNumber()) > height);
    await test.revert({ id });
    assert.equal(await pub.getBlockNumber(), height);
    assert.equal(await balanceOf(DEV1), 0n);
    assert.equal(await pub.getTransactionReceipt({ hash }).catch(() => null), null);
    assert.equal((await raw(url, 'evm_revert', [id])).result, false);
    // The chain goes on from the reverted head: the next block is height + 1 and its time follows the head's.
    const head = await pub.getBlock();
    await test.mine({ blocks: 1 });
    const next = await pub.getBlock();
    assert.equal(next.number, height + 1n);
    assert.ok(next.timestamp >= head.timestamp);
  });

  it('an older snapshot stays valid after a later one is reverted', async () => {
    const h0 = await pub.getBlockNumber();
    const older = await test.snapshot();
    await test.mine({ blocks: 2 });
    const newer = await test.snapshot();
    await test.mine({ blocks: 2 });
    await test.revert({ id: newer });
    assert.equal(await pub.getBlockNumber(), h0 + 2n);
    await test.revert({ id: older });
    assert.equal(await pub.getBlockNumber(), h0);
  });

  it('setBalance, setCode, setStorageAt, setNonce: read back at once', async () => {
    const a = rand();
    await test.setBalance({ address: a, value: parseEther('12.5') });
    assert.equal(await pub.getBalance({ address: a }), parseEther('12.5'));
    await test.setBalance({ address: a, value: 3n });
    assert.equal(await pub.getBalance({ address: a }), 3n);
    const code = '0x602a60005260206000f3' as Hex; // returns 42
    await test.setCode({ address: a, bytecode: code });
    assert.equal(await pub.getCode({ address: a }), code);
    assert.equal(BigInt((await pub.call({ to: a })).data!), 42n);
    const slot = '0x0000000000000000000000000000000000000000000000000000000000000007' as Hex;
    const value = '0x00000000000000000000000000000000000000000000000000000000deadbeef' as Hex;
    await test.setStorageAt({ address: a, index: slot, value });
    assert.equal(await pub.getStorageAt({ address: a, slot }), value);
    await test.setNonce({ address: a, nonce: 41 });
    assert.equal(await pub.getTransactionCount({ address: a }), 41);
    assert.equal(await pub.getBalance({ address: a }), 3n);
  });

  it('impersonateAccount: eth_sendTransaction from an address nobody holds the key of', async () => {
    const whale = rand();
    const to = rand();
    await test.setBalance({ address: whale, value: parseEther('5') });
    const refused = await raw(url, 'eth_sendTransaction', [{ from: whale, to, value: '0x1' }]);
    assert.equal(refused.error?.code, -32602);
    await test.impersonateAccount({ address: whale });
    assert.ok((await wallet.getAddresses()).map((x) => x.toLowerCase()).includes(whale));
    const hash = await wallet.sendTransaction({ account: whale, chain, to, value: parseEther('1') });
    const r = await pub.waitForTransactionReceipt({ hash });
    assert.equal(r.status, 'success');
    assert.equal(r.from.toLowerCase(), whale);
    assert.equal(await pub.getBalance({ address: to }), parseEther('1'));
    await test.stopImpersonatingAccount({ address: whale });
    assert.equal((await raw(url, 'eth_sendTransaction', [{ from: whale, to, value: '0x1' }])).error?.code, -32602);
  });

  it('mine with an interval, increaseTime, setNextBlockTimestamp, block timestamp interval', async () => {
    const start = await pub.getBlock();
    await test.mine({ blocks: 4, interval: 10 });
    const b = await Promise.all([1n, 2n, 3n, 4n].map((i) => pub.getBlock({ blockNumber: start.number + i })));
    assert.equal(b[1]!.timestamp - b[0]!.timestamp, 10n);
    assert.equal(b[3]!.timestamp - b[2]!.timestamp, 10n);
    const before = await pub.getBlock();
    await test.increaseTime({ seconds: 3600 });
    await test.mine({ blocks: 1 });
    assert.ok((await pub.getBlock()).timestamp >= before.timestamp + 3600n);
    const target = (await pub.getBlock()).timestamp + 100_000n;
    await test.setNextBlockTimestamp({ timestamp: target });
    await test.mine({ blocks: 1 });
    assert.equal((await pub.getBlock()).timestamp, target);
    // Times go on from there, never backwards.
    await test.mine({ blocks: 1 });
    assert.ok((await pub.getBlock()).timestamp >= target);
    await test.setBlockTimestampInterval({ interval: 7 });
    const t0 = (await pub.getBlock()).timestamp;
    await test.mine({ blocks: 2 });
    assert.equal((await pub.getBlock()).timestamp, t0 + 14n);
    await test.removeBlockTimestampInterval();
    const past = (await raw(url, 'evm_setNextBlockTimestamp', ['0x1'])).error;
    assert.equal(past?.code, -32602);
  });

  it('dev_setTime moves the clock; the hardhat_* aliases answer as anvil_*', async () => {
    const last = (await pub.getBlock()).timestamp;
    const target = last + 86_400n;
    assert.deepEqual((await raw(url, 'dev_setTime', [{ time: Number(target) }])).result, { time: new Date(Number(target) * 1000).toISOString() });
    await test.mine({ blocks: 1 });
    const t = (await pub.getBlock()).timestamp;
    assert.ok(t >= target && t < target + 60n, `${t} vs ${target}`);
    assert.equal((await raw(url, 'dev_setTime', [{ time: 1 }])).error?.code, -32602, 'not before the last block');
    const a = rand();
    assert.equal((await raw(url, 'hardhat_setBalance', [a, '0x2a'])).result, null);
    assert.equal(await pub.getBalance({ address: a }), 42n);
    assert.equal((await raw(url, 'hardhat_setNonce', [a, '0x5'])).result, null);
    assert.equal(await pub.getTransactionCount({ address: a }), 5);
    const h = await pub.getBlockNumber();
    assert.equal((await raw(url, 'hardhat_mine', ['0x3'])).result, null);
    assert.equal(await pub.getBlockNumber(), h + 3n);
    const info = (await raw(url, 'anvil_nodeInfo', [])).result;
    assert.equal(info.currentBlockNumber, Number(h + 3n));
    assert.equal(info.environment.chainId, 262145);
  });

  it('automine off: txs wait in txpool_content until mined; dropTransaction removes one', async () => {
    await test.setAutomine(false);
    assert.equal(await test.getAutomine(), false);
    const h = await pub.getBlockNumber();
    const h1 = await wallet.sendTransaction({ account: DEV0, chain, to: DEV1, value: 1n });
    const h2 = await wallet.sendTransaction({ account: DEV1, chain, to: DEV0, value: 1n });
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(await pub.getBlockNumber(), h);
    const pool = await test.getTxpoolContent();
    const all = Object.values(pool.pending).flatMap((byNonce) => Object.values(byNonce).map((t: any) => t.hash));
    assert.deepEqual(all.sort(), [h1, h2].sort());
    assert.equal((await raw(url, 'anvil_dropTransaction', [h2])).result, h2);
    await test.mine({ blocks: 1 });
    assert.equal((await pub.getTransactionReceipt({ hash: h1 })).status, 'success');
    assert.equal(await pub.getTransactionReceipt({ hash: h2 }).catch(() => null), null);
    await test.setAutomine(true);
    const h3 = await wallet.sendTransaction({ account: DEV0, chain, to: DEV1, value: 1n });
    assert.equal((await pub.waitForTransactionReceipt({ hash: h3 })).status, 'success');
  });

  it('interval mining: blocks on a timer without txs; interval 0 stops them; automine back on', async () => {
    await test.setIntervalMining({ interval: 1 });
    const h0 = await pub.getBlockNumber();
    await new Promise((r) => setTimeout(r, 2600));
    const h1 = await pub.getBlockNumber();
    assert.ok(h1 >= h0 + 2n, `${h0} → ${h1}`);
    await test.setIntervalMining({ interval: 0 });
    const h2 = await pub.getBlockNumber();
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(await pub.getBlockNumber(), h2, 'no blocks with interval 0 and automine off');
    assert.equal(await test.getAutomine(), false);
    await test.setAutomine(true);
    const hash = await wallet.sendTransaction({ account: DEV0, chain, to: DEV1, value: 1n });
    assert.equal((await pub.waitForTransactionReceipt({ hash })).status, 'success');
  });

  it('bad params answer -32602 and change nothing', async () => {
    const a = rand();
    const height = await pub.getBlockNumber();
    const bad: Array<[string, unknown[]]> = [
      ['evm_revert', []],
      ['evm_revert', ['zz']],
      ['anvil_setBalance', [a]],
      ['anvil_setBalance', ['0x12', '0x1']],
      ['anvil_setBalance', [a, '-1']],
      ['anvil_setCode', [a, '0xabc']],
      ['anvil_setStorageAt', [a, '0x0']],
      ['anvil_setStorageAt', [a, 'x', '0x1']],
      ['anvil_setNonce', [a, '0xffffffffffffffff']],
      ['anvil_impersonateAccount', ['nope']],
      ['anvil_autoImpersonateAccount', ['yes']],
      ['evm_increaseTime', ['ten']],
      ['evm_setNextBlockTimestamp', []],
      ['evm_setAutomine', ['true']],
      ['evm_setIntervalMining', [-1]],
      ['anvil_mine', ['0x1', 'x']],
      ['anvil_mine', ['0xffffffff']],
      ['anvil_dropTransaction', ['0x12']],
      ['anvil_reset', [{ forking: { jsonRpcUrl: 'http://example.invalid' } }]],
      ['eth_sendTransaction', [{ from: 'me' }]],
      ['dev_setBalance', [{ address: 'bogus', amount: '1' }]],
      ['dev_setBalance', [{ address: a, amount: '-5' }]],
      ['dev_revert', [{ id: {} }]],
      ['dev_setTime', [{ time: 'yesterday' }]],
    ];
    for (const [method, params] of bad) {
      const r = await raw(url, method, params);
      assert.equal(r.error?.code, -32602, `${method} ${JSON.stringify(params)} → ${JSON.stringify(r)}`);
    }
    assert.equal(await pub.getBlockNumber(), height);
    assert.equal(await pub.getBalance({ address: a }), 0n);
    assert.equal(await pub.getCode({ address: a }), undefined);
  });

  it('dev_* on the CometBFT port: snapshot, setBalance (bech32 and 0x, another denom), revert', async () => {
    const addr = '0x' + '11'.repeat(20);
    const snap = await node.rpc('dev_snapshot', {});
    const h = Number(snap.height);
    await node.rpc('dev_setBalance', { address: addr, amount: '5000', denom: 'uatom' });
    await node.rpc('dev_setBalance', { address: addr, amount: '7' });
    assert.equal(await pub.getBalance({ address: addr as Address }), 7n * 10n ** 12n);
    const bal = await node.rpc('abci_query', { path: '/cosmos.bank.v1beta1.Query/AllBalances', data: '' }).catch(() => undefined);
    void bal;
    const r = await node.rpc('dev_revert', { id: snap.id });
    assert.equal(r.reverted, true);
    assert.equal(Number(r.height), h);
    assert.equal(await pub.getBalance({ address: addr as Address }), 0n);
    const again = await node.rpc('dev_revert', [snap.id] as any);
    assert.equal(again.reverted, false);
  });

  it('reset: back to genesis', async () => {
    await test.setBalance({ address: DEV1, value: 1n });
    await test.reset();
    assert.equal(await pub.getBlockNumber(), 0n);
    assert.equal(await pub.getBalance({ address: DEV1 }), 10n ** 22n);
    await test.mine({ blocks: 1 });
    assert.equal(await pub.getBlockNumber(), 1n);
  });
});
