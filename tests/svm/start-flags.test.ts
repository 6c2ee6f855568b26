import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Connection, Keypair, PublicKey } from '@solana/web3.js';
import { fixturesDir, runCli, startNode, type TestNode } from '../helpers/node.ts';
import { attr, callMsg, getMessage, sendTx } from '../crossvm/helpers.ts';

// spl-memo's mainnet id: the program is loaded at the address clients already use.
const MEMO_ID = 'MemoSq4gqABAXKb96qnH8TysNcWxMyWCqXgDLGmfcHr';

/** `triviumd start --bpf-program ID FILE --account ADDR FILE` (solana-test-validator's flags) on a real node, read back with web3.js. */
describe('x/svm genesis start flags (--bpf-program, --account)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trivium-svm-flags-'));
  const holder = Keypair.generate().publicKey.toBase58();
  const owner = Keypair.generate().publicKey.toBase58();
  const accountFile = join(dir, 'account.json');
  let node: TestNode;
  let conn: Connection;
  const args = () => ['--bpf-program', MEMO_ID, join(fixturesDir, 'solana/spl_memo-3.0.0.so'), '--account', '-', accountFile];

  before(async () => {
    // `solana account --output json`'s shape.
    writeFileSync(accountFile, JSON.stringify({ pubkey: holder, account: { lamports: 2039280, data: [Buffer.from('hello genesis').toString('base64'), 'base64'], owner, executable: false, rentEpoch: 18446744073709551615, space: 13 } }));
    node = await startNode({ blockTime: '0', keepHome: true, extraArgs: args() });
    conn = new Connection(`http://${node.ports['svm-rpc.address']}`, 'confirmed');
  });
  after(async () => {
    await node?.stop();
    rmSync(node?.home ?? '', { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it('the account is there with its data, owner and lamports (rounded up to a whole utrv)', async () => {
    const info = await conn.getAccountInfo(new PublicKey(holder));
    assert.ok(info, 'account loaded');
    assert.equal(Buffer.from(info.data).toString(), 'hello genesis');
    assert.equal(info.owner.toBase58(), owner);
    assert.equal(info.executable, false);
    assert.equal(info.lamports, 2_040_000);
  });

  it('the program is executable at its id and runs: an async call to it from the EVM side', async () => {
    const info = await conn.getAccountInfo(new PublicKey(MEMO_ID));
    assert.equal(info?.executable, true);
    const r = await sendTx(node, 2, [callMsg(2, 'svm', MEMO_ID, Buffer.from(Buffer.from('genesis memo').toString('hex')))]);
    assert.equal(r.code, 0, r.log);
    const id = attr(r.events, 'crossvm_request', 'message_id')!;
    let m = await getMessage(node, id);
    for (let i = 0; i < 200 && m!.status !== 'EXECUTED' && m!.status !== 'FAILED'; i++) {
      await new Promise((res) => setTimeout(res, 50));
      m = await getMessage(node, id);
    }
    assert.equal(m!.status, 'EXECUTED', m!.error);
    const logs: string[] = JSON.parse(Buffer.from(m!.result, 'hex').toString()).logs;
    assert.equal(logs[0], `Program ${MEMO_ID} invoke [1]`);
    assert.ok(logs.some((l) => l.includes('genesis memo')), logs.join('\n'));
    assert.equal(logs.at(-1), `Program ${MEMO_ID} success`);
  });

  it('a restart with the same flags is fine; other flags on a started home are refused; a bad file is a clear error', async () => {
    await node.stop();
    node = await node.restart();
    assert.equal((await conn.getAccountInfo(new PublicKey(holder)))?.lamports, 2_040_000);
    await node.stop();
    const other = await runCli(['start', '--home', node.home, '--bpf-program', Keypair.generate().publicKey.toBase58(), join(fixturesDir, 'solana/spl_memo-3.0.0.so')]);
    assert.notEqual(other.code, 0);
    assert.match(other.stderr + other.stdout, /chain already started/);
    const fresh = join(dir, 'fresh');
    const bad = await runCli(['start', '--home', fresh, '--account', '-', join(dir, 'missing.json')]);
    assert.notEqual(bad.code, 0);
    assert.match(bad.stderr + bad.stdout, /--account: cannot read .*missing\.json/);
    const odd = await runCli(['start', '--home', fresh, '--bpf-program', MEMO_ID]);
    assert.match(odd.stderr + odd.stdout, /expected pairs/);
    node = await node.restart();
  });
});
