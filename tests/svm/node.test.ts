import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseAddress } from '../../core/types/address.ts';
import { svmFace } from '../../x/svm/types/address.ts';
import { decodeBase58, encodeBase58 } from '../../x/svm/types/base58.ts';
import { fixturesDir, startNode, type TestNode } from '../helpers/node.ts';
import { eventValues, svmClient } from './client.ts';
import { createWithSeedData, seedAddress } from './spl.ts';

const so = (name: string) => resolve(fixturesDir, 'solana', name);
const json = (stdout: string) => JSON.parse(stdout.trim().split('\n').pop()!);

describe('x/svm on a running triviumd: CLI, CosmJS, bad input, restart', () => {
  let node: TestNode;
  let home: string;
  before(async () => {
    node = await startNode({ blockTime: '100ms', keepHome: true });
    home = node.home;
  });
  after(async () => {
    await node?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  let hello = '';
  it('tx svm deploy / exec and q svm program through the CLI: program_id, logs in the tx result and events', async () => {
    const d = await node.cli(['tx', 'svm', 'deploy', so('hello_world.so'), '--from', 'dev0', '-o', 'json']);
    assert.equal(d.code, 0, d.stderr + d.stdout);
    const dep = json(d.stdout);
    assert.equal(dep.code, 0, dep.raw_log);
    hello = dep.program_id;
    assert.equal(decodeBase58(hello).length, 32);
    const attrs = dep.events.find((e: { type: string }) => e.type === 'svm_deploy').attributes;
    assert.deepEqual(attrs.find((a: { key: string }) => a.key === 'program_id').value, hello);

    const x = await node.cli(['tx', 'svm', 'exec', hello, '00', '--account', 'dev0:s', '--from', 'dev0', '-o', 'json']);
    assert.equal(x.code, 0, x.stderr + x.stdout);
    const ex = json(x.stdout);
    assert.equal(ex.code, 0, ex.raw_log);
    assert.ok(ex.program_logs.includes('Program log: Hello world!'), JSON.stringify(ex.program_logs));
    assert.ok(Number(ex.compute_units) > 0);

    const q = await node.cli(['q', 'svm', 'program', hello, '-o', 'json']);
    assert.equal(q.code, 0, q.stderr);
    const p = json(q.stdout);
    assert.equal(p.elf_sha256, '5dffa58e1efcc45e53dcd3716e2876eeadbba9c22f1e8cca6c23c5a9c4e65e62');
    assert.equal(p.loader, 'BPFLoader2111111111111111111111111111111111');

    const bad = await node.cli(['tx', 'svm', 'exec', hello, 'zz', '--from', 'dev0']);
    assert.notEqual(bad.code, 0);
    assert.match(bad.stderr, /instruction data must be hex/);
  });

  let counter = '';
  let counterAcct = '';
  let memo = '';
  it('counter.so and spl_memo-3.0.0.so through CosmJS: state, logs in responses and events', async () => {
    const c = await svmClient(node.rpcUrl, 1);
    try {
      const { res, programIds } = await c.deploy(new Uint8Array(await import('node:fs').then((fs) => fs.readFileSync(so('counter.so')))), new Uint8Array(await import('node:fs').then((fs) => fs.readFileSync(so('spl_memo-3.0.0.so')))));
      [counter, memo] = programIds as [string, string];
      assert.deepEqual(eventValues(res, 'svm_deploy', 'program_id'), programIds);
      const face = svmFace(parseAddress(c.sender));
      const owner = decodeBase58(counter);
      const acct = seedAddress(face, 'counter', owner);
      counterAcct = encodeBase58(acct);
      const create = await c.exec('11111111111111111111111111111111', createWithSeedData(face, 'counter', 1_000_000n, 4n, owner), [
        { pubkey: encodeBase58(face), isSigner: true, isWritable: true },
        { pubkey: counterAcct, isWritable: true },
        { pubkey: encodeBase58(face), isSigner: true },
      ]);
      assert.equal(create.res.code, 0, create.res.rawLog);
      for (let i = 1; i <= 2; i++) {
        const inc = await c.exec(counter, '00', [{ pubkey: counterAcct, isWritable: true }]);
        assert.equal(inc.res.code, 0, inc.res.rawLog);
        assert.ok(inc.response!.logs.includes(`Program log: Counter state incremented to ${i}`));
        assert.ok(eventValues(inc.res, 'svm_log', 'log').includes(`Program log: Counter state incremented to ${i}`));
        assert.equal(eventValues(inc.res, 'svm_execute', 'program_id')[0], counter);
      }
      const m = await c.exec(memo, Buffer.from('hello from memo').toString('hex'), [{ pubkey: c.sender, isSigner: true }]);
      assert.equal(m.res.code, 0, m.res.rawLog);
      assert.ok(m.response!.logs.some((l) => l.includes('Memo (len 15): "hello from memo"')), m.response!.logs.join('\n'));
    } finally {
      c.disconnect();
    }
    const q = await node.cli(['q', 'svm', 'account', counterAcct, '-o', 'json']);
    const a = json(q.stdout);
    assert.equal(Buffer.from(a.data, 'base64').toString('hex'), '02000000');
    assert.equal(a.owner, counter);
  });

  it('bad input in blocks: a clear error, the writes discarded, the node healthy', async () => {
    const c = await svmClient(node.rpcUrl, 2);
    try {
      const balance = async () => BigInt((await c.client.getBalance(c.sender, 'utrv')).amount);
      // stateless rejections never reach a block
      await assert.rejects(c.deploy(new TextEncoder().encode('#!/bin/sh\necho not an elf\n'.repeat(4))), /not an ELF file/);
      await assert.rejects(c.exec(counter, 'not-hex', []), /instruction data must be hex/);
      // stateful failures are in a block with their code; only the fee is taken
      const before = await balance();
      const noSigner = await c.exec(memo, Buffer.from('hi').toString('hex'), [{ pubkey: c.sender, isSigner: false }], 400_000);
      assert.equal(noSigner.res.code, 4, noSigner.res.rawLog);
      assert.match(noSigner.res.rawLog!, /MissingRequiredSignature/);
      const unknown = await c.exec(encodeBase58(createHash('sha256').update('nothing here').digest()), '00', [], 400_000);
      assert.equal(unknown.res.code, 3);
      assert.match(unknown.res.rawLog!, /no program is deployed at/);
      const panics = await c.exec(counter, '', [{ pubkey: counterAcct, isWritable: true }], 400_000);
      assert.equal(panics.res.code, 4);
      assert.match(panics.res.rawLog!, /ProgramFailedToComplete/);
      assert.equal(await balance(), before - 3n * 400n, 'three failed txs cost their fees and nothing else');
      const ok = await c.exec(counter, '00', [{ pubkey: counterAcct, isWritable: true }]);
      assert.equal(ok.res.code, 0, ok.res.rawLog);
      assert.ok(ok.response!.logs.includes('Program log: Counter state incremented to 3'), 'the failures wrote nothing');
    } finally {
      c.disconnect();
    }
  });

  it('counter.so state survives a restart', async () => {
    node = await node.restart();
    const c = await svmClient(node.rpcUrl, 1);
    try {
      const inc = await c.exec(counter, '00', [{ pubkey: counterAcct, isWritable: true }]);
      assert.equal(inc.res.code, 0, inc.res.rawLog);
      assert.ok(inc.response!.logs.includes('Program log: Counter state incremented to 4'), inc.response!.logs.join('\n'));
    } finally {
      c.disconnect();
    }
  });
});
