import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Account } from '@ethereumjs/util';
import { Wallet, getBytes } from 'ethers';
import { joinWei, splitWei, weiToUtrvCeil } from '../../x/evm/state/balance.ts';
import { WEI_PER_UTRV } from '../../x/evm/types/index.ts';
import { makeEnv } from './helpers.ts';

const U = WEI_PER_UTRV;
const addr = (n: number) => new Uint8Array(20).fill(n);

describe('wei ↔ utrv: the rounding rule', () => {
  it('splits by floor division and joins back exactly', () => {
    assert.deepEqual(splitWei(0n), { utrv: 0n, fractional: 0n });
    assert.deepEqual(splitWei(U - 1n), { utrv: 0n, fractional: U - 1n });
    assert.deepEqual(splitWei(U), { utrv: 1n, fractional: 0n });
    assert.deepEqual(splitWei(5n * U + 7n), { utrv: 5n, fractional: 7n });
    for (const w of [0n, 1n, U - 1n, U, U + 1n, 123456789n * U + 987654321n, 2n ** 200n + 3n]) {
      const { utrv, fractional } = splitWei(w);
      assert.equal(joinWei(utrv, fractional), w);
      assert.ok(fractional >= 0n && fractional < U);
    }
    assert.throws(() => splitWei(-1n));
    assert.equal(weiToUtrvCeil(1n), 1n);
    assert.equal(weiToUtrvCeil(U), 1n);
    assert.equal(weiToUtrvCeil(U + 1n), 2n);
  });

  it('the EVM balance is the bank balance × 10^12 plus the fractional wei x/evm keeps', () => {
    const env = makeEnv();
    env.fund(addr(1), 5n);
    const ctx = env.deliver().ctx;
    assert.equal(env.evm.getBalance(ctx, addr(1)), 5n * U);
    const sm = env.evm.view(ctx);
    sm.putAccountSync(addr(1), new Account(0n, 5n * U + U / 2n));
    assert.equal(env.bank.getBalance(ctx, addr(1), 'utrv'), 5n, 'the Cosmos side sees whole utrv only');
    assert.equal(env.evm.getBalance(ctx, addr(1)), 5n * U + U / 2n);
  });

  it('moving sub-utrv amounts carries whole utrv, never creates or loses wei, and supply = Σ whole parts', () => {
    const env = makeEnv();
    const { ctx } = env.deliver();
    const sm = env.evm.view(ctx);
    const a = addr(1);
    const b = addr(2);
    sm.putAccountSync(a, new Account(0n, U + U / 2n)); // 1.5 utrv
    sm.putAccountSync(b, new Account(0n, U / 2n)); // 0.5 utrv
    const supplyBefore = env.bank.getSupply(ctx, 'utrv');
    assert.equal(supplyBefore, 1n);
    // A sends 0.6 utrv worth to B: A 0.9, B 1.1.
    const amount = (6n * U) / 10n;
    const accA = sm.getAccountSync(a)!;
    accA.balance -= amount;
    sm.putAccountSync(a, accA);
    const accB = sm.getAccountSync(b)!;
    accB.balance += amount;
    sm.putAccountSync(b, accB);
    assert.equal(env.evm.getBalance(ctx, a), (9n * U) / 10n);
    assert.equal(env.evm.getBalance(ctx, b), (11n * U) / 10n);
    assert.equal(env.bank.getBalance(ctx, a, 'utrv'), 0n);
    assert.equal(env.bank.getBalance(ctx, b, 'utrv'), 1n);
    const supply = env.bank.getSupply(ctx, 'utrv');
    const fractions = sm.getRecord(Buffer.from(a).toString('hex'))!.fractional + sm.getRecord(Buffer.from(b).toString('hex'))!.fractional;
    assert.equal(supply * U + fractions, 2n * U, 'wei total = supply × 10^12 + Σ fractional');
  });

  it('a value transfer of 1 wei and a 21,000-gas fee at 1 gwei settle exactly', async () => {
    const env = makeEnv();
    const w = Wallet.createRandom();
    env.fund(getBytes(w.address), 1_000n);
    const to = addr(9);
    const r = await env.send(w, { to: '0x' + Buffer.from(to).toString('hex'), value: 1n, gasLimit: 21_000n });
    assert.equal(r.status, 1);
    assert.equal(r.gasUsed, 21_000n);
    const q = env.query();
    // fee = 21,000 × 10^9 wei = 21 utrv exactly; 1 wei leaves a fraction behind.
    assert.equal(env.evm.getBalance(q, getBytes(w.address)), 1_000n * U - 21n * U - 1n);
    assert.equal(env.bank.getBalance(q, getBytes(w.address), 'utrv'), 978n);
    assert.equal(env.evm.getBalance(q, to), 1n);
    assert.equal(env.bank.getBalance(q, to, 'utrv'), 0n);
    assert.equal(env.bank.getSupply(q, 'utrv'), 1_000n - 1n, 'the 1 wei carry burned one whole utrv; the wei live on as fractions');
  });
});
