import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AbiCoder, getBytes, id } from 'ethers';
import { decodeConsoleLog, isConsoleAddress } from '../../x/evm/trace/console-log.ts';

const call = (sig: string, types: string[], values: unknown[]) => getBytes(id(sig).slice(0, 10) + AbiCoder.defaultAbiCoder().encode(types, values).slice(2));

/** Solidity console.log as Hardhat's console.sol (and forge-std's console) encode it. */
describe('x/evm console.log decoding', () => {
  it('decodes the overloads over uint256/string/bool/address, printf-style first strings, the typed logX', () => {
    const addr = '0x000000000000000000000000000000000000dEaD';
    assert.equal(decodeConsoleLog(call('log()', [], [])), '');
    assert.equal(decodeConsoleLog(call('log(string)', ['string'], ['hello'])), 'hello');
    assert.equal(decodeConsoleLog(call('log(uint256)', ['uint256'], [2n ** 200n])), (2n ** 200n).toString());
    assert.equal(decodeConsoleLog(call('log(int256)', ['int256'], [-5n])), '-5');
    assert.equal(decodeConsoleLog(call('log(string,uint256)', ['string', 'uint256'], ['balance %s wei', 42n])), 'balance 42 wei');
    assert.equal(decodeConsoleLog(call('log(string,address,bool)', ['string', 'address', 'bool'], ['from %s ok %s', addr, true])), `from ${addr} ok true`);
    assert.equal(decodeConsoleLog(call('log(uint256,string,bool,address)', ['uint256', 'string', 'bool', 'address'], [1n, 'x', false, addr])), `1 x false ${addr}`);
    assert.equal(decodeConsoleLog(call('log(string,uint256)', ['string', 'uint256'], ['100%% of %d', 3n])), '100% of 3');
    assert.equal(decodeConsoleLog(call('log(string,uint256,uint256)', ['string', 'uint256', 'uint256'], ['a=%s', 1n, 2n])), 'a=1 2', 'arguments past the placeholders are appended');
    assert.equal(decodeConsoleLog(call('logBytes4(bytes4)', ['bytes4'], ['0xdeadbeef'])), '0xdeadbeef');
    assert.equal(decodeConsoleLog(call('logBytes(bytes)', ['bytes'], ['0x0102'])), '0x0102');
    assert.equal(decodeConsoleLog(call('logAddress(address)', ['address'], [addr.toLowerCase()])), addr, 'checksummed');
    // console.sol builds from before uint256 was spelled out hashed "log(uint)".
    assert.equal(decodeConsoleLog(call('log(uint)', ['uint256'], [9n])), '9');
    assert.equal(decodeConsoleLog(call('log(string,uint)', ['string', 'uint256'], ['n=%s', 9n])), 'n=9');
  });

  it('says what it could not decode instead of throwing', () => {
    assert.equal(decodeConsoleLog(Uint8Array.of(1, 2, 3, 4)), '<console.log: unknown selector 0x01020304>');
    assert.match(decodeConsoleLog(getBytes(id('log(string)').slice(0, 10) + 'ff')), /undecodable arguments/);
  });

  it('knows the console address only', () => {
    assert.ok(isConsoleAddress(getBytes('0x000000000000000000636F6e736F6c652e6c6f67')));
    assert.ok(!isConsoleAddress(getBytes('0x000000000000000000636F6e736F6c652e6c6f68')));
    assert.ok(!isConsoleAddress(undefined));
  });
});
