/**
 * A local multi-validator network: N Trivium apps (`triviumd start --abci`), each behind its own CometBFT v0.38,
 * as background processes whose addresses and pids live in OUT/testnet.json. What `triviumd testnet up | status |
 * stop | start | down` run; the tests drive the same functions.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { initFullNode, initTestnet, type StateSyncConfig, type TestnetNode } from './init-testnet.ts';
import { repoRoot } from './repo-root.ts';

export { repoRoot };
export const DEFAULT_OUT = join(repoRoot, 'testnet', 'out');
const MANIFEST = 'testnet.json';

/** One node of testnet.json: every address a URL. */
export interface NetworkNode {
  index: number;
  name: string;
  home: string;
  cometbft_home: string;
  validator: boolean;
  rpc: string;
  json_rpc: string;
  svm_rpc: string;
  svm_ws: string;
  p2p: string;
  abci: string;
  node_id: string;
  app_pid: number | null;
  cometbft_pid: number | null;
  /** How to start each process again (argv without the executable). */
  app_args: string[];
  cometbft_args: string[];
}

export interface Network {
  chain_id: string;
  cometbft: string;
  block_time: string;
  port_shift: number;
  nodes: NetworkNode[];
}

export interface UpOptions {
  validators: number;
  out?: string;
  chainId?: string;
  portShift?: number;
  /** CometBFT's timeout_commit, e.g. "1s", "100ms". */
  blockTime?: string;
  /** Extra `triviumd start` flags for every app (e.g. snapshot settings). */
  appFlags?: string[];
  log?: (line: string) => void;
}

export interface NodeStatus {
  index: number;
  name: string;
  height: number | null;
  app_hash: string | null;
  peers: number | null;
  catching_up: boolean | null;
  app_pid: number | null;
  app_alive: boolean;
  cometbft_pid: number | null;
  cometbft_alive: boolean;
  rpc: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The CometBFT binary: $COMETBFT_BIN, else .tools/bin/cometbft, built by scripts/install-cometbft.sh when missing. */
export function cometbftBinary(log: (l: string) => void = () => undefined): string {
  if (process.env.COMETBFT_BIN) return process.env.COMETBFT_BIN;
  const bin = join(repoRoot, '.tools', 'bin', 'cometbft');
  if (!existsSync(bin)) {
    log('cometbft is not built yet: running scripts/install-cometbft.sh (go install from the Go module proxy)…');
    const r = spawnSync(join(repoRoot, 'scripts', 'install-cometbft.sh'), { stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0 || !existsSync(bin)) throw new Error('could not build cometbft (scripts/install-cometbft.sh failed; it needs Go)');
  }
  return bin;
}

export function readNetwork(out = DEFAULT_OUT): Network {
  const file = join(resolve(out), MANIFEST);
  if (!existsSync(file)) throw new Error(`no testnet in ${resolve(out)} (no ${MANIFEST}): run \`triviumd testnet up\` first`);
  return JSON.parse(readFileSync(file, 'utf8')) as Network;
}
function writeNetwork(out: string, net: Network): void {
  const file = join(resolve(out), MANIFEST);
  writeFileSync(file + '.tmp', JSON.stringify(net, null, 2) + '\n');
  renameSync(file + '.tmp', file); // atomic: a reader sees the old manifest or the new one
}

const portOf = (url: string) => Number(new URL(url).port);
/**
 * Whether `pid` is still the process the manifest recorded (launched with `args`). A recorded process that exited
 * leaves its pid to be reused — by a test runner's worker, say — so a live pid alone is not ours to signal.
 */
export const alive = (pid: number | null, args: string[]): boolean => {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(args.join('\0'));
  } catch {
    return !existsSync('/proc/self/cmdline'); // no procfs (not Linux): the signal check is all there is
  }
};

function listening(port: number): Promise<boolean> {
  return new Promise((res) => {
    const s = connect(port, '127.0.0.1', () => {
      s.destroy();
      res(true);
    });
    s.on('error', () => res(false));
  });
}

/** A detached background process writing to `log` (appended): it outlives the command that started it. */
function launch(exe: string, args: string[], log: string, env: NodeJS.ProcessEnv = process.env): ChildProcess {
  const fd = openSync(log, 'a');
  try {
    const child = spawn(exe, args, { detached: true, stdio: ['ignore', fd, fd], env, cwd: repoRoot });
    child.unref();
    return child;
  } finally {
    closeSync(fd);
  }
}

const tail = (file: string, lines = 20) => (existsSync(file) ? readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') : '(no log)');

export const appLog = (n: NetworkNode) => join(n.home, 'triviumd.log');
export const cometLog = (n: NetworkNode) => join(n.home, 'cometbft.log');

/** CometBFT's RPC of a node: one JSON-RPC call. */
export async function cometRpc<T = any>(n: Pick<NetworkNode, 'rpc'>, method: string, params: object = {}, timeoutMs = 3000): Promise<T> {
  const r = await fetch(n.rpc, { method: 'POST', body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }), signal: AbortSignal.timeout(timeoutMs) });
  const j = (await r.json()) as { result?: T; error?: { message: string; data?: string } };
  if (j.error) throw new Error(`${method}: ${j.error.message} ${j.error.data ?? ''}`);
  return j.result as T;
}

/** Starts node i: the app, waits for its ABCI socket, then its CometBFT. Updates the pids in the manifest. */
async function startNode(net: Network, n: NetworkNode, log: (l: string) => void): Promise<void> {
  if (!alive(n.app_pid, n.app_args) && alive(n.cometbft_pid, n.cometbft_args)) {
    // A CometBFT whose app died cannot resume (its ABCI clients are stopped for good), and v0.38's shutdown after
    // "Did the application crash?" can hang on a request queued after its client stopped: stop it, then start both.
    log(`${n.name}: its app is gone; stopping the CometBFT it left behind (pid ${n.cometbft_pid})`);
    await terminate(n.cometbft_pid, n.cometbft_args);
    n.cometbft_pid = null;
  }
  if (!alive(n.app_pid, n.app_args)) {
    const app = launch(process.execPath, n.app_args, appLog(n));
    n.app_pid = app.pid ?? null;
    const deadline = Date.now() + 120_000;
    while (!(await listening(portOf(n.abci)))) {
      if (!alive(n.app_pid, n.app_args)) throw new Error(`${n.name}: the app exited before serving ABCI; its log:\n${tail(appLog(n))}`);
      if (Date.now() > deadline) throw new Error(`${n.name}: the app did not open ${n.abci} in 120 s; its log:\n${tail(appLog(n))}`);
      await sleep(50);
    }
  }
  if (!alive(n.cometbft_pid, n.cometbft_args)) {
    const comet = launch(net.cometbft, n.cometbft_args, cometLog(n));
    n.cometbft_pid = comet.pid ?? null;
  }
  log(`${n.name}: app pid ${n.app_pid}, cometbft pid ${n.cometbft_pid}`);
}

/** SIGTERM, then wait (SIGKILL after `graceMs`). */
async function terminate(pid: number | null, args: string[], graceMs = 15_000): Promise<void> {
  if (!alive(pid, args)) return;
  try {
    process.kill(pid!, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + graceMs;
  while (alive(pid, args)) {
    if (Date.now() > deadline) {
      try {
        process.kill(pid!, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    await sleep(50);
  }
}

/** Stops node i (CometBFT first, so it never runs without its app), or every node. */
export async function stopNetwork(out = DEFAULT_OUT, index?: number, log: (l: string) => void = () => undefined): Promise<Network> {
  const net = readNetwork(out);
  const nodes = pick(net, index);
  await Promise.all(nodes.map((n) => terminate(n.cometbft_pid, n.cometbft_args)));
  await Promise.all(nodes.map((n) => terminate(n.app_pid, n.app_args)));
  for (const n of nodes) {
    n.app_pid = null;
    n.cometbft_pid = null;
    log(`${n.name}: stopped`);
  }
  writeNetwork(out, net);
  return net;
}

/** (Re)starts node i or every node not running; the app before its CometBFT. */
export async function startNetwork(out = DEFAULT_OUT, index?: number, log: (l: string) => void = () => undefined): Promise<Network> {
  const net = readNetwork(out);
  for (const n of pick(net, index)) {
    try {
      await startNode(net, n, log);
    } finally {
      writeNetwork(out, net);
    }
  }
  return net;
}

function pick(net: Network, index: number | undefined): NetworkNode[] {
  if (index === undefined) return net.nodes;
  const n = net.nodes.find((x) => x.index === index);
  if (!n) throw new Error(`no node ${index} in this testnet (nodes 0–${net.nodes.length - 1})`);
  return [n];
}

/** Per node: height, app hash, peers, catching_up, and whether its processes are alive. */
export async function networkStatus(out = DEFAULT_OUT): Promise<NodeStatus[]> {
  const net = readNetwork(out);
  return Promise.all(
    net.nodes.map(async (n): Promise<NodeStatus> => {
      const s: NodeStatus = { index: n.index, name: n.name, height: null, app_hash: null, peers: null, catching_up: null, app_pid: n.app_pid, app_alive: alive(n.app_pid, n.app_args), cometbft_pid: n.cometbft_pid, cometbft_alive: alive(n.cometbft_pid, n.cometbft_args), rpc: n.rpc };
      try {
        const st = await cometRpc(n, 'status', {}, 1500);
        s.height = Number(st.sync_info.latest_block_height);
        s.app_hash = st.sync_info.latest_app_hash;
        s.catching_up = st.sync_info.catching_up;
        s.peers = Number((await cometRpc(n, 'net_info', {}, 1500)).n_peers);
      } catch {
        /* not answering: the fields stay null */
      }
      return s;
    }),
  );
}

/** Waits until every listed node (default: all) reports height ≥ h. */
export async function waitForHeight(out: string, h: number, opts: { indexes?: number[]; timeoutMs?: number } = {}): Promise<NodeStatus[]> {
  return waitFor(out, opts.timeoutMs ?? 120_000, opts.indexes, (st) => st.every((s) => (s.height ?? -1) >= h), (st) => `the testnet did not reach height ${h}: ${st.map((s) => `${s.name} at ${s.height ?? 'no answer'}`).join(', ')}`);
}

/** Waits until every node has dialled every other (CometBFT commits with 3 of 4 connected, so height alone says nothing about the mesh). */
export function waitForMesh(out: string, opts: { timeoutMs?: number } = {}): Promise<NodeStatus[]> {
  return waitFor(out, opts.timeoutMs ?? 60_000, undefined, (st) => st.every((s) => s.peers === st.length - 1), (st) => `the testnet's peers did not all connect: ${st.map((s) => `${s.name} has ${s.peers ?? 'no answer'}`).join(', ')}`);
}

/** Polls the listed nodes' status (default: all) until `done`; one of their processes that exited fails at once, with its log. */
async function waitFor(out: string, timeoutMs: number, indexes: number[] | undefined, done: (st: NodeStatus[]) => boolean, why: (st: NodeStatus[]) => string): Promise<NodeStatus[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const st = (await networkStatus(out)).filter((s) => !indexes || indexes.includes(s.index));
    if (done(st)) return st;
    if (Date.now() > deadline) throw new Error(why(st));
    const nodes = readNetwork(out).nodes;
    for (const s of st) {
      const n = nodes[s.index]!;
      if (n.app_pid && !s.app_alive) throw new Error(`${s.name}: its app exited; its log:\n${tail(appLog(n))}`);
      if (n.cometbft_pid && !s.cometbft_alive) throw new Error(`${s.name}: its CometBFT exited; its log:\n${tail(cometLog(n))}`);
    }
    await sleep(100);
  }
}

/** Generates the homes, starts every node, waits for height 2 and a full peer mesh. */
export async function upNetwork(o: UpOptions): Promise<Network> {
  const log = o.log ?? (() => undefined);
  const out = resolve(o.out ?? DEFAULT_OUT);
  if (existsSync(join(out, MANIFEST))) {
    const old = readNetwork(out);
    if (old.nodes.some((n) => alive(n.app_pid, n.app_args) || alive(n.cometbft_pid, n.cometbft_args))) throw new Error(`a testnet is running in ${out}: \`triviumd testnet down --out ${out}\` first`);
  }
  const cometbft = cometbftBinary(log);
  const r = initTestnet({ validators: o.validators, out, chainId: o.chainId ?? 'trivium-testnet-1', portShift: o.portShift ?? 0, overwrite: true, blockTime: o.blockTime ?? '1s' });
  const net: Network = { chain_id: r.chainId, cometbft, block_time: o.blockTime ?? '1s', port_shift: o.portShift ?? 0, nodes: r.nodes.map((n, i) => manifestNode(n, i, true, o.appFlags ?? [])) };
  writeNetwork(out, net);
  log(`${net.nodes.length} validators, chain id ${net.chain_id}, in ${out}`);
  try {
    for (const n of net.nodes) await startNode(net, n, log);
  } finally {
    writeNetwork(out, net);
  }
  await waitForHeight(out, 2, { timeoutMs: 180_000 });
  await waitForMesh(out);
  return readNetwork(out);
}

export function manifestNode(n: TestnetNode, index: number, validator: boolean, appFlags: string[]): NetworkNode {
  const svc = n.services;
  return {
    index,
    name: n.name,
    home: n.home,
    cometbft_home: n.cometHome,
    validator,
    rpc: `http://127.0.0.1:${n.ports.rpc}`,
    json_rpc: `http://${svc['json-rpc.address']}`,
    svm_rpc: `http://${svc['svm-rpc.address']}`,
    svm_ws: `ws://${svc['svm-rpc.ws-address']}`,
    p2p: `tcp://127.0.0.1:${n.ports.p2p}`,
    abci: `tcp://127.0.0.1:${n.ports.abci}`,
    node_id: n.nodeId,
    app_pid: null,
    cometbft_pid: null,
    app_args: ['--no-node-snapshot', join(repoRoot, 'cmd', 'triviumd.js'), ...n.triviumd.slice(2), ...appFlags],
    cometbft_args: n.cometbft.slice(1),
  };
}

/**
 * Adds a full node (not a validator) to a running testnet and starts it: from genesis by blocksync, or with
 * `stateSync` from the newest snapshot the validators serve (trusting node 0's header at its current height).
 */
export async function addNode(out = DEFAULT_OUT, o: { stateSync?: boolean; appFlags?: string[]; log?: (l: string) => void } = {}): Promise<NetworkNode> {
  const log = o.log ?? (() => undefined);
  const net = readNetwork(out);
  const first = net.nodes[0]!;
  let stateSync: StateSyncConfig | undefined;
  if (o.stateSync) {
    const served = net.nodes.some((n) => existsSync(join(n.home, 'data', 'snapshots')) && readdirSync(join(n.home, 'data', 'snapshots')).some((d) => /^\d+$/.test(d)));
    if (!served) throw new Error('no validator serves a state-sync snapshot yet (they take one every --snapshot-interval blocks): try again later, or join without --state-sync');
    const st = await cometRpc(first, 'status');
    const trustHeight = Number(st.sync_info.latest_block_height);
    const b = await cometRpc(first, 'block', { height: String(trustHeight) });
    stateSync = { rpcServers: net.nodes.slice(0, 2).map((n) => n.rpc), trustHeight, trustHash: b.block_id.hash };
  }
  const index = net.nodes.length;
  const peers: TestnetNode[] = net.nodes.map((n) => ({ nodeId: n.node_id, ports: { p2p: portOf(n.p2p) } }) as TestnetNode);
  const t = initFullNode({ out, index, portShift: net.port_shift, blockTime: net.block_time, peers, from: { home: first.home, cometHome: first.cometbft_home }, stateSync });
  const n = manifestNode(t, index, false, o.appFlags ?? []);
  net.nodes.push(n);
  writeNetwork(out, net);
  try {
    await startNode(net, n, log);
  } finally {
    writeNetwork(out, net);
  }
  return n;
}

/** Stops every node and removes OUT. */
export async function downNetwork(out = DEFAULT_OUT): Promise<void> {
  if (existsSync(join(resolve(out), MANIFEST))) await stopNetwork(out);
  rmSync(resolve(out), { recursive: true, force: true });
}

/** The endpoints table `up` prints. */
export function endpointsTable(net: Network): string {
  const rows = [['node', 'CometBFT RPC', 'Ethereum JSON-RPC', 'Solana RPC', 'Solana WS', 'p2p', 'ABCI']];
  for (const n of net.nodes) rows.push([n.name, n.rpc, n.json_rpc, n.svm_rpc, n.svm_ws, n.p2p, n.abci]);
  const w = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((x, c) => x.padEnd(w[c]!)).join('  ').trimEnd()).join('\n');
}
