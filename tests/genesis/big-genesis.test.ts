import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { toHex } from '@cosmjs/encoding';
import { buildApp } from '../../app/app.ts';
import { devnetGenesis } from '../../app/genesis.ts';
import type { Genesis } from '../../core/baseapp/baseapp.ts';
import { BlockKeys } from '../../core/blockstore/block-store.ts';
import { NodeDB } from '../../core/store/node-db.ts';
import { DENOM, parseAddress, toBech32Address } from '../../core/types/address.ts';
import { DerivedKeys } from '../../x/evm/types/index.ts';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const N = 25_000;

/** The devnet genesis plus N accounts, each an auth account, a bank balance and (every third) an EVM record. */
function bigGenesis(): { genesis: Genesis; addrs: string[] } {
  const { modules } = buildApp(undefined as unknown as NodeDB);
  const genesis = devnetGenesis('trivium-big-1', modules, 1_700_000_000_000);
  const st = genesis.app_state as { auth: { accounts: unknown[] }; bank: { balances: unknown[] }; evm: { accounts: unknown[] } };
  const first = st.auth.accounts.length;
  const addrs: string[] = [];
  for (let i = 0; i < N; i++) {
    const b = new Uint8Array(20);
    new DataView(b.buffer).setUint32(0, i + 1);
    b[19] = 0x5a;
    const address = toBech32Address(b);
    addrs.push(address);
    st.auth.accounts.push({ address, account_number: String(first + i), sequence: String(i % 3) });
    st.bank.balances.push({ address, coins: [{ denom: DENOM, amount: String(1000 + i) }] });
    if (i % 3 === 0) st.evm.accounts.push({ address: '0x' + toHex(b), nonce: String(i + 1) });
  }
  return { genesis, addrs };
}

/** InitChain on a fresh home with the given in-memory branch limit; returns the app hash and the home. */
async function initChain(genesis: Genesis, limit: number, dir = mkdtempSync(join(tmpdir(), 'trivium-big-genesis-')), consume = false) {
  dirs.push(dir);
  const db = new NodeDB(join(dir, 'db'));
  await db.open();
  const { app } = buildApp(db);
  app.genesisBranchLimit = limit;
  let spills = 0;
  const spill = app.state.spill.bind(app.state);
  app.state.spill = (...args) => (spills++, spill(...args));
  await app.initChain(genesis, { consume });
  const hash = toHex(app.lastAppHash);
  const evmRoot = toHex(db.get(DerivedKeys.stateRoot(0)) ?? new Uint8Array());
  await db.close();
  return { hash, dir, spills, evmRoot };
}

test('a genesis larger than the InitChain branch is written in parts, with the same app hash as in one', async () => {
  const { genesis, addrs } = bigGenesis();
  const whole = await initChain(genesis, 10_000_000);
  const handed = structuredClone(genesis);
  const parts = await initChain(handed, 10_000, undefined, true);
  // Handed over (consume): the long lists were emptied as they were read; the block store kept the whole genesis.
  const lists = handed.app_state as { auth: { accounts: unknown[] }; bank: { balances: unknown[] } };
  assert.ok(lists.auth.accounts.every((a) => a === undefined) && lists.bank.balances.every((b) => b === undefined));
  assert.equal(parts.hash, whole.hash);
  assert.equal(parts.evmRoot.length, 64);
  assert.equal(parts.evmRoot, whole.evmRoot, "x/evm's state root, built in parts, is the same");
  assert.ok(parts.spills >= 3, `written in parts (${parts.spills} spills)`);

  // Restart: the state is all there, and the restart read only the genesis head, not its app_state.
  const db = new NodeDB(join(parts.dir, 'db'));
  await db.open();
  try {
    const head = db.getJSON<Record<string, unknown>>(BlockKeys.genesis)!;
    assert.equal(head.chain_id, 'trivium-big-1');
    assert.ok(!('app_state' in head), 'the head row carries no app_state');
    const { app, keepers } = buildApp(db);
    assert.ok(await app.load());
    assert.equal(toHex(app.lastAppHash), whole.hash);
    const ctx = app.queryContext();
    for (const i of [0, 1, 9_999, 10_000, 17_777, N - 1]) {
      assert.equal(keepers.bank.getBalance(ctx, parseAddress(addrs[i]!), DENOM), BigInt(1000 + i));
      assert.equal(keepers.auth.getAccount(ctx, parseAddress(addrs[i]!))?.sequence, BigInt(i % 3));
    }
    // The whole genesis is still there for replay and a repeated InitChain.
    assert.equal((app.blocks.genesis()!.app_state as { bank: { balances: unknown[] } }).bank.balances.length, genesis.app_state.bank ? (genesis.app_state.bank as { balances: unknown[] }).balances.length : -1);
  } finally {
    await db.close();
  }
});

test('an InitChain a crash cut short after some parts were written runs again from a clean database', async () => {
  const { genesis } = bigGenesis();
  const clean = await initChain(genesis, 10_000_000);
  // Part of another genesis's rows reached the database, then the process died before the commit row.
  const dir = mkdtempSync(join(tmpdir(), 'trivium-big-genesis-'));
  dirs.push(dir);
  const db = new NodeDB(join(dir, 'db'));
  await db.open();
  const { app } = buildApp(db);
  app.genesisBranchLimit = 10_000;
  const other = structuredClone(genesis);
  (other.app_state.bank as { balances: Array<{ coins: Array<{ amount: string }> }> }).balances.forEach((b) => (b.coins[0]!.amount = '7'));
  const stop = new Error('crash');
  let parts = 0;
  const spill = app.state.spill.bind(app.state);
  app.state.spill = async (...args) => {
    await spill(...args);
    if (++parts === 2) throw stop;
  };
  await assert.rejects(app.initChain(other), stop);
  assert.equal(app.blocks.lastCommit(), undefined, 'nothing committed');
  let rows = 0;
  for await (const _ of db.iterate('s/', { limit: 1 })) rows++;
  assert.equal(rows, 1, 'the first parts reached the database');
  await db.close();

  const again = await initChain(genesis, 10_000, dir);
  assert.equal(again.hash, clean.hash);
});

test('InitChain refuses a chain that is already initialised', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'trivium-big-genesis-'));
  dirs.push(dir);
  const db = new NodeDB(join(dir, 'db'));
  await db.open();
  try {
    const { app, modules } = buildApp(db);
    const g = devnetGenesis('trivium-big-2', modules, 1_700_000_000_000);
    await app.initChain(g);
    await assert.rejects(app.initChain(g), /already initialised/);
  } finally {
    await db.close();
  }
});
