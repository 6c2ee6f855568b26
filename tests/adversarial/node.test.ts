import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { SigningCosmWasmClient } from '@cosmjs/cosmwasm-stargate';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { makeCosmoshubPath } from '@cosmjs/stargate';
import { MNEMONIC } from '../helpers/cosmos.ts';
import { runReplay, startNode, type TestNode } from '../helpers/node.ts';
import { PROGRAMS, type Program } from './programs.ts';
import { CORPUS_GAS } from './run.ts';
import { devGasPrice, fixedFee } from '../helpers/cosmwasm.ts';


/** Parallel senders: each takes every WORKERS-th program, so a block holds several corpus txs. */
const WORKERS = 8;

interface Executed {
  prog: Program;
  sender: string;
  contract: string;
  code: number;
  gasUsed: bigint;
}

/**
 * The corpus through a real node (issue 12): every program is stored, instantiated and executed with
 * 3,000,000 gas in real signed txs and blocks; the node is restarted (cold isolates, cold caches) and each
 * program executed again with the same outcome; then `triviumd replay` re-executes every block in a fresh
 * process on a fresh home and must reach the same app hash and the same code, gas and data for every tx.
 * (After the restart the gas is compared by replay, not with the first run: the sender's sequence has
 * grown a digit meanwhile, and the account's store read/write is charged per byte, +33 gas, as the SDK's.)
 */
describe('adversarial corpus on a real node: restart and replay', () => {
  let node: TestNode | undefined;
  const replayHome = mkdtempSync(join(tmpdir(), 'trivium-corpus-replay-'));
  after(async () => {
    await node?.stop();
    if (node) rmSync(node.home, { recursive: true, force: true });
    rmSync(replayHome, { recursive: true, force: true });
  });

  const connect = async (n: TestNode) => {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: 'trivium', hdPaths: Array.from({ length: WORKERS }, (_, i) => makeCosmoshubPath(i + 1)) });
    const senders = (await wallet.getAccounts()).map((a) => a.address);
    const client = await SigningCosmWasmClient.connectWithSigner(n.rpcUrl, wallet, { gasPrice: devGasPrice(), broadcastPollIntervalMs: 50 });
    return { client, senders };
  };
  const execute = async (client: SigningCosmWasmClient, sender: string, contract: string) => {
    const msg = { typeUrl: '/cosmwasm.wasm.v1.MsgExecuteContract', value: { sender, contract, msg: new TextEncoder().encode('{}'), funds: [] } };
    const r = await client.signAndBroadcast(sender, [msg], fixedFee(CORPUS_GAS));
    return { code: r.code, gasUsed: r.gasUsed, height: r.height };
  };

  it('every program: the same outcome after a restart, the same app hash and tx results on replay', { timeout: 600_000 }, async () => {
    node = await startNode({ blockTime: '100ms', keepHome: true });
    const executed: Executed[] = [];
    let refused = 0;
    {
      const { client, senders } = await connect(node);
      try {
        await Promise.all(
          senders.map(async (sender, w) => {
            for (const prog of PROGRAMS.filter((_, i) => i % WORKERS === w)) {
              let codeId: number;
              try {
                codeId = (await client.upload(sender, new TextEncoder().encode(prog.source), fixedFee(5_000_000))).codeId;
              } catch (e) {
                assert.ok(prog.expect.includes('deploy'), `${prog.name}: refused at store: ${(e as Error).message.slice(0, 200)}`);
                refused++;
                continue;
              }
              assert.ok(!(prog.expect.length === 1 && prog.expect[0] === 'deploy'), `${prog.name}: stored, but must be refused`);
              const { contractAddress } = await client.instantiate(sender, codeId, {}, prog.name, fixedFee(1_000_000));
              const r = await execute(client, sender, contractAddress);
              if (!prog.expect.includes('ok')) assert.notEqual(r.code, 0, `${prog.name}: must fail`);
              if (prog.expect.every((o) => o === 'ok')) assert.equal(r.code, 0, `${prog.name}: must succeed`);
              executed.push({ prog, sender, contract: contractAddress, code: r.code, gasUsed: r.gasUsed });
            }
          }),
        );
      } finally {
        client.disconnect();
      }
    }
    assert.equal(executed.length + refused, PROGRAMS.length);
    assert.ok(executed.length >= 60, `${executed.length} programs executed`);

    node = await node.restart();
    {
      const { client, senders } = await connect(node);
      try {
        await Promise.all(
          senders.map(async (sender) => {
            for (const e of executed.filter((x) => x.sender === sender)) {
              const again = await execute(client, e.sender, e.contract);
              assert.equal(again.code, e.code, `${e.prog.name}: after a restart`);
              const delta = again.gasUsed - e.gasUsed;
              assert.ok(delta >= 0n && delta <= 200n, `${e.prog.name}: gas ${e.gasUsed} → ${again.gasUsed} after a restart`);
            }
          }),
        );
      } finally {
        client.disconnect();
      }
    }
    await node.stop();

    const report = await runReplay(node.home, replayHome);
    assert.deepEqual(report.mismatches, []);
    assert.ok(report.height >= 20, `replayed ${report.height} blocks`);
    // Every store, instantiate and the two executes of each program, and nothing else.
    assert.equal(report.txs, PROGRAMS.length + 3 * executed.length);
    assert.match(report.appHash, /^[0-9A-F]{64}$/);
  });
});
