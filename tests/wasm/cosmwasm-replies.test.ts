import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { MsgExecuteContractResponse } from 'cosmjs-types/cosmwasm/wasm/v1/tx';
import { parseAddress } from '../../core/types/address.ts';
import { fixturesDir } from '../helpers/node.ts';
import { assembleWat } from '../helpers/wat.ts';
import { Chain, addr, contractSource, enc } from './harness.ts';

// Sub-messages and replies on the Wasm runtime (wasmd's semantics): a reply chain across two Wasm
// contracts and a JS one, reply_on error / always / success / never, atomicity, gas-limited sub-messages,
// and a reply's data replacing the caller's. probe.wat is the Wasm partner (the fixtures have no reply).

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64');
const submsg = (id: number, msg: unknown, reply_on: string, gas_limit: number | null = null) => ({ submsg: { id, msg, gas_limit, reply_on } });
const wasmExec = (contract_addr: string, msg: unknown) => ({ wasm: { execute: { contract_addr, msg: b64(msg), funds: [] } } });

describe('Wasm runtime: sub-messages and replies', () => {
  const chain = new Chain();
  let a: string;
  let b: string;
  let counter: string;
  let hack: string;

  const raw = (contract: string, key: string): any => {
    const { ctx } = chain.context();
    const v = chain.keeper.wasmRawState(ctx, parseAddress(contract), Buffer.from(key));
    return v === undefined ? undefined : JSON.parse(Buffer.from(v).toString());
  };

  before(async () => {
    const wasm = await assembleWat('probe.wat');
    const probe = await chain.ok((ctx) => chain.keeper.storeCode(ctx, addr(1), wasm));
    a = await chain.instantiate(probe.codeId, { name: 'a' });
    b = await chain.instantiate(probe.codeId, { name: 'b' });
    counter = await chain.instantiate(await chain.store(contractSource('counter.js')), { count: 1 });
    const hackId = (await chain.ok((ctx) => chain.keeper.storeCode(ctx, addr(1), new Uint8Array(readFileSync(join(fixturesDir, 'cosmwasm/hackatom_wasmd-1.4.wasm')))), 100_000_000n)).codeId;
    hack = await chain.instantiate(hackId, { verifier: addr(1), beneficiary: addr(2) });
    chain.fund(a, '1000');
  });

  it('a reply chain: A → B → a JS contract that fails; B replies on error, A on always; data comes back', async () => {
    assert.deepEqual(raw(a, 'cfg'), { name: 'a' });
    const inner = submsg(2, wasmExec(counter, { fail: { reason: 'no' } }), 'error');
    const r = await chain.execute(a, submsg(1, wasmExec(b, inner), 'always'));
    assert.equal(r.ok, true, r.ok ? '' : r.error.message);
    // The failed call's writes are gone (counter.js writes 999999 before it reverts).
    assert.deepEqual(chain.query(counter, { get_count: {} }), { count: 1 });
    const replyB = raw(b, 'reply');
    assert.equal(replyB.id, 2);
    assert.deepEqual(replyB.result, { error: 'codespace: wasm, code: 5' });
    const replyA = raw(a, 'reply');
    assert.equal(replyA.id, 1);
    const ok = replyA.result.ok;
    // B's events reached A's reply: B's execute, its wasm attributes, its reply.
    assert.ok(ok.events.some((e: any) => e.type === 'execute' && e.attributes[0].value === b));
    assert.ok(ok.events.some((e: any) => e.type === 'wasm' && e.attributes.some((x: any) => x.key === 'action' && x.value === 'reply')));
    assert.equal(ok.msg_responses[0].type_url, '/cosmwasm.wasm.v1.MsgExecuteContractResponse');
    assert.equal(Buffer.from(MsgExecuteContractResponse.decode(Buffer.from(ok.data, 'base64')).data).toString(), 'replied');
    // A's reply set data: it replaces A's own (none) as the message's data.
    if (r.ok) assert.equal(Buffer.from(r.value).toString(), 'replied');
  });

  it('reply_on never / success: a failure fails the whole call, and nothing it or its callers did is kept', async () => {
    for (const on of ['never', 'success']) {
      const snap = chain.snapshot();
      const bad = await chain.execute(a, submsg(6, wasmExec(b, submsg(7, wasmExec(counter, { fail: { reason: 'x' } }), on)), 'always'));
      // B's sub-message fails and B does not catch it: B fails; A replies on always and succeeds.
      assert.equal(bad.ok, true, bad.ok ? '' : bad.error.message);
      assert.deepEqual(raw(a, 'reply').result, { error: 'codespace: wasm, code: 5' });
      assert.deepEqual(chain.query(counter, { get_count: {} }), { count: 1 });
      const worse = await chain.execute(a, submsg(8, wasmExec(b, submsg(9, wasmExec(counter, { fail: { reason: 'x' } }), on)), on));
      assert.equal(worse.ok, false);
      if (!worse.ok) assert.match(worse.error.message, /reverted: x/);
      void snap;
    }
    const snap = chain.snapshot();
    const unknown = await chain.execute(a, submsg(5, wasmExec(addr(77), {}), 'never'));
    assert.equal(unknown.ok, false);
    if (!unknown.ok) assert.match(unknown.error.message, /no such contract/);
    assert.equal(chain.snapshot(), snap);
  });

  it('reply_on success: a BankMsg from the contract, its MsgSendResponse in the reply', async () => {
    const r = await chain.execute(a, submsg(18, { bank: { send: { to_address: addr(40), amount: [{ denom: 'utrv', amount: '15' }] } } }, 'success'));
    assert.equal(r.ok, true, r.ok ? '' : r.error.message);
    assert.equal(chain.balance(addr(40)), '15');
    const reply = raw(a, 'reply');
    assert.equal(reply.id, 18);
    assert.equal(reply.result.ok.msg_responses[0].type_url, '/cosmos.bank.v1beta1.MsgSendResponse');
  });

  it('a gas-limited sub-message that runs out of gas is caught by reply_on error; the caller goes on', async () => {
    const r = await chain.execute(a, submsg(9, wasmExec(hack, { cpu_loop: {} }), 'error', 300_000), { gas: 5_000_000n });
    assert.equal(r.ok, true, r.ok ? '' : r.error.message);
    assert.deepEqual(raw(a, 'reply').result, { error: 'codespace: sdk, code: 11' });
    assert.ok(r.gasUsed > 300_000n && r.gasUsed < 1_000_000n, `gas used ${r.gasUsed}`);
    // Without a limit of its own, out of gas is the caller's: nothing catches it.
    const all = await chain.execute(a, submsg(10, wasmExec(hack, { cpu_loop: {} }), 'error'), { gas: 400_000n });
    assert.equal(all.ok, false);
    if (!all.ok) assert.equal(all.error.code, 11);
  });
});


describe('Wasm runtime: query_chain, as a contract sees it (probe.wat asks, stores the raw answer)', () => {
  const chain = new Chain();
  let probe: string;
  let counter: string;
  let codeId: bigint;

  const ask = async (q: unknown): Promise<any> => {
    const r = await chain.execute(probe, { query: q });
    assert.equal(r.ok, true, r.ok ? '' : r.error.message);
    const { ctx } = chain.context();
    return JSON.parse(Buffer.from(chain.keeper.wasmRawState(ctx, parseAddress(probe), Buffer.from('q'))!).toString());
  };
  const okJson = (answer: any) => JSON.parse(Buffer.from(answer.ok.ok, 'base64').toString());

  before(async () => {
    const wasm = await assembleWat('probe.wat');
    codeId = (await chain.ok((ctx) => chain.keeper.storeCode(ctx, addr(1), wasm))).codeId;
    probe = await chain.instantiate(codeId, { name: 'q' }, { admin: addr(1) });
    counter = await chain.instantiate(await chain.store(contractSource('counter.js')), { count: 41 });
    chain.fund(addr(5), '700');
  });

  it('bank: balance, all balances, supply', async () => {
    assert.deepEqual(okJson(await ask({ bank: { balance: { address: addr(5), denom: 'utrv' } } })), { amount: { denom: 'utrv', amount: '700' } });
    assert.deepEqual(okJson(await ask({ bank: { all_balances: { address: addr(5) } } })), { amount: [{ denom: 'utrv', amount: '700' }] });
    const supply = okJson(await ask({ bank: { supply: { denom: 'utrv' } } }));
    assert.equal(supply.amount.denom, 'utrv');
    assert.ok(BigInt(supply.amount.amount) >= 700n);
  });

  it('staking: the bonded denom, and an empty bonded set (no staking module)', async () => {
    assert.deepEqual(okJson(await ask({ staking: { bonded_denom: {} } })), { denom: 'utrv' });
    assert.deepEqual(okJson(await ask({ staking: { all_validators: {} } })), { validators: [] });
    assert.deepEqual(okJson(await ask({ staking: { delegation: { delegator: addr(5), validator: addr(6) } } })), { delegation: null });
  });

  it('wasm: smart into a JS contract, raw, contract and code info; errors as wasmd reports them', async () => {
    assert.deepEqual(okJson(await ask({ wasm: { smart: { contract_addr: counter, msg: b64({ get_count: {} }) } } })), { count: 41 });
    const rawCfg = await ask({ wasm: { raw: { contract_addr: probe, key: Buffer.from('cfg').toString('base64') } } });
    assert.deepEqual(JSON.parse(Buffer.from(rawCfg.ok.ok, 'base64').toString()), { name: 'q' });
    assert.deepEqual(okJson(await ask({ wasm: { contract_info: { contract_addr: probe } } })), { code_id: Number(codeId), creator: addr(1), admin: addr(1), pinned: false, ibc_port: null });
    const info = okJson(await ask({ wasm: { code_info: { code_id: Number(codeId) } } }));
    assert.equal(info.checksum, chain.keeper.getCode(chain.context().ctx, codeId)!.checksum);
    assert.deepEqual(await ask({ wasm: { smart: { contract_addr: addr(99), msg: b64({}) } } }), { error: { no_such_contract: { addr: addr(99) } } });
    const failed = await ask({ wasm: { smart: { contract_addr: counter, msg: b64({ nope: {} }) } } });
    assert.match(failed.ok.error, /unknown query/);
    assert.deepEqual(await ask({ grpc: { path: '/x', data: '' } }), { error: { unsupported_request: { kind: 'grpc' } } });
  });

  it('wasm raw_range (CosmWasm 2.2): a page of the storage in key order, and the key to go on from', async () => {
    const key = (s: string) => Buffer.from(s).toString('base64');
    // probe's keys now: "cfg", "q" (its last answer).
    const page = okJson(await ask({ wasm: { raw_range: { contract_addr: probe, start: null, end: null, limit: 1, order: 'ascending' } } }));
    assert.deepEqual(page.data, [[key('cfg'), b64({ name: 'q' })]]);
    assert.equal(page.next_key, key('q'));
    const rest = okJson(await ask({ wasm: { raw_range: { contract_addr: probe, start: page.next_key, end: null, limit: 10, order: 'ascending' } } }));
    assert.deepEqual(rest.data.map((e: string[]) => Buffer.from(e[0]!, 'base64').toString()), ['q']);
    assert.equal(rest.next_key, null);
    const down = okJson(await ask({ wasm: { raw_range: { contract_addr: probe, start: null, end: key('q'), limit: 10, order: 'descending' } } }));
    assert.deepEqual(down.data.map((e: string[]) => Buffer.from(e[0]!, 'base64').toString()), ['cfg']);
  });
});
