import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SortedStore } from '../../core/store/sorted-store.ts';
import { Context } from '../../core/types/context.ts';
import { infiniteGasMeter } from '../../core/types/gas.ts';
import { AuthKeeper } from '../../x/auth/keeper.ts';
import { defaultAuthParams } from '../../x/auth/types/index.ts';

const ctx = () => new Context(new SortedStore(), infiniteGasMeter(), { height: 1, timeMs: 0, chainId: 'c', proposer: '', maxGas: 1n << 60n, maxTxGas: 0n }, 'deliver');

test('the minimum fee follows the stored min_gas_price through every change (ceil of gas × price, exact)', () => {
  const k = new AuthKeeper();
  const c = ctx();
  const setPrice = (p: string) => k.setParams(c, { ...defaultAuthParams(), min_gas_price: p });
  assert.equal(k.minFee(c, 200_000n), (200_000n * 1n) / 1000n, 'the default 0.001');
  setPrice('0.0025');
  assert.equal(k.minFee(c, 200_000n), 500n);
  assert.equal(k.minFee(c, 1n), 1n, 'rounded up');
  setPrice('1.5');
  assert.equal(k.minFee(c, 3n), 5n);
  setPrice('0');
  assert.equal(k.minFee(c, 1_000_000n), 0n);
  // A second keeper (another node) over the same store agrees at every step.
  assert.equal(new AuthKeeper().minFee(c, 1_000_000n), 0n);
});

test('an unreadable min_gas_price is refused every time it is asked for, not remembered as some other price', () => {
  const k = new AuthKeeper();
  const c = ctx();
  k.setParams(c, { ...defaultAuthParams(), min_gas_price: '0.002' });
  assert.equal(k.minFee(c, 1000n), 2n);
  k.setParams(c, { ...defaultAuthParams(), min_gas_price: '1e-3' });
  assert.throws(() => k.minFee(c, 1000n), /invalid decimal 1e-3/);
  assert.throws(() => k.minFee(c, 1000n), /invalid decimal 1e-3/);
});
