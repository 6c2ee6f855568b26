import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { createPublicClient, defineChain, http, parseEther, type Address } from 'viem';
import { runCli, startNode, type TestNode } from '../helpers/node.ts';
import { jsonRpc } from '../helpers/json-rpc.ts';

const chain = defineChain({ id: 262145, name: 'trivium', nativeCurrency: { name: 'T', symbol: 'T', decimals: 18 }, rpcUrls: { default: { http: ['http://127.0.0.1'] } } });
const ABANDON = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';

describe("anvil's start flags: --accounts, --mnemonic, --balance", { timeout: 90_000 }, () => {
  let node: TestNode | undefined;
  after(async () => {
    await node?.stop();
  });

  it('funds N accounts of the mnemonic with the balance, and unlocks them for eth_sendTransaction', async () => {
    node = await startNode({ blockTime: '0', extraArgs: ['--accounts', '3', '--mnemonic', ABANDON, '--balance', '5'] });
    const url = `http://${node.ports['json-rpc.address']}`;
    const pub = createPublicClient({ chain, transport: http(url), cacheTime: 0 });
    const call = (method: string, params: unknown[]) => jsonRpc(url, method, params);
    const accounts = (await call('eth_accounts', [])).result as string[];
    assert.equal(accounts.length, 3);
    // m/44'/60'/0'/0/0 of the "abandon … about" mnemonic, as every wallet derives it.
    assert.equal(accounts[0], '0x9858effd232b4033e47d90003d41ec34ecaeda94');
    for (const a of accounts) assert.equal(await pub.getBalance({ address: a as Address }), parseEther('5'));
    // The default dev accounts are not funded on this chain.
    assert.equal(await pub.getBalance({ address: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266' }), 0n);
    const hash = (await call('eth_sendTransaction', [{ from: accounts[0], to: accounts[1], value: '0x1' }])).result;
    const r = await pub.waitForTransactionReceipt({ hash });
    assert.equal(r.status, 'success');
  });

  it('refuses a bad --mnemonic, --accounts or --balance at start', async () => {
    for (const bad of [['--mnemonic', 'not a mnemonic'], ['--accounts', 'x'], ['--balance', '1.5']]) {
      const r = await runCli(['start', '--home', `/tmp/trivium-flags-${process.pid}-${bad[0]!.slice(2)}`, ...bad, '--block-time', '0']);
      assert.notEqual(r.code, 0, bad.join(' '));
      assert.match(r.stderr + r.stdout, new RegExp(bad[0]!), bad.join(' '));
    }
  });
});
