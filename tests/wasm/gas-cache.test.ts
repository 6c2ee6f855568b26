import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { addr, Chain, contractSource } from './harness.ts';

/**
 * Gas must not depend on caches (issue 12): the first call of a contract and the hundredth cost the same,
 * whether the compiled factory is cached in a warm isolate, dropped at a block boundary, or the isolates
 * themselves are thrown away and booted again. A difference here splits two validators, one restarted.
 */
const WORK = `module.exports = {
  instantiate() { return null; },
  execute(m) {
    // Constant-size state and output, so each call's per-byte charges are equal.
    xchain.state.set('k', 'v'.repeat(16));
    const s = 'ab'.repeat(500);
    const n = 7n ** 40n * 3n;
    const parsed = JSON.parse(JSON.stringify({ a: [1, 2, 3], s: s.slice(0, 20) }));
    const sorted = Array.from({ length: 200 }, (_, i) => (i * 37) % 200).sort((x, y) => x - y);
    const found = /b(a+)b/.test(s) && s.indexOf('ba', 100) > 0;
    xchain.emit.attribute('n', String(n % 1000n));
    return { found, len: parsed.a.length + sorted[199], big: n.toString().length };
  },
  query() { return null; },
};`;

describe('gas does not depend on caches', () => {
  const chains: Chain[] = [];
  after(() => chains.forEach((c) => c.keeper.vm.dispose()));

  const setup = async (): Promise<{ chain: Chain; address: string }> => {
    const chain = new Chain();
    chains.push(chain);
    const codeId = await chain.store(WORK);
    return { chain, address: await chain.instantiate(codeId, {}) };
  };
  const gasOf = async (chain: Chain, address: string): Promise<bigint> => {
    const r = await chain.execute(address, {});
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    return r.gasUsed;
  };

  it('the first call and the hundredth cost the same, across block boundaries and rebooted isolates', async () => {
    const { chain, address } = await setup();
    const first = await gasOf(chain, address);
    assert.ok(first > 10_000n, `a call that does real work (${first} gas)`);
    for (let i = 2; i <= 100; i++) {
      if (i % 10 === 0) chain.keeper.vm.endBlock(); // the compile cache lives for one block
      if (i % 25 === 0) chain.keeper.vm.dispose(); // every isolate thrown away: the next call boots a new one
      assert.equal(await gasOf(chain, address), first, `call ${i}`);
    }
  });

  it('a fresh VM (a restarted node) charges the same as a warm one, for the shipped contracts too', async () => {
    const warm = await setup();
    const cold = await setup();
    for (let i = 0; i < 5; i++) await gasOf(warm.chain, warm.address);
    assert.equal(await gasOf(cold.chain, cold.address), await gasOf(warm.chain, warm.address));

    const cw20 = async (): Promise<{ chain: Chain; token: string }> => {
      const chain = new Chain();
      chains.push(chain);
      const codeId = await chain.store(contractSource('cw20.js'));
      const token = await chain.instantiate(codeId, { name: 'Gas', symbol: 'GAS', decimals: 6, initial_balances: [{ address: addr(1), amount: '1000000' }] });
      return { chain, token };
    };
    const a = await cw20();
    const b = await cw20();
    // Same balances on both chains at every step; only the isolates' warmth differs.
    const transfer = { transfer: { recipient: addr(2), amount: '100' } };
    for (let i = 0; i < 3; i++) {
      const ra = await a.chain.execute(a.token, transfer);
      a.chain.keeper.vm.endBlock();
      const rb = await b.chain.execute(b.token, transfer);
      assert.ok(ra.ok && rb.ok);
      assert.equal(ra.gasUsed, rb.gasUsed, `transfer ${i + 1}`);
    }
    b.chain.keeper.vm.dispose();
    const ra = await a.chain.execute(a.token, transfer);
    const rb = await b.chain.execute(b.token, transfer);
    assert.ok(ra.ok && rb.ok);
    assert.equal(rb.gasUsed, ra.gasUsed, 'after the isolates are rebooted');
  });
});
