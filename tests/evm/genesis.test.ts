import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HDNodeWallet, Mnemonic, getBytes } from 'ethers';
import { Context } from '../../core/types/context.ts';
import { infiniteGasMeter } from '../../core/types/gas.ts';
import { DEV_EVM_ADDRESSES } from '../../x/evm/dev-accounts.ts';
import { defaultEvmGenesis, exportEvmGenesis, initEvmGenesis } from '../../x/evm/genesis.ts';
import { DEV_MNEMONIC, erc20Artifact, makeEnv } from './helpers.ts';
import { Wallet, Interface } from 'ethers';

describe('x/evm genesis', () => {
  it('the dev EVM accounts are m/44\'/60\'/0\'/0/i of the test mnemonic (what anvil and Hardhat fund)', () => {
    const m = Mnemonic.fromPhrase(DEV_MNEMONIC);
    DEV_EVM_ADDRESSES.forEach((a, i) => assert.equal(HDNodeWallet.fromMnemonic(m, `m/44'/60'/0'/0/${i}`).address, a));
  });

  it('the default genesis funds them with 10^22 wei (10,000,000,000 utrv) each, minted through the bank', async () => {
    const env = makeEnv();
    const ctx = new Context(env.store, infiniteGasMeter(), { height: 0, timeMs: 0, chainId: 'trivium-devnet-1', proposer: '' }, 'deliver');
    await initEvmGenesis(env.evm, ctx, defaultEvmGenesis());
    for (const a of DEV_EVM_ADDRESSES) {
      assert.equal(env.evm.getBalance(ctx, getBytes(a)), 10n ** 22n);
      assert.equal(env.bank.getBalance(ctx, getBytes(a), 'utrv'), 10_000_000_000n);
    }
    assert.equal(env.bank.getSupply(ctx, 'utrv'), 10n * 10_000_000_000n);
  });

  it('exports code, nonces, storage and fractional wei, and imports them back to the same state', async () => {
    const env = makeEnv();
    const w = Wallet.createRandom();
    env.fund(getBytes(w.address), 1_000_000n);
    const art = erc20Artifact();
    const iface = new Interface(art.abi);
    const r = await env.send(w, { data: art.bytecode + iface.encodeDeploy(['G', 'G', 777n, w.address]).slice(2) });
    await env.send(w, { to: '0x' + '11'.repeat(20), value: 5n });
    const exported = exportEvmGenesis(env.evm, env.query());
    const contract = exported.accounts.find((a) => a.code);
    assert.ok(contract && contract.storage && Object.keys(contract.storage).length > 0);
    const sender = exported.accounts.find((a) => a.address === w.address.toLowerCase());
    assert.equal(sender?.nonce, '2');
    assert.ok(sender?.fractional_wei, 'a 5-wei transfer leaves a fraction behind');

    const fresh = makeEnv();
    const ctx = new Context(fresh.store, infiniteGasMeter(), { height: 0, timeMs: 0, chainId: 'trivium-devnet-1', proposer: '' }, 'deliver');
    // Whole utrv come from the bank's genesis; here we mint them as the bank would.
    for (const addr of [w.address, '0x' + '11'.repeat(20)]) fresh.fund(getBytes(addr), env.bank.getBalance(env.query(), getBytes(addr), 'utrv'));
    await initEvmGenesis(fresh.evm, ctx, exported);
    assert.deepEqual(fresh.evm.getCode(ctx, r.contractAddress!), env.evm.getCode(env.query(), r.contractAddress!));
    assert.equal(fresh.evm.getBalance(ctx, getBytes(w.address)), env.evm.getBalance(env.query(), getBytes(w.address)));
    assert.equal(fresh.evm.getNonce(ctx, getBytes(w.address)), 2n);
    const call = await fresh.evm.executor.simulate(fresh.query(), { to: r.contractAddress, data: getBytes(iface.encodeFunctionData('balanceOf', [w.address])), value: 0n });
    assert.equal(iface.decodeFunctionResult('balanceOf', call.returnData)[0], 777n);
    assert.deepEqual(exportEvmGenesis(fresh.evm, fresh.query()), exported);
  });
});
