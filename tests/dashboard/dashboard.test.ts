import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { HDNodeWallet, JsonRpcProvider, Mnemonic } from 'ethers';
import { type Browser, chromium, type Page } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { dashboardServices } from '../../cmd/triviumd/commands/start-dashboard.ts';
import { dev, MNEMONIC } from '../helpers/cosmos.ts';
import { jsonRpc } from '../helpers/json-rpc.ts';
import { repoRoot, startNode, type TestNode } from '../helpers/node.ts';

/**
 * The web dashboard end to end, in Debian's headless Chromium driven by playwright-core: a real node serving the
 * built page and its RPC on one origin; the overview's height rising from the WebSocket feed; a cross-VM call
 * submitted with the CLI moving from Pending to Executed on screen without a reload; its message page (timeline,
 * trace); the search box with each kind of key; a narrow window. TRIVIUM_SCREENSHOTS=docs saves the screenshots
 * the README shows (docs/dashboard-*.png); otherwise they go to a temp folder. Then the same page in Debian's
 * firefox-esr, driven by puppeteer-core over WebDriver BiDi (no browser download either).
 */
const CHROMIUM = '/usr/bin/chromium';
const FIREFOX = '/usr/bin/firefox-esr';
const TARGET = '0x1111111111111111111111111111111111111111';

describe('dashboard (triviumd start --dashboard.address)', () => {
  let node: TestNode;
  let browser: Browser;
  let page: Page;
  let base: string;
  let messageId = '';
  let txHash = '';
  const shots = process.env.TRIVIUM_SCREENSHOTS === 'docs' ? join(repoRoot, 'docs') : join(tmpdir(), `trivium-dashboard-${process.pid}`);

  before(async () => {
    // The page is built by npm ci's prepare; this rebuilds it only when a source is newer (a developer's edit).
    execFileSync(process.execPath, [join(repoRoot, 'scripts/build-dashboard.mjs')], { cwd: repoRoot, stdio: 'inherit' });
    mkdirSync(shots, { recursive: true });
    [node, browser] = await Promise.all([
      startNode({ blockTime: '400ms' }),
      chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] }),
    ]);
    base = `http://${node.ports['dashboard.address']}/`;
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => assert.fail(`page error: ${e.message}`));
  });
  after(async () => {
    await browser?.close();
    await node?.stop();
  });

  it('prints the dashboard in the start banner, serves the page gzipped and mounts the RPC on its origin', async () => {
    assert.match(node.output(), new RegExp(`dashboard +${base.replace(/[.]/g, '\\.')}`));
    const html = await fetch(base, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(html.status, 200);
    const text = await html.text();
    const js = /src="(\/assets\/[^"]+\.js)"/.exec(text)?.[1];
    assert.ok(js, text);
    const asset = await fetch(new URL(js!, base), { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(asset.headers.get('content-encoding'), 'gzip');
    assert.match(asset.headers.get('cache-control') ?? '', /immutable/);
    // Every route of the page is the page; a missing asset is a 404, not the page.
    assert.equal((await fetch(new URL('/anything/else', base))).status, 200);
    assert.equal((await fetch(new URL('/assets/missing.js', base))).status, 404);
    const r = await fetch(new URL('/rpc', base), { method: 'POST', body: JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'status', params: {} }) });
    const body = (await r.json()) as any;
    assert.equal(body.id, 7);
    assert.equal(body.result.node_info.network, 'trivium-devnet-1');
    assert.equal((await fetch(new URL('/rpc', base))).status, 405);
    // Another site's page may not drive the node (its unlocked dev accounts) through the dashboard's mount.
    const foreign = await fetch(new URL('/rpc', base), { method: 'POST', headers: { origin: 'http://evil.example', 'content-type': 'text/plain' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'dev_mine', params: {} }) });
    assert.equal(foreign.status, 403);
    // Off (an empty address): no service is started.
    assert.deepEqual((await dashboardServices({ 'dashboard.address': '' }, 'tcp://127.0.0.1:1')).services, []);
  });

  it('overview: the height rises on screen from the WebSocket feed, with the four charts drawn', async () => {
    await page.goto(base);
    await page.locator('[data-testid=live].on').waitFor();
    const height = page.locator('[data-testid=height] .value');
    await height.waitFor();
    const first = Number((await height.textContent())!.replace(/,/g, ''));
    assert.ok(first >= 1);
    await page.waitForFunction((h) => Number(document.querySelector('[data-testid=height] .value')!.textContent!.replace(/,/g, '')) >= h + 2, first, { timeout: 15_000 });
    for (const id of ['chart-txs', 'chart-gas', 'chart-queue', 'chart-msgs']) assert.equal(await page.locator(`[data-testid=${id}] canvas`).count(), 1, id);
    // The feed is a WebSocket subscription: the page did not navigate or reload to get there.
    assert.equal(await page.evaluate(() => performance.getEntriesByType('navigation').length), 1);
  });

  it('a cross-VM call submitted with the CLI goes from Pending to Executed in the messages table without a reload', async () => {
    await page.goto(`${base}#/messages`);
    await page.locator('[data-testid=messages]').waitFor();
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    // Hold the next message in the queue for five blocks (a devnet control), so Pending lasts long enough to see.
    const inj = await node.rpc('dev_crossvmInject', { message_id: 'next', outcome: 'delay', blocks: 5 });
    assert.ok(inj);
    const r = await node.cli(['tx', 'crossvm', 'call', 'evm', TARGET, '0x', '--from', 'dev0', '--keyring-backend', 'test', '--yes', '-o', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { txhash: string; code: number; events: Array<{ type: string; attributes: Array<{ key: string; value: string }> }> };
    assert.equal(out.code, 0, r.stdout);
    txHash = out.txhash;
    messageId = out.events.find((e) => e.type === 'crossvm_request')!.attributes.find((a) => a.key === 'message_id')!.value;
    const row = page.locator(`tr[data-message-id="${messageId}"]`);
    await page.locator(`tr[data-message-id="${messageId}"][data-status="PENDING"]`).waitFor({ timeout: 15_000 });
    assert.equal(await row.locator('.badge').textContent(), 'PENDING');
    await page.locator(`tr[data-message-id="${messageId}"][data-status="EXECUTED"]`).waitFor({ timeout: 15_000 });
    assert.equal(await row.locator('.badge').textContent(), 'EXECUTED');
    assert.equal(await page.evaluate(() => (window as unknown as { marker?: number }).marker), 42, 'the page was not reloaded');
    // The filters: this message is EXECUTED and from dev0; none of dev0's is TIMED_OUT.
    await page.goto(`${base}#/messages?status=EXECUTED&sender=${dev[0]!.address}`);
    await row.waitFor();
    await page.goto(`${base}#/messages?status=TIMED_OUT`);
    await page.waitForFunction(() => document.querySelector('.card p.muted')?.textContent?.startsWith('0 matching'));
    assert.equal(await row.count(), 0);
  });

  it('the message page: its timeline with heights, the payload, escrow and refund, and the trace tree', async () => {
    await page.goto(`${base}#/message/${messageId}`);
    const tl = page.locator('[data-testid=timeline]');
    await tl.locator('li[data-state=EXECUTED]').waitFor();
    const states = await tl.locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-state')));
    assert.deepEqual(states, ['SUBMITTED', 'PENDING', 'EXECUTED']);
    const view = await node.rpc<any>('trivium_crossvmMessage', { id: messageId });
    const heights = await tl.locator('.tl-height a').allTextContents();
    assert.deepEqual(heights, [view.message.submitted_height, String(Number(view.message.submitted_height) + 1), view.message.updated_height]);
    assert.ok(Number(view.message.updated_height) >= Number(view.message.submitted_height) + 5, 'the injected delay held it');
    assert.equal(view.submitted_tx, txHash);
    assert.match(await page.locator('main').textContent() ?? '', /escrow/);
    assert.equal(view.settlement.refund, view.message.escrow, 'a call to an account without code uses no gas: the escrow comes back');
    // The trace: from the submitting Cosmos tx down to the queued message it led to.
    const trace = page.locator('[data-testid=trace]');
    await trace.locator('.frame[data-kind=crossvm_message]').waitFor();
    assert.equal(await trace.locator('.frame').first().getAttribute('data-kind'), 'cosmos_tx');
    await page.screenshot({ path: join(shots, 'dashboard-message.png') });
  });

  it('a failed message (an injected failure): its page shows Submitted → Pending → Failed with the error, the chart counts it', async () => {
    await node.rpc('dev_crossvmInject', { message_id: 'next', outcome: 'fail', reason: 'oracle offline (injected)' });
    const r = await node.cli(['tx', 'crossvm', 'call', 'evm', TARGET, '0x', '--from', 'dev0', '--keyring-backend', 'test', '--yes', '-o', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { events: Array<{ type: string; attributes: Array<{ key: string; value: string }> }> };
    const id = out.events.find((e) => e.type === 'crossvm_request')!.attributes.find((a) => a.key === 'message_id')!.value;
    await page.goto(`${base}#/message/${id}`);
    await page.locator('[data-testid=timeline] li[data-state=FAILED]').waitFor({ timeout: 15_000 });
    assert.match((await page.locator('[data-testid=message-error]').textContent()) ?? '', /oracle offline \(injected\)/);
    const view = await node.rpc<any>('trivium_crossvmMessage', { id });
    assert.equal(view.message.status, 'FAILED');
    assert.equal(view.timeline.at(-1).state, 'FAILED');
    assert.equal(view.timeline.at(-1).detail, view.message.error);
    assert.deepEqual(await page.locator('[data-testid=timeline] li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-state'))), ['SUBMITTED', 'PENDING', 'FAILED']);
    // The overview's chart of outcomes counts it in its block.
    const stats = await node.rpc<any[]>('trivium_crossvmBlockStats', { from: Number(view.message.updated_height), to: Number(view.message.updated_height) });
    assert.equal(stats[0].failed, 1);
  });

  it('search: a height, a tx hash, a message id, and an address in each face all reach their page', async () => {
    const search = async (q: string) => {
      await page.fill('input[name=q]', q);
      await page.press('input[name=q]', 'Enter');
    };
    await page.goto(`${base}#/`);
    // A height above every message id names only its block.
    const h = Number((await node.rpc<any>('status')).sync_info.latest_block_height);
    await search(String(h));
    await page.waitForURL(`**#/block/${h}`);
    await page.locator(`text=Block ${h}`).waitFor();
    await search(txHash.toLowerCase());
    await page.waitForURL(`**#/tx/${txHash}`);
    assert.equal(await page.locator('[data-testid=tx-hash]').textContent(), txHash);
    await page.locator('text=/trivium.crossvm.v1.MsgCrossVMCall').first().waitFor();
    // A small number is a height and a message id both: the box offers the two.
    await search(messageId);
    const hits = page.locator('[data-testid=search-hits] a');
    await hits.first().waitFor();
    assert.deepEqual(await hits.evaluateAll((as) => as.map((a) => a.getAttribute('data-kind'))), ['block', 'message']);
    await page.click(`[data-testid=search-hits] a[data-kind=message]`);
    await page.waitForURL(`**#/message/${messageId}`);
    const acct = await node.rpc<any>('trivium_account', { address: dev[0]!.address });
    for (const face of [acct.faces.bech32, acct.faces.evm, acct.faces.svm_face]) {
      await search(face);
      await page.waitForURL(`**#/account/${encodeURIComponent(face)}`);
      await page.locator('[data-testid=face-bech32]').waitFor();
      assert.equal(await page.locator('[data-testid=face-bech32]').textContent(), dev[0]!.address);
      assert.equal(await page.locator('[data-testid=face-evm]').textContent(), acct.faces.evm);
    }
    // The account page lists the call among its recent txs and messages.
    await page.locator(`a[href="#/tx/${txHash}"]`).waitFor();
    await page.locator(`a[href="#/message/${messageId}"]`).first().waitFor();
    await search('nothing-like-a-key');
    await page.locator('[data-testid=search-hits] >> text=nothing found').waitFor();
  });

  it('the explorer RPC: an Ethereum tx and a Solana tx by VM, decoded and found by their own hashes; bad input is -32602', async () => {
    const provider = new JsonRpcProvider(`http://${node.ports['json-rpc.address']}`, undefined, { staticNetwork: true, pollingInterval: 50 });
    const wallet = HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(MNEMONIC), "m/44'/60'/0'/0/0").connect(provider);
    const receipt = (await (await wallet.sendTransaction({ to: TARGET, value: 12345n })).wait())!;
    provider.destroy();
    const svm = `http://${node.ports['svm-rpc.address']}`;
    const to = (await node.rpc<any>('trivium_account', { address: dev[1]!.address })).faces.svm_face;
    const sig = (await jsonRpc(svm, 'requestAirdrop', [to, 1000])).result as string;
    assert.ok(sig, 'airdrop signature');
    let solTx: any = null;
    for (let i = 0; i < 100 && !solTx; i++) {
      solTx = await node.rpc<any>('trivium_tx', { hash: sig });
      if (!solTx) await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(solTx.vm, 'svm');
    assert.equal(solTx.decoded.solana.signatures[0], sig);
    const eth = await node.rpc<any>('trivium_tx', { hash: receipt.hash });
    assert.equal(eth.vm, 'evm');
    assert.equal(eth.height, receipt.blockNumber);
    assert.equal(eth.decoded.ethereum.from.toLowerCase(), wallet.address.toLowerCase());
    assert.equal(eth.decoded.ethereum.to.toLowerCase(), TARGET);
    assert.equal(eth.decoded.ethereum.value_wei, '12345');
    // The same tx by its CometBFT hash, and the block rows count it under evm with its gas.
    assert.equal((await node.rpc<any>('trivium_tx', { hash: eth.hash })).decoded.ethereum.hash, receipt.hash);
    const block = await node.rpc<any>('trivium_block', { height: receipt.blockNumber });
    const row = block.txs.find((t: any) => t.hash === eth.hash);
    assert.equal(row.vm, 'evm');
    assert.equal(block.txs_by_vm.evm, block.txs.filter((t: any) => t.vm === 'evm').length);
    assert.equal(block.gas_by_vm.evm, block.txs.filter((t: any) => t.vm === 'evm').reduce((a: number, t: any) => a + Number(t.gas_used), 0));
    const cosmos = await node.rpc<any>('trivium_tx', { hash: txHash });
    assert.equal(cosmos.vm, 'cosmos');
    assert.equal(cosmos.decoded.cosmos.messages[0].type_url, '/trivium.crossvm.v1.MsgCrossVMCall');
    assert.equal(cosmos.decoded.cosmos.messages[0].value.targetContract, TARGET);
    assert.deepEqual(cosmos.crossvm_message_ids, [messageId]);
    assert.deepEqual((await node.rpc<any>('trivium_search', { q: receipt.hash })).hits.map((h: any) => h.kind), ['tx']);
    // The tx page reads the Ethereum fields; the blocks table counts the tx under evm; the contracts page lists the deployer.
    await page.goto(`${base}#/tx/${receipt.hash}`);
    await page.locator('text=Ethereum transaction (raw)').waitFor();
    await page.goto(`${base}#/blocks`);
    await page.locator(`tr:has(a[href="#/block/${receipt.blockNumber}"]) .vm:has-text("evm")`).waitFor();
    await page.goto(`${base}#/contracts`);
    await page.locator('a[href*="0x4e59b44847b379578588920cA78FbF26c0B4956C" i]').first().waitFor();
    // The CREATE2 deployer the devnet holds is an EVM contract; filters and ids are checked.
    const contracts = (await node.rpc<any>('trivium_contracts', { vm: 'evm' })).contracts;
    assert.ok(contracts.some((c: any) => c.address.toLowerCase() === '0x4e59b44847b379578588920ca78fbf26c0b4956c'), JSON.stringify(contracts));
    const filtered = await node.rpc<any>('trivium_crossvmMessages', { target_vm: 'svm' });
    assert.equal(filtered.total, 0);
    assert.equal(await node.rpc('trivium_crossvmMessage', { id: '999999' }), null);
    const rpcUrl = `http://${node.ports['rpc.laddr']}`;
    for (const [method, params] of [
      ['trivium_crossvmMessages', { status: 'DONE' }],
      ['trivium_crossvmMessages', { source_vm: 'jvm' }],
      ['trivium_crossvmMessage', { id: 'one' }],
      ['trivium_account', { address: 'nope' }],
      ['trivium_search', { q: '' }],
      ['trivium_blocks', { limit: -1 }],
      ['trivium_contracts', { vm: 'jvm' }],
    ] as const) {
      const r = await jsonRpc(rpcUrl, method, params);
      assert.equal(r.error?.code, -32602, `${method} ${JSON.stringify(params)}: ${JSON.stringify(r)}`);
    }
  });

  it("Firefox (Debian's firefox-esr over WebDriver BiDi, puppeteer-core): the overview goes live and a message page shows its timeline", async () => {
    const ff = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
    try {
      const p = await ff.newPage();
      await p.setViewport({ width: 1280, height: 800 });
      await p.goto(base);
      await p.waitForSelector('[data-testid=live].on', { timeout: 30_000 });
      await p.waitForSelector('[data-testid=height] .value');
      const read = () => p.$eval('[data-testid=height] .value', (e) => Number(e.textContent!.replace(/,/g, '')));
      const first = await read();
      await p.waitForFunction((h: number) => Number(document.querySelector('[data-testid=height] .value')!.textContent!.replace(/,/g, '')) >= h + 2, { timeout: 15_000 }, first);
      assert.equal(await p.$$eval('.chart canvas', (c) => c.length), 4);
      await p.goto(`${base}#/message/${messageId}`);
      await p.waitForSelector('[data-testid=timeline] li[data-state=EXECUTED]');
      assert.deepEqual(await p.$$eval('[data-testid=timeline] li', (lis) => lis.map((li) => li.getAttribute('data-state'))), ['SUBMITTED', 'PENDING', 'EXECUTED']);
    } finally {
      await ff.close();
    }
  });

  it('fits a narrow window: nothing wider than the viewport, charts resized', async () => {
    await page.goto(`${base}#/`);
    await page.locator('[data-testid=chart-txs] canvas').waitFor();
    await page.fill('input[name=q]', '');
    await page.screenshot({ path: join(shots, 'dashboard-overview.png') });
    await page.setViewportSize({ width: 390, height: 800 });
    await page.waitForFunction(() => document.querySelector('[data-testid=chart-txs] canvas')!.getBoundingClientRect().width <= 390);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than a 390px window`);
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
