import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BinaryWriter } from 'cosmjs-types/binary';
import { SignDoc, TxRaw, TxBody, AuthInfo } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { TxMsgData } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';

type Alloc = (size: number) => Uint8Array;
const writer = BinaryWriter as unknown as { alloc: Alloc };
// The library's own allocator, taken before the node's module replaces it.
const stockAlloc = writer.alloc;
const { exactProtoAlloc } = await import('../../core/types/proto-writer.ts');
const { dev, signTx } = await import('../helpers/cosmos.ts');

function withAlloc<T>(alloc: Alloc, fn: () => T): T {
  const saved = writer.alloc;
  writer.alloc = alloc;
  try {
    return fn();
  } finally {
    writer.alloc = saved;
  }
}

// What the tx path encodes: a signed tx's parts, its sign doc, a block result's TxMsgData, a message.
function encodings(): Uint8Array[] {
  const send = { fromAddress: dev[0]!.address, toAddress: dev[1]!.address, amount: [{ denom: 'utrv', amount: '12345' }] };
  const tx = withAlloc(stockAlloc, () => signTx([{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: send }], { privkey: dev[0]!.privkey, accountNumber: 3, sequence: 7 }));
  const raw = TxRaw.decode(tx);
  return [
    MsgSend.encode(send).finish(),
    TxBody.encode(TxBody.decode(raw.bodyBytes)).finish(),
    AuthInfo.encode(AuthInfo.decode(raw.authInfoBytes)).finish(),
    TxRaw.encode(raw).finish(),
    SignDoc.encode({ bodyBytes: raw.bodyBytes, authInfoBytes: raw.authInfoBytes, chainId: 'trivium-devnet-1', accountNumber: 3n }).finish(),
    TxMsgData.encode({ data: [], msgResponses: [{ typeUrl: '/cosmos.bank.v1beta1.MsgSendResponse', value: new Uint8Array() }] }).finish(),
    TxRaw.encode({ bodyBytes: new Uint8Array(5000).fill(7), authInfoBytes: new Uint8Array(), signatures: [] }).finish(), // above the pool's 4 KiB
  ];
}

test('with the node loaded, every encode gives exactly the bytes the stock writer gives, in an array of its own size', () => {
  exactProtoAlloc(); // idempotent: the import already did it
  const stock = withAlloc(stockAlloc, encodings);
  const exact = encodings();
  assert.equal(exact.length, stock.length);
  for (let i = 0; i < exact.length; i++) {
    assert.deepEqual(Buffer.from(exact[i]!), Buffer.from(stock[i]!), `encoding ${i}`);
    assert.equal(exact[i]!.buffer.byteLength, exact[i]!.length, `encoding ${i} holds only its own bytes`);
    assert.equal(exact[i]!.byteOffset, 0);
  }
  // The stock writer hands out views of a fresh 8 KiB slab per call: what the replacement removes.
  const small = stock.filter((b) => b.length <= 4096);
  assert.ok(small.length > 0 && small.every((b) => b.buffer.byteLength === 8192));
});

test('an empty message encodes to an empty array, as before', () => {
  const stock = withAlloc(stockAlloc, () => TxMsgData.encode({ data: [], msgResponses: [] }).finish());
  const exact = TxMsgData.encode({ data: [], msgResponses: [] }).finish();
  assert.equal(exact.length, 0);
  assert.deepEqual(Buffer.from(exact), Buffer.from(stock));
});
