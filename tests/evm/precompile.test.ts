import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { AbiCoder, Interface, Wallet, getAddress, getBytes, hexlify } from 'ethers';
import { event } from '../../core/types/events.ts';
import type { PrecompileCall } from '../../x/evm/precompiles/index.ts';
import { PrecompileRegistry } from '../../x/evm/precompiles/index.ts';
import { compileSolidity, makeEnv } from './helpers.ts';

const PRECOMPILE = '0x0000000000000000000000000000000000000a01';
const SOURCE = `
pragma solidity ^0.8.20;
contract Caller {
  uint256 public touched;
  function callIt(address p, bytes calldata data) external payable returns (bool ok, bytes memory ret) {
    touched += 1;
    (ok, ret) = p.call{value: msg.value}(data);
  }
  function staticIt(address p, bytes calldata data) external view returns (bool ok, bytes memory ret) {
    (ok, ret) = p.staticcall(data);
  }
  function callThenRevert(address p, bytes calldata data) external {
    (bool ok, ) = p.call(data);
    require(ok, "inner failed");
    revert("outer revert");
  }
  function bubble(address p, bytes calldata data) external returns (bytes memory) {
    (bool ok, bytes memory ret) = p.call(data);
    if (!ok) assembly { revert(add(ret, 32), mload(ret)) }
    return ret;
  }
}`;

describe('precompile registry: one-file precompiles with caller, static flag and frame-scoped writes', () => {
  const seen: PrecompileCall[] = [];
  const registry = new PrecompileRegistry();
  const env = makeEnv(registry);
  const user = Wallet.createRandom();
  let caller: string;
  let iface: Interface;
  const coder = AbiCoder.defaultAbiCoder();

  before(async () => {
    registry.register(PRECOMPILE, (call) => {
      seen.push(call);
      if (call.data[0] === 0xff) throw new Error('boom');
      if (call.data[0] === 0xfe) return { returnData: getBytes('0x1234'), gasUsed: 100n, reverted: true };
      if (call.data[0] === 0xfd) call.ctx.gasMeter.consume(call.gasLimit + 1n, 'too much');
      if (!call.isStatic) {
        call.ctx.rawStore.set('test/precompile', call.data);
        call.ctx.emit(event('precompile_called', { caller: hexlify(call.caller) }));
      }
      return { returnData: getBytes(coder.encode(['address', 'bool'], [hexlify(call.caller), call.isStatic])), gasUsed: 1000n };
    });
    env.fund(getBytes(user.address), 10_000_000n);
    const { Caller } = await compileSolidity({ 'Caller.sol': SOURCE });
    iface = new Interface(Caller!.abi);
    const r = await env.send(user, { data: Caller!.bytecode });
    assert.equal(r.status, 1);
    caller = hexlify(r.contractAddress!);
  });

  it('rejects Ethereum precompile addresses and duplicates', () => {
    assert.throws(() => registry.register('0x0000000000000000000000000000000000000001', () => ({ returnData: new Uint8Array(), gasUsed: 0n })), /reserved/);
    assert.throws(() => registry.register(PRECOMPILE, () => ({ returnData: new Uint8Array(), gasUsed: 0n })), /already registered/);
  });

  it('sees the calling contract as caller, the EOA as origin, and the value; its writes and events commit with the tx', async () => {
    seen.length = 0;
    const r = await env.send(user, { to: caller, data: iface.encodeFunctionData('callIt', [PRECOMPILE, '0x01']), value: 5n });
    assert.equal(r.status, 1);
    assert.equal(seen.length, 1);
    assert.equal(hexlify(seen[0]!.caller), caller.toLowerCase());
    assert.equal(hexlify(seen[0]!.origin), user.address.toLowerCase());
    assert.equal(seen[0]!.value, 5n);
    assert.equal(seen[0]!.isStatic, false);
    assert.deepEqual(env.store.get('test/precompile'), Uint8Array.of(1));
    assert.deepEqual(r.events.map((e) => e.type), ['precompile_called']);
    const [ok, ret] = iface.decodeFunctionResult('callIt', r.returnData);
    assert.equal(ok, true);
    assert.deepEqual(coder.decode(['address', 'bool'], ret).toArray(), [getAddress(caller), false]);
    assert.equal(env.evm.getBalance(env.query(), getBytes(PRECOMPILE)), 5n, 'msg.value sits on the precompile address');
  });

  it('knows a STATICCALL is static', async () => {
    const r = await env.evm.executor.simulate(env.query(), { from: getBytes(user.address), to: getBytes(caller), data: getBytes(iface.encodeFunctionData('staticIt', [PRECOMPILE, '0x02'])), value: 0n });
    assert.ok(r.success);
    const [, ret] = iface.decodeFunctionResult('staticIt', r.returnData);
    assert.equal(coder.decode(['address', 'bool'], ret)[1], true);
  });

  it('its writes and events are discarded when the EVM reverts above it', async () => {
    env.store.delete('test/precompile');
    const r = await env.send(user, { to: caller, data: iface.encodeFunctionData('callThenRevert', [PRECOMPILE, '0x03']), gasLimit: 500_000n });
    assert.equal(r.status, 0);
    assert.equal(r.revertReason, 'outer revert');
    assert.equal(env.store.get('test/precompile'), undefined);
    assert.deepEqual(r.events, []);
  });

  it('a thrown error is a revert with Error(string); explicit revert data and out-of-gas propagate', async () => {
    const boom = await env.send(user, { to: caller, data: iface.encodeFunctionData('bubble', [PRECOMPILE, '0xff']), gasLimit: 500_000n });
    assert.equal(boom.status, 0);
    assert.equal(boom.revertReason, 'boom');
    const data = await env.evm.executor.simulate(env.query(), { to: getBytes(caller), data: getBytes(iface.encodeFunctionData('bubble', [PRECOMPILE, '0xfe'])), value: 0n });
    assert.equal(data.vmError, 'revert');
    assert.equal(hexlify(data.returnData), '0x1234');
    const oog = await env.evm.executor.simulate(env.query(), { to: getBytes(PRECOMPILE), data: Uint8Array.of(0xfd), value: 0n, gasLimit: 50_000n });
    assert.equal(oog.vmError, 'out of gas');
  });

  it('a precompile registered later is picked up by the next execution', async () => {
    const later = '0x0000000000000000000000000000000000000a02';
    const before = await env.evm.executor.simulate(env.query(), { to: getBytes(later), data: Uint8Array.of(1), value: 0n });
    assert.equal(before.returnData.length, 0);
    registry.register(later, () => ({ returnData: Uint8Array.of(42), gasUsed: 10n }));
    const after = await env.evm.executor.simulate(env.query(), { to: getBytes(later), data: Uint8Array.of(1), value: 0n });
    assert.deepEqual(after.returnData, Uint8Array.of(42));
  });
});
