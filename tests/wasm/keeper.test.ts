import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { after, describe, it } from 'node:test';
import { toBech32 } from '@cosmjs/encoding';
import { createHash } from 'node:crypto';
import { parseAddress } from '../../core/types/address.ts';
import { WasmExecutionError } from '../../x/wasm/errors.ts';
import type { CrossVMCallRequest } from '../../x/wasm/keeper/keeper.ts';
import { exportWasmGenesis, initWasmGenesis } from '../../x/wasm/genesis.ts';
import { addr, Chain, contractSource, dec, enc } from './harness.ts';

/** A contract that does, on request, each thing a contract can make the chain do. */
const ROUTER = `
module.exports = {
  instantiate(msg) { return null; },
  execute(msg) {
    const me = xchain.context.contractAddress;
    if (msg.balance) return xchain.query.balance(me, 'utrv');
    if (msg.pay) { xchain.emit.send(msg.pay.to, msg.pay.amount); return null; }
    if (msg.burn) { xchain.emit.burn(msg.burn.amount); return null; }
    if (msg.chain) {
      xchain.emit.execute(msg.chain.target, { increment: {} });
      xchain.emit.execute(msg.chain.target, { increment: {} });
      xchain.emit.event('chained', { target: msg.chain.target });
      return 'chained';
    }
    if (msg.pay_then_fail) {
      xchain.state.set('touched', 'yes');
      xchain.emit.send(msg.pay_then_fail.to, '5utrv');
      xchain.emit.execute(msg.pay_then_fail.target, { fail: { reason: 'downstream' } });
      return null;
    }
    if (msg.spawn) { xchain.emit.instantiate(msg.spawn.code_id, { count: 3 }, { label: 'child', admin: me }); return null; }
    if (msg.crossvm) { xchain.emit.crossvmCall('evm', '0x' + '11'.repeat(20), '0xabcdef', { gasLimit: 100000 }); return null; }
    if (msg.stargate) { xchain.emit.stargate(msg.stargate.type_url, msg.stargate.value); return null; }
    if (msg.delegate) { xchain.emit.delegate(msg.delegate.validator, '1utrv'); return null; }
    if (msg.spam) { for (let i = 0; i < msg.spam; i++) xchain.emit.send(me, '1utrv'); return null; }
    if (msg.recurse) { xchain.emit.execute(me, { recurse: {} }); return null; }
    if (msg.ask) return xchain.query.contract(msg.ask.contract, { get_count: {} });
    if (msg.loop) { while (true) {} }
    xchain.revert('unknown');
  },
  query(msg) {
    if (msg.write) { xchain.state.set('x', '1'); return 'wrote'; }
    if (msg.emit) { xchain.emit.send(xchain.context.sender, '1utrv'); return 'emitted'; }
    return xchain.state.get('touched');
  },
};`;

describe('x/wasm keeper: calls, funds, actions, gas', () => {
  const chain = new Chain();
  const alice = addr(1);
  const bob = addr(2);
  chain.fund(alice, '1000000');
  after(() => chain.keeper.vm.dispose());

  let routerCode: bigint;
  let counterCode: bigint;
  let router: string;
  let counter: string;

  it('stores code (plain or gzip) with sequential ids and rejects what is not a valid contract', async () => {
    routerCode = await chain.store(ROUTER);
    const r = await chain.ok((ctx) => chain.keeper.storeCode(ctx, alice, gzipSync(Buffer.from(contractSource('counter.js')))));
    counterCode = r.codeId;
    assert.equal(counterCode, routerCode + 1n);
    const bad = await chain.tx((ctx) => chain.keeper.storeCode(ctx, alice, new TextEncoder().encode('module.exports = {')));
    assert.ok(!bad.ok && bad.error.codespace === 'wasm' && bad.error.code === 2 && /syntax error/.test(bad.error.message));
    const binary = await chain.tx((ctx) => chain.keeper.storeCode(ctx, alice, Uint8Array.from([0, 0x61, 0x73, 0x6d, 0xff, 0xfe])));
    assert.ok(!binary.ok && /unsupported Wasm binary version/.test(binary.error.message), 'the \\0asm magic makes it a Wasm binary, checked as one');
    const neither = await chain.tx((ctx) => chain.keeper.storeCode(ctx, alice, Uint8Array.from([0xff, 0xfe, 0x00])));
    assert.ok(!neither.ok && /neither a Wasm binary .* nor UTF-8 JavaScript/.test(neither.error.message));
    router = await chain.instantiate(routerCode, {}, { admin: alice });
    counter = await chain.instantiate(counterCode, { count: 0 });
  });

  it('moves funds through x/bank before the call, and gives them back when the call fails', async () => {
    const paid = await chain.execute(router, { balance: {} }, { funds: [{ denom: 'utrv', amount: '100' }] });
    assert.ok(paid.ok);
    assert.equal(dec(paid.value), '100');
    assert.deepEqual(
      paid.events.map((e) => e.type),
      ['coin_spent', 'coin_received', 'transfer', 'execute'],
    );
    const before = chain.snapshot();
    const failed = await chain.execute(router, { nope: {} }, { funds: [{ denom: 'utrv', amount: '50' }] });
    assert.ok(!failed.ok && failed.error.code === 5 && /reverted: unknown/.test(failed.error.message));
    assert.equal(chain.snapshot(), before);
    assert.equal(chain.balance(router), '100');
  });

  it('runs emitted actions after the call, in order, with the contract as sender', async () => {
    const r = await chain.execute(router, { chain: { target: counter } });
    assert.ok(r.ok);
    assert.equal(dec(r.value), 'chained');
    assert.deepEqual(chain.query(counter, { get_count: {} }), { count: 2 });
    const types = r.events.map((e) => e.type);
    assert.deepEqual(types, ['execute', 'wasm-chained', 'execute', 'wasm', 'execute', 'wasm']);
    assert.equal(r.events[2]!.attributes[0]!.value, counter);

    const pay = await chain.execute(router, { pay: { to: bob, amount: '30utrv' } });
    assert.ok(pay.ok);
    assert.equal(chain.balance(bob), '30');
    assert.equal(chain.balance(router), '70');
    await chain.execute(router, { burn: { amount: [{ denom: 'utrv', amount: '20' }] } });
    assert.equal(chain.balance(router), '50');

    const spawned = await chain.execute(router, { spawn: { code_id: Number(counterCode) } });
    assert.ok(spawned.ok);
    const child = spawned.events.find((e) => e.type === 'instantiate')!.attributes[0]!.value;
    assert.deepEqual(chain.query(child, { get_count: {} }), { count: 3 });
  });

  it('is atomic: one failing action discards the call, its state, its earlier actions and its funds', async () => {
    const before = chain.snapshot();
    const bobBefore = chain.balance(bob);
    const r = await chain.execute(router, { pay_then_fail: { to: bob, target: counter } }, { funds: [{ denom: 'utrv', amount: '7' }] });
    assert.ok(!r.ok && /downstream/.test(r.error.message));
    assert.equal(chain.snapshot(), before);
    assert.equal(chain.balance(bob), bobBefore);
    assert.equal(chain.query(router, {}), null);
  });

  it('caps emissions, call depth and refuses writes and emissions from queries', async () => {
    const spam = await chain.execute(router, { spam: 51 });
    assert.ok(!spam.ok && /emission limit reached: a call may emit at most 50/.test(spam.error.message));
    const deep = await chain.execute(router, { recurse: {} });
    assert.ok(!deep.ok && /max call depth exceeded/.test(deep.error.message), !deep.ok ? deep.error.message : '');
    assert.throws(() => chain.query(router, { write: {} }), /a query cannot write state/);
    assert.throws(() => chain.query(router, { emit: {} }), /a query cannot emit/);
  });

  it('crossvm_call fails validation until x/crossvm registers its dispatcher, then is delivered', async () => {
    const before = chain.snapshot();
    const r = await chain.execute(router, { crossvm: {} });
    assert.ok(!r.ok && /crossvm_call: x\/crossvm not available on this node/.test(r.error.message));
    assert.equal(chain.snapshot(), before);
    const seen: CrossVMCallRequest[] = [];
    chain.keeper.setCrossVMDispatcher((_ctx, call) => {
      seen.push(call);
    });
    try {
      const ok = await chain.execute(router, { crossvm: {} });
      assert.ok(ok.ok);
      assert.equal(seen.length, 1);
      assert.deepEqual({ ...seen[0], senderBytes: undefined }, {
        sender: router,
        senderBytes: undefined,
        targetVm: 'evm',
        targetContract: '0x' + '11'.repeat(20),
        payload: '0xabcdef',
        funds: [],
        gasLimit: 100000n,
        callback: null,
      });
    } finally {
      chain.keeper.setCrossVMDispatcher(undefined);
    }
  });

  it('routes stargate messages through the app with the contract as the only signer', async () => {
    const send = await chain.execute(router, { stargate: { type_url: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: router, toAddress: bob, amount: [{ denom: 'utrv', amount: '1' }] } } });
    assert.ok(send.ok, !send.ok ? send.error.message : '');
    const stolen = await chain.execute(router, { stargate: { type_url: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: alice, toAddress: bob, amount: [{ denom: 'utrv', amount: '1' }] } } });
    assert.ok(!stolen.ok);
    assert.match(stolen.error.message, /only send messages it signs itself/);
    const del = await chain.execute(router, { delegate: { validator: toBech32('triviumvaloper', new Uint8Array(20).fill(5)) } });
    assert.ok(!del.ok);
    assert.match(del.error.message, /no module on this chain handles \/cosmos.staking.v1beta1.MsgDelegate/);
  });

  it('answers nested contract queries and charges them to the caller', async () => {
    const r = await chain.execute(router, { ask: { contract: counter } });
    assert.ok(r.ok);
    assert.deepEqual(dec(r.value), { count: 2 });
    const missing = await chain.execute(router, { ask: { contract: bob } });
    assert.ok(!missing.ok && /query.contract: .*no such contract/.test(missing.error.message));
  });

  it('charges contract gas to the tx meter and fails cleanly when it runs out', async () => {
    const a = await chain.execute(counter, { increment: {} });
    const b = await chain.execute(counter, { increment: {} });
    assert.ok(a.ok && b.ok);
    assert.equal(a.gasUsed, b.gasUsed);
    const before = chain.snapshot();
    const loop = await chain.execute(router, { loop: {} }, { gas: 400_000n });
    assert.ok(!loop.ok);
    assert.deepEqual([loop.error.codespace, loop.error.code], ['sdk', 11]);
    assert.ok(loop.gasUsed > 390_000n && loop.gasUsed <= 400_000n, String(loop.gasUsed));
    assert.equal(chain.snapshot(), before);
  });

  it('executeContract (the x/crossvm executor API): charges once, returns data and events, throws typed errors', async () => {
    const { ctx, store } = chain.context(5_000_000n);
    const ok = await chain.keeper.executeContract(ctx, { sender: new Uint8Array(20).fill(3), contract: counter, msg: enc({ increment: {} }), funds: [], gasLimit: 1_000_000n });
    assert.deepEqual(dec(ok.data), { count: 5 });
    assert.equal(ctx.gasMeter.consumed, ok.gasUsed);
    assert.deepEqual(ok.events.map((e) => e.type), ['execute', 'wasm']);
    await assert.rejects(
      chain.keeper.executeContract(ctx, { sender: addr(3), contract: counter, msg: enc({ fail: { reason: 'typed' } }), funds: [], gasLimit: 1_000_000n }),
      (e: unknown) => {
        assert.ok(e instanceof WasmExecutionError, String(e));
        assert.deepEqual([e.kind, e.reason, e.code, e.codespace], ['revert', 'typed', 5, 'wasm']);
        return e.gasUsed > 0n;
      },
    );
    const used = ctx.gasMeter.consumed;
    await assert.rejects(
      chain.keeper.executeContract(ctx, { sender: addr(3), contract: router, msg: enc({ loop: {} }), funds: [], gasLimit: 200_000n }),
      (e: unknown) => e instanceof WasmExecutionError && e.kind === 'out_of_gas' && e.gasUsed === 200_000n,
    );
    assert.equal(ctx.gasMeter.consumed, used + 200_000n);
    store.write();
    assert.deepEqual(chain.query(counter, { get_count: {} }), { count: 5 });
    const q = chain.keeper.queryContract(chain.context(0n, 'query').ctx, counter, '{"get_count":{}}', 1_000_000n);
    assert.deepEqual(dec(q), { count: 5 });
  });

  it('enforces instantiate permissions and admin rules', async () => {
    const { codeId } = await chain.ok((ctx) => chain.keeper.storeCode(ctx, alice, new TextEncoder().encode(contractSource('counter.js')), { permission: 4, addresses: [bob] }));
    const denied = await chain.tx((ctx) => chain.keeper.instantiate(ctx, { sender: alice, admin: '', codeId, label: 'x', msg: enc({}), funds: [] }));
    assert.ok(!denied.ok && /not permitted/.test(denied.error.message));
    const c = await chain.instantiate(codeId, {}, { sender: bob, admin: bob });
    const notAdmin = await chain.tx((ctx) => chain.keeper.migrate(ctx, { sender: alice, contract: c, codeId, msg: enc({}) }));
    assert.ok(!notAdmin.ok && /only the admin/.test(notAdmin.error.message));
    await chain.ok((ctx) => chain.keeper.migrate(ctx, { sender: bob, contract: c, codeId, msg: enc({}) }));
    assert.equal(dec((await chain.ok((ctx) => chain.keeper.querySmart(ctx, c, enc({ get_count: {} })))).data) !== undefined, true);
  });

  it('exports genesis and a fresh chain imported from it behaves the same', async () => {
    const { ctx } = chain.context();
    const g = exportWasmGenesis(chain.keeper, ctx);
    assert.ok(g.codes.length >= 3 && g.contracts.length >= 4);
    const fresh = new Chain();
    try {
      await fresh.ok((c) => initWasmGenesis(fresh.keeper, c, JSON.parse(JSON.stringify(g))));
      assert.equal(fresh.snapshot('wasm/'), chain.snapshot('wasm/'));
      assert.deepEqual(fresh.query(counter, { get_count: {} }), chain.query(counter, { get_count: {} }));
      const again = exportWasmGenesis(fresh.keeper, fresh.context().ctx);
      assert.deepEqual(again, g);
      const tampered = JSON.parse(JSON.stringify(g));
      tampered.codes[0].code_bytes = Buffer.from('module.exports = {};').toString('base64');
      const other = new Chain();
      await assert.rejects(other.ok((c) => initWasmGenesis(other.keeper, c, tampered)), /checksum/);
      other.keeper.vm.dispose();
    } finally {
      fresh.keeper.vm.dispose();
    }
  });

  it('gives contracts 20-byte addresses from the classic scheme (code id, instance id), distinct per instance', async () => {
    const a = await chain.instantiate(counterCode, {});
    const b = await chain.instantiate(counterCode, {});
    assert.notEqual(a, b);
    // wasmd's BuildContractAddressClassic: address.Module("wasm", codeID ‖ instanceID), here cut to 20 bytes.
    const { ctx } = chain.context();
    const instance = BigInt(JSON.parse(Buffer.from(chain.state.get('wasm/seq/instance')!).toString()));
    const key = Buffer.alloc(16);
    key.writeBigUInt64BE(counterCode, 0);
    key.writeBigUInt64BE(instance, 8);
    const h = (...p: Uint8Array[]) => createHash('sha256').update(Buffer.concat(p)).digest();
    const expected = h(h(Buffer.from('module')), Buffer.from('wasm\0'), key).subarray(0, 20);
    assert.deepEqual(Buffer.from(parseAddress(b)), expected);
    assert.ok(chain.keeper.getContract(ctx, parseAddress(b)));
  });
});
