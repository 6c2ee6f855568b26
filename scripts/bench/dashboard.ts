/**
 * The web dashboard (issue 19), in Debian's headless Chromium (playwright-core), against real nodes:
 *   first paint   the overview loaded cold (a new browser context each time) from a node holding 10,000 blocks and
 *                 5,000 cross-VM messages, against the same page from a fresh node (a few blocks, no messages), the
 *                 two interleaved in rounds (their order alternating): first contentful paint, and the time until
 *                 the overview shows the node's height with its four charts drawn. Every load is checked: the
 *                 height on screen is the node's (≥ 10,000 on the full one) and the message count is 5,000.
 *   transfer      the bytes the overview's load moved: the page (HTML, JS, CSS; gzip) and its RPC answers.
 *   50 blocks/s   a node at --block-time 20ms with the overview open for DURATION s: how far the height on screen
 *                 trails the node's, the page's longest main-thread task (long tasks ≥ 50 ms, PerformanceObserver)
 *                 and the worst lateness of a 20 ms timer in it (how long input would wait), the RPC reads the page made per second, and the CPU
 *                 the browser (the load generator here) and the node used; the node's block rate with the page
 *                 closed (measured first) and open.
 *
 *   node --no-node-snapshot --import tsx scripts/bench/dashboard.ts [rounds=5] [duration=20]
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { dev } from '../../tests/helpers/cosmos.ts';
import { repoRoot, startNode, type TestNode } from '../../tests/helpers/node.ts';
import { callMsg, sendTx } from '../../tests/crossvm/helpers.ts';
import { processCpuSec } from './lib/proc.ts';

const ROUNDS = Number(process.argv[2] ?? 5);
const DURATION_S = Number(process.argv[3] ?? 20);
const BLOCKS = 10_000;
const MESSAGES = 5_000;
const PER_TX = 100;
const TARGET = '0x1111111111111111111111111111111111111111';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0]!, median: s[Math.floor(s.length / 2)]!, max: s[s.length - 1]! };
};
const fmt = (x: { min: number; median: number; max: number }, unit = 'ms', d = 0) => `${x.min.toFixed(d)} / **${x.median.toFixed(d)}** / ${x.max.toFixed(d)} ${unit}`;
const dashUrl = (n: TestNode) => `http://${n.ports['dashboard.address']}/`;
const log = (s: string) => process.stderr.write(s + '\n');

/** 5,000 messages (100 MsgCrossVMCall a tx, the ten dev accounts in parallel), then empty blocks to 10,000. */
async function fill(node: TestNode): Promise<void> {
  const txsPerAccount = MESSAGES / PER_TX / 10;
  await Promise.all(
    Array.from({ length: 10 }, async (_, i) => {
      for (let t = 0; t < txsPerAccount; t++) {
        const r = await sendTx(node, i, Array.from({ length: PER_TX }, () => callMsg(i, 'evm', TARGET, new Uint8Array())), 12_000_000);
        if (r.code !== 0) throw new Error(`dev${i} tx ${t}: ${r.log}`);
      }
    }),
  );
  for (;;) {
    const h = Number((await node.rpc('status')).sync_info.latest_block_height);
    if (h >= BLOCKS) break;
    await node.rpc('dev_mine', { blocks: Math.min(2_000, BLOCKS - h) });
  }
  const m = await node.rpc('trivium_crossvmMessages', { limit: 1 });
  if (m.total !== MESSAGES || m.queue_depth !== 0) throw new Error(`expected ${MESSAGES} finished messages, got ${m.total} (queue ${m.queue_depth})`);
}

interface Load {
  fcpMs: number;
  readyMs: number;
  pageBytes: number;
  rpcBytes: number;
}

/** One cold load of the overview: FCP, time to the height and charts on screen, bytes moved. */
async function loadOverview(browser: Browser, node: TestNode, minHeight: number, messages: number): Promise<Load> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  let pageBytes = 0;
  let rpcBytes = 0;
  const urls = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', (e: any) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e: any) => {
    if ((urls.get(e.requestId) ?? '').endsWith('/rpc')) rpcBytes += e.encodedDataLength;
    else pageBytes += e.encodedDataLength;
  });
  const t0 = Date.now();
  await page.goto(dashUrl(node));
  await page.waitForFunction(
    ({ minHeight, messages }) => {
      const h = Number(document.querySelector('[data-testid=height] .value')?.textContent?.replace(/,/g, '') ?? 0);
      const q = document.querySelector('[data-testid=queue] .sub')?.textContent ?? '';
      return h >= minHeight && q.startsWith(`${messages.toLocaleString('en-US')} messages`) && document.querySelectorAll('.chart canvas').length === 4;
    },
    { minHeight, messages },
    { timeout: 60_000, polling: 'raf' },
  );
  const readyMs = Date.now() - t0;
  const fcpMs = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  if (!Number.isFinite(fcpMs)) throw new Error('no first-contentful-paint entry');
  await ctx.close();
  return { fcpMs, readyMs, pageBytes, rpcBytes };
}

/** CPU seconds of Chromium's processes (the browser and its children): the load generator of this benchmark. */
function chromiumCpuSec(): number {
  let sum = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith('/usr/lib/chromium/chromium')) continue;
      sum += processCpuSec(Number(pid));
    } catch {
      /* gone */
    }
  }
  return sum;
}

async function responsiveness(browser: Browser): Promise<string[]> {
  const node = await startNode({ blockTime: '20ms', extraArgs: ['--quiet'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let reads = 0;
    page.on('request', (r) => void (r.url().endsWith('/rpc') && reads++));
    await page.addInitScript(() => {
      const w = window as unknown as { longest: number; worstFrame: number };
      w.longest = 0;
      w.worstFrame = 0;
      new PerformanceObserver((l) => l.getEntries().forEach((e) => (w.longest = Math.max(w.longest, e.duration)))).observe({ type: 'longtask', buffered: true });
      // A 20 ms timer's lateness: how long input would wait for the page's main thread.
      let last = performance.now();
      setInterval(() => {
        const t = performance.now();
        w.worstFrame = Math.max(w.worstFrame, t - last - 20);
        last = t;
      }, 20);
    });
    // The node's own pace first, with no page open: what the page is then measured against.
    const b0 = Number((await node.rpc('status')).sync_info.latest_block_height);
    const tb = Date.now();
    await new Promise((r) => setTimeout(r, (DURATION_S / 2) * 1000));
    const alone = (Number((await node.rpc('status')).sync_info.latest_block_height) - b0) / ((Date.now() - tb) / 1000);
    await page.goto(dashUrl(node));
    await page.locator('[data-testid=live].on').waitFor();
    await page.waitForTimeout(1000);
    await page.evaluate(() => Object.assign(window, { longest: 0, worstFrame: 0 }));
    reads = 0;
    const h0 = Number((await node.rpc('status')).sync_info.latest_block_height);
    const cpu0 = { browser: chromiumCpuSec(), node: processCpuSec(node.proc.pid!) };
    const lags: number[] = [];
    const t0 = Date.now();
    while (Date.now() - t0 < DURATION_S * 1000) {
      await page.waitForTimeout(500);
      const [onScreen, status] = await Promise.all([page.locator('[data-testid=height] .value').textContent(), node.rpc('status')]);
      lags.push(Number(status.sync_info.latest_block_height) - Number(onScreen!.replace(/,/g, '')));
    }
    const secs = (Date.now() - t0) / 1000;
    const h1 = Number((await node.rpc('status')).sync_info.latest_block_height);
    const w = await page.evaluate(() => ({ longest: (window as any).longest as number, worstFrame: (window as any).worstFrame as number }));
    const cpu = { browser: chromiumCpuSec() - cpu0.browser, node: processCpuSec(node.proc.pid!) - cpu0.node };
    const rate = (h1 - h0) / secs;
    if (rate < 20) throw new Error(`the node made only ${rate.toFixed(1)} blocks/s`);
    const lag = stats(lags);
    return [
      `| node's block rate, page closed / open | ${alone.toFixed(1)} / ${rate.toFixed(1)} blocks/s |`,
      `| height on screen behind the node's (sampled every 0.5 s) | min / **median** / max ${fmt(lag, 'blocks')} |`,
      `| longest main-thread task (long tasks ≥ 50 ms) | ${w.longest ? w.longest.toFixed(0) + ' ms' : 'none'} |`,
      `| worst lateness of a 20 ms timer in the page (input delay bound) | ${w.worstFrame.toFixed(0)} ms |`,
      `| RPC reads by the page | ${(reads / secs).toFixed(1)} /s |`,
      `| CPU: Chromium (the load generator) / the node | ${((cpu.browser / secs) * 100).toFixed(0)} % / ${((cpu.node / secs) * 100).toFixed(0)} % of a core |`,
    ];
  } finally {
    await node.stop();
  }
}

execFileSync(process.execPath, [join(repoRoot, 'scripts/build-dashboard.mjs')], { cwd: repoRoot, stdio: 'inherit' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const full = await startNode({ blockTime: '0', extraArgs: ['--quiet'] });
const empty = await startNode({ blockTime: '1s', extraArgs: ['--quiet'] });
try {
  const tFill = Date.now();
  await fill(full);
  log(`filled: ${BLOCKS} blocks, ${MESSAGES} messages in ${((Date.now() - tFill) / 1000).toFixed(0)} s`);
  const fullH = Number((await full.rpc('status')).sync_info.latest_block_height);
  const sides = { full: [] as Load[], empty: [] as Load[] };
  await loadOverview(browser, full, fullH, MESSAGES); // warm-up: the node's block cache, Chromium's start
  await loadOverview(browser, empty, 1, 0);
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 ? (['empty', 'full'] as const) : (['full', 'empty'] as const);
    for (const side of order) sides[side].push(side === 'full' ? await loadOverview(browser, full, fullH, MESSAGES) : await loadOverview(browser, empty, 1, 0));
    log(`round ${r + 1}: full ${sides.full.at(-1)!.readyMs} ms, empty ${sides.empty.at(-1)!.readyMs} ms`);
  }
  const out = [
    `Overview, cold load in a new browser context, ${ROUNDS} rounds interleaved (min / **median** / max):`,
    '',
    `| node | first contentful paint | overview drawn (height, stats, 4 charts) | page bytes (gzip) | RPC bytes |`,
    '|---|---|---|---|---|',
    ...(['full', 'empty'] as const).map((s) => {
      const l = sides[s];
      return `| ${s === 'full' ? `${BLOCKS.toLocaleString('en-US')} blocks, ${MESSAGES.toLocaleString('en-US')} messages` : 'fresh (a few blocks)'} | ${fmt(stats(l.map((x) => x.fcpMs)))} | ${fmt(stats(l.map((x) => x.readyMs)))} | ${stats(l.map((x) => x.pageBytes)).median.toLocaleString('en-US')} | ${stats(l.map((x) => x.rpcBytes)).median.toLocaleString('en-US')} |`;
    }),
    '',
    `At 50 blocks/s (\`--block-time 20ms\`), the overview open for ${DURATION_S} s:`,
    '',
    '| what | figure |',
    '|---|---|',
    ...(await responsiveness(browser)),
  ];
  process.stdout.write(out.join('\n') + '\n');
} finally {
  await browser.close();
  await Promise.all([full.stop(), empty.stop()]);
}
