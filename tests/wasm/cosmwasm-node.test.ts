import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { toUtf8 } from '@cosmjs/encoding';
import { fixturesDir } from '../helpers/node.ts';
import { CosmWasmNodeSession, fixedFee } from '../helpers/cosmwasm.ts';

// The Wasm runtime in a running node: `triviumd tx wasm store FILE.wasm`, cyberpunk's CPU loop running out
// of gas with the same gas before and after a restart (cold compile cache), and `triviumd replay` of the
// blocks to the same app hashes.

const fixturePath = (name: string) => join(fixturesDir, 'cosmwasm', name);

describe('Wasm contracts in a running node: CLI upload, out-of-gas determinism across a restart, replay', () => {
  let punk: string;
  const s = new CosmWasmNodeSession('cw');

  const exec = (msg: unknown, gas: number) =>
    s.client.signAndBroadcast(s.alice, [{ typeUrl: '/cosmwasm.wasm.v1.MsgExecuteContract', value: { sender: s.alice, contract: punk, msg: toUtf8(JSON.stringify(msg)), funds: [] } }], fixedFee(gas));

  before(() => s.start());
  after(() => s.close());

  it('triviumd tx wasm store FILE.wasm uploads a CosmWasm binary; the code runs', async () => {
    const r = await s.node.cli(['tx', 'wasm', 'store', fixturePath('cw_template.wasm'), '--from', 'dev1', '--gas', '3000000', '-o', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const res = JSON.parse(r.stdout);
    assert.equal(res.code, 0, res.raw_log);
    const codeId = res.events.find((e: { type: string }) => e.type === 'store_code').attributes.find((a: { key: string }) => a.key === 'code_id').value;
    const info = JSON.parse((await s.node.cli(['q', 'wasm', 'code-info', codeId, '-o', 'json'])).stdout);
    assert.equal(info.checksum, '3318E74E8C68DBCC6E0317C42B8DB0AB642B61AEFAD487DEDB6ECB54FFED4D72');
    const inst = await s.client.instantiate(s.alice, Number(codeId), { count: 4 }, 'counter', 'auto');
    await s.client.execute(s.alice, inst.contractAddress, { increment: {} }, 'auto');
    assert.deepEqual(await s.client.queryContractSmart(inst.contractAddress, { get_count: {} }), { count: 5 });
    const bad = await s.node.cli(['tx', 'wasm', 'store', fixturePath('empty.wasm'), '--from', 'dev1', '--gas', '3000000', '-o', 'json']);
    assert.match(bad.stdout + bad.stderr, /no entry point/);
  });

  it('cyberpunk: cpu_loop is out of gas with the whole limit, every time; argon2 completes', async () => {
    const up = await s.client.upload(s.alice, readFileSync(fixturePath('cyberpunk.wasm')), 'auto');
    punk = (await s.client.instantiate(s.alice, up.codeId, {}, 'punk', 'auto')).contractAddress;
    const loop = await exec({ cpu_loop: {} }, 400_000);
    assert.equal(loop.code, 11);
    assert.equal(loop.gasUsed, 400_000n);
    const again = await exec({ cpu_loop: {} }, 400_000);
    assert.equal(again.code, 11);
    assert.equal(again.gasUsed, 400_000n);
    // A call that completes (its exact gas across runs is checked by the replay below and the keeper tests:
    // here the block height in env and the ante's balances differ between txs).
    const a1 = await exec({ argon2: { mem_cost: 32, time_cost: 1 } }, 20_000_000);
    assert.equal(a1.code, 0, a1.rawLog);
    assert.ok(a1.gasUsed > 70_000n, `argon2 used ${a1.gasUsed}`);
  });

  it('after a restart (nothing compiled yet) cpu_loop runs out of gas the same way', async () => {
    await s.restart();
    const loop = await exec({ cpu_loop: {} }, 400_000);
    assert.equal(loop.code, 11);
    assert.equal(loop.gasUsed, 400_000n);
    const a = await exec({ argon2: { mem_cost: 32, time_cost: 1 } }, 20_000_000);
    assert.equal(a.code, 0, a.rawLog);
  });

  it('triviumd replay re-executes every block on a fresh home to the same app hashes and tx results', async () => {
    const out = await s.replay();
    assert.deepEqual(out.mismatches, []);
    assert.ok(out.txs >= 10, `replayed ${out.txs} txs`);
  });
});
