import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { Interface, Wallet, getBytes, hexlify } from 'ethers';
import { CacheStore } from '../../core/store/cache-store.ts';
import { Context } from '../../core/types/context.ts';
import { infiniteGasMeter } from '../../core/types/gas.ts';
import { erc20Artifact, makeEnv } from './helpers.ts';

/** x/crossvm's entry: callContract(ctx, {caller, to, data, value, gasLimit, static}) in the caller's branch. */
describe('executor.callContract (the API x/crossvm uses)', () => {
  const env = makeEnv();
  const holder = Wallet.createRandom();
  const other = Wallet.createRandom();
  const art = erc20Artifact();
  const iface = new Interface(art.abi);
  let token: Uint8Array;
  const branch = () => {
    const cache = new CacheStore(env.store);
    return { cache, ctx: new Context(cache, infiniteGasMeter(), { height: 5, timeMs: 1_700_000_005_000, chainId: 'trivium-devnet-1', proposer: '' }, 'deliver') };
  };

  before(async () => {
    env.fund(getBytes(holder.address), 1_000_000n);
    const deploy = iface.encodeDeploy(['T', 'T', 1000n, holder.address]);
    const r = await env.send(holder, { data: art.bytecode + deploy.slice(2) });
    assert.equal(r.status, 1);
    token = r.contractAddress!;
  });

  it('a static call reads and writes nothing', async () => {
    const { cache, ctx } = branch();
    const r = await env.evm.callContract(ctx, { caller: getBytes(other.address), to: token, data: getBytes(iface.encodeFunctionData('balanceOf', [holder.address])), value: 0n, gasLimit: 100_000n, static: true });
    assert.equal(r.success, true);
    assert.equal(iface.decodeFunctionResult('balanceOf', r.returnData)[0], 1000n);
    assert.ok(r.gasUsed > 0n && r.gasUsed < 100_000n);
    assert.equal(cache.dirtyCount, 0);
  });

  it('a write lands in the caller\'s branch with its logs, and only there', async () => {
    const { cache, ctx } = branch();
    const r = await env.evm.callContract(ctx, { caller: getBytes(holder.address), to: token, data: getBytes(iface.encodeFunctionData('transfer', [other.address, 10n])), value: 0n, gasLimit: 100_000n });
    assert.equal(r.success, true);
    assert.equal(r.logs.length, 1);
    assert.equal(hexlify(r.logs[0]!.address), hexlify(token));
    assert.equal(iface.parseLog({ topics: r.logs[0]!.topics.map(hexlify), data: hexlify(r.logs[0]!.data) })!.name, 'Transfer');
    assert.ok(cache.dirtyCount > 0);
    const q = env.query();
    const before = await env.evm.executor.simulate(q, { to: token, data: getBytes(iface.encodeFunctionData('balanceOf', [other.address])), value: 0n });
    assert.equal(iface.decodeFunctionResult('balanceOf', before.returnData)[0], 0n, 'committed state untouched until the branch commits');
    // The nonce of the caller is not a tx's: it does not move.
    assert.equal(env.evm.getNonce(ctx, getBytes(holder.address)), 1n);
    cache.write();
    const after = await env.evm.executor.simulate(env.query(), { to: token, data: getBytes(iface.encodeFunctionData('balanceOf', [other.address])), value: 0n });
    assert.equal(iface.decodeFunctionResult('balanceOf', after.returnData)[0], 10n);
  });

  it('a revert reports the reason and writes nothing (EVM and bank alike)', async () => {
    const { cache, ctx } = branch();
    const r = await env.evm.callContract(ctx, { caller: getBytes(other.address), to: token, data: getBytes(iface.encodeFunctionData('transfer', [holder.address, 10n ** 9n])), value: 0n, gasLimit: 100_000n });
    assert.equal(r.success, false);
    assert.equal(r.error, 'execution reverted: ERC20: transfer amount exceeds balance');
    assert.equal(cache.dirtyCount, 0);
    // With value: the wei move is undone too.
    const v = await env.evm.callContract(ctx, { caller: getBytes(holder.address), to: token, data: getBytes(iface.encodeFunctionData('transfer', [holder.address, 10n ** 9n])), value: 7n, gasLimit: 100_000n });
    assert.equal(v.success, false);
    assert.equal(cache.dirtyCount, 0);
    assert.equal(env.evm.getBalance(ctx, token), 0n);
  });

  it('static calls cannot write; insufficient value fails cleanly; out of gas is reported', async () => {
    const { cache, ctx } = branch();
    const s = await env.evm.callContract(ctx, { caller: getBytes(holder.address), to: token, data: getBytes(iface.encodeFunctionData('transfer', [other.address, 1n])), value: 0n, gasLimit: 100_000n, static: true });
    assert.equal(s.success, false);
    assert.equal(s.error, 'static state change');
    const poor = await env.evm.callContract(ctx, { caller: getBytes(other.address), to: getBytes(holder.address), data: new Uint8Array(), value: 10n ** 30n, gasLimit: 100_000n });
    assert.equal(poor.success, false);
    assert.equal(poor.error, 'insufficient balance');
    const oog = await env.evm.callContract(ctx, { caller: getBytes(holder.address), to: token, data: getBytes(iface.encodeFunctionData('transfer', [other.address, 1n])), value: 0n, gasLimit: 5_000n });
    assert.equal(oog.success, false);
    assert.equal(oog.error, 'out of gas');
    assert.equal(oog.gasUsed, 5_000n);
    assert.equal(cache.dirtyCount, 0);
  });

  it('a tx that reverts keeps only the gas payment: EVM and bank writes of the execution roll back together', async () => {
    const payer = Wallet.createRandom();
    env.fund(getBytes(payer.address), 1_000n);
    const supply = env.bank.getSupply(env.query(), 'utrv');
    const r = await env.send(payer, { to: hexlify(token), data: iface.encodeFunctionData('transfer', [holder.address, 1n]), value: 123n * 10n ** 12n, gasLimit: 60_000n });
    assert.equal(r.status, 0);
    const q = env.query();
    assert.equal(env.evm.getBalance(q, token), 0n, 'the value came back');
    assert.equal(env.evm.getBalance(q, getBytes(payer.address)), 1_000n * 10n ** 12n - r.gasUsed * 10n ** 9n);
    assert.equal(env.evm.getNonce(q, getBytes(payer.address)), 1n);
    assert.equal(env.bank.getSupply(q, 'utrv'), supply, 'the fee moved to the fee collector; nothing minted or burnt');
  });
});
