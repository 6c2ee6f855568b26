import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { HDNodeWallet, Interface, Mnemonic, getCreateAddress, toBeHex } from 'ethers';
import { startNode, type TestNode } from '../helpers/node.ts';
import { DEV_MNEMONIC, erc20Artifact } from './helpers.ts';

const wallet = (i: number) => HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(DEV_MNEMONIC), `m/44'/60'/0'/0/${i}`);
const fee = { chainId: 262145n, maxFeePerGas: 2n * 10n ** 9n, maxPriorityFeePerGas: 0n, type: 2 };

describe('triviumd tx evm / q evm', () => {
  let node: TestNode;
  const art = erc20Artifact();
  const iface = new Interface(art.abi);
  const owner = wallet(4);
  const token = getCreateAddress({ from: owner.address, nonce: 0 });
  const json = async (args: string[]) => {
    const r = await node.cli([...args, '-o', 'json']);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    return JSON.parse(r.stdout);
  };

  before(async () => {
    node = await startNode({ blockTime: '200ms' });
  });
  after(async () => {
    await node?.stop();
  });

  it('send-raw broadcasts a raw signed tx as is (no --from) and waits for it', async () => {
    const raw = await owner.signTransaction({ ...fee, nonce: 0, gasLimit: 2_000_000n, data: art.bytecode + iface.encodeDeploy(['Cli', 'CLI', 5000n, owner.address]).slice(2) });
    const out = await json(['tx', 'evm', 'send-raw', raw]);
    assert.equal(out.code, 0);
    assert.match(out.eth_hash, /^0x[0-9a-f]{64}$/);
    assert.ok(Number(out.height) >= 1);
  });

  it('q evm code | storage | balance | account | call', async () => {
    const [code, slot, bal, acc, call, bad] = await Promise.all([
      json(['q', 'evm', 'code', token]),
      // OpenZeppelin 4.9 ERC20: slot 2 is _totalSupply.
      json(['q', 'evm', 'storage', token, '0x2']),
      json(['q', 'evm', 'balance', '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266']),
      json(['q', 'evm', 'account', owner.address]),
      json(['q', 'evm', 'call', token, iface.encodeFunctionData('balanceOf', [owner.address])]),
      node.cli(['q', 'evm', 'call', token, iface.encodeFunctionData('transfer', [owner.address, 10n ** 9n]), '--from', toBeHex(1, 20), '-o', 'json']),
    ]);
    assert.ok(code.code.length > 1000);
    assert.equal(BigInt(slot.value), 5000n);
    assert.equal(bal.balance, (10n ** 22n).toString());
    assert.equal(bal.balance_utrv, '10000000000');
    assert.equal(acc.nonce, '1');
    assert.equal(call.success, true);
    assert.equal(BigInt(call.ret), 5000n);
    assert.notEqual(bad.code, 0);
    assert.equal(JSON.parse(bad.stdout).vm_error, 'revert');
  });

  it('send-raw --from wraps it in MsgEthereumTx signed by a Cosmos key', async () => {
    const raw = await owner.signTransaction({ ...fee, nonce: 1, gasLimit: 100_000n, to: token, data: iface.encodeFunctionData('transfer', [wallet(5).address, 7n]) });
    const out = await json(['tx', 'evm', 'send-raw', raw, '--from', 'dev0', '--yes']);
    assert.equal(out.code, 0, out.raw_log);
    const call = await json(['q', 'evm', 'call', token, iface.encodeFunctionData('balanceOf', [wallet(5).address])]);
    assert.equal(BigInt(call.ret), 7n);
  });

  it('bad input: a clear error and a non-zero exit', async () => {
    const [r, s] = await Promise.all([node.cli(['q', 'evm', 'storage', token, 'zz']), node.cli(['tx', 'evm', 'send-raw', '0x1234'])]);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /invalid storage key/);
    assert.notEqual(s.code, 0);
    assert.match(s.stderr, /rlp|malformed|transaction type not supported/i); // 0x12 is read as an EIP-2718 type byte, as geth does
  });
});
