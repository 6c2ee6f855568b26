import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Contract, ContractFactory, HDNodeWallet, JsonRpcProvider, Mnemonic } from 'ethers';
import { compileSolidity } from '../evm/helpers.ts';
import { dev, MNEMONIC } from '../helpers/cosmos.ts';
import { fixturesDir, repoRoot, startNode, type StartOptions, type TestNode } from '../helpers/node.ts';
import { attr, deployJs, getMessage, sendTx } from './helpers.ts';
import type { CrossVMMessage } from '../../x/crossvm/types/index.ts';
import { jsonRpc } from '../helpers/json-rpc.ts';

/** A devnet with the cross-VM pieces the devtools tests share: Pipeline.sol (funded), a JS counter, the SPL memo program. */
export interface Devnet {
  node: TestNode;
  provider: JsonRpcProvider;
  wallet: HDNodeWallet;
  pipeline: Contract;
  pipelineAddr: string;
  counter: string;
  memo: string;
  eth(method: string, params: unknown[]): Promise<{ result?: any; error?: { code: number; message: string } }>;
  comet(method: string, params: unknown): Promise<{ result?: any; error?: { code: number; message: string; data?: string } }>;
  waitFinal(id: bigint | string): Promise<CrossVMMessage>;
}

const post = jsonRpc;

export async function startDevnet(opts: StartOptions = {}): Promise<Devnet> {
  const node = await startNode({ blockTime: '0', ...opts });
  const ethUrl = `http://${node.ports['json-rpc.address']}`;
  const provider = new JsonRpcProvider(ethUrl, undefined, { staticNetwork: true, pollingInterval: 50, cacheTimeout: -1 });
  const wallet = HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(MNEMONIC), "m/44'/60'/0'/0/1").connect(provider);
  const deployMemo = async () => {
    const elf = readFileSync(join(fixturesDir, 'solana/spl_memo-3.0.0.so'));
    const r = await sendTx(node, 9, [{ typeUrl: '/trivium.svm.v1.MsgDeployProgram', value: { sender: dev[9]!.address, elf } }], 20_000_000);
    assert.equal(r.code, 0, r.log);
    return attr(r.events, 'svm_deploy', 'program_id')!;
  };
  const [arts, counter, memo] = await Promise.all([
    compileSolidity({
      'ICrossVM.sol': readFileSync(join(repoRoot, 'x/crossvm/precompile/ICrossVM.sol'), 'utf8'),
      'Pipeline.sol': readFileSync(join(repoRoot, 'tests/crossvm/contracts/Pipeline.sol'), 'utf8'),
    }),
    deployJs(node, join(repoRoot, 'tests/crossvm/contracts/sync-counter.js')),
    deployMemo(),
  ]);
  const { Pipeline } = arts;
  const pipeline = (await (await new ContractFactory(Pipeline!.abi, Pipeline!.bytecode, wallet).deploy()).waitForDeployment()) as unknown as Contract;
  const pipelineAddr = await pipeline.getAddress();
  // The async calls escrow gas from the contract's own balance.
  await (await wallet.sendTransaction({ to: pipelineAddr, value: 10n ** 18n })).wait();
  const waitFinal = async (id: bigint | string) => {
    for (let i = 0; i < 400; i++) {
      const m = await getMessage(node, String(id));
      if (m && (m.status === 'EXECUTED' || m.status === 'FAILED' || m.status === 'TIMED_OUT')) return m;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`message ${id} did not finish`);
  };
  return {
    node, provider, wallet, pipeline, pipelineAddr, counter, memo, waitFinal,
    eth: (method, params) => post(ethUrl, method, params),
    comet: (method, params) => post(node.rpcUrl, method, params),
  };
}

/** The block events of `height` (finalize_block_events), as {type, attrs}. */
export async function blockEvents(node: TestNode, height: number | string): Promise<Array<{ type: string; attrs: Record<string, string> }>> {
  const r = await node.rpc('block_results', { height: String(height) });
  return (r.finalize_block_events ?? []).map((e: any) => ({ type: e.type, attrs: Object.fromEntries(e.attributes.map((a: any) => [a.key, a.value])) }));
}
