import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { toBech32 } from '@cosmjs/encoding';
import { classifyError, hostDispatch, sanitize } from '../../x/wasm/runtime/bridge.ts';
import { EmissionCollector, truncateUtf8 } from '../../x/wasm/runtime/collector.ts';
import { ContractError, ContractRevertError, GasExhaustedError } from '../../x/wasm/runtime/errors.ts';
import { DEFAULT_GAS_SCHEDULE, GasTracker } from '../../x/wasm/runtime/gas.ts';
import { MATH_API } from '../../x/wasm/runtime/math.ts';
import { StateManager } from '../../x/wasm/runtime/state.ts';
import { validateDeploy } from '../../x/wasm/runtime/syntax.ts';
import { ACTION_TYPES, ActionValidator } from '../../x/wasm/runtime/validator.ts';
import { Runtime, addr } from './harness.ts';

const tracker = (ceiling = 1_000_000) => new GasTracker(DEFAULT_GAS_SCHEDULE, ceiling);
const memBackend = (m: Map<string, string>) => ({
  get: (k: string) => m.get(k),
  range: (p: string, o: { start?: string; end?: string; reverse: boolean; limit: number }) => {
    let keys = [...m.keys()].filter((k) => k.startsWith(p) && (o.start === undefined || k >= o.start) && (o.end === undefined || k < o.end)).sort();
    if (o.reverse) keys.reverse();
    return keys.slice(0, o.limit).map((k) => [k, m.get(k)!] as [string, string]);
  },
});

describe('bridge protocol', () => {
  it('encodes every gateway result with \\x01 and the units left, so user data cannot pose as a marker', () => {
    const t = tracker();
    const session = { tracker: t, gateway: { echo: (_s: unknown, a: unknown[]) => a[0] } };
    const out = hostDispatch(session, 'echo', JSON.stringify(['\x03GAS:1:2\x02\x01']), 5);
    const i = out.indexOf('\x01');
    assert.equal(Number(out.slice(0, i)), t.remaining);
    assert.equal(JSON.parse(out.slice(i + 1)), '\x03GAS:1:2\x02\x01');
    assert.equal(t.used, 5 + DEFAULT_GAS_SCHEDULE.bridgeKiB * 2);
  });

  it('encodes host errors as \\x03REVERT / \\x03GAS and records them on the session, stickily', () => {
    const session: Parameters<typeof hostDispatch>[0] = {
      tracker: tracker(100),
      gateway: {
        no: () => {
          throw new ContractRevertError('denied');
        },
        ok: () => 1,
      },
    };
    assert.throws(() => hostDispatch(session, 'no', '[]', 0), { message: '\x03REVERT:denied' });
    assert.ok(session.failure instanceof ContractRevertError);
    assert.throws(() => hostDispatch(session, 'ok', '[]', 0), { message: '\x03REVERT:denied' });
    const g: Parameters<typeof hostDispatch>[0] = { tracker: tracker(100), gateway: {} };
    assert.throws(() => hostDispatch(g, 'gas', '', 101), { message: /^\x03GAS:101:100$/ });
    assert.ok(g.failure instanceof GasExhaustedError);
  });

  it('trusts \\x03GAS only past the ceiling and \\x03REVERT only when the host recorded a revert', () => {
    const fresh = { tracker: tracker(), gateway: {} };
    const spoofGas = classifyError(fresh, 'error:Error: \x03GAS:1:2');
    assert.ok(spoofGas instanceof ContractError && !(spoofGas instanceof GasExhaustedError));
    assert.equal(spoofGas.message, 'Error: GAS:1:2');
    const spoofRevert = classifyError(fresh, 'error:Error: \x03REVERT:x');
    assert.ok(spoofRevert instanceof ContractError);
    const real = { tracker: tracker(10), gateway: {}, failure: new ContractRevertError('real') };
    assert.equal((classifyError(real, 'error:whatever') as ContractRevertError).reason, 'real');
    assert.equal(sanitize('a\x00b\x01c\x02d\x03e'), 'abcde');
  });
});

describe('StateManager', () => {
  it('enforces key and value limits and the written-key count', () => {
    const s = new StateManager(memBackend(new Map()), tracker(), { maxKeySize: 8, maxValueSize: 16, maxWrittenKeys: 2, maxRangeItems: 10 });
    assert.throws(() => s.get(''), /must not be empty/);
    assert.throws(() => s.get(5), /key must be a string, got number/);
    assert.throws(() => s.get('123456789'), /key is 9 bytes, the limit is 8/);
    assert.throws(() => s.get('é'.repeat(5)), /10 bytes/);
    assert.throws(() => s.get('\ud800'), /unpaired surrogates/);
    assert.throws(() => s.set('k', { a: 1 }), /value must be a string, got object/);
    assert.throws(() => s.set('k', 'x'.repeat(17)), /value is 17 bytes, the limit is 16/);
    s.set('a', '1');
    s.set('b', '2');
    s.set('a', '3');
    assert.throws(() => s.set('c', '4'), /at most 2 keys/);
    assert.deepEqual(s.getChanges().entries, [['a', '3'], ['b', '2']]);
    const ro = new StateManager(memBackend(new Map()), tracker(), undefined, true);
    assert.throws(() => ro.set('a', '1'), /a query cannot write state/);
    assert.throws(() => ro.delete('a'), /a query cannot write state/);
  });

  it('reads through the dirty map and merges it into range scans', () => {
    const backing = new Map([['p/a', '1'], ['p/b', '2'], ['p/c', '3'], ['q/x', 'no']]);
    const s = new StateManager(memBackend(backing), tracker());
    s.delete('p/b');
    s.set('p/bb', '22');
    assert.equal(s.get('p/b'), null);
    assert.equal(s.has('p/bb'), true);
    assert.deepEqual(s.range('p/', {}), [['p/a', '1'], ['p/bb', '22'], ['p/c', '3']]);
    assert.deepEqual(s.range('p/', { reverse: true, limit: 2 }), [['p/c', '3'], ['p/bb', '22']]);
    assert.deepEqual(s.range('p/', { start: 'p/b', limit: 1 }), [['p/bb', '22']]);
    assert.deepEqual(s.range('p/', { end: 'p/c' }), [['p/a', '1'], ['p/bb', '22']]);
    assert.throws(() => s.range('p/', { limit: 0 }), /limit must be an integer/);
    assert.equal(backing.get('p/b'), '2', 'nothing reaches the backend before the keeper applies changes');
  });

  it('charges reads and writes per operation and per byte', () => {
    const t = tracker();
    const s = new StateManager(memBackend(new Map([['k', 'vv']])), t);
    s.get('k');
    assert.equal(t.used, DEFAULT_GAS_SCHEDULE.stateRead + 3 * DEFAULT_GAS_SCHEDULE.stateReadByte);
    s.set('key', 'value');
    assert.equal(t.used, DEFAULT_GAS_SCHEDULE.stateRead + 3 + DEFAULT_GAS_SCHEDULE.stateWrite + 8 * DEFAULT_GAS_SCHEDULE.stateWriteByte);
  });
});

describe('EmissionCollector', () => {
  it('caps emissions, keeps 100 logs of at most 1 KB cut at a character boundary', () => {
    const c = new EmissionCollector();
    for (let i = 0; i < 50; i++) c.attribute('k', String(i));
    assert.throws(() => c.event({ type: 'x', attributes: [] }), /at most 50/);
    for (let i = 0; i < 105; i++) c.log(`line ${i}`);
    assert.equal(c.logs.length, 100);
    assert.equal(c.droppedLogs, 5);
    assert.equal(truncateUtf8('a' + '€'.repeat(400), 1024), 'a' + '€'.repeat(341));
    assert.equal(Buffer.byteLength(truncateUtf8('😀'.repeat(300), 1023)), 1020);
  });
});

describe('ActionValidator', () => {
  const v = new ActionValidator({
    isAddress: (s) => s.startsWith('trivium1'),
    isValidatorAddress: (s) => s.startsWith('triviumvaloper1'),
    crossVMAvailable: () => true,
  });
  const a = addr(3);
  const val = toBech32('triviumvaloper', new Uint8Array(20).fill(1));
  const coins = [{ denom: 'utrv', amount: '5' }];
  const valid: Record<string, object> = {
    send: { to_address: a, amount: coins },
    burn: { amount: coins },
    execute: { contract_addr: a, msg: {}, funds: [] },
    instantiate: { code_id: 1, msg: {}, funds: [], label: 'l', admin: null },
    instantiate2: { code_id: 1, msg: {}, funds: [], label: 'l', admin: a, salt: 'ab' },
    migrate: { contract_addr: a, new_code_id: 2, msg: {} },
    update_admin: { contract_addr: a, admin: a },
    clear_admin: { contract_addr: a },
    crossvm_call: { target_vm: 'evm', target_contract: '0xabc', payload: '0x', funds: [], gas_limit: '1000', callback: null },
    delegate: { validator: val, amount: coins[0]! },
    undelegate: { validator: val, amount: coins[0]! },
    redelegate: { src_validator: val, dst_validator: val, amount: coins[0]! },
    withdraw_rewards: { validator: val },
    set_withdraw_address: { address: a },
    vote: { proposal_id: '1', option: 'yes' },
    stargate: { type_url: '/cosmos.bank.v1beta1.MsgSend', value: {} },
  };

  it('knows 16 action types and accepts a well-formed one of each', () => {
    assert.equal(ACTION_TYPES.length, 16);
    assert.deepEqual(Object.keys(valid).sort(), [...ACTION_TYPES].sort());
    for (const [type, fields] of Object.entries(valid)) assert.equal(v.validate({ type, ...fields }).type, type);
  });

  it('rejects unknown types, missing, extra and malformed fields, with the field named', () => {
    const bad: Array<[unknown, RegExp]> = [
      [{ type: 'mint', amount: coins }, /unknown action type "mint"/],
      [{ type: 'send', to_address: 'cosmos1xyz', amount: coins }, /send.to_address must be an address/],
      [{ type: 'send', to_address: a, amount: [] }, /send.amount must not be empty/],
      [{ type: 'send', to_address: a, amount: [{ denom: 'utrv', amount: '0' }] }, /positive integer string/],
      [{ type: 'send', to_address: a, amount: [{ denom: 'utrv', amount: '1.5' }] }, /positive integer string/],
      [{ type: 'send', to_address: a, amount: [{ denom: 'u', amount: '1' }] }, /invalid denom/],
      [{ type: 'send', to_address: a, amount: [coins[0], coins[0]] }, /denom utrv twice/],
      [{ type: 'send', to_address: a, amount: coins, memo: 'x' }, /unexpected field "memo"/],
      [{ type: 'instantiate', code_id: 0, msg: {}, label: 'l' }, /code_id must be a positive integer/],
      [{ type: 'instantiate', code_id: 1, msg: {}, label: ' ' }, /label must be a non-empty string/],
      [{ type: 'execute', contract_addr: a }, /execute.msg is required/],
      [{ type: 'vote', proposal_id: '1', option: 'maybe' }, /option must be one of/],
      [{ type: 'crossvm_call', target_vm: 'jvm', target_contract: 'x', payload: '' }, /target_vm must be one of/],
      [{ type: 'stargate', type_url: 'cosmos.bank', value: {} }, /must start with "\/"/],
      ['send', /an action must be an object/],
    ];
    for (const [action, re] of bad) assert.throws(() => v.validate(action), re, JSON.stringify(action));
    const noX = new ActionValidator({ isAddress: () => true, isValidatorAddress: () => true, crossVMAvailable: () => false });
    assert.throws(() => noX.validate({ type: 'crossvm_call', ...valid.crossvm_call }), /x\/crossvm not available/);
  });
});

describe('xchain.math (mathjs BigNumber, strings in and out)', () => {
  const m = (name: string, ...args: unknown[]) => MATH_API[name]!(args);
  it('computes exactly with 64 significant digits, never in floating point', () => {
    assert.equal(m('add', '0.1', '0.2'), '0.3');
    assert.equal(m('mul', '123456789012345678901234567890', '1000000000000'), '123456789012345678901234567890000000000000');
    assert.equal(m('div', '1', '3'), '0.' + '3'.repeat(64));
    assert.equal((m('sqrt', '2') as string).slice(0, 20), '1.414213562373095048');
    assert.equal(m('pow', '2', '100'), '1267650600228229401496703205376');
    assert.equal(m('mod', '-7', '3'), '2');
    assert.equal(m('round', '2.345', 2), '2.35');
    assert.equal(m('toFixed', '1', 3), '1.000');
    assert.equal(m('neg', '0'), '0');
    assert.equal(m('cmp', '10', '9'), 1);
    assert.equal(m('lt', '1', 2), true);
    assert.equal(m('max', '-1', '-2'), '-1');
  });
  it('reverts on anything that is not a plain decimal or has no finite answer', () => {
    assert.throws(() => m('div', '1', '0'), /division by zero/);
    assert.throws(() => m('sqrt', '-4'), /negative input/);
    assert.throws(() => m('add', '1e5', '1'), /not a decimal number/);
    assert.throws(() => m('add', 0.1, '1'), /must be a decimal string/);
    assert.throws(() => m('add', '0x10', '1'), /not a decimal number/);
    assert.throws(() => m('pow', '2', '1.5'), /exponent must be an integer/);
    assert.throws(() => m('pow', '10', '1000'), /exceeds 256 digits/);
    assert.throws(() => m('round', '1', 65), /decimals must be an integer/);
  });
});

describe('contracts in the VM: entry points, context, logs, deploy checks, the compile cache', () => {
  const rt = new Runtime(`
    module.exports = {
      execute(m) {
        if (m.ctx) return xchain.context;
        if (m.log) { xchain.log('hello', { n: 1 }, 'x'.repeat(2000)); return null; }
        if (m.control) return xchain.state.get('ctl');
        if (m.setControl) { xchain.state.set('ctl', '\\x01\\x02\\x03' + m.setControl); return null; }
        return m;
      },
    };`);
  after(() => rt.dispose());

  it('hands the contract its context, frozen', () => {
    assert.deepEqual(rt.ok('execute', { ctx: 1 }), {
      sender: addr(9),
      funds: [],
      contractAddress: addr(200),
      codeId: 1,
      creator: addr(9),
      admin: null,
      blockHeight: 7,
      blockTime: 1_700_000_000_000,
      chainId: 'trivium-test-1',
      method: 'execute',
      txHash: '',
    });
  });

  it('round-trips control characters through state and results', () => {
    rt.ok('execute', { setControl: 'x' });
    assert.equal(rt.ok('execute', { control: 1 }), '\x01\x02\x03x');
  });

  it('collects logs, byte-capped', () => {
    const r = rt.run('execute', { log: 1 });
    assert.ok(r.ok);
    assert.equal(r.collector.logs.length, 1);
    assert.ok(r.collector.logs[0]!.startsWith('hello {"n":1} xxx'));
    assert.equal(Buffer.byteLength(r.collector.logs[0]!), 1024);
  });

  it('routes a function export, and reports unknown methods and bad exports', () => {
    const fn = new Runtime('module.exports = function (msg, method) { return [method, msg]; };');
    const none = new Runtime('module.exports = 42;');
    try {
      assert.deepEqual(fn.ok('query', { a: 1 }), ['query', { a: 1 }]);
      const r = rt.run('migrate', {});
      assert.ok(!r.ok && /unknown method migrate/.test(r.error.message));
      const n = none.run('execute', {});
      assert.ok(!n.ok && /contract must export a function or object/.test(n.error.message));
    } finally {
      fn.dispose();
      none.dispose();
    }
  });

  it('warns about float literals at deploy and meters what it stores', () => {
    const check = validateDeploy('const fee = 0.3; const n = 1e3; module.exports = { execute() { return fee * n; } };');
    assert.deepEqual(check.warnings.length, 1);
    assert.match(check.warnings[0]!, /float literal 0\.3/);
    assert.match(check.meteredSource, /__gas\.e\(\)/);
  });

  it('keeps a per-block compile cache keyed contractIndex:codeHash, bounded per block', () => {
    const vm = rt.vm;
    vm.endBlock();
    const before = { ...vm.stats };
    for (let i = 0; i < 50; i++) rt.ok('execute', { i });
    assert.equal(vm.stats.cacheMisses - before.cacheMisses, 1);
    assert.equal(vm.stats.cacheHits - before.cacheHits, 49);
    vm.endBlock();
    rt.ok('execute', {});
    assert.equal(vm.stats.cacheMisses - before.cacheMisses, 2);
    const bounded = new Runtime('module.exports = { execute(m) { return m.i; } };', 5, { maxBlockCacheSize: 0 });
    try {
      assert.equal(bounded.ok('execute', { i: 3 }), 3);
      assert.equal(bounded.vm.stats.uncached, 1);
    } finally {
      bounded.dispose();
    }
  });
});
