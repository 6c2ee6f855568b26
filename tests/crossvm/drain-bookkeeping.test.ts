import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildModules } from '../../app/modules.ts';
import { CacheStore } from '../../core/store/cache-store.ts';
import { SortedStore } from '../../core/store/sorted-store.ts';
import { parseAddress, toBech32Address } from '../../core/types/address.ts';
import { Context } from '../../core/types/context.ts';
import type { AbciEvent } from '../../core/types/events.ts';
import { infiniteGasMeter } from '../../core/types/gas.ts';
import type { CrossVMModule } from '../../x/crossvm/module.ts';
import { headBytesOf, recordBytes, recordHead, recordJSON, utf8Bytes } from '../../x/crossvm/record-json.ts';
import { EventTypes, responseEvent } from '../../x/crossvm/events.ts';
import { event } from '../../core/types/events.ts';
import { type CrossVMMessage, defaultParams, StoreKeys } from '../../x/crossvm/types/index.ts';
import type { WasmModule } from '../../x/wasm/module.ts';
import { repoRoot } from '../helpers/node.ts';

/**
 * The drain's bookkeeping shortcuts (x/crossvm/keeper.ts: records parsed once per stored value; record-json.ts:
 * a rewrite joins the unchanged JSON head with a new tail) must change no byte of state and no event. Two
 * in-process chains get the same blocks; one of them parses every record it reads (its keeper's cache off, and
 * every stored value replaced by a copy before each block, as a restarted node reads them from disk) while the
 * other reads the objects submit and the drain wrote. Their states and events must be equal, and every record must be exactly
 * JSON.stringify of its fields in the order they were written — what the keeper wrote before the shortcuts.
 */

const SENDER = new Uint8Array(20).fill(0x42);
const sender = toBech32Address(SENDER);
const PLAIN = '0x' + '77'.repeat(20);

async function chain(parseEveryRead: boolean) {
  const state = new SortedStore();
  const { keepers, modules } = buildModules();
  const crossvm = modules.find((m) => m.name === 'crossvm') as CrossVMModule;
  // The keeper as it read records before the cache (and as a restarted node reads them): parsed every time.
  if (parseEveryRead) Object.defineProperty(crossvm.keeper, 'parsed', { value: { get: () => undefined, set: () => {} } });
  const wasm = modules.find((m) => m.name === 'wasm') as WasmModule;
  let height = 0;
  const ctxAt = () => {
    const store = new CacheStore(state);
    const ctx = new Context(store, infiniteGasMeter(), { height, timeMs: 1_700_000_000_000 + height * 1000, chainId: 'trivium-devnet-1', proposer: 'AB'.repeat(20) }, 'deliver');
    return { ctx, commit: () => store.write() };
  };
  /** One block: its txs' work (`fn`), then every module's BeginBlocker/EndBlocker around it as baseapp runs them. */
  const block = async (fn: (ctx: Context) => void | Promise<void> = () => {}): Promise<AbciEvent[]> => {
    height++;
    if (parseEveryRead) for (const [k, v] of [...state.iterate('')]) state.set(k, v.slice());
    const { ctx, commit } = ctxAt();
    for (const m of modules) if (m.beginBlock) await m.beginBlock(ctx);
    await fn(ctx);
    for (const m of modules) if (m.endBlock) await m.endBlock(ctx);
    commit();
    return ctx.events;
  };
  const genesisRecord: CrossVMMessage = {
    // A genesis may list a record's fields in any order: its rewrites serialise the whole record.
    status: 'SUBMITTED', id: '1', sender, source_vm: 'evm', target_vm: 'evm', target_contract: PLAIN, payload: '', accounts: [], funds: [],
    gas_limit: '50000', callback: false, submitted_height: '0', updated_height: '0', escrow: '0', result: '', error: '', gas_used: '0', callback_status: '',
  };
  {
    const { ctx, commit } = ctxAt();
    for (const m of modules) {
      if (!m.initGenesis || !m.defaultGenesis) continue;
      const g = m === crossvm ? { params: { ...defaultParams(), queue_timeout_blocks: 3, max_executions_per_block: 5 }, authority: '', messages: [genesisRecord], next_id: '2' } : m.defaultGenesis();
      await m.initGenesis(ctx, g);
    }
    keepers.bank.mintCoins(ctx, SENDER, [{ denom: 'utrv', amount: (10n ** 15n).toString() }]);
    commit();
  }
  let recorder = '';
  await block(async (ctx) => {
    const { codeId } = wasm.keeper.storeCode(ctx, sender, readFileSync(join(repoRoot, 'tests/crossvm/contracts/recorder.js')));
    recorder = (await wasm.keeper.instantiate(ctx, { sender, admin: '', codeId, label: 'recorder', msg: Buffer.from('{}'), funds: [] })).address;
    keepers.bank.mintCoins(ctx, parseAddress(recorder), [{ denom: 'utrv', amount: (10n ** 12n).toString() }]); // it pays for its own messages
  });
  return { state, keeper: crossvm.keeper, block, recorder: () => recorder, genesisOrder: Object.keys(genesisRecord) };
}

type Chain = Awaited<ReturnType<typeof chain>>;

/** Block h's messages: every outcome the drain writes (EXECUTED, FAILED, TIMED_OUT, callbacks both ways, funds). */
function submitAll(c: Chain, ctx: Context): void {
  const rec = c.recorder();
  const call = (o: { targetVm?: 'wasm' | 'evm'; target?: string; payload: string | Uint8Array; funds?: string; callback?: boolean; from?: Uint8Array; sourceVm?: 'evm' | 'wasm' }) =>
    c.keeper.submit(ctx, {
      sender: o.from ?? SENDER,
      sourceVm: o.sourceVm ?? 'evm',
      targetVm: o.targetVm ?? 'wasm',
      targetContract: o.target ?? rec,
      payload: typeof o.payload === 'string' ? Buffer.from(o.payload) : o.payload,
      accounts: [],
      funds: o.funds ? [{ denom: 'utrv', amount: o.funds }] : [],
      gasLimit: 300_000n,
      callback: o.callback ?? false,
    });
  const recorderBytes = Buffer.from(JSON.stringify({ record: { tag: 'from "wasm" \\ ünïcode' } }));
  call({ payload: '{"record":{"tag":"a"}}', callback: true }); // EXECUTED, callback into an EOA (OK)
  call({ payload: '{"fail":{}}', funds: '7' }); // FAILED, funds back
  call({ payload: recorderBytes, funds: '5' }); // EXECUTED with funds
  call({ targetVm: 'evm', target: PLAIN, payload: new Uint8Array(), funds: '3', callback: true }); // a plain EVM transfer, callback OK
  // From the recorder itself: its callback is refused ("unknown message") and recorded as FAILED.
  call({ payload: '{"record":{"tag":"b"}}', callback: true, sourceVm: 'wasm', from: parseAddress(rec) });
  // Beyond max_executions_per_block (5): these wait, the breaker opens, and they time out with their callbacks.
  call({ payload: '{"record":{"tag":"late"}}', callback: true });
  call({ payload: '{"record":{"tag":"later"}}', sourceVm: 'wasm', from: parseAddress(rec), callback: true });
}

/** The fields of a record as submit writes them. */
const SUBMIT_ORDER = ['id', 'sender', 'source_vm', 'target_vm', 'target_contract', 'payload', 'accounts', 'funds', 'gas_limit', 'callback', 'status', 'submitted_height', 'updated_height', 'result', 'error', 'gas_used', 'escrow', 'callback_status'];

const dump = (s: SortedStore) => [...s.iterate('')].map(([k, v]) => [k, Buffer.from(v).toString('hex')]);

describe('x/crossvm drain bookkeeping', () => {
  it('record-json: head + tail is JSON.stringify of the record, whatever its text holds', () => {
    const odd = ['', 'plain', 'quote " and \\ backslash', 'ctl \u0000\u001f\n\t', 'ünïcödé ✓ 𝄞', 'lone \ud800 surrogate', '</script>', '"status":"SUBMITTED"'];
    let n = 0;
    for (const a of odd) {
      for (const b of odd) {
        const m: CrossVMMessage = {
          id: String(++n), sender: a, source_vm: 'evm', target_vm: 'wasm', target_contract: b, payload: '00', accounts: [{ pubkey: a, is_signer: true, is_writable: false }],
          funds: [{ denom: b, amount: '1' }], gas_limit: '1', callback: n % 2 === 0, status: 'SUBMITTED', submitted_height: '3', updated_height: '3', result: '', error: '',
          gas_used: '0', escrow: '9', callback_status: '',
        };
        const json = JSON.stringify(m);
        const head = recordHead(m, json);
        assert.notEqual(head, undefined);
        const done: CrossVMMessage = { ...m, status: 'FAILED', updated_height: '4', error: b + a, gas_used: '12' };
        assert.equal(recordJSON(done, head), JSON.stringify(done));
        const cb: CrossVMMessage = { ...done, callback_status: `FAILED: ${a}` };
        assert.equal(recordJSON(cb, head), JSON.stringify(cb));
        // The bytes: the head's UTF-8 (a view of the submitted record's) copied, the new tail encoded.
        const headBytes = headBytesOf(head!, json, utf8Bytes(json));
        assert.deepEqual(Buffer.from(headBytes), Buffer.from(head!, 'utf8'));
        for (const r of [done, cb]) assert.deepEqual(Buffer.from(recordBytes(r, headBytes)), Buffer.from(JSON.stringify(r), 'utf8'));
        // The drain's hand-built crossvm_response is what the generic builder makes of the same fields.
        for (const injected of [false, true]) {
          for (const r of [done, { ...done, status: 'EXECUTED' as const, result: 'ab' }]) {
            const generic = event(EventTypes.response, { message_id: r.id, status: r.status, result: r.status === 'EXECUTED' ? '0x' + r.result : r.error, ...(injected ? { injected: 'true' } : {}) });
            assert.deepEqual(responseEvent(r, injected), generic);
          }
        }
      }
    }
    // A genesis record in submit's order whose values are not all strings: the bytes are still JSON.stringify's.
    {
      const m = { id: '1', sender: 's', source_vm: 'evm', target_vm: 'wasm', target_contract: 't', payload: '', accounts: [], funds: [], gas_limit: '1', callback: false,
        status: 'SUBMITTED', submitted_height: 3, updated_height: '3', result: '', error: '', gas_used: '0', escrow: null, callback_status: '' } as unknown as CrossVMMessage;
      const json = JSON.stringify(m);
      const head = recordHead(m, json)!;
      const done: CrossVMMessage = { ...m, status: 'EXECUTED', updated_height: '4', result: 'ff' };
      assert.deepEqual(Buffer.from(recordBytes(done, headBytesOf(head, json, utf8Bytes(json)))), Buffer.from(JSON.stringify(done), 'utf8'));
    }
    // Fields in another order at the end: no head, so a rewrite serialises everything.
    const { callback_status, ...rest } = { id: '1', status: 'SUBMITTED', callback_status: '' } as unknown as CrossVMMessage;
    const reordered = { callback_status, ...rest } as CrossVMMessage;
    assert.equal(recordHead(reordered, JSON.stringify(reordered)), undefined);
  });

  it('cached and parsed records give the same state and events, and records as JSON.stringify writes them', async () => {
    const a = await chain(false);
    const b = await chain(true);
    const eventsA: AbciEvent[][] = [];
    const eventsB: AbciEvent[][] = [];
    assert.deepEqual(dump(b.state), dump(a.state), 'state after the genesis message ran');
    eventsA.push(await a.block((ctx) => submitAll(a, ctx)));
    eventsB.push(await b.block((ctx) => submitAll(b, ctx)));
    // h+1 drains five; h+2 opens the circuit breaker; h+3 times the last two out.
    const breaker = (c: Chain) => (i: number) => (ctx: Context) => {
      if (i === 1) c.keeper.setParams(ctx, { ...c.keeper.params(ctx), enabled: false });
    };
    for (let i = 0; i < 3; i++) {
      eventsA.push(await a.block(breaker(a)(i)));
      eventsB.push(await b.block(breaker(b)(i)));
      assert.deepEqual(dump(b.state), dump(a.state), `state after block h+${i + 1}`);
    }
    assert.deepEqual(eventsB, eventsA);

    // Every outcome happened (so the comparison above covered each path)…
    const records = [...a.state.iterate(StoreKeys.messagePrefix)].map(([, v]) => ({ bytes: Buffer.from(v), m: JSON.parse(Buffer.from(v).toString('utf8')) as CrossVMMessage }));
    assert.equal(records.length, 8);
    const byId = new Map(records.map((r) => [r.m.id, r.m]));
    assert.deepEqual(
      [...byId.values()].map((m) => [m.id, m.status, m.callback_status.replace(/:.*/, ':')]),
      [
        ['1', 'EXECUTED', ''],
        ['2', 'EXECUTED', 'OK'],
        ['3', 'FAILED', ''],
        ['4', 'EXECUTED', ''],
        ['5', 'EXECUTED', 'OK'],
        ['6', 'EXECUTED', 'FAILED:'],
        ['7', 'TIMED_OUT', 'OK'],
        ['8', 'TIMED_OUT', 'FAILED:'],
      ],
    );
    assert.match(byId.get('3')!.error, /recorder: failing on purpose/);
    assert.equal(a.keeper.queueCount(new Context(a.state, infiniteGasMeter(), { height: 9, timeMs: 0, chainId: '', proposer: '' }, 'query')), 0);
    // …and each record is JSON.stringify of its fields in the order first written (the genesis record's own order).
    for (const { bytes, m } of records) {
      assert.equal(bytes.toString('utf8'), JSON.stringify(m));
      assert.deepEqual(Object.keys(m), m.id === '1' ? a.genesisOrder : SUBMIT_ORDER);
    }
  });
});
