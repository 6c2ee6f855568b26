import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { fixturesDir } from '../helpers/node.ts';
import { exportWasmGenesis, initWasmGenesis } from '../../x/wasm/genesis.ts';
import { Chain, addr, enc } from './harness.ts';

// The Wasm runtime through the keeper (real bank and auth, an in-memory committed store): the fixtures'
// store-time checks, hackatom (both builds), queue's iterators, out-of-gas determinism, sudo and migrate.

const fixture = (name: string) => new Uint8Array(readFileSync(join(fixturesDir, 'cosmwasm', name)));

async function store(chain: Chain, name: string | Uint8Array) {
  return chain.tx((ctx) => chain.keeper.storeCode(ctx, addr(1), typeof name === 'string' ? fixture(name) : name), 100_000_000n);
}
async function storeOk(chain: Chain, name: string): Promise<bigint> {
  const r = await store(chain, name);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.codeId;
}

describe('Wasm runtime: store-time checks', () => {
  const chain = new Chain();

  it('empty.wasm (no entry points) is refused with the reason, and gets no code id', async () => {
    const before = chain.snapshot('wasm/');
    const r = await store(chain, 'empty.wasm');
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.error.codespace, 'wasm');
    assert.equal(r.error.code, 2);
    assert.match(r.error.message, /no entry point.*create wasm contract failed/);
    assert.equal(chain.snapshot('wasm/'), before);
  });

  it('floaty 2.0 stores: cosmwasm-vm 2.x accepts floats (its runs are in cosmwasm-floats.test.ts)', async () => {
    const r = await store(chain, 'floaty_2.0.wasm');
    assert.equal(r.ok, true, r.ok ? '' : r.error.message);
  });

  it('a truncated binary and a missing capability are refused clearly; gzip of a good binary is accepted', async () => {
    const cw = fixture('cw_template.wasm');
    const cut = await store(chain, cw.subarray(0, 5000));
    assert.equal(cut.ok, false);
    if (!cut.ok) assert.match(cut.error.message, /create wasm contract failed/);
    const noVersion = await store(chain, Uint8Array.of(0, 0x61, 0x73, 0x6d, 1, 0, 0, 0));
    assert.equal(noVersion.ok, false);
    // check_wasm looks at the memory before the interface marker
    if (!noVersion.ok) assert.match(noVersion.error.message, /^Error during static Wasm validation: Wasm contract must contain exactly one memory/);
    const gz = await store(chain, new Uint8Array(gzipSync(cw)));
    assert.equal(gz.ok, true);
    if (gz.ok) assert.equal(Buffer.from(gz.value.checksum).toString('hex'), '3318e74e8c68dbcc6e0317c42b8db0ab642b61aefad487dedb6ecb54ffed4d72');
    const code = chain.keeper.getCode(chain.context().ctx, gz.ok ? gz.value.codeId : 0n);
    assert.equal(code?.runtime, 'wasm');
    assert.deepEqual(code?.capabilities, ['iterator']);
  });

  it('every other fixture stores, with its capabilities recorded', async () => {
    for (const [name, caps] of [
      ['cw20_base-1.0.1.wasm', ['iterator', 'staking', 'stargate']],
      ['hackatom_cosmwasm-3.0.wasm', ['cosmwasm_1_1', 'cosmwasm_1_2', 'cosmwasm_1_3', 'cosmwasm_1_4', 'cosmwasm_2_0', 'cosmwasm_2_1', 'cosmwasm_2_2']],
      ['queue.wasm', ['cosmwasm_1_1', 'cosmwasm_1_2', 'cosmwasm_1_3', 'cosmwasm_1_4', 'iterator']],
      ['cyberpunk.wasm', ['cosmwasm_1_1', 'cosmwasm_1_2', 'cosmwasm_1_3']],
    ] as const) {
      const id = await storeOk(chain, name);
      assert.deepEqual(chain.keeper.getCode(chain.context().ctx, id)?.capabilities, caps, name);
    }
  });
});

for (const build of ['hackatom_wasmd-1.4.wasm', 'hackatom_cosmwasm-3.0.wasm']) {
  describe(`Wasm runtime: ${build}`, () => {
    const chain = new Chain();
    const verifier = addr(11);
    const beneficiary = addr(12);
    const creator = addr(1);
    let codeId: bigint;
    let contract: string;

    it('instantiates with funds; queries verifier; user errors in API calls come back as errors, not crashes', async () => {
      chain.fund(creator, '10000000');
      codeId = await storeOk(chain, build);
      contract = await chain.instantiate(codeId, { verifier, beneficiary }, { admin: creator, funds: [{ denom: 'utrv', amount: '1000' }] });
      assert.equal(chain.balance(contract), '1000');
      assert.deepEqual(chain.query(contract, { verifier: {} }), { verifier });
      const r = await chain.execute(contract, { user_errors_in_api_calls: {} });
      assert.equal(r.ok, true, r.ok ? '' : r.error.message);
    });

    it('release by someone else is Unauthorized; by the verifier the funds go to the beneficiary (BankMsg)', async () => {
      const release = build.includes('3.0') ? { release: { denom: 'utrv' } } : { release: {} };
      const bad = await chain.execute(contract, release, { sender: beneficiary });
      assert.equal(bad.ok, false);
      if (!bad.ok) assert.match(bad.error.message, /Unauthorized|unauthorized/);
      const good = await chain.execute(contract, release, { sender: verifier });
      assert.equal(good.ok, true, good.ok ? '' : good.error.message);
      assert.equal(chain.balance(beneficiary), '1000');
      assert.equal(chain.balance(contract), '0');
      if (good.ok) {
        const wasm = good.events.find((e) => e.type === 'wasm');
        assert.equal(wasm?.attributes[0]?.key, '_contract_address');
        assert.equal(wasm?.attributes[0]?.value, contract);
      }
    });

    it('a panic aborts the call with the panic message; the state is unchanged', async () => {
      const before = chain.snapshot();
      const r = await chain.execute(contract, { panic: {} });
      assert.equal(r.ok, false);
      if (!r.ok) assert.match(r.error.message, /Aborted: panicked.*This page intentionally faulted/s);
      assert.equal(chain.snapshot(), before);
    });

    it('cpu_loop runs out of gas deterministically: the same gas on every run, and it takes the whole limit', async () => {
      const runs = [];
      for (let i = 0; i < 2; i++) runs.push(await chain.execute(contract, { cpu_loop: {} }, { gas: 500_000n }));
      for (const r of runs) {
        assert.equal(r.ok, false);
        if (!r.ok) assert.deepEqual([r.error.codespace, r.error.code], ['sdk', 11]);
      }
      assert.ok(runs[0]!.gasUsed >= 500_000n);
      assert.equal(runs[0]!.gasUsed, runs[1]!.gasUsed);
    });

    it('memory is capped at 32 MiB (512 pages), as wasmvm caps it; storage and message loops end deterministically', async () => {
      const small = await chain.execute(contract, { allocate_large_memory: { pages: 48 } });
      assert.equal(small.ok, true, small.ok ? '' : small.error.message);
      const big = await chain.execute(contract, { allocate_large_memory: { pages: 600 } });
      assert.equal(big.ok, false);
      // After a call whose memory grew, the next instance starts from a fresh memory all the same.
      const again = await chain.execute(contract, { allocate_large_memory: { pages: 48 } });
      assert.equal(again.ok, true);
      if (small.ok && again.ok) assert.equal(again.gasUsed, small.gasUsed);
      for (const loop of ['storage_loop', 'message_loop']) {
        const a = await chain.execute(contract, { [loop]: {} }, { gas: 1_000_000n });
        const b = await chain.execute(contract, { [loop]: {} }, { gas: 1_000_000n });
        assert.equal(a.ok, false, loop);
        assert.equal(b.ok, false, loop);
        assert.equal(a.gasUsed, b.gasUsed, loop);
        if (!a.ok && !b.ok) assert.equal(a.error.message, b.error.message);
      }
    });

    it('migrate (admin only) changes the verifier; sudo steals funds to a recipient', async () => {
      const newVerifier = addr(13);
      const other = await chain.tx((ctx) => chain.keeper.migrate(ctx, { sender: verifier, contract, codeId, msg: enc({ verifier: newVerifier }) }));
      assert.equal(other.ok, false);
      await chain.ok((ctx) => chain.keeper.migrate(ctx, { sender: creator, contract, codeId, msg: enc({ verifier: newVerifier }) }));
      assert.deepEqual(chain.query(contract, { verifier: {} }), { verifier: newVerifier });

      chain.fund(contract, '500');
      const thief = addr(14);
      await chain.ok((ctx) => chain.keeper.sudo(ctx, contract, enc({ steal_funds: { recipient: thief, amount: [{ denom: 'utrv', amount: '300' }] } })));
      assert.equal(chain.balance(thief), '300');
      assert.equal(chain.balance(contract), '200');
    });

    it('a recursive query through query_chain (the contract queries itself) works and is bounded', async () => {
      const ok = chain.query(contract, { recurse: { depth: 2, work: 1 } }) as { hashed: string };
      assert.equal(typeof ok.hashed, 'string');
      assert.throws(() => chain.query(contract, { recurse: { depth: 50, work: 1 } }), /max query stack size|query/);
    });
  });
}

describe('Wasm runtime: cyberpunk', () => {
  it('argon2 costs exactly the same gas on every run over the same state; the env it sees is the block', async () => {
    const chain = new Chain();
    const id = await storeOk(chain, 'cyberpunk.wasm');
    const punk = await chain.instantiate(id, {});
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await chain.execute(punk, { argon2: { mem_cost: 32, time_cost: 1 } }));
    for (const r of runs) assert.equal(r.ok, true, r.ok ? '' : r.error.message);
    assert.equal(new Set(runs.map((r) => r.gasUsed)).size, 1);
    assert.ok(runs[0]!.gasUsed > 60_000n);
    const env = chain.query(punk, { mirror_env: {} }) as { block: { height: number; time: string; chain_id: string }; contract: { address: string } };
    assert.deepEqual(env.block, { height: chain.height, time: String(BigInt(chain.block().timeMs) * 1_000_000n), chain_id: 'trivium-test-1' });
    assert.equal(env.contract.address, punk);
  });
});

describe('Wasm runtime: genesis', () => {
  it('exports a Wasm code and a cw20 contract (binary keys and values) and a fresh chain imported from it agrees', async () => {
    const chain = new Chain();
    const id = await storeOk(chain, 'cw20_base-1.0.1.wasm');
    const token = await chain.instantiate(id, { name: 'Genesis', symbol: 'GEN', decimals: 0, initial_balances: [{ address: addr(1), amount: '77' }], mint: null, marketing: null });
    const r = await chain.execute(token, { transfer: { recipient: addr(2), amount: '7' } });
    assert.equal(r.ok, true);
    const g = exportWasmGenesis(chain.keeper, chain.context().ctx);
    assert.equal(g.codes[0]!.runtime, 'wasm');
    assert.ok(g.contracts[0]!.contract_state.every((e) => /^([0-9a-f]{2})+$/.test(e.key)));
    const fresh = new Chain();
    await fresh.ok((c) => initWasmGenesis(fresh.keeper, c, JSON.parse(JSON.stringify(g))), 100_000_000n);
    assert.equal(fresh.snapshot('wasm/'), chain.snapshot('wasm/'));
    assert.deepEqual(fresh.query(token, { balance: { address: addr(2) } }), { balance: '7' });
    assert.deepEqual(exportWasmGenesis(fresh.keeper, fresh.context().ctx), g);
    const bad = JSON.parse(JSON.stringify(g));
    bad.codes[0].code_bytes = Buffer.from(fixture('empty.wasm')).toString('base64');
    bad.codes[0].checksum = '191ba7542b9c21876cee7d69b909b2c4001df956471523868e0161bca3522795';
    const other = new Chain();
    await assert.rejects(other.ok((c) => initWasmGenesis(other.keeper, c, bad)), /no entry point/);
  });
});

describe('Wasm runtime: queue (iterators: db_scan, db_next, db_next_key, db_next_value)', () => {
  const chain = new Chain();
  it('enqueue, dequeue, and the iterating queries', async () => {
    const id = await storeOk(chain, 'queue.wasm');
    const q = await chain.instantiate(id, {});
    for (const v of [5, -2, 11, 40]) await chain.ok((ctx) => chain.keeper.execute(ctx, { sender: addr(1), contract: q, msg: enc({ enqueue: { value: v } }), funds: [] }));
    assert.deepEqual(chain.query(q, { count: {} }), { count: 4 });
    assert.deepEqual(chain.query(q, { sum: {} }), { sum: 54 });
    await chain.ok((ctx) => chain.keeper.execute(ctx, { sender: addr(1), contract: q, msg: enc({ dequeue: {} }), funds: [] }));
    assert.deepEqual(chain.query(q, { count: {} }), { count: 3 });
    assert.deepEqual(chain.query(q, { sum: {} }), { sum: 49 });
    const list = chain.query(q, { list: {} }) as { empty: number[]; early: number[]; late: number[] };
    assert.deepEqual(list, { empty: [], early: [1, 2, 3], late: [] });
    const reducer = chain.query(q, { reducer: {} }) as { counters: Array<[number, number]> };
    assert.deepEqual(reducer.counters, [
      [-2, 51],
      [11, 40],
      [40, 0],
    ]);
    assert.deepEqual(chain.query(q, { open_iterators: { count: 5 } }), {});
  });
});

