/**
 * The long version of tests/testnet/network.test.ts's faults: a 4-validator network under a steady MsgSend load
 * while, every PERIOD seconds, one fault picked in turn (kill -9 a validator, kill -9 only an app, stop two of
 * four, SIGTERM one) is applied and healed. After each, every node must agree on the app hash of every block
 * and every accepted tx must be committed exactly once. Stops at the first disagreement with the logs' tails.
 * Run: node --no-node-snapshot --import tsx scripts/testnet-soak.ts   (env: DURATION=1800 PERIOD=30 BLOCK_TIME=200ms)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import { QueryAccountRequest, QueryAccountResponse } from 'cosmjs-types/cosmos/auth/v1beta1/query';
import { appLog, cometLog, cometRpc, downNetwork, readNetwork, startNetwork, stopNetwork, upNetwork, waitForHeight, type NetworkNode } from '../testnet/network.ts';
import { dev, sendMsg, signTx } from '../tests/helpers/cosmos.ts';
import { agreeUpTo, freePortShift, heightOf } from '../tests/helpers/testnet.ts';

const DURATION = Number(process.env.DURATION ?? 1800) * 1000;
const PERIOD = Number(process.env.PERIOD ?? 30) * 1000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const out = join(mkdtempSync(join(tmpdir(), 'trivium-soak-')), 'net');
const net = await upNetwork({ validators: 4, out, portShift: await freePortShift(4), blockTime: process.env.BLOCK_TIME ?? '200ms', log: (l) => console.log(l) });
const live = () => readNetwork(out).nodes.filter((n) => n.app_pid && n.cometbft_pid);

// Load: each dev account sends 1 utrv to the next, one tx at a time, to whichever node is up.
const accepted = new Set<string>();
let stopLoad = false;
async function loadLoop(i: number): Promise<void> {
  const d = dev[i]!;
  while (!stopLoad) {
    const node = live()[i % Math.max(1, live().length)];
    if (!node) {
      await sleep(200);
      continue;
    }
    try {
      const q = await cometRpc(node, 'abci_query', { path: '/cosmos.auth.v1beta1.Query/Account', data: Buffer.from(QueryAccountRequest.encode({ address: d.address }).finish()).toString('hex') });
      const a = BaseAccount.decode(QueryAccountResponse.decode(Buffer.from(q.response.value, 'base64')).account!.value);
      const tx = signTx([sendMsg(d.address, dev[(i + 1) % dev.length]!.address, '1')], { privkey: d.privkey, accountNumber: a.accountNumber, sequence: a.sequence, gas: 80_000, chainId: net.chain_id });
      const r = await cometRpc(node, 'broadcast_tx_commit', { tx: Buffer.from(tx).toString('base64') }, 15_000);
      if (r.check_tx.code === 0 && r.tx_result?.code === 0) accepted.add(r.hash);
    } catch {
      await sleep(200); // the node went down under us: try another
    }
  }
}
const loaders = dev.map((_, i) => loadLoop(i));

const kill9 = (pid: number | null) => {
  try {
    if (pid) process.kill(pid, 'SIGKILL');
  } catch {
    /* gone */
  }
};
const faults: Array<[string, () => Promise<void>]> = [
  ['kill -9 validator 3', async () => {
    const n = readNetwork(out).nodes[3]!;
    kill9(n.cometbft_pid);
    kill9(n.app_pid);
    await sleep(PERIOD / 3);
    await stopNetwork(out, 3);
    await startNetwork(out, 3);
  }],
  ['kill -9 the app of node 1', async () => {
    kill9(readNetwork(out).nodes[1]!.app_pid);
    await sleep(PERIOD / 3);
    await stopNetwork(out, 1);
    await startNetwork(out, 1);
  }],
  ['stop nodes 2 and 3 (halt), then start them', async () => {
    await stopNetwork(out, 2);
    await stopNetwork(out, 3);
    await sleep(PERIOD / 3);
    await startNetwork(out, 2);
    await startNetwork(out, 3);
  }],
  ['SIGTERM node 0 and start it again', async () => {
    await stopNetwork(out, 0);
    await sleep(PERIOD / 3);
    await startNetwork(out, 0);
  }],
];

const t0 = Date.now();
let round = 0;
try {
  while (Date.now() - t0 < DURATION) {
    const [name, fault] = faults[round++ % faults.length]!;
    const before = await heightOf(readNetwork(out).nodes[0]!).catch(() => 0);
    await fault();
    const top = Math.max(...(await Promise.all(live().map((n: NetworkNode) => heightOf(n).catch(() => 0)))));
    await waitForHeight(out, top + 2, { timeoutMs: 180_000 });
    await agreeUpTo(readNetwork(out), top);
    console.log(`${new Date().toISOString()} round ${round}: ${name}: healed, heights ${before} → ${top}, every app hash agrees; ${accepted.size} txs committed so far`);
    await sleep(PERIOD * 2 / 3);
  }
  // Every accepted tx is in a block exactly once.
  const n0 = readNetwork(out).nodes[0]!;
  let found = 0;
  for (const h of accepted) if ((await cometRpc(n0, 'tx', { hash: Buffer.from(h, 'hex').toString('base64') }).catch(() => undefined))?.tx_result?.code === 0) found++;
  if (found !== accepted.size) throw new Error(`${accepted.size - found} accepted txs are not in the chain`);
  console.log(`soak done: ${round} faults in ${((Date.now() - t0) / 60000).toFixed(1)} min, ${accepted.size} txs, every one committed, every app hash agreed`);
} catch (e) {
  console.error(`soak FAILED: ${(e as Error).message}`);
  for (const n of readNetwork(out).nodes) console.error(`--- ${n.name} app log ---\n${readFileSync(appLog(n), 'utf8').split('\n').slice(-15).join('\n')}\n--- ${n.name} cometbft log ---\n${readFileSync(cometLog(n), 'utf8').split('\n').slice(-15).join('\n')}`);
  process.exitCode = 1;
} finally {
  stopLoad = true;
  await Promise.race([Promise.all(loaders), sleep(20_000)]);
  await downNetwork(out);
  rmSync(join(out, '..'), { recursive: true, force: true });
}
