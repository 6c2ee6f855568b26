import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { callMsg, deployJs, getParams, sendTx, setParams } from '../crossvm/helpers.ts';
import { dev } from '../helpers/cosmos.ts';
import { freePort, repoRoot, runCli, startNode, type TestNode } from '../helpers/node.ts';

/** Prometheus text → name{labels} → value; checks the exposition format's shape as it goes. */
function parseMetrics(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const typed = new Set<string>();
  for (const line of text.trimEnd().split('\n')) {
    const t = /^# TYPE (\w+) (gauge|counter)$/.exec(line);
    if (t) typed.add(t[1]!);
    if (line.startsWith('#')) continue;
    const m = /^(\w+)(\{[^}]*\})? (-?[\d.e+-]+)$/.exec(line);
    assert.ok(m, `not a Prometheus sample line: ${line}`);
    assert.ok(typed.has(m[1]!), `${m[1]} has no # TYPE line before it`);
    out.set(m[1]! + (m[2] ?? ''), Number(m[3]));
  }
  return out;
}

describe('start --metrics (Prometheus) and --log_format json', () => {
  let node: TestNode;
  let metricsUrl: string;
  const scrape = async () => {
    const r = await fetch(metricsUrl);
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'text/plain; version=0.0.4; charset=utf-8');
    return parseMetrics(await r.text());
  };
  const height = async () => Number((await node.rpc<any>('status')).sync_info.latest_block_height);

  before(async () => {
    const port = await freePort();
    metricsUrl = `http://127.0.0.1:${port}/metrics`;
    node = await startNode({ blockTime: '100ms', extraArgs: ['--metrics', `127.0.0.1:${port}`, '--log_format', 'json'] });
  });
  after(async () => {
    await node?.stop();
  });

  it('chain, mempool and process metrics; tx counts follow the blocks', async () => {
    const m0 = await scrape();
    const h = await height();
    assert.ok(m0.get('cometbft_consensus_height')! >= h - 1 && m0.get('cometbft_consensus_height')! <= h + 5, `height ${m0.get('cometbft_consensus_height')} vs ${h}`);
    assert.equal(m0.get('cometbft_mempool_size'), 0);
    assert.equal(m0.get('cometbft_mempool_size_bytes'), 0);
    assert.ok(m0.get('process_resident_memory_bytes')! > 10 << 20);
    assert.ok(m0.get('process_open_fds')! > 3);
    assert.ok(m0.get('process_cpu_seconds_total')! > 0);
    assert.ok(m0.get('nodejs_heap_size_used_bytes')! > 0);
    assert.ok(m0.has('nodejs_eventloop_delay_p99_seconds'));
    assert.equal(m0.get('trivium_crossvm_queue_depth'), 0);
    assert.equal(m0.get('trivium_crossvm_enabled'), 1);

    const ok0 = m0.get('trivium_txs_total{result="ok"}')!;
    const r = await node.cli(['tx', 'bank', 'send', 'dev0', dev[1]!.address, '5utrv', '--yes', '-o', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const m1 = await scrape();
    assert.equal(m1.get('trivium_txs_total{result="ok"}'), ok0 + 1);
    assert.ok(m1.get('cometbft_consensus_total_txs')! >= 1);
    assert.ok(m1.get('cometbft_consensus_height')! > m0.get('cometbft_consensus_height')!);
    // A tx that fails in its block (it sends more than the sender has: CheckTx runs only the ante) counts as failed.
    const bad = await sendTx(node, 2, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: dev[2]!.address, toAddress: dev[3]!.address, amount: [{ denom: 'utrv', amount: '1' + '0'.repeat(30) }] } }]);
    assert.ok(bad.code !== 0 && bad.height > 0, `expected a failure in a block: ${JSON.stringify(bad)}`);
    const m2 = await scrape();
    assert.equal(m2.get('trivium_txs_total{result="failed"}'), m1.get('trivium_txs_total{result="failed"}')! + 1);
    assert.equal(m2.get('trivium_txs_total{result="ok"}'), m1.get('trivium_txs_total{result="ok"}'));
  });

  it("x/crossvm's queue depth: a message held by a zero execution budget shows, and drains", async () => {
    const p = await getParams(node);
    // A real target: a call to an address without a contract is refused at submission.
    const recorder = await deployJs(node, join(repoRoot, 'tests/crossvm/contracts/recorder.js'));
    await setParams(node, { max_executions_per_block: 0 });
    const r = await sendTx(node, 4, [callMsg(4, 'wasm', recorder, '{"noop":{}}')]);
    assert.equal(r.code, 0, r.log);
    assert.equal((await scrape()).get('trivium_crossvm_queue_depth'), 1);
    await setParams(node, { max_executions_per_block: p.max_executions_per_block });
    for (let i = 0; i < 50 && (await scrape()).get('trivium_crossvm_queue_depth') !== 0; i++) await new Promise((res) => setTimeout(res, 100));
    assert.equal((await scrape()).get('trivium_crossvm_queue_depth'), 0);
  });

  it('only GET /metrics', async () => {
    const base = metricsUrl.replace(/\/metrics$/, '');
    assert.equal((await fetch(base + '/other')).status, 404);
    assert.equal((await fetch(metricsUrl, { method: 'POST', body: '' })).status, 405);
  });

  it('every log line is one JSON object; the per-block lines carry height, num_txs and the app hash', async () => {
    const lines = node.output().split('\n').filter((l) => l.trim() !== '');
    const recs = lines.map((l) => {
      try {
        return JSON.parse(l) as Record<string, any>;
      } catch {
        return assert.fail(`not a JSON log line: ${l}`);
      }
    });
    for (const r of recs) {
      assert.ok(['info', 'warn', 'error', 'debug'].includes(r.level), JSON.stringify(r));
      assert.ok(!Number.isNaN(Date.parse(r.time)), JSON.stringify(r));
      assert.equal(typeof r.message, 'string');
    }
    const blocks = recs.filter((r) => r.module === 'consensus');
    assert.ok(blocks.length >= 5);
    for (const b of blocks) {
      assert.equal(typeof b.height, 'number');
      assert.match(b.app_hash, /^[0-9A-F]{64}$/);
      assert.match(b.message, new RegExp(`^block ${b.height} `));
    }
    assert.ok(blocks.some((b) => b.num_txs >= 1), 'the block of a tx says so');
    assert.ok(recs.some((r) => r.module === 'metrics' && /metrics: http:\/\/127\.0\.0\.1:\d+\/metrics/.test(r.message)));
  });

  it('a failing start reports its error as a JSON line; an unknown format is refused; plain stays the default', async () => {
    const home = mkdtempSync(join(tmpdir(), 'trivium-logfmt-'));
    try {
      const r = await runCli(['start', '--home', home, '--log_format', 'json', '--block-time', 'soon']);
      assert.notEqual(r.code, 0);
      const rec = JSON.parse(r.stderr.trim().split('\n').pop()!);
      assert.equal(rec.level, 'error');
      assert.match(rec.message, /invalid duration "soon"/);
      const x = await runCli(['start', '--home', home, '--log_format', 'xml']);
      assert.notEqual(x.code, 0);
      assert.match(x.stderr, /^Error: --log_format xml is not a log format: use plain or json/m);
      const plain = await runCli(['start', '--home', home, '--block-time', 'soon']);
      assert.match(plain.stderr, /^Error: invalid duration "soon"/m);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
