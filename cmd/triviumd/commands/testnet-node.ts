// What `triviumd testnet …` runs (bundled with the node: it writes genesis files with the app's modules).
import { addNode, DEFAULT_OUT, downNetwork, endpointsTable, networkStatus, startNetwork, stopNetwork, upNetwork, waitForHeight } from '../../../testnet/network.ts';

const say = (l: string) => process.stderr.write(l + '\n');
const int = (s: string, name: string) => {
  if (!/^\d+$/.test(s)) throw new Error(`invalid --${name} "${s}": expected a whole number`);
  return Number(s);
};

export async function testnetUp(o: { validators: string; chainId: string; portShift: string; blockTime: string; snapshotInterval: string; out?: string; output: string }): Promise<void> {
  if (!/^\d+(\.\d+)?(ms|s|m)$/.test(o.blockTime)) throw new Error(`invalid --block-time "${o.blockTime}": expected a duration such as 1s or 200ms`);
  const net = await upNetwork({ validators: int(o.validators, 'validators'), out: o.out ?? DEFAULT_OUT, chainId: o.chainId, portShift: int(o.portShift, 'port-shift'), blockTime: o.blockTime, appFlags: ['--state-sync.snapshot-interval', String(int(o.snapshotInterval, 'snapshot-interval'))], log: say });
  if (o.output === 'json') process.stdout.write(JSON.stringify(net) + '\n');
  else process.stdout.write(`testnet ${net.chain_id} is up (${net.nodes.length} validators, height ≥ 2)\n\n${endpointsTable(net)}\n\nmanifest: ${o.out ?? DEFAULT_OUT}/testnet.json   logs: <home>/triviumd.log, <home>/cometbft.log\n`);
}

export async function testnetStatus(o: { out?: string; output: string }): Promise<void> {
  const st = await networkStatus(o.out ?? DEFAULT_OUT);
  if (o.output === 'json') {
    process.stdout.write(JSON.stringify(st) + '\n');
    return;
  }
  const rows = [['node', 'height', 'app hash', 'peers', 'catching up', 'app pid', 'cometbft pid']];
  const pid = (p: number | null, up: boolean) => (p ? `${p}${up ? '' : ' (dead)'}` : '-');
  for (const s of st) rows.push([s.name, String(s.height ?? '-'), s.app_hash ? s.app_hash.slice(0, 16) + '…' : '-', String(s.peers ?? '-'), String(s.catching_up ?? '-'), pid(s.app_pid, s.app_alive), pid(s.cometbft_pid, s.cometbft_alive)]);
  const w = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  process.stdout.write(rows.map((r) => r.map((x, c) => x.padEnd(w[c]!)).join('  ').trimEnd()).join('\n') + '\n');
}

export async function testnetStop(out: string | undefined, index?: number): Promise<void> {
  await stopNetwork(out ?? DEFAULT_OUT, index, say);
}

export async function testnetStart(out: string | undefined, index?: number): Promise<void> {
  await startNetwork(out ?? DEFAULT_OUT, index, say);
}

export async function testnetAdd(out: string | undefined, stateSync: boolean): Promise<void> {
  const n = await addNode(out ?? DEFAULT_OUT, { stateSync, log: say });
  await waitForHeight(out ?? DEFAULT_OUT, (await networkStatus(out ?? DEFAULT_OUT))[0]!.height ?? 1, { indexes: [n.index], timeoutMs: 300_000 });
  process.stdout.write(`${n.name} joined (${stateSync ? 'state sync' : 'blocksync from genesis'}): CometBFT RPC ${n.rpc}, Ethereum JSON-RPC ${n.json_rpc}, Solana RPC ${n.svm_rpc}\n`);
}

export async function testnetDown(out: string | undefined): Promise<void> {
  await downNetwork(out ?? DEFAULT_OUT);
  say(`removed ${out ?? DEFAULT_OUT}`);
}
