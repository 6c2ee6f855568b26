// Issue 17: an idle node has loaded none of the heavy parts it loads when first needed — each VM's engine (the revm
// addon, ethereumjs's EVM, isolated-vm, LiteSVM, the CosmWasm VM) and gRPC — and the first request that needs one
// loads it and is answered. Seen from outside the process twice over: its memory map (which native addons are mapped)
// and its metrics (trivium_lazy_part_loaded, core/types/lazy-parts.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as grpc from '@grpc/grpc-js';
import { GetLatestBlockRequest, GetLatestBlockResponse } from 'cosmjs-types/cosmos/base/tendermint/v1beta1/query';
import { deployJs } from '../crossvm/helpers.ts';
import { freePort, repoRoot, startNode, type TestNode } from '../helpers/node.ts';

/** The native addons each part maps into the process. */
const ADDON = { 'evm-revm': /trivium_evm_revm\.node$/, 'isolated-vm': /isolated_vm\.node$/, litesvm: /litesvm[^/]*\.node$/ } as const;

describe('engines and surfaces load when first needed (issue 17)', () => {
  let node: TestNode;
  let metricsUrl: string;
  const mapped = (): string[] => [...new Set(readFileSync(`/proc/${node.proc.pid}/maps`, 'utf8').split('\n').map((l) => l.split(/\s+/)[5] ?? '').filter((f) => f.endsWith('.node')))];
  const loaded = async (): Promise<Record<string, number>> => {
    const text = await (await fetch(metricsUrl)).text();
    const out: Record<string, number> = {};
    for (const m of text.matchAll(/^trivium_lazy_part_loaded\{part="([\w-]+)"\} (\d)$/gm)) out[m[1]!] = Number(m[2]);
    return out;
  };
  const ethCall = async (to: string | undefined, data: string) => {
    const r = await fetch(`http://${node.ports['json-rpc.address']}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_call', params: [{ to, data }, 'latest'] }) });
    return (await r.json()) as { result?: string; error?: unknown };
  };
  const solana = async (method: string, params: unknown[]) => {
    const r = await fetch(`http://${node.ports['svm-rpc.address']}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
    return (await r.json()) as { result?: any; error?: unknown };
  };

  before(async () => {
    const port = await freePort();
    metricsUrl = `http://127.0.0.1:${port}/metrics`;
    // The revm engine named, so the test means the same whatever TRIVIUM_EVM_ENGINE a run sets.
    node = await startNode({ blockTime: '100ms', api: true, extraArgs: ['--metrics', `127.0.0.1:${port}`, '--evm.engine', 'revm'] });
    // A few blocks in: producing empty blocks must not load anything either.
    while (Number((await node.rpc<any>('status')).sync_info.latest_block_height) < 3) await new Promise((r) => setTimeout(r, 50));
  });
  after(async () => {
    await node?.stop();
  });

  it('an idle node has loaded none of them', async () => {
    const parts = await loaded();
    assert.deepEqual(Object.keys(parts).sort(), ['cosmwasm-vm', 'ethereumjs-evm', 'evm-revm', 'grpc', 'isolated-vm', 'litesvm']);
    for (const [part, v] of Object.entries(parts)) assert.equal(v, 0, `${part} is loaded in an idle node`);
    const addons = mapped();
    assert.ok(addons.some((f) => /classic-level\.node$/.test(f)), `the memory map lists the node's addons (LevelDB at least): ${addons.join(', ')}`);
    for (const [part, re] of Object.entries(ADDON)) assert.ok(!addons.some((f) => re.test(f)), `${part}'s addon is mapped in an idle node`);
  });

  it('the first eth_call loads revm (and only revm), and is answered', async () => {
    // Init code that returns the word 42 (PUSH1 42 PUSH1 0 MSTORE PUSH1 32 PUSH1 0 RETURN): the call really ran.
    const r = await ethCall(undefined, '0x602a60005260206000f3');
    assert.equal(r.result, '0x' + '2a'.padStart(64, '0'), JSON.stringify(r));
    const parts = await loaded();
    assert.equal(parts['evm-revm'], 1);
    assert.equal(parts['ethereumjs-evm'], 0, 'contract code on revm needs no JavaScript EVM');
    assert.ok(mapped().some((f) => ADDON['evm-revm'].test(f)), 'the revm addon is mapped after the call');
  });

  it("a call revm hands to ethereumjs (a standard precompile, for its error wording) loads ethereumjs's EVM then", async () => {
    // The identity precompile (0x…04) returns its input.
    const r = await ethCall('0x0000000000000000000000000000000000000004', '0xdeadbeef');
    assert.equal(r.result, '0xdeadbeef', JSON.stringify(r));
    assert.equal((await loaded())['ethereumjs-evm'], 1);
  });

  it('the first gRPC connection loads grpc-js, and the call is answered with the latest block', async () => {
    assert.equal((await loaded()).grpc, 0);
    const client = new grpc.Client(node.ports['grpc.address']!, grpc.credentials.createInsecure());
    try {
      const res = await new Promise<GetLatestBlockResponse>((resolve, reject) =>
        client.makeUnaryRequest('/cosmos.base.tendermint.v1beta1.Service/GetLatestBlock', (m: GetLatestBlockRequest) => Buffer.from(GetLatestBlockRequest.encode(m).finish()), (b: Buffer) => GetLatestBlockResponse.decode(b), {}, (err, r) => (err ? reject(err) : resolve(r!))),
      );
      assert.ok(Number(res.sdkBlock?.header?.height ?? res.block?.header?.height ?? 0n) >= 3, 'the answer carries a block at the current height');
    } finally {
      client.close();
    }
    assert.equal((await loaded()).grpc, 1);
  });

  it('the first JS contract loads isolated-vm, and deploys', async () => {
    const addr = await deployJs(node, join(repoRoot, 'tests/crossvm/contracts/recorder.js'));
    assert.match(addr, /^trivium1/);
    assert.equal((await loaded())['isolated-vm'], 1);
    assert.ok(mapped().some((f) => ADDON['isolated-vm'].test(f)), "isolated-vm's addon is mapped after the deploy");
    assert.equal((await loaded()).litesvm, 0);
  });

  it('the first Solana transaction loads LiteSVM, and lands', async () => {
    const to = '4Nd1mBQtrMJVYVfKf2PJy9NZUZdTAsp7D4xWLs4gDB4T';
    const sig = await solana('requestAirdrop', [to, 1_000_000]);
    assert.equal(typeof sig.result, 'string', JSON.stringify(sig));
    for (let i = 0; (await solana('getBalance', [to])).result?.value !== 1_000_000; i++) {
      assert.ok(i < 200, 'the airdrop did not land');
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.equal((await loaded()).litesvm, 1);
    assert.ok(mapped().some((f) => ADDON.litesvm.test(f)), "LiteSVM's addon is mapped after the transaction");
  });
});
