import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Registry } from '@cosmjs/proto-signing';
import $protobuf from 'protobufjs/minimal.js';
import { TxBody } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import type { Input, Plain, ProtoCodec } from '../../core/types/proto-codec.ts';
import * as crossvm from '../../x/crossvm/codec.ts';
import * as evm from '../../x/evm/codec.ts';
import * as svm from '../../x/svm/codec.ts';
import type { CrossVMMessage } from '../../x/crossvm/types/index.ts';

const MAX_U64 = 2n ** 64n - 1n;
const VALUES = [0n, 1n, 2n ** 53n + 1n, 10n ** 19n, MAX_U64];

interface Case {
  name: string;
  roundTrip(v: bigint | number | string | $protobuf.Long): bigint;
  fromPartial(v: bigint | number | string | $protobuf.Long): bigint;
}
/** One uint64 field of one codec: `wrap` puts a value into a message, `read` takes it out of the decoded one. */
function field<P>(name: string, codec: ProtoCodec<P>, wrap: (v: bigint | number | string | $protobuf.Long) => Input<P>, read: (m: Plain<P>) => bigint): Case {
  return {
    name,
    roundTrip: (v) => read(codec.decode(codec.encode(wrap(v)).finish())),
    fromPartial: (v) => read(codec.fromPartial(wrap(v))),
  };
}

// Every uint64 field of proto/trivium/*/v1, through the codec that carries it.
const cases: Case[] = [
  field('crossvm MsgCrossVMCall.gasLimit', crossvm.MsgCrossVMCallCodec, (v) => ({ gasLimit: v }), (m) => m.gasLimit),
  field('crossvm MsgCrossVMCallResponse.messageId', crossvm.MsgCrossVMCallResponseCodec, (v) => ({ messageId: v }), (m) => m.messageId),
  field('crossvm MsgCrossVMCallResponse.gasUsed', crossvm.MsgCrossVMCallResponseCodec, (v) => ({ gasUsed: v }), (m) => m.gasUsed),
  ...(['maxMessageSize', 'maxQueueSize', 'queueTimeoutBlocks', 'maxExecutionsPerBlock', 'maxCallbackGas'] as const).flatMap((k) => [
    field(`crossvm Params.${k}`, crossvm.ParamsCodec, (v) => ({ [k]: v }), (m) => m[k]),
    field(`crossvm MsgUpdateParams.params.${k}`, crossvm.MsgUpdateParamsCodec, (v) => ({ params: { [k]: v } }), (m) => m.params![k]),
    field(`crossvm QueryParamsResponse.params.${k}`, crossvm.QueryTypes.Params.res, (v) => ({ params: { [k]: v } }), (m) => m.params![k]),
  ]),
  field('crossvm QueryMessageRequest.id', crossvm.QueryTypes.Message.req, (v) => ({ id: v }), (m) => m.id),
  ...(['id', 'gasLimit', 'submittedHeight', 'updatedHeight', 'gasUsed'] as const).map((k) =>
    field(`crossvm QueryMessageResponse.message.${k}`, crossvm.QueryTypes.Message.res, (v) => ({ message: { [k]: v } }), (m) => m.message![k]),
  ),
  field('crossvm QueryPendingMessagesRequest.pagination.offset', crossvm.QueryTypes.PendingMessages.req, (v) => ({ pagination: { offset: v } }), (m) => m.pagination!.offset),
  field('crossvm QueryPendingMessagesRequest.pagination.limit', crossvm.QueryTypes.PendingMessages.req, (v) => ({ pagination: { limit: v } }), (m) => m.pagination!.limit),
  field('crossvm QueryPendingMessagesResponse.count', crossvm.QueryTypes.PendingMessages.res, (v) => ({ count: v }), (m) => m.count),
  field('crossvm QueryMessagesBySenderRequest.pagination.offset', crossvm.QueryTypes.MessagesBySender.req, (v) => ({ pagination: { offset: v } }), (m) => m.pagination!.offset),
  field('crossvm QueryMessagesBySenderResponse.messages[].id', crossvm.QueryTypes.MessagesBySender.res, (v) => ({ messages: [{ id: 1n }, { id: v }] }), (m) => m.messages[1]!.id),
  field('crossvm QueryMessagesBySenderResponse.count', crossvm.QueryTypes.MessagesBySender.res, (v) => ({ count: v }), (m) => m.count),
  field('evm MsgEthereumTxResponse.gasUsed', evm.MsgEthereumTxResponseCodec, (v) => ({ gasUsed: v }), (m) => m.gasUsed),
  field('evm QueryAccountResponse.nonce', evm.Query.Account.res, (v) => ({ nonce: v }), (m) => m.nonce),
  field('evm EthCallRequest.gas', evm.Query.EthCall.req, (v) => ({ gas: v }), (m) => m.gas),
  field('evm EthCallResponse.gasUsed', evm.Query.EthCall.res, (v) => ({ gasUsed: v }), (m) => m.gasUsed),
  field('svm MsgExecuteResponse.computeUnits', svm.MsgExecuteResponseCodec, (v) => ({ computeUnits: v }), (m) => m.computeUnits),
  field('svm MsgSolanaTxResponse.computeUnits', svm.MsgSolanaTxResponseCodec, (v) => ({ computeUnits: v }), (m) => m.computeUnits),
  field('svm QueryProgramResponse.program.elfSize', svm.Query.Program.res, (v) => ({ program: { elfSize: v } }), (m) => m.program!.elfSize),
  field('svm QueryProgramResponse.program.deployedHeight', svm.Query.Program.res, (v) => ({ program: { deployedHeight: v } }), (m) => m.program!.deployedHeight),
  ...(['lamportsPerUtrv', 'gasPerComputeUnit', 'maxComputeUnits'] as const).map((k) =>
    field(`svm QueryParamsResponse.params.${k}`, svm.Query.Params.res, (v) => ({ params: { [k]: v } }), (m) => m.params![k]),
  ),
];

test('every uint64 field round-trips exactly through its codec, 10^19 and 2^64-1 included', () => {
  for (const c of cases) {
    for (const v of VALUES) {
      const got = c.roundTrip(v);
      assert.equal(typeof got, 'bigint', c.name);
      assert.equal(got, v, `${c.name}: ${v}`);
    }
  }
});

test('fromPartial takes a uint64 as bigint, decimal string, Long or safe number and gives a bigint', () => {
  const long = (v: bigint) => new $protobuf.util.Long(Number(v & 0xffffffffn), Number(v >> 32n), true);
  for (const c of cases) {
    for (const v of VALUES) {
      assert.equal(c.fromPartial(v), v, `${c.name}: bigint ${v}`);
      assert.equal(c.fromPartial(v.toString()), v, `${c.name}: string ${v}`);
      assert.equal(c.fromPartial(long(v)), v, `${c.name}: Long ${v}`);
      assert.equal(c.roundTrip(v.toString()), v, `${c.name}: encode(string) ${v}`);
      assert.equal(c.roundTrip(long(v)), v, `${c.name}: encode(Long) ${v}`);
    }
    for (const n of [0, 300_000, Number.MAX_SAFE_INTEGER]) {
      assert.equal(c.fromPartial(n), BigInt(n), `${c.name}: number ${n}`);
      assert.equal(c.roundTrip(n), BigInt(n), `${c.name}: encode(number) ${n}`);
    }
  }
  // Absent fields are 0n, not Long or number.
  assert.equal(crossvm.MsgCrossVMCallCodec.fromPartial({}).gasLimit, 0n);
  assert.equal(crossvm.MsgCrossVMCallCodec.decode(new Uint8Array()).gasLimit, 0n);
  assert.equal(crossvm.MsgCrossVMCallCodec.decode(new Uint8Array()).async, true, 'async defaults to true, as before');
});

test('the wire bytes are the canonical varint; out-of-range and non-integer values are refused', () => {
  const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
  // field 1 (message_id), varint: 2^64-1 is nine 0xff bytes and 0x01; 10^19 is 80 80 a0 cf c8 e0 c8 e3 8a 01
  assert.equal(hex(crossvm.MsgCrossVMCallResponseCodec.encode({ messageId: MAX_U64 }).finish()), '08ffffffffffffffffff01');
  assert.equal(hex(crossvm.MsgCrossVMCallResponseCodec.encode({ messageId: 10n ** 19n }).finish()), '088080a0cfc8e0c8e38a01');
  assert.equal(hex(crossvm.MsgCrossVMCallResponseCodec.encode({ messageId: 0n }).finish()), '', 'zero is omitted (proto3)');
  assert.throws(() => crossvm.MsgCrossVMCallResponseCodec.encode({ messageId: 2n ** 64n }), RangeError);
  assert.throws(() => crossvm.MsgCrossVMCallCodec.fromPartial({ gasLimit: 1.5 }), /gasLimit: 1.5 is not an integer/);
  assert.throws(() => crossvm.MsgCrossVMCallCodec.fromPartial({ gasLimit: 'lots' }), /gasLimit: "lots" is not an integer/);
  assert.throws(() => crossvm.MsgCrossVMCallCodec.fromPartial({ gasLimit: -1 }), /gasLimit: -1 is out of range for uint64/);
  assert.throws(() => crossvm.MsgCrossVMCallCodec.fromPartial({ gasLimit: (2n ** 64n).toString() }), /out of range for uint64/);
});

test('through a CosmJS Registry (as the CLI and the CosmJS clients encode): a uint64 string or bigint stays exact', () => {
  const registry = new Registry();
  registry.register(crossvm.MsgCrossVMCallTypeUrl, crossvm.MsgCrossVMCallCodec);
  registry.register(crossvm.MsgUpdateParamsTypeUrl, crossvm.MsgUpdateParamsCodec);
  for (const [url, codec] of svm.registryTypes) registry.register(url, codec);
  for (const gasLimit of [10n ** 19n, MAX_U64.toString(), 300_000]) {
    const value = registry.encode({ typeUrl: crossvm.MsgCrossVMCallTypeUrl, value: { sender: 'trivium1x', targetVm: 'wasm', gasLimit } });
    const back = registry.decode({ typeUrl: crossvm.MsgCrossVMCallTypeUrl, value }) as crossvm.MsgCrossVMCall;
    assert.equal(back.gasLimit, BigInt(gasLimit));
  }
  const body = registry.encodeTxBody({ messages: [{ typeUrl: crossvm.MsgUpdateParamsTypeUrl, value: { authority: 'trivium1x', params: { maxCallbackGas: '10000000000000000000' } } }] });
  const msg = registry.decode(TxBody.decode(body).messages[0]!) as crossvm.MsgUpdateParams;
  assert.equal(msg.params!.maxCallbackGas, 10n ** 19n);
});

test('a stored crossvm message (decimal strings) survives the query response exactly', () => {
  const stored: CrossVMMessage = {
    id: MAX_U64.toString(), sender: 'trivium1x', source_vm: 'evm', target_vm: 'wasm', target_contract: 'trivium1y', payload: 'abcd', accounts: [],
    funds: [{ denom: 'utrv', amount: '10000000000000000000' }], gas_limit: (10n ** 19n).toString(), callback: true, status: 'EXECUTED',
    submitted_height: (2n ** 53n + 1n).toString(), updated_height: '0', result: '', error: '', gas_used: (MAX_U64 - 1n).toString(), escrow: '10000000000000000000',
    callback_status: 'OK',
  };
  const res = crossvm.QueryTypes.Message.res;
  const back = crossvm.messageFromProto(res.decode(res.encode({ message: crossvm.messageToProto(stored), found: true }).finish()).message);
  assert.deepEqual(back, stored);
});
