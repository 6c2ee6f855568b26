import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Connection, Keypair, LAMPORTS_PER_SOL, type ParsedAccountData, type ParsedInstruction, PublicKey, TransactionInstruction } from '@solana/web3.js';
import { encodeBase58 } from '../../x/svm/types/base58.ts';
import { fixturesDir, runCli, startNode, type TestNode } from '../helpers/node.ts';
import { PROGRAMDATA_METADATA, UPGRADEABLE_LOADER, close, deployTx, programDataAddress, sendAll, setAuthority, signed, upgrade, writeBuffer } from './upgradeable.ts';

const HELLO = new Uint8Array(readFileSync(resolve(fixturesDir, 'solana', 'hello_world.so')));
const MEMO = new Uint8Array(readFileSync(resolve(fixturesDir, 'solana', 'spl_memo-4.0.0.so')));

describe('programs through the upgradeable BPF loader (InitializeBuffer, Write, DeployWithMaxDataLen, Upgrade, SetAuthority, Close)', () => {
  let node: TestNode;
  let conn: Connection;
  const payer = Keypair.generate();
  const program = Keypair.generate();
  const call = (id: PublicKey, data = 'hi') => new TransactionInstruction({ programId: id, keys: [], data: Buffer.from(data) });
  /** A committed call's logs (or its error). */
  const invoke = async (id: PublicKey, data = 'hi') => {
    const tx = await signed(conn, payer, [call(id, data)]);
    const [err] = await sendAll(conn, [tx]);
    const got = await conn.getTransaction(encodeBase58(tx.signature!), { maxSupportedTransactionVersion: 0 });
    return { err, logs: got?.meta?.logMessages ?? [] };
  };

  before(async () => {
    node = await startNode({ blockTime: '100ms', keepHome: true });
    const http = `http://${node.ports['svm-rpc.address']}`;
    conn = new Connection(http, { commitment: 'confirmed', wsEndpoint: `ws://${node.ports['svm-rpc.address']}` });
    const sig = await conn.requestAirdrop(payer.publicKey, 100 * LAMPORTS_PER_SOL);
    await conn.confirmTransaction({ signature: sig, ...(await conn.getLatestBlockhash()) });
  });
  after(async () => {
    await node?.stop();
    rmSync(node.home, { recursive: true, force: true });
    rmSync(replayHome, { recursive: true, force: true });
  });
  const replayHome = mkdtempSync(join(tmpdir(), 'trivium-replay-'));

  it('deploys from a buffer: Program → ProgramData → ELF, callable, as solana program deploy leaves it', async () => {
    const buffer = await writeBuffer(conn, payer, HELLO);
    const buf = await conn.getAccountInfo(buffer);
    assert.ok(buf?.owner.equals(UPGRADEABLE_LOADER));
    assert.deepEqual(buf!.data.subarray(37), Buffer.from(HELLO), 'the Writes put the ELF in the buffer');
    const deploy = await deployTx(conn, payer, program, buffer, HELLO.length * 2);
    const [err] = await sendAll(conn, [deploy]);
    assert.equal(err, null);
    // jsonParsed: the loader's instruction and accounts, as solana-transaction-status / account-decoder show them
    const parsedTx = await conn.getParsedTransaction(encodeBase58(deploy.signature!), { maxSupportedTransactionVersion: 0 });
    const dix = parsedTx!.transaction.message.instructions[1] as ParsedInstruction;
    assert.equal(dix.program, 'bpf-upgradeable-loader');
    assert.equal(dix.parsed.type, 'deployWithMaxDataLen');
    assert.deepEqual([dix.parsed.info.maxDataLen, dix.parsed.info.programAccount, dix.parsed.info.authority], [HELLO.length * 2, program.publicKey.toBase58(), payer.publicKey.toBase58()]);
    const pp = (await conn.getParsedAccountInfo(program.publicKey)).value!.data as ParsedAccountData;
    assert.deepEqual([pp.program, pp.parsed], ['bpf-upgradeable-loader', { type: 'program', info: { programData: programDataAddress(program.publicKey).toBase58() } }]);
    const ppd = (await conn.getParsedAccountInfo(programDataAddress(program.publicKey))).value!.data as ParsedAccountData;
    assert.equal(ppd.parsed.type, 'programData');
    assert.equal(ppd.parsed.info.authority, payer.publicKey.toBase58());
    assert.equal(ppd.parsed.info.slot, parsedTx!.slot);
    const prog = await conn.getAccountInfo(program.publicKey);
    assert.equal(prog?.executable, true);
    assert.ok(prog!.owner.equals(UPGRADEABLE_LOADER));
    assert.equal(prog!.data.readUInt32LE(0), 2, 'UpgradeableLoaderState::Program');
    assert.ok(new PublicKey(prog!.data.subarray(4, 36)).equals(programDataAddress(program.publicKey)));
    const pd = await conn.getAccountInfo(programDataAddress(program.publicKey));
    assert.equal(pd!.data.readUInt32LE(0), 3, 'UpgradeableLoaderState::ProgramData');
    assert.equal(pd!.data.length, PROGRAMDATA_METADATA + HELLO.length * 2, 'max data len');
    assert.ok(new PublicKey(pd!.data.subarray(13, 45)).equals(payer.publicKey), 'the upgrade authority');
    assert.deepEqual(pd!.data.subarray(PROGRAMDATA_METADATA, PROGRAMDATA_METADATA + HELLO.length), Buffer.from(HELLO));
    assert.equal(await conn.getAccountInfo(buffer), null, 'the deploy consumes the buffer');
    const r = await invoke(program.publicKey);
    assert.equal(r.err, null);
    assert.ok(r.logs.includes('Program log: Hello world!'), r.logs.join('\n'));
  });

  it('a simulated upgrade or deploy leaves the engine running what the store holds', async () => {
    const buffer = await writeBuffer(conn, payer, MEMO);
    const sim = await conn.simulateTransaction(await signed(conn, payer, [upgrade(program.publicKey, buffer, payer.publicKey, payer.publicKey)]));
    assert.equal(sim.value.err, null, JSON.stringify(sim.value.logs));
    assert.ok(sim.value.logs!.some((l) => l.startsWith('Upgraded program')));
    const r = await invoke(program.publicKey);
    assert.ok(r.logs.includes('Program log: Hello world!'), `still the deployed code: ${r.logs.join('\n')}`);
    // A deploy only simulated: its program id stays empty (and the node keeps running).
    const ghost = Keypair.generate();
    const buf2 = await writeBuffer(conn, payer, MEMO);
    const dsim = await conn.simulateTransaction(await deployTx(conn, payer, ghost, buf2, MEMO.length));
    assert.equal(dsim.value.err, null, JSON.stringify(dsim.value.logs));
    const g = await invoke(ghost.publicKey);
    assert.notEqual(g.err, null, 'nothing is deployed there');
    assert.equal(await conn.getAccountInfo(ghost.publicKey), null);
    await sendAll(conn, [await signed(conn, payer, [close(buf2, payer.publicKey, payer.publicKey)])]);
    // The real upgrade, then the new code runs.
    const before = await conn.getBalance(payer.publicKey);
    const [err] = await sendAll(conn, [await signed(conn, payer, [upgrade(program.publicKey, buffer, payer.publicKey, payer.publicKey)])]);
    assert.equal(err, null);
    assert.ok((await conn.getBalance(payer.publicKey)) > before, "the buffer's lamports spill to the payer");
    const m = await invoke(program.publicKey, 'upgraded');
    assert.equal(m.err, null);
    assert.ok(m.logs.includes('Program log: Memo (len 8)') && m.logs.includes('Program log: upgraded'), m.logs.join('\n'));
  });

  it('SetAuthority hands over upgrades; the old authority is refused; Close ends the program', async () => {
    const next = Keypair.generate();
    const pdAddr = programDataAddress(program.publicKey);
    assert.equal((await sendAll(conn, [await signed(conn, payer, [setAuthority(pdAddr, payer.publicKey, next.publicKey)])]))[0], null);
    const pd = await conn.getAccountInfo(pdAddr);
    assert.ok(new PublicKey(pd!.data.subarray(13, 45)).equals(next.publicKey));
    const buffer = await writeBuffer(conn, payer, HELLO);
    const [refused] = await sendAll(conn, [await signed(conn, payer, [upgrade(program.publicKey, buffer, payer.publicKey, payer.publicKey)])]);
    assert.deepEqual(refused, { InstructionError: [0, 'IncorrectAuthority'] });
    // A buffer can be closed by its authority; its lamports go back.
    const bal = await conn.getBalance(payer.publicKey);
    assert.equal((await sendAll(conn, [await signed(conn, payer, [close(buffer, payer.publicKey, payer.publicKey)])]))[0], null);
    assert.equal(await conn.getAccountInfo(buffer), null);
    assert.ok((await conn.getBalance(payer.publicKey)) > bal);
    // Closing the program (its ProgramData) by the new authority: calls fail from then on.
    const [closed] = await sendAll(conn, [await signed(conn, payer, [close(pdAddr, payer.publicKey, next.publicKey, program.publicKey)], [next])]);
    assert.equal(closed, null);
    assert.equal(await conn.getAccountInfo(pdAddr), null);
    const r = await invoke(program.publicKey);
    assert.notEqual(r.err, null);
    assert.ok(r.logs.some((l) => l.includes('not deployed') || l.includes('closed')), r.logs.join('\n'));
  });

  it('a restarted node (a fresh engine) runs upgradeable programs from the store', async () => {
    const p2 = Keypair.generate();
    const buffer = await writeBuffer(conn, payer, MEMO);
    assert.equal((await sendAll(conn, [await deployTx(conn, payer, p2, buffer, MEMO.length)]))[0], null);
    node = await node.restart();
    const r = await invoke(p2.publicKey, 'after restart');
    assert.equal(r.err, null);
    assert.ok(r.logs.includes('Program log: after restart'), r.logs.join('\n'));
  });

  it('triviumd replay re-executes the deploys, upgrades and closes to the same app hashes', async () => {
    await node.stop();
    const r = await runCli(['replay', '--source', node.home, '--home', replayHome, '-o', 'json']);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    const report = JSON.parse(r.stdout) as { height: number; txs: number; mismatches: unknown[] };
    assert.deepEqual(report.mismatches, []);
    assert.ok(report.txs > 50, `replayed ${report.txs} txs`);
  });
});
