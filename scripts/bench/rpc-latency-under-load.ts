// RPC latency of `status` while the heaviest contract calls execute: a JS contract burns a whole 3,000,000-gas tx,
// TXS of them back to back, while a second connection asks `status` every PROBE_MS. The same probe runs first on
// the idle node, interleaved in rounds with the loaded phase. Each tx's result code is checked: out of gas or
// a clear resource error, never a success and never a missing result.
// Run: npx tsx scripts/bench/rpc-latency-under-load.ts   (env: PROGRAM=path/to/contract.js with an `execute` that
//   burns gas on {burn:{}}, or PROGRAM=corpus:<name> for a program of tests/adversarial/programs.ts — default: a
//   tight loop; ROUNDS=3, TXS=5, PROBE_MS=20, GAS=3000000)
import { readFileSync } from 'node:fs';
import { SigningCosmWasmClient } from '@cosmjs/cosmwasm-stargate';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { makeCosmoshubPath } from '@cosmjs/stargate';
import { PROGRAMS } from '../../tests/adversarial/programs.ts';
import { MNEMONIC } from '../../tests/helpers/cosmos.ts';
import { startNode } from '../../tests/helpers/node.ts';
import { devGasPrice, fixedFee } from '../../tests/helpers/cosmwasm.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const TXS = Number(process.env.TXS ?? 5);
const PROBE_MS = Number(process.env.PROBE_MS ?? 20);
const GAS = Number(process.env.GAS ?? 3_000_000);
const LOOP = `module.exports = {
  instantiate() { return {}; },
  execute(msg) { let x = 0; for (;;) { x = (x * 31 + 7) % 1000003; } },
  query() { return {}; },
};`;
const corpusName = process.env.PROGRAM?.startsWith('corpus:') ? process.env.PROGRAM.slice('corpus:'.length) : undefined;
const corpus = corpusName === undefined ? undefined : PROGRAMS.find((p) => p.name === corpusName);
if (corpusName !== undefined && (!corpus || corpus.expect.includes('ok') || corpus.expect.includes('deploy'))) {
  throw new Error(`PROGRAM=corpus:${corpusName}: not a corpus program that fails at execution`);
}
const source = corpus ? Buffer.from(corpus.source) : process.env.PROGRAM ? readFileSync(process.env.PROGRAM) : Buffer.from(LOOP);


const node = await startNode({ blockTime: '0' });
try {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: 'trivium', hdPaths: [makeCosmoshubPath(6)] });
  const [{ address }] = await wallet.getAccounts();
  const client = await SigningCosmWasmClient.connectWithSigner(node.rpcUrl, wallet, { gasPrice: devGasPrice(), broadcastPollIntervalMs: 50 });
  const { codeId } = await client.upload(address!, source, 'auto');
  const { contractAddress } = await client.instantiate(address!, codeId, {}, 'burner', 'auto');
  const fee = fixedFee(GAS);

  const probe = async (until: () => boolean): Promise<number[]> => {
    const lat: number[] = [];
    while (!until()) {
      const t0 = performance.now();
      const r = await fetch(node.rpcUrl, { method: 'POST', body: '{"jsonrpc":"2.0","id":1,"method":"status"}' });
      const j = (await r.json()) as { result?: { sync_info?: unknown } };
      if (!j.result?.sync_info) throw new Error('status answered without sync_info');
      lat.push(performance.now() - t0);
      await new Promise((res) => setTimeout(res, PROBE_MS));
    }
    return lat;
  };

  const idle: number[] = [];
  const loaded: number[] = [];
  const txWall: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const t = performance.now();
    idle.push(...(await probe(() => performance.now() - t > 1000)));
    let done = false;
    const burning = (async () => {
      for (let i = 0; i < TXS; i++) {
        const t0 = performance.now();
        try {
          await client.execute(address!, contractAddress, { burn: {} }, fee);
          throw new Error('a gas burner succeeded');
        } catch (e) {
          const msg = (e as Error).message;
          if (!/out of gas|resource|exceeded|limit/i.test(msg)) throw new Error(`unexpected failure: ${msg}`);
        }
        txWall.push(performance.now() - t0);
      }
      done = true;
    })();
    loaded.push(...(await probe(() => done)));
    await burning;
  }
  client.disconnect();

  const stats = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
    return `median ${q(0.5).toFixed(1)} ms, p99 ${q(0.99).toFixed(1)} ms, max ${s[s.length - 1]!.toFixed(1)} ms (min ${s[0]!.toFixed(1)}, n=${s.length})`;
  };
  console.log(`program: ${process.env.PROGRAM ?? 'a tight loop'}; ${ROUNDS} rounds × ${TXS} txs of ${GAS.toLocaleString('en-US')} gas, status probed every ${PROBE_MS} ms`);
  console.log(`status latency, idle node:        ${stats(idle)}`);
  console.log(`status latency, during the burns: ${stats(loaded)}   (goal: max ≤ 1,000 ms)`);
  console.log(`one burning tx, broadcast → committed (client side, block time 0): ${stats(txWall)}`);
} finally {
  await node.stop();
}
