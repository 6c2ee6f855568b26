import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { Connection, Keypair, LAMPORTS_PER_SOL, SystemProgram, Transaction } from '@solana/web3.js';
import { parseAddress } from '../../core/types/address.ts';
import { replayBlocks } from '../../cmd/triviumd/commands/replay-blocks.ts';
import { svmFace } from '../../x/svm/types/address.ts';
import { decodeBase58, encodeBase58 } from '../../x/svm/types/base58.ts';
import { fixturesDir, startNode } from '../helpers/node.ts';
import { svmClient } from './client.ts';
import { createWithSeedData, seedAddress } from './spl.ts';

test('two fresh nodes fed the same blocks reach the same SVM state and app hash', async () => {
  const node = await startNode({ blockTime: '100ms', keepHome: true });
  const homes = [mkdtempSync(join(tmpdir(), 'trivium-svm-replay-')), mkdtempSync(join(tmpdir(), 'trivium-svm-replay-'))];
  try {
    const c = await svmClient(node.rpcUrl, 4);
    const { programIds } = await c.deploy(new Uint8Array(readFileSync(resolve(fixturesDir, 'solana', 'counter.so'))));
    const face = svmFace(parseAddress(c.sender));
    const acct = encodeBase58(seedAddress(face, 'd', decodeBase58(programIds[0]!)));
    const create = await c.exec('11111111111111111111111111111111', createWithSeedData(face, 'd', 1_000_000n, 4n, decodeBase58(programIds[0]!)), [
      { pubkey: encodeBase58(face), isSigner: true, isWritable: true },
      { pubkey: acct, isWritable: true },
      { pubkey: encodeBase58(face), isSigner: true },
    ]);
    assert.equal(create.res.code, 0, create.res.rawLog);
    for (let i = 0; i < 3; i++) assert.equal((await c.exec(programIds[0]!, '00', [{ pubkey: acct, isWritable: true }])).res.code, 0);
    assert.equal((await c.exec(programIds[0]!, '', [{ pubkey: acct, isWritable: true }], 300_000)).res.code, 4); // a failure in a block
    c.disconnect();
    // Solana wire transactions (the faucet's airdrop, a transfer with a sub-utrv amount) in the same blocks
    const conn = new Connection(`http://${node.ports['svm-rpc.address']}`, 'confirmed');
    const kp = Keypair.generate();
    const poll = async (sig: string) => {
      for (let i = 0; i < 200; i++) {
        const s = (await conn.getSignatureStatuses([sig])).value[0];
        if (s) return s;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`${sig} never landed`);
    };
    await poll(await conn.requestAirdrop(kp.publicKey, LAMPORTS_PER_SOL));
    const t = new Transaction({ feePayer: kp.publicKey, recentBlockhash: (await conn.getLatestBlockhash()).blockhash }).add(
      SystemProgram.transfer({ fromPubkey: kp.publicKey, toPubkey: Keypair.generate().publicKey, lamports: 987_654_321 }),
    );
    t.sign(kp);
    assert.equal((await poll(await conn.sendRawTransaction(t.serialize()))).err, null);
    // Several at once: the signature worker answers them, and their delivery skips the engine's check, while
    // the replays below check them in the engine (x/svm/signatures.ts): the same hashes either way.
    const { blockhash } = await conn.getLatestBlockhash();
    const batch = Array.from({ length: 8 }, (_, i) => {
      const tx = new Transaction({ feePayer: kp.publicKey, recentBlockhash: blockhash }).add(
        SystemProgram.transfer({ fromPubkey: kp.publicKey, toPubkey: Keypair.generate().publicKey, lamports: 1_000_000 + i }),
      );
      tx.sign(kp);
      return tx.serialize();
    });
    const sigs = await Promise.all(batch.map((raw) => conn.sendRawTransaction(raw)));
    for (const sig of sigs) assert.equal((await poll(sig)).err, null);
    await node.stop(); // keepHome: the blocks stay

    const reports = [];
    for (const h of homes) {
      rmSync(h, { recursive: true, force: true });
      reports.push(await replayBlocks(node.home, h));
    }
    for (const r of reports) assert.deepEqual(r.mismatches, [], 'every height replays to the app hash the node committed');
    assert.equal(reports[0]!.appHash, reports[1]!.appHash);
    assert.ok(reports[0]!.height > 5);
  } finally {
    await node.stop();
    for (const h of [node.home, ...homes]) rmSync(h, { recursive: true, force: true });
  }
});
