import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startNode, type TestNode } from '../helpers/node.ts';

interface Reply {
  result?: any;
  error?: { code: number; message: string; data?: string };
}
async function post(url: string, method: string, params: unknown): Promise<Reply> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
  return (await res.json()) as Reply;
}

describe('dev mining methods are bounded by --dev.max-mine-blocks', () => {
  let node: TestNode;
  let eth: string;
  let comet: string;
  const height = async () => Number((await post(eth, 'eth_blockNumber', [])).result);
  before(async () => {
    node = await startNode({ blockTime: '3600s', extraArgs: ['--dev.max-mine-blocks', '2000'] });
    eth = `http://${node.ports['json-rpc.address']}`;
    comet = node.rpcUrl;
  });
  after(async () => {
    await node?.stop();
  });

  it('refuses counts over the cap, naming the limit, and mines nothing', async () => {
    const h0 = await height();
    for (const [method, params] of [
      ['anvil_mine', ['0x7d1']],
      ['hardhat_mine', [2001]],
      ['evm_mine', [{ blocks: 2001 }]],
      ['anvil_mine', ['0x' + 'f'.repeat(64)]],
    ] as const) {
      const r = await post(eth, method, params);
      assert.equal(r.error?.code, -32602, `${method} ${JSON.stringify(params)}: ${JSON.stringify(r)}`);
      assert.match(r.error!.message, /exceeds the per-call cap of 2000 blocks \(--dev.max-mine-blocks\)/);
    }
    const d = await post(comet, 'dev_mine', { blocks: 2001 });
    assert.equal(d.error?.code, -32602);
    assert.match(`${d.error!.message} ${d.error!.data ?? ''}`, /--dev.max-mine-blocks 2000/);
    assert.equal(await height(), h0);
  });

  it('refuses negative, fractional and garbage counts with -32602', async () => {
    const h0 = await height();
    for (const bad of [-1, 1.5, '0xzz', '12', 'ten', '0x', true, {}]) {
      const r = await post(eth, 'anvil_mine', [bad]);
      assert.equal(r.error?.code, -32602, `anvil_mine ${JSON.stringify(bad)}: ${JSON.stringify(r)}`);
    }
    for (const bad of [-1, 1.5, '0xzz', 'ten']) {
      const r = await post(comet, 'dev_mine', { blocks: bad });
      assert.equal(r.error?.code, -32602, `dev_mine ${JSON.stringify(bad)}: ${JSON.stringify(r)}`);
    }
    const r = await post(eth, 'evm_mine', [{ blocks: -3 }]);
    assert.equal(r.error?.code, -32602);
    assert.equal(await height(), h0);
  });

  it('a mine within the cap works; status and eth_blockNumber answer while a cap-sized mine runs', async () => {
    const h0 = await height();
    assert.equal((await post(eth, 'anvil_mine', ['0x3'])).error, undefined);
    assert.equal(await height(), h0 + 3);
    const big = post(eth, 'anvil_mine', [2000]);
    let answered = 0;
    let worst = 0;
    let done = false;
    void big.then(() => (done = true));
    while (!done) {
      const t0 = Date.now();
      const [s, b] = await Promise.all([post(comet, 'status', {}), post(eth, 'eth_blockNumber', [])]);
      worst = Math.max(worst, Date.now() - t0);
      assert.ok(s.result?.sync_info, JSON.stringify(s));
      assert.match(b.result, /^0x[0-9a-f]+$/);
      if (!done) answered++;
    }
    const r = await big;
    assert.equal(r.error, undefined, JSON.stringify(r));
    assert.equal(await height(), h0 + 3 + 2000);
    assert.ok(answered >= 1, 'no answer while mining');
    assert.ok(worst < 2000, `an answer took ${worst} ms`);
  });
});
