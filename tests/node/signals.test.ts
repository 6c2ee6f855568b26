import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { startNode, type TestNode } from '../helpers/node.ts';

/** One Ethereum JSON-RPC call; the error object comes back as a value, not thrown. */
async function eth(node: TestNode, method: string, params: unknown[] = []): Promise<{ result?: any; error?: { code: number; message: string } }> {
  const res = await fetch(`http://${node.ports['json-rpc.address']}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  return (await res.json()) as { result?: any; error?: { code: number; message: string } };
}

const height = async (node: TestNode) => Number((await eth(node, 'eth_blockNumber')).result);

describe('signals', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} during a 10,000-block anvil_mine exits 0 within 1.5 s and loses no committed block`, async () => {
      const home = mkdtempSync(join(tmpdir(), 'trivium-signal-'));
      let node = await startNode({ home, keepHome: true, blockTime: '1s' });
      try {
        const mining = eth(node, 'anvil_mine', ['0x2710']).catch(() => undefined); // 10,000 blocks
        const start = await height(node);
        let seen = start;
        const t0 = Date.now();
        // The node keeps answering while it mines: heights seen here are committed blocks.
        while (Date.now() - t0 < 300) {
          seen = Math.max(seen, await height(node));
          await new Promise((r) => setTimeout(r, 20));
        }
        seen = Math.max(seen, await height(node));
        assert.ok(seen > start + 1, `mining made progress while RPC answered (${start} → ${seen})`);
        const exited = new Promise<{ code: number | null; ms: number }>((r) => {
          const ts = Date.now();
          node.proc.once('exit', (code) => r({ code, ms: Date.now() - ts }));
        });
        node.proc.kill(signal);
        const { code, ms } = await exited;
        await mining;
        assert.equal(code, 0, node.output().slice(-2000));
        assert.ok(ms < 1500, `exited ${ms} ms after ${signal}`);
        assert.ok(seen < start + 10_000, 'the signal cut the 10,000-block run short');
        assert.match(node.output(), /stopped at height \d+/, 'a clean stop: the block in flight committed, servers and DB closed');

        node = await node.restart();
        const after = await height(node);
        assert.ok(after >= seen, `restart at ${after}, at least the ${seen} seen committed before the signal`);
        // And it produces again.
        const deadline = Date.now() + 10_000;
        while ((await height(node)) <= after) {
          assert.ok(Date.now() < deadline, 'no new block after restart');
          await new Promise((r) => setTimeout(r, 100));
        }
      } finally {
        await node.stop();
        rmSync(home, { recursive: true, force: true });
      }
    });
  }
});
