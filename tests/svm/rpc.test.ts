import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  type Address,
  address,
  airdropFactory,
  appendTransactionMessageInstructions,
  createSolanaRpc,
  createSolanaRpcSubscriptions,
  createTransactionMessage,
  generateKeyPairSigner,
  getSignatureFromTransaction,
  lamports,
  pipe,
  sendAndConfirmTransactionFactory,
  setTransactionMessageFeePayerSigner,
  setTransactionMessageLifetimeUsingBlockhash,
  signTransactionMessageWithSigners,
  type Instruction,
  type KeyPairSigner,
} from '@solana/kit';
import {
  ComputeBudgetProgram,
  Connection,
  Keypair,
  LAMPORTS_PER_SOL,
  PublicKey,
  SendTransactionError,
  SystemProgram,
  Transaction,
  TransactionInstruction,
  sendAndConfirmTransaction,
} from '@solana/web3.js';
import { fixturesDir, startNode, type TestNode } from '../helpers/node.ts';
import { svmClient } from './client.ts';
import { createAccountIx, initializeAccountIx, initializeMintIx, mintSupply, mintToIx, tokenAmount, transferIx } from './spl.ts';

describe('Solana JSON-RPC: @solana/kit and @solana/web3.js against the node', () => {
  let node: TestNode;
  let http = '';
  let ws = '';
  let token: Address;
  before(async () => {
    node = await startNode({ blockTime: '100ms' });
    http = `http://${node.ports['svm-rpc.address']}`;
    ws = `ws://${node.ports['svm-rpc.address']}`; // subscriptions are on the HTTP port too
    const c = await svmClient(node.rpcUrl, 3);
    try {
      const { programIds } = await c.deploy(new Uint8Array(readFileSync(resolve(fixturesDir, 'solana', 'spl_token-3.5.0.so'))));
      token = address(programIds[0]!);
    } finally {
      c.disconnect();
    }
  });
  after(async () => {
    await node?.stop();
  });

  const raw = async (method: string, params: unknown[] = []) => {
    const r = await fetch(http, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
    return (await r.json()) as { result?: any; error?: { code: number; message: string; data?: any } };
  };

  it('answers the basic queries in Solana shapes', async () => {
    assert.equal((await raw('getHealth')).result, 'ok');
    assert.equal(typeof (await raw('getVersion')).result['solana-core'], 'string');
    const slot = (await raw('getSlot')).result;
    assert.ok(slot >= 1);
    assert.ok((await raw('getBlockHeight')).result >= slot);
    const bh = (await raw('getLatestBlockhash')).result;
    assert.ok(bh.context.slot >= slot);
    assert.equal(bh.value.lastValidBlockHeight, bh.context.slot + 150);
    assert.equal((await raw('isBlockhashValid', [bh.value.blockhash])).result.value, true);
    assert.equal((await raw('isBlockhashValid', ['11111111111111111111111111111111'])).result.value, false);
    assert.equal((await raw('getMinimumBalanceForRentExemption', [165])).result, 2039280);
    const prog = (await raw('getAccountInfo', [token, { encoding: 'base64' }])).result.value;
    assert.equal(prog.executable, true);
    assert.equal(prog.owner, 'BPFLoader2111111111111111111111111111111111');
    assert.equal(Buffer.from(prog.data[0], 'base64').length, 134080);
    assert.equal((await raw('getAccountInfo', [Keypair.generate().publicKey.toBase58()])).result.value, null);
    assert.equal((await raw('nope')).error?.code, -32601);
    assert.equal((await raw('getBalance', ['not-a-key'])).error?.code, -32602);
  });

  it('kit: airdrop, then SPL Token — a mint, two token accounts, mint, transfer — read back with getAccountInfo', async () => {
    const rpc = createSolanaRpc(http);
    const rpcSubscriptions = createSolanaRpcSubscriptions(ws);
    const payer = await generateKeyPairSigner();
    await airdropFactory({ rpc, rpcSubscriptions })({ recipientAddress: payer.address, lamports: lamports(5_000_000_000n), commitment: 'confirmed' });
    assert.equal((await rpc.getBalance(payer.address).send()).value, 5_000_000_000n);

    const sendAndConfirm = sendAndConfirmTransactionFactory({ rpc, rpcSubscriptions });
    const run = async (ixs: Instruction[]) => {
      const { value: bh } = await rpc.getLatestBlockhash().send();
      const msg = pipe(
        createTransactionMessage({ version: 0 }),
        (m) => setTransactionMessageFeePayerSigner(payer, m),
        (m) => setTransactionMessageLifetimeUsingBlockhash(bh, m),
        (m) => appendTransactionMessageInstructions(ixs, m),
      );
      const tx = await signTransactionMessageWithSigners(msg);
      await sendAndConfirm(tx as Parameters<typeof sendAndConfirm>[0], { commitment: 'confirmed' });
      return getSignatureFromTransaction(tx);
    };
    const [mint, a, b, ownerA, ownerB] = (await Promise.all([0, 1, 2, 3, 4].map(() => generateKeyPairSigner()))) as KeyPairSigner[];
    const mintRent = await rpc.getMinimumBalanceForRentExemption(82n).send();
    const accRent = await rpc.getMinimumBalanceForRentExemption(165n).send();
    await run([createAccountIx(payer, mint!, mintRent, 82n, token), initializeMintIx(token, mint!.address, 6, payer.address)]);
    await run([
      createAccountIx(payer, a!, accRent, 165n, token),
      initializeAccountIx(token, a!.address, mint!.address, ownerA!.address),
      createAccountIx(payer, b!, accRent, 165n, token),
      initializeAccountIx(token, b!.address, mint!.address, ownerB!.address),
    ]);
    await run([mintToIx(token, mint!.address, a!.address, payer, 1_000_000n)]);
    const sig = await run([transferIx(token, a!.address, b!.address, ownerA!, 250_000n)]);

    const data = async (who: Address) => {
      const { value } = await rpc.getAccountInfo(who, { encoding: 'base64' }).send();
      assert.equal(value?.owner, token);
      return new Uint8Array(Buffer.from(value!.data[0], 'base64'));
    };
    assert.equal(tokenAmount(await data(a!.address)), 750_000n);
    assert.equal(tokenAmount(await data(b!.address)), 250_000n);
    assert.equal(mintSupply(await data(mint!.address)), 1_000_000n);

    const tx = await rpc.getTransaction(sig, { maxSupportedTransactionVersion: 0, encoding: 'json' }).send();
    assert.ok(tx?.meta?.logMessages?.includes('Program log: Instruction: Transfer'));
    assert.equal(tx?.meta?.err, null);
    const st = await rpc.getSignatureStatuses([sig]).send();
    assert.equal(st.value[0]?.confirmationStatus, 'finalized');
    const holders = await rpc.getProgramAccounts(token, { encoding: 'base64', filters: [{ dataSize: 165n }] }).send();
    assert.deepEqual(holders.map((h) => h.pubkey).sort(), [a!.address, b!.address].sort());
  });

  it('web3.js: sendAndConfirmTransaction over the WebSocket port, failures with logs, compute budget exhausted', async (t) => {
    const conn = new Connection(http, { commitment: 'confirmed', wsEndpoint: `ws://${node.ports['svm-rpc.ws-address']}` });
    t.after(() => (conn as unknown as { _rpcWebSocket: { close(): void } })._rpcWebSocket.close());
    const kp = Keypair.generate();
    const sig = await conn.requestAirdrop(kp.publicKey, 2 * LAMPORTS_PER_SOL);
    await conn.confirmTransaction({ signature: sig, ...(await conn.getLatestBlockhash()) });
    const to = Keypair.generate().publicKey;
    await sendAndConfirmTransaction(conn, new Transaction().add(SystemProgram.transfer({ fromPubkey: kp.publicKey, toPubkey: to, lamports: LAMPORTS_PER_SOL / 2 })), [kp]);
    assert.equal(await conn.getBalance(to), LAMPORTS_PER_SOL / 2);
    assert.equal(await conn.getBalance(kp.publicKey), 1.5 * LAMPORTS_PER_SOL - 5000);

    // preflight failure: the program's error and logs come back to the client
    await assert.rejects(
      sendAndConfirmTransaction(conn, new Transaction().add(SystemProgram.transfer({ fromPubkey: kp.publicKey, toPubkey: to, lamports: 100 * LAMPORTS_PER_SOL })), [kp]),
      (e: SendTransactionError) => /Custom\(1\)/.test(e.message) && (e.logs ?? []).some((l) => l.includes('insufficient lamports')),
    );

    // compute budget exhausted, sent without preflight: it lands in a block as a failed tx that paid its fee
    const tokenKey = new PublicKey(token);
    const starved = new Transaction().add(
      ComputeBudgetProgram.setComputeUnitLimit({ units: 200 }),
      new TransactionInstruction({ programId: tokenKey, keys: [{ pubkey: Keypair.generate().publicKey, isSigner: false, isWritable: true }], data: Buffer.from([20, 6, ...new Uint8Array(32), 0]) }),
    );
    starved.feePayer = kp.publicKey;
    starved.recentBlockhash = (await conn.getLatestBlockhash()).blockhash;
    starved.sign(kp);
    const before = await conn.getBalance(kp.publicKey);
    const s2 = await conn.sendRawTransaction(starved.serialize(), { skipPreflight: true });
    const conf = await conn.confirmTransaction({ signature: s2, ...(await conn.getLatestBlockhash()) });
    assert.ok(conf.value.err, 'the starved tx failed');
    const got = await conn.getTransaction(s2, { maxSupportedTransactionVersion: 0 });
    // (the runtime reports a program stopped by its meter as ProgramFailedToComplete, and says why in the log)
    const err = got?.meta?.err as { InstructionError: [number, string] };
    assert.equal(err.InstructionError[0], 1);
    assert.match(err.InstructionError[1], /^(ComputationalBudgetExceeded|ProgramFailedToComplete)$/);
    assert.ok(got?.meta?.logMessages?.some((l) => /exceeded CUs meter|Computational budget exceeded/.test(l)), JSON.stringify(got?.meta?.logMessages));
    assert.equal(await conn.getBalance(kp.publicKey), before - 5000, 'only the fee was taken');
    assert.equal((await conn.getSlot()) > 0, true, 'the node is still healthy');
  });

  it('rejects bad transactions with Solana error codes', async () => {
    const kp = Keypair.generate();
    const t = new Transaction({ feePayer: kp.publicKey, recentBlockhash: (await raw('getLatestBlockhash')).result.value.blockhash }).add(
      SystemProgram.transfer({ fromPubkey: kp.publicKey, toPubkey: Keypair.generate().publicKey, lamports: 1 }),
    );
    t.sign(kp);
    const good = t.serialize();
    const bad = Buffer.from(good);
    bad[bad.length - 2] ^= 1;
    const badSig = await raw('sendTransaction', [bad.toString('base64'), { encoding: 'base64' }]);
    assert.equal(badSig.error?.code, -32003);
    const poor = await raw('sendTransaction', [good.toString('base64'), { encoding: 'base64' }]);
    assert.equal(poor.error?.code, -32002);
    assert.match(poor.error!.message, /insufficient funds for fee|InsufficientFundsForFee|AccountNotFound/);
    const old = new Transaction({ feePayer: kp.publicKey, recentBlockhash: '11111111111111111111111111111111' }).add(
      SystemProgram.transfer({ fromPubkey: kp.publicKey, toPubkey: kp.publicKey, lamports: 1 }),
    );
    old.sign(kp);
    const stale = await raw('sendTransaction', [old.serialize().toString('base64'), { encoding: 'base64', skipPreflight: true }]);
    assert.equal(stale.error?.code, -32002);
    assert.equal(stale.error?.data?.err, 'BlockhashNotFound');
    assert.equal((await raw('sendTransaction', ['%%%', { encoding: 'base64' }])).error?.code, -32602);
    const sim = await raw('simulateTransaction', [good.toString('base64'), { encoding: 'base64', replaceRecentBlockhash: true }]);
    assert.ok(sim.result.value.err, 'an unfunded payer fails in simulation too');
  });
});
