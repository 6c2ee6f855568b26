import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createWasmAminoConverters } from '@cosmjs/cosmwasm-stargate';
import { createDefaultAminoConverters } from '@cosmjs/stargate';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import * as wasmTx from 'cosmjs-types/cosmwasm/wasm/v1/tx';
import { AccessType } from 'cosmjs-types/cosmwasm/wasm/v1/types';
import { sortedJsonBytes } from '../../core/types/amino.ts';
import type { AminoConverter } from '../../core/types/amino.ts';
import { bankAmino } from '../../x/bank/types/amino.ts';
import * as crossvm from '../../x/crossvm/codec.ts';
import { crossvmAmino } from '../../x/crossvm/types/amino.ts';
import { MsgEthereumTxCodec } from '../../x/evm/codec.ts';
import { evmAmino } from '../../x/evm/types/amino.ts';
import * as svm from '../../x/svm/codec.ts';
import { svmAmino } from '../../x/svm/types/amino.ts';
import { wasmAmino } from '../../x/wasm/types/amino.ts';
import { serializeSignDoc } from '@cosmjs/amino';

const A = 'trivium1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5xxxxxx';
const B = 'trivium1zg69v7ys40x77y352eufp27daufrg4ncnjqz7q';
const coins = [{ denom: 'utrv', amount: '12' }];
const json = (o: unknown) => new TextEncoder().encode(JSON.stringify(o));

type Codec = { encode(m: any): { finish(): Uint8Array }; decode(b: Uint8Array): any; fromPartial(o: any): any };
/** [typeUrl, codec, a message with every field set, one with every field empty] for each module's messages. */
const cases: Array<[string, Codec, object, object]> = [
  ['/cosmos.bank.v1beta1.MsgSend', MsgSend, { fromAddress: A, toAddress: B, amount: coins }, { fromAddress: A, toAddress: B, amount: [] }],
  ['/cosmwasm.wasm.v1.MsgStoreCode', wasmTx.MsgStoreCode, { sender: A, wasmByteCode: new Uint8Array([1, 2, 3]), instantiatePermission: { permission: AccessType.ACCESS_TYPE_ANY_OF_ADDRESSES, addresses: [B] } }, { sender: A, wasmByteCode: new Uint8Array([9]) }],
  ['/cosmwasm.wasm.v1.MsgInstantiateContract', wasmTx.MsgInstantiateContract, { sender: A, admin: B, codeId: 7n, label: 'l <&>', msg: json({ b: 1, a: [true, null] }), funds: coins }, { sender: A, admin: '', codeId: 1n, label: '', msg: json({}), funds: [] }],
  ['/cosmwasm.wasm.v1.MsgInstantiateContract2', wasmTx.MsgInstantiateContract2, { sender: A, admin: B, codeId: 7n, label: 'l', msg: json({ x: 'y' }), funds: coins, salt: new Uint8Array([5]), fixMsg: true }, { sender: A, admin: '', codeId: 1n, label: 'l', msg: json({}), funds: [], salt: new Uint8Array([5]), fixMsg: false }],
  ['/cosmwasm.wasm.v1.MsgExecuteContract', wasmTx.MsgExecuteContract, { sender: A, contract: B, msg: json({ increment: {} }), funds: coins }, { sender: A, contract: B, msg: json({}), funds: [] }],
  ['/cosmwasm.wasm.v1.MsgMigrateContract', wasmTx.MsgMigrateContract, { sender: A, contract: B, codeId: 3n, msg: json({ v: 2 }) }, { sender: A, contract: B, codeId: 3n, msg: json({}) }],
  ['/cosmwasm.wasm.v1.MsgUpdateAdmin', wasmTx.MsgUpdateAdmin, { sender: A, newAdmin: B, contract: B }, { sender: A, newAdmin: B, contract: B }],
  ['/cosmwasm.wasm.v1.MsgClearAdmin', wasmTx.MsgClearAdmin, { sender: A, contract: B }, { sender: A, contract: B }],
  ['/trivium.crossvm.v1.MsgCrossVMCall', crossvm.MsgCrossVMCallCodec, { sender: A, sourceVm: 'svm', targetVm: 'wasm', targetContract: B, payload: json({ go: 1 }), funds: coins, async: true, gasLimit: 2n ** 63n, callback: true, accounts: [{ pubkey: 'x', isSigner: true, isWritable: false }] }, { sender: A, sourceVm: '', targetVm: 'evm', targetContract: '0x01', payload: new Uint8Array(), funds: [], async: true, gasLimit: 0n, callback: false, accounts: [] }],
  ['/trivium.crossvm.v1.MsgUpdateParams', crossvm.MsgUpdateParamsCodec, { authority: A, params: { maxMessageSize: 65536n, maxQueueSize: 1000n, queueTimeoutBlocks: 100n, enabled: true, maxExecutionsPerBlock: 5n, maxCallbackGas: 9n } }, { authority: A, params: { maxMessageSize: 0n, maxQueueSize: 0n, queueTimeoutBlocks: 0n, enabled: false, maxExecutionsPerBlock: 0n, maxCallbackGas: 0n } }],
  ['/trivium.crossvm.v1.MsgInjectFault', crossvm.MsgInjectFaultCodec, { authority: A, messageId: 4n, outcome: 'delay', blocks: 2n, reason: 'r' }, { authority: A, messageId: 0n, outcome: '', blocks: 0n, reason: '' }],
  ['/trivium.evm.v1.MsgEthereumTx', MsgEthereumTxCodec, { raw: new Uint8Array([0x02, 0xf8]), from: '0xab' }, { raw: new Uint8Array(), from: '' }],
  ['/trivium.svm.v1.MsgDeployProgram', svm.MsgDeployProgramCodec, { sender: A, elf: new Uint8Array([0x7f, 0x45]) }, { sender: A, elf: new Uint8Array() }],
  ['/trivium.svm.v1.MsgExecute', svm.MsgExecuteCodec, { sender: A, programId: 'P', data: 'abcd', accounts: [{ pubkey: 'k', isSigner: false, isWritable: true }] }, { sender: A, programId: 'P', data: '', accounts: [] }],
  ['/trivium.svm.v1.MsgSolanaTx', svm.MsgSolanaTxCodec, { sender: A, tx: new Uint8Array([0x53, 1]) }, { sender: A, tx: new Uint8Array() }],
  ['/trivium.svm.v1.MsgDevSetAccount', svm.MsgDevSetAccountCodec, { authority: A, pubkey: 'p', lamports: 10n, data: new Uint8Array([1]), owner: 'o', executable: true, rentEpoch: 3n }, { authority: A, pubkey: 'p', lamports: 0n, data: new Uint8Array(), owner: '', executable: false, rentEpoch: 0n }],
];

const ours: Record<string, AminoConverter> = { ...bankAmino, ...wasmAmino, ...crossvmAmino, ...evmAmino, ...svmAmino };

describe("the modules' amino converters (types/amino.ts)", () => {
  it('every message the app routes has one; the amino names are unique', () => {
    assert.deepEqual(Object.keys(ours).sort(), cases.map(([u]) => u).sort());
    const names = Object.values(ours).map((c) => c.aminoType);
    assert.equal(new Set(names).size, names.length);
    for (const n of names) assert.ok(n.length <= 39, `${n}: legacy amino names are at most 39 characters`);
  });

  it('protobuf → amino JSON → protobuf gives the same bytes (what a CosmJS amino signer sends is what the node re-derives)', () => {
    for (const [url, codec, full, empty] of cases) {
      for (const m of [full, empty]) {
        const decoded = codec.decode(codec.encode(codec.fromPartial(m)).finish());
        const amino = JSON.parse(JSON.stringify(ours[url]!.toAmino(decoded)));
        const back = codec.encode(codec.fromPartial(ours[url]!.fromAmino(amino))).finish();
        assert.deepEqual(Buffer.from(back), Buffer.from(codec.encode(decoded).finish()), url);
        assert.deepEqual(JSON.parse(JSON.stringify(ours[url]!.toAmino(codec.decode(back)))), amino, url);
      }
    }
  });

  it("bank's and wasm's are CosmJS's (createDefaultAminoConverters, createWasmAminoConverters): same names, same JSON", () => {
    const cosmjs: Record<string, { aminoType: string; toAmino(v: any): any }> = { ...createDefaultAminoConverters(), ...createWasmAminoConverters() };
    for (const [url, codec, full, empty] of cases.filter(([u]) => u.startsWith('/cosmos.bank') || u.startsWith('/cosmwasm'))) {
      assert.equal(ours[url]!.aminoType, cosmjs[url]!.aminoType, url);
      for (const m of [full, empty]) {
        const decoded = codec.decode(codec.encode(codec.fromPartial(m)).finish());
        assert.deepEqual(JSON.parse(JSON.stringify(ours[url]!.toAmino(decoded))), JSON.parse(JSON.stringify(cosmjs[url]!.toAmino(decoded))), url);
      }
    }
  });

  it("our own messages' JSON: snake_case, empty fields omitted, uint64 as strings, bytes as base64", () => {
    const call = cases.find(([u]) => u.endsWith('MsgCrossVMCall'))!;
    assert.deepEqual(ours[call[0]]!.toAmino(call[1].fromPartial(call[3])), { sender: A, target_vm: 'evm', target_contract: '0x01', funds: [] });
    assert.deepEqual(ours[call[0]]!.toAmino(call[1].fromPartial(call[2])), {
      sender: A, source_vm: 'svm', target_vm: 'wasm', target_contract: B, payload: Buffer.from('{"go":1}').toString('base64'), funds: coins,
      gas_limit: '9223372036854775808', callback: true, accounts: [{ pubkey: 'x', is_signer: true }],
    });
  });

  it('sorted JSON is byte for byte what CosmJS signs (key order at every level, <, >, & escaped)', () => {
    const doc = {
      chain_id: 'c', account_number: '1', sequence: '2', fee: { amount: coins, gas: '100' }, memo: 'a<b>&c "q" ü',
      msgs: [{ type: 'wasm/MsgExecuteContract', value: { sender: A, msg: { z: 1, a: { y: [2, { c: 1, b: 0 }] } }, funds: [], contract: B } }],
    };
    assert.equal(Buffer.from(sortedJsonBytes(doc)).toString(), Buffer.from(serializeSignDoc(doc as never)).toString());
    assert.match(Buffer.from(sortedJsonBytes(doc)).toString(), /"memo":"a\\u003cb\\u003e\\u0026c \\"q\\" ü"/);
  });
});
