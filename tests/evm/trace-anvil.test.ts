import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Contract, ContractFactory, HDNodeWallet, JsonRpcProvider, Mnemonic } from 'ethers';
import { freePort, repoRoot, startNode, type TestNode } from '../helpers/node.ts';
import { DEV_MNEMONIC, compileSolidity } from './helpers.ts';

const ANVIL = join(repoRoot, 'node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil');

type Chain = { name: string; provider: JsonRpcProvider; parent: Contract; hashes: Record<string, string> };

/** anvil's spelling → geth's, where they differ: memory words with 0x, refund 0 and returnData "0x" not left out. */
function gethStep(s: any): any {
  const out = { ...s };
  if (out.refund === 0) delete out.refund;
  if (out.returnData === '0x') delete out.returnData;
  if (out.memory) out.memory = out.memory.map((w: string) => w.replace(/^0x/, ''));
  if (out.storage) out.storage = Object.fromEntries(Object.entries(out.storage).map(([k, v]) => [k.replace(/^0x/, ''), String(v).replace(/^0x/, '')]));
  return out;
}

/** A frame without what the two nodes legitimately disagree on: the top frame's gas (geth: the tx's gas limit, anvil: after intrinsic gas) and a CREATE frame's gas (anvil shows its gasUsed). */
function comparable(f: any, top = true): any {
  const { gas, calls, consoleLogs, ...rest } = f;
  void consoleLogs;
  const out: any = { ...rest };
  if (!top && f.type !== 'CREATE' && f.type !== 'CREATE2') out.gas = gas;
  if (calls) out.calls = calls.map((c: any) => comparable(c, false));
  return out;
}

/**
 * The same contract and the same txs (fixed gas limits) on anvil 1.7.1 (`--steps-tracing`) and on a Trivium
 * node: the struct logs agree step by step (pc, op, gas, gasCost, depth, stack, storage, memory) and the
 * callTracer frames field by field — a check against a second, independent EVM and tracer implementation.
 */
describe('x/evm traces side by side with anvil', () => {
  let anvil: ChildProcess;
  let node: TestNode;
  const chains: Chain[] = [];

  before(async () => {
    const port = await freePort();
    anvil = spawn(ANVIL, ['--host', '127.0.0.1', '--port', String(port), '--steps-tracing'], { stdio: 'ignore' });
    node = await startNode({ blockTime: '0' });
    const { Parent } = await compileSolidity({ 'Traced.sol': readFileSync(join(repoRoot, 'tests/evm/contracts/Traced.sol'), 'utf8') });
    for (const [name, url] of [['anvil', `http://127.0.0.1:${port}`], ['trivium', `http://${node.ports['json-rpc.address']}`]] as const) {
      const provider = new JsonRpcProvider(url, undefined, { staticNetwork: true, pollingInterval: 50, cacheTimeout: -1 });
      for (let i = 0; ; i++) {
        try {
          await provider.getBlockNumber();
          break;
        } catch (e) {
          if (i > 100) throw e;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      const w = HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(DEV_MNEMONIC), "m/44'/60'/0'/0/9").connect(provider);
      const parent = (await (await new ContractFactory(Parent!.abi, Parent!.bytecode, w).deploy({ gasLimit: 1_000_000 })).waitForDeployment()) as unknown as Contract;
      const hashes: Record<string, string> = { deploy: parent.deploymentTransaction()!.hash };
      for (const [key, fn, args] of [['nested', 'nested', [7n]], ['delegate', 'delegate', [3n]], ['fail', 'fail', []], ['make', 'make', []]] as const) {
        const tx = await parent.getFunction(fn)(...args, { gasLimit: 300_000 });
        await tx.wait().catch(() => undefined);
        hashes[key] = tx.hash;
      }
      chains.push({ name, provider, parent, hashes });
    }
  });
  after(async () => {
    for (const c of chains) c.provider.destroy();
    anvil?.kill();
    await node?.stop();
  });

  const both = (key: string, config: object) => Promise.all(chains.map((c) => c.provider.send('debug_traceTransaction', [c.hashes[key], config])));

  for (const key of ['deploy', 'nested', 'delegate', 'fail', 'make']) {
    it(`struct logger, ${key}: every step as anvil's`, async () => {
      const [a, t] = await both(key, { enableMemory: true });
      assert.equal(t.gas, a.gas);
      assert.equal(t.failed, a.failed);
      assert.equal(t.returnValue, a.returnValue);
      assert.ok(a.structLogs.length > 50, 'anvil recorded the steps');
      assert.equal(t.structLogs.length, a.structLogs.length);
      for (let i = 0; i < a.structLogs.length; i++) assert.deepEqual(t.structLogs[i], gethStep(a.structLogs[i]), `step ${i} (${a.structLogs[i].op})`);
    });

    it(`callTracer, ${key}: every frame as anvil's`, async () => {
      const [a, t] = await both(key, { tracer: 'callTracer', tracerConfig: { withLog: true } });
      assert.deepEqual(comparable(t), comparable(a));
      const receipt = await chains[1]!.provider.getTransactionReceipt(chains[1]!.hashes[key]!);
      assert.equal(BigInt(t.gasUsed), receipt!.gasUsed);
      assert.equal(BigInt(t.gas), (await chains[1]!.provider.getTransaction(chains[1]!.hashes[key]!))!.gasLimit);
    });
  }

  it('prestateTracer: the touched contracts\' code, nonce and slots as anvil\'s; diffMode: the same storage changes', async () => {
    // The sender's balance and the fee recipient (anvil's coinbase, our fee collector) differ by chain.
    const contracts = (pre: Record<string, any>, c: Chain) => {
      const sender = c.parent.runner as unknown as { address: string };
      return Object.fromEntries(Object.entries(pre).filter(([k, v]) => k !== sender.address.toLowerCase() && (v.code !== undefined || v.storage !== undefined)));
    };
    for (const key of ['nested', 'delegate', 'make']) {
      const [a, t] = await both(key, { tracer: 'prestateTracer' });
      assert.deepEqual(contracts(t, chains[1]!), contracts(a, chains[0]!), key);
      const [da, dt] = await both(key, { tracer: 'prestateTracer', tracerConfig: { diffMode: true } });
      const storage = (d: any) => Object.fromEntries(Object.entries(d.post as Record<string, any>).filter(([, v]) => v.storage).map(([k, v]) => [k, v.storage]));
      assert.deepEqual(storage(dt), storage(da), `${key} (diffMode post storage)`);
    }
  });
});
