/**
 * x/bank's sendCoins pinned: the exact rows it writes (keys and value bytes), the gas it charges and the events
 * it emits (type, attributes, order), for one denom to a new account, several denoms, a whole balance, amounts
 * past 2^53; and refusals (zero, insufficient funds, bad coins) that write nothing. The gas is the SDK's KV cost of
 * the reads and writes, in the order listed (the same as main's code before issue 17's sendCoins work charged).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CacheStore } from '../../core/store/cache-store.ts';
import { SortedStore } from '../../core/store/sorted-store.ts';
import { moduleAddress, toBech32Address } from '../../core/types/address.ts';
import { Context } from '../../core/types/context.ts';
import { AppError } from '../../core/types/errors.ts';
import { GasMeter, infiniteGasMeter } from '../../core/types/gas.ts';
import { AuthKeeper } from '../../x/auth/keeper.ts';
import { BankKeeper } from '../../x/bank/keeper.ts';

const block = { height: 3, timeMs: 1_790_000_000_000, chainId: 'bank-test-1', proposer: '' };
const alice = new Uint8Array(20).fill(0xa1);
const bob = new Uint8Array(20).fill(0xb0);
const carol = new Uint8Array(20).fill(0xc3);
const fees = moduleAddress('fee_collector');
const hex = (a: Uint8Array) => Buffer.from(a).toString('hex');
const ascii = (s: string) => Buffer.from(s, 'latin1').toString('hex');

/** Committed state holding alice's 1,000,000 utrv and 50 uatom (her account is number 0). */
function chain() {
  const state = new SortedStore();
  const auth = new AuthKeeper();
  const bank = new BankKeeper(auth);
  const g = new CacheStore(state);
  bank.mintCoins(new Context(g, infiniteGasMeter(), block, 'deliver'), alice, [
    { denom: 'utrv', amount: '1000000' },
    { denom: 'uatom', amount: '50' },
  ]);
  g.write();
  const tx = (gas = 1_000_000n) => {
    const store = new CacheStore(state);
    return { store, ctx: new Context(store, new GasMeter(gas), block, 'deliver') };
  };
  return { state, bank, tx };
}

/** A tx branch's buffered writes: key → value hex (null: deleted). */
const writes = (s: CacheStore) => Object.fromEntries(s.changes().map(([k, v]) => [k, v === null ? null : Buffer.from(v).toString('hex')]));
// The SDK's KVGasConfig per access: ReadFlat 1000 + 3/byte of key and value, WriteFlat 2000 + 30/byte, DeleteFlat 1000.
const read = (key: number, value: number) => 1000n + 3n * BigInt(key + value);
const write = (key: number, value: number) => 2000n + 30n * BigInt(key + value);
const DELETE = 1000n;
const ROW = 'bank/b/'.length + 40 + '/utrv'.length; // 52
const ROW_ATOM = ROW + 1;
const ACCOUNT = 'auth/a/'.length + 40; // 47
const NEXT = 'auth/n'.length;
const ev = (type: string, ...kv: string[][]) => ({ type, attributes: kv.map(([key, value]) => ({ key: key!, value: value!, index: true })) });
const transfer = (from: Uint8Array, to: Uint8Array, amount: string) => [
  ev('coin_spent', ['spender', toBech32Address(from)], ['amount', amount]),
  ev('coin_received', ['receiver', toBech32Address(to)], ['amount', amount]),
  ev('transfer', ['recipient', toBech32Address(to)], ['sender', toBech32Address(from)], ['amount', amount]),
];

test('one denom to a new account: the payer row, the new account, the payee row, three events', () => {
  const { bank, tx } = chain();
  const { store, ctx } = tx();
  bank.sendCoins(ctx, alice, bob, [{ denom: 'utrv', amount: '1234' }]);
  assert.deepEqual(writes(store), {
    [`auth/a/${hex(bob)}`]: ascii('{"n":"1","s":"0"}'),
    'auth/n': ascii('"2"'),
    [`bank/b/${hex(alice)}/utrv`]: ascii('998766'),
    [`bank/b/${hex(bob)}/utrv`]: ascii('1234'),
  });
  assert.deepEqual(ctx.events, transfer(alice, bob, '1234utrv'));
  // In order: alice's row read and written, bob's account looked for, the next number read and bumped, bob's
  // account written, bob's row read and written.
  assert.equal(ctx.gasMeter.consumed, read(ROW, 7) + write(ROW, 6) + read(ACCOUNT, 0) + read(NEXT, 3) + write(NEXT, 3) + write(ACCOUNT, 17) + read(ROW, 0) + write(ROW, 4));
  assert.equal(ctx.gasMeter.consumed, 18_111n);
  // Again, now that bob's account exists: his account is read (17 bytes), not written.
  const second = tx();
  bank.sendCoins(second.ctx, alice, bob, [{ denom: 'utrv', amount: '1234' }]);
  second.store.write();
  const third = tx();
  bank.sendCoins(third.ctx, alice, bob, [{ denom: 'utrv', amount: '6' }]);
  assert.deepEqual(writes(third.store), { [`bank/b/${hex(alice)}/utrv`]: ascii('998760'), [`bank/b/${hex(bob)}/utrv`]: ascii('1240') });
  assert.equal(third.ctx.gasMeter.consumed, read(ROW, 6) + write(ROW, 6) + read(ACCOUNT, 17) + read(ROW, 4) + write(ROW, 4));
});

test('several denoms, given unsorted: sorted by denom in rows and in the events amount; a whole balance deletes its row', () => {
  const { bank, tx } = chain();
  const { store, ctx } = tx();
  bank.sendCoins(ctx, alice, fees, [
    { denom: 'utrv', amount: '1000' },
    { denom: 'uatom', amount: '50' },
  ]);
  assert.deepEqual(writes(store), {
    [`auth/a/${hex(fees)}`]: ascii('{"n":"1","s":"0"}'),
    'auth/n': ascii('"2"'),
    [`bank/b/${hex(alice)}/uatom`]: null,
    [`bank/b/${hex(alice)}/utrv`]: ascii('999000'),
    [`bank/b/${hex(fees)}/uatom`]: ascii('50'),
    [`bank/b/${hex(fees)}/utrv`]: ascii('1000'),
  });
  assert.deepEqual(ctx.events, transfer(alice, fees, '50uatom,1000utrv'));
  assert.equal(
    ctx.gasMeter.consumed,
    read(ROW_ATOM, 2) + DELETE + read(ROW, 7) + write(ROW, 6) + read(ACCOUNT, 0) + read(NEXT, 3) + write(NEXT, 3) + write(ACCOUNT, 17) + read(ROW_ATOM, 0) + write(ROW_ATOM, 2) + read(ROW, 0) + write(ROW, 4),
  );
});

test('amounts past 2^53 and 15 digits are exact, read and written', () => {
  const { bank, tx } = chain();
  const big = 10n ** 30n + 7n;
  const m = tx();
  bank.mintCoins(m.ctx, carol, [{ denom: 'utrv', amount: big.toString() }]);
  m.store.write();
  const { store, ctx } = tx();
  bank.sendCoins(ctx, carol, bob, [{ denom: 'utrv', amount: '999999999999999' }]);
  assert.equal(writes(store)[`bank/b/${hex(carol)}/utrv`], ascii((big - 999_999_999_999_999n).toString()));
  assert.equal(writes(store)[`bank/b/${hex(bob)}/utrv`], ascii('999999999999999'));
  store.write();
  assert.equal(bank.getBalance(tx().ctx, carol, 'utrv'), big - 999_999_999_999_999n);
  assert.equal(bank.getBalance(tx().ctx, bob, 'utrv'), 999_999_999_999_999n);
});

test('zero coins and an empty list: nothing read, written, charged or emitted', () => {
  const { bank, tx } = chain();
  for (const coins of [[{ denom: 'utrv', amount: '0' }], [], [{ denom: 'utrv', amount: '0' }, { denom: 'uatom', amount: '000' }]]) {
    const { store, ctx } = tx();
    bank.sendCoins(ctx, alice, bob, coins);
    assert.equal(store.dirtyCount, 0);
    assert.deepEqual(ctx.events, []);
    assert.equal(ctx.gasMeter.consumed, 0n);
  }
});

test('insufficient funds is refused with no write; bad coins are refused before any read', () => {
  const { state, bank, tx } = chain();
  const before = [...state.iterate('')].map(([k, v]) => `${k}=${hex(v)}`).join('\n');
  {
    const { store, ctx } = tx();
    assert.throws(
      () => bank.sendCoins(ctx, alice, bob, [{ denom: 'utrv', amount: '1000001' }]),
      (e: unknown) => e instanceof AppError && e.code === 5 && e.message === 'spendable balance 1000000utrv is smaller than 1000001utrv: insufficient funds',
    );
    assert.equal(store.dirtyCount, 0);
    assert.deepEqual(ctx.events, []);
    assert.equal(ctx.gasMeter.consumed, read(ROW, 7));
  }
  {
    // A denom never held: balance 0.
    const { store, ctx } = tx();
    assert.throws(() => bank.sendCoins(ctx, alice, bob, [{ denom: 'ufoo', amount: '1' }]), /spendable balance 0ufoo is smaller than 1ufoo: insufficient funds/);
    assert.equal(store.dirtyCount, 0);
  }
  {
    // Per denom, as the SDK's subUnlockedCoins: the refusal comes at the second (utrv after uatom); the first's
    // write is in this tx's branch only, which a failed message drops — the committed state is untouched.
    const { ctx } = tx();
    const branch = ctx.branch();
    assert.throws(() => bank.sendCoins(branch.ctx, alice, bob, [{ denom: 'utrv', amount: '2000000' }, { denom: 'uatom', amount: '1' }]), /spendable balance 1000000utrv/);
    assert.deepEqual(branch.ctx.events, []);
    assert.equal(ctx.events.length, 0);
  }
  for (const [coins, msg] of [
    [[{ denom: 'u', amount: '1' }], /invalid denom: u/],
    [[{ denom: 'utrv', amount: '-1' }], /invalid amount: -1utrv/],
    [[{ denom: 'utrv', amount: '1.5' }], /invalid amount: 1\.5utrv/],
    [[{ denom: 'utrv', amount: '1' }, { denom: 'utrv', amount: '2' }], /duplicate denomination utrv/],
  ] as const) {
    const { store, ctx } = tx();
    assert.throws(() => bank.sendCoins(ctx, alice, bob, [...coins]), (e: unknown) => e instanceof AppError && e.code === 10 && msg.test(e.message));
    assert.equal(store.dirtyCount, 0);
    assert.equal(ctx.gasMeter.consumed, 0n);
  }
  assert.equal([...state.iterate('')].map(([k, v]) => `${k}=${hex(v)}`).join('\n'), before);
});

test('an address array changed between calls is spelled afresh (no stale key or event)', () => {
  const { bank, tx } = chain();
  const to = new Uint8Array(bob);
  const a = tx();
  bank.sendCoins(a.ctx, alice, to, [{ denom: 'utrv', amount: '1' }]);
  a.store.write();
  to.set(carol);
  const { store, ctx } = tx();
  bank.sendCoins(ctx, alice, to, [{ denom: 'utrv', amount: '2' }]);
  assert.equal(writes(store)[`bank/b/${hex(carol)}/utrv`], ascii('2'));
  assert.equal(writes(store)[`bank/b/${hex(bob)}/utrv`], undefined);
  assert.deepEqual(ctx.events, transfer(alice, carol, '2utrv'));
});

test('a gas limit below the send refuses it with out of gas', () => {
  const { bank, tx } = chain();
  const { ctx } = tx(5_000n);
  assert.throws(() => bank.sendCoins(ctx, alice, bob, [{ denom: 'utrv', amount: '1' }]), (e: unknown) => e instanceof AppError && e.code === 11);
});

test('a recipient of 32 bytes gets an account; one of another length is refused as an invalid address', () => {
  const { bank, tx } = chain();
  const contract = new Uint8Array(32).fill(0x32);
  const { store, ctx } = tx();
  bank.sendCoins(ctx, alice, contract, [{ denom: 'utrv', amount: '5' }]);
  assert.equal(writes(store)[`auth/a/${hex(contract)}`], ascii('{"n":"1","s":"0"}'));
  assert.equal(writes(store)[`bank/b/${hex(contract)}/utrv`], ascii('5'));
  const odd = tx();
  assert.throws(() => bank.sendCoins(odd.ctx, alice, new Uint8Array(21).fill(1), [{ denom: 'utrv', amount: '5' }]), (e: unknown) => e instanceof AppError && e.code === 7);
  // Refused where main's code refused it: after alice's row, the account look-up and the number's read and write.
  const accountKey = 'auth/a/'.length + 42;
  assert.equal(odd.ctx.gasMeter.consumed, read(ROW, 7) + write(ROW, 6) + read(accountKey, 0) + read(NEXT, 3) + write(NEXT, 3));
});
