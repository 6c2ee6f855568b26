import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Keypair, SystemProgram, Transaction } from '@solana/web3.js';
import { toBech32Address } from '../../core/types/address.ts';
import { addressFace } from '../../x/svm/types/address.ts';
import { encodeBase58 } from '../../x/svm/types/base58.ts';
import { MsgDeployProgramResponseCodec, MsgExecuteResponseCodec, MsgSolanaTxResponseCodec, TypeUrls } from '../../x/svm/codec.ts';
import { blockhashFor } from '../../x/svm/keeper/blockhash.ts';
import { Chain, addr, fixture } from './harness.ts';

const alice = addr(5);
const sender = toBech32Address(alice);

function handlers(c: Chain) {
  const byUrl = new Map(c.svm.msgs!.map((m) => [m.typeUrl, m]));
  return async (typeUrl: string, value: any) => {
    const def = byUrl.get(typeUrl)!;
    const msg = def.codec.decode(def.codec.encode(def.codec.fromPartial(value)).finish()); // through the wire
    def.validateBasic?.(msg);
    const ctx = c.ctx('deliver', 50_000_000n);
    const res = await def.handle(ctx, msg);
    ctx.commit();
    return { res, events: ctx.events };
  };
}

test('messages: protobuf round trip, responses, events, and validateBasic errors', async () => {
  const c = new Chain();
  c.fund(alice, 10_000_000_000n);
  const run = handlers(c);
  const dep = await run(TypeUrls.MsgDeployProgram, { sender, elf: fixture('spl_memo-4.0.0.so') });
  const { programId, elfSha256 } = MsgDeployProgramResponseCodec.decode(dep.res.value);
  assert.equal(dep.res.typeUrl, TypeUrls.MsgDeployProgramResponse);
  assert.equal(elfSha256, '0c92063c6838d9ad8af50aaefea9a166b5bb41a2bfa2bc6327d7db320849bc78');
  assert.deepEqual(dep.events.find((e) => e.type === 'svm_deploy')!.attributes.find((a) => a.key === 'program_id')!.value, programId);

  const ex = await run(TypeUrls.MsgExecute, { sender, programId, data: '0x' + Buffer.from('memo via msg').toString('hex'), accounts: [{ pubkey: sender, isSigner: true, isWritable: false }] });
  const out = MsgExecuteResponseCodec.decode(ex.res.value);
  assert.ok(out.logs.some((l) => l.includes('memo via msg')));
  assert.ok(Number(out.computeUnits) > 0);
  const logEv = ex.events.find((e) => e.type === 'svm_log')!;
  assert.deepEqual(logEv.attributes.map((a) => a.value), out.logs);
  assert.ok(logEv.attributes.every((a) => a.key === 'log' && a.index === false));

  await assert.rejects(run(TypeUrls.MsgExecute, { sender, programId, data: 'xyz', accounts: [] }), /instruction data must be hex/);
  await assert.rejects(run(TypeUrls.MsgExecute, { sender, programId: 'short', data: '00', accounts: [] }), /invalid pubkey/);
  await assert.rejects(run(TypeUrls.MsgDeployProgram, { sender, elf: new Uint8Array(10) }), /not an ELF file/);
  await assert.rejects(run(TypeUrls.MsgExecute, { sender, programId, data: '00', accounts: [{ pubkey: sender, isSigner: false, isWritable: false }] }), /MissingRequiredSignature/);
});

test('MsgSolanaTx carries a signed wire transaction; a failing one fails the message and takes no fee', async () => {
  const c = new Chain();
  c.fund(alice, 1_000_000n);
  const run = handlers(c);
  const kp = Keypair.generate();
  c.fund(addressFace(kp.publicKey.toBytes()), 2_000_000n);
  const to = Keypair.generate().publicKey;
  const tx = (lamports: number) => {
    const t = new Transaction({ feePayer: kp.publicKey, recentBlockhash: encodeBase58(blockhashFor(c.chainId, c.height)) }).add(SystemProgram.transfer({ fromPubkey: kp.publicKey, toPubkey: to, lamports }));
    t.sign(kp);
    return new Uint8Array(t.serialize());
  };
  const r = await run(TypeUrls.MsgSolanaTx, { sender, tx: tx(1_000_000_000) });
  const out = MsgSolanaTxResponseCodec.decode(r.res.value);
  assert.equal(out.signature.length > 80, true);
  assert.equal(r.events.find((e) => e.type === 'svm_tx')!.attributes.find((a) => a.key === 'fee')!.value, '5000');
  assert.equal(c.keeper.getAccount(c.ctx('query'), to.toBytes())!.lamports, 1_000_000_000n);
  const before = c.dump();
  await assert.rejects(run(TypeUrls.MsgSolanaTx, { sender, tx: tx(999_000_000_000) }), /Custom\(1\)/);
  assert.equal(c.dump(), before);
  const bad = tx(5).slice();
  bad[bad.length - 1] ^= 1;
  await assert.rejects(run(TypeUrls.MsgSolanaTx, { sender, tx: bad }), /signature 0 does not verify/);
});
