import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Keypair } from '@solana/web3.js';
import { startNode, type TestNode } from '../helpers/node.ts';

interface Reply {
  result?: any;
  error?: { code: number; message: string };
}
let node: TestNode;
async function rpc(method: string, params: unknown[]): Promise<Reply> {
  const res = await fetch(`http://${node.ports['svm-rpc.address']}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  return (await res.json()) as Reply;
}
const balance = async (pk: string) => (await rpc('getBalance', [pk])).result.value as number;

describe('requestAirdrop: a JSON number of lamports within the cap, to a user account', () => {
  before(async () => {
    node = await startNode({ blockTime: '100ms', extraArgs: ['--svm.faucet-max-lamports', '5000000'] });
  });
  after(async () => {
    await node?.stop();
  });

  it('refuses amounts that are not a non-negative safe integer JSON number, or above the cap (-32602)', async () => {
    const to = Keypair.generate().publicKey.toBase58();
    const cases: [unknown, RegExp][] = [
      ['0x10', /lamports must be a JSON number.*the string "0x10"/],
      ['1000', /lamports must be a JSON number/],
      [null, /lamports must be a JSON number/],
      [1.5, /lamports must be a safe integer, got 1.5/],
      [2 ** 60, /lamports must be a safe integer/],
      [-1, /lamports must be non-negative, got -1/],
      [5_000_001, /lamports 5000001 exceeds the faucet's per-request cap of 5000000 \(--svm.faucet-max-lamports\)/],
    ];
    for (const [amount, text] of cases) {
      const r = await rpc('requestAirdrop', [to, amount]);
      assert.equal(r.error?.code, -32602, `${JSON.stringify(amount)}: ${JSON.stringify(r)}`);
      assert.match(r.error!.message, text);
    }
    assert.equal(await balance(to), 0);
  });

  it('refuses the System Program, sysvars, native and deployed programs as recipients', async () => {
    const cases: [string, RegExp][] = [
      ['11111111111111111111111111111111', /is the System Program/],
      ['SysvarC1ock11111111111111111111111111111111', /is a sysvar/],
      ['SysvarRent111111111111111111111111111111111', /is a sysvar/],
      ['Sysvar1nstructions1111111111111111111111111', /is a sysvar/],
      ['BPFLoaderUpgradeab1e11111111111111111111111', /is a native program/],
      ['ComputeBudget111111111111111111111111111111', /is a native program/],
      ['Vote111111111111111111111111111111111111111', /is a native program/],
      ['TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA', /is a program/],
    ];
    for (const [to, text] of cases) {
      const r = await rpc('requestAirdrop', [to, 1000]);
      assert.equal(r.error?.code, -32602, `${to}: ${JSON.stringify(r)}`);
      assert.match(r.error!.message, text);
    }
    const bad = await rpc('requestAirdrop', ['not-base58-0OIl', 1000]);
    assert.equal(bad.error?.code, -32602);
  });

  it('an airdrop within the cap lands', async () => {
    const to = Keypair.generate().publicKey.toBase58();
    const r = await rpc('requestAirdrop', [to, 5_000_000]);
    assert.match(r.result, /^[1-9A-HJ-NP-Za-km-z]{64,88}$/);
    const deadline = Date.now() + 15_000;
    while ((await balance(to)) !== 5_000_000) {
      assert.ok(Date.now() < deadline, 'airdrop did not land');
      await new Promise((res) => setTimeout(res, 100));
    }
  });
});
