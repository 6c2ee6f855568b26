import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { QuerySmartContractStateRequest, QuerySmartContractStateResponse } from 'cosmjs-types/cosmwasm/wasm/v1/query';
import { repoRoot, runReplay, startNode } from '../helpers/node.ts';
import { abci, callMsg, deployJs, getMessage, messageIds, sendTx, setParams } from './helpers.ts';

describe('x/crossvm across a crash', () => {
  it('a node killed with messages pending resumes and executes them in order; a fresh home replays to the same app hash', async () => {
    const home = mkdtempSync(join(tmpdir(), 'trivium-cv-restart-'));
    const replayHome = join(tmpdir(), `trivium-cv-replay-${process.pid}`);
    let node = await startNode({ home, keepHome: true, blockTime: '100ms' });
    try {
      const recorder = await deployJs(node, join(repoRoot, 'tests/crossvm/contracts/recorder.js'));
      await setParams(node, { max_executions_per_block: 0 });
      const ids: string[] = [];
      for (const s of [1, 2, 3]) {
        const r = await sendTx(node, s, Array.from({ length: 20 }, (_, k) => callMsg(s, 'wasm', recorder, JSON.stringify({ record: { tag: `${s}-${k}` } }))), 8_000_000);
        assert.equal(r.code, 0, r.log);
        ids.push(...messageIds(r.events));
      }
      assert.equal((await getMessage(node, ids[0]!))!.status, 'PENDING');
      await node.kill9();
      node = await node.restart();
      assert.equal((await getMessage(node, ids[59]!))!.status !== 'EXECUTED', true, 'still queued after the crash');
      await setParams(node, { max_executions_per_block: 1000 });
      await node.rpc('dev_mine', { blocks: 1 });
      for (let i = 0; i < ids.length; i++) {
        const m = (await getMessage(node, ids[i]!))!;
        assert.equal(m.status, 'EXECUTED', m.error);
        const q = QuerySmartContractStateRequest.encode({ address: recorder, queryData: Buffer.from(JSON.stringify({ entry: { i } })) }).finish();
        const entry = JSON.parse(Buffer.from(QuerySmartContractStateResponse.decode(await abci(node, '/cosmwasm.wasm.v1.Query/SmartContractState', q)).data).toString()).entry;
        assert.equal(entry, `${m.sender} ${JSON.parse(Buffer.from(m.payload, 'hex').toString()).record.tag}`);
      }
      await node.stop();
      const report = await runReplay(home, replayHome);
      assert.deepEqual(report.mismatches, []);
    } finally {
      await node.stop().catch(() => undefined);
      rmSync(home, { recursive: true, force: true });
      rmSync(replayHome, { recursive: true, force: true });
    }
  });
});
