import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fixturesDir } from '../helpers/node.ts';
import { toUtf8 } from '@cosmjs/encoding';
import { CosmWasmNodeSession, fixedFee } from '../helpers/cosmwasm.ts';
import { assembleWat } from '../helpers/wat.ts';

// Floats in a running node: floaty_2.0 uploads through CosmJS and answers the same before and after a
// restart (nothing compiled yet); limits.wat's float results and its failing calls (a NaN conversion, the
// stack budget) go into blocks, and `triviumd replay` re-executes them to the same app hashes, gas and
// results.

describe('Wasm floats in a running node: upload, the same answers across a restart, replay', () => {
  let floaty: string;
  let limits: string;
  const s = new CosmWasmNodeSession('cw-floats');
  // f32 instructions only: their values fit a JS number, so CosmJS's JSON keeps them exact.
  const probes = ['f32.add', 'f32.div', 'f32.sqrt', 'f32.min', 'f32.nearest', 'f32.neg', 'i32.trunc_f32_s', 'i32.trunc_sat_f32_u'];

  const answers = async () => {
    const out: string[] = [];
    for (const instruction of probes) {
      for (let seed = 0; seed < 3; seed++) {
        const args = await s.client.queryContractSmart(floaty, { random_args_for: { instruction, seed } });
        out.push(await s.client.queryContractSmart(floaty, { run: { instruction, args } }).then(JSON.stringify, (e: Error) => e.message.replace(/^.*(Wasmer runtime error)/s, '$1')));
      }
    }
    return out;
  };
  /** A failing execute, broadcast with a fixed fee so that it goes into a block (no simulation first). */
  const failing = async (msg: unknown, gas: number) => {
    const r = await s.client.signAndBroadcast(s.alice, [{ typeUrl: '/cosmwasm.wasm.v1.MsgExecuteContract', value: { sender: s.alice, contract: limits, msg: toUtf8(JSON.stringify(msg)), funds: [] } }], fixedFee(gas));
    assert.notEqual(r.code, 0);
    return r.rawLog ?? '';
  };
  const raw = async (key: string) => Buffer.from((await s.client.queryContractRaw(limits, Buffer.from(key)))!).toString('hex');

  before(() => s.start());
  after(() => s.close());

  let before1: string[];
  let state1: string;
  it('floaty uploads and runs; limits.wat stores canonical float results; failing calls fail in wasmer words', async () => {
    const up = await s.client.upload(s.alice, readFileSync(join(fixturesDir, 'cosmwasm', 'floaty_2.0.wasm')), 'auto');
    floaty = (await s.client.instantiate(s.alice, up.codeId, {}, 'floaty', 'auto')).contractAddress;
    before1 = await answers();
    assert.ok(before1.some((a) => a.startsWith('Wasmer runtime error: RuntimeError: integer overflow')), before1.join('\n'));
    assert.ok(before1.includes('{"u32":2143289344}'), 'a canonical NaN among the answers');
    const lim = await s.client.upload(s.alice, await assembleWat('limits.wat'), 'auto');
    limits = (await s.client.instantiate(s.alice, lim.codeId, {}, 'limits', 'auto')).contractAddress;
    await s.client.execute(s.alice, limits, { f: 0 }, 'auto');
    state1 = await raw('f');
    assert.match(state1, /^000000000000f87f0000c07f000000000000f87f0000c07f/);
    assert.match(await failing({ t: 0 }, 1_000_000), /RuntimeError: invalid conversion to integer/);
    assert.match(await failing({ r: 7400 }, 3_000_000), /RuntimeError: call stack exhausted/);
  });

  it('after a restart (nothing compiled yet) the answers and the stored bytes are the same', async () => {
    await s.restart();
    assert.deepEqual(await answers(), before1);
    await s.client.execute(s.alice, limits, { f: 0 }, 'auto');
    assert.equal(await raw('f'), state1);
    assert.match(await failing({ h: 620 }, 3_000_000), /RuntimeError: call stack exhausted/);
  });

  it('triviumd replay re-executes every block on a fresh home to the same app hashes and tx results', async () => {
    const out = await s.replay();
    assert.deepEqual(out.mismatches, []);
    assert.ok(out.txs >= 9, `replayed ${out.txs} txs`);
  });
});
