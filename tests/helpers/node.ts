import { type ChildProcess, spawn, execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { moduleClis } from '../../cmd/triviumd/module-clis.ts';

export const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');
export const fixturesDir = resolve(repoRoot, '../shared/fixtures');
// The same entry users run: the bundled triviumd (rebuilt by cmd/triviumd.js when a source changed).
const MAIN = join(repoRoot, 'cmd', 'triviumd.js');
const NODE_ARGS = ['--no-node-snapshot'];
/** The installed command (package.json "bin"). */
export const BIN = join(repoRoot, 'bin', 'triviumd');

// Ports are chosen below the kernel's ephemeral range (32768–60999 here), so an outgoing connection of any test
// cannot take one between its choice and the node's bind; a start that still loses a race is retried on new ports.
const PORT_LO = 10_000;
const PORT_HI = 26_000; // below the testnet helper's shifted ports (26656 + ≥1000)
const handedOut = new Set<number>();

function bindable(port: number): Promise<boolean> {
  return new Promise((res) => {
    const s = createServer();
    s.once('error', () => res(false));
    s.listen(port, '127.0.0.1', () => s.close(() => res(true)));
  });
}

/** A port nobody listens on right now (and not handed out before by this process). */
export async function freePort(): Promise<number> {
  for (let i = 0; i < 1000; i++) {
    const port = PORT_LO + Math.floor(Math.random() * (PORT_HI - PORT_LO));
    if (handedOut.has(port)) continue;
    if (await bindable(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free port in ${PORT_LO}–${PORT_HI}`);
}

export interface StartOptions {
  blockTime?: string;
  extraArgs?: string[];
  home?: string;
  /** Keep the home after stop (for restarts and replays across nodes). */
  keepHome?: boolean;
  /** Serve gRPC and REST on free ports (ports['grpc.address'], ports['api.address']); off otherwise, so no test binds 9090/1317. */
  api?: boolean;
  /** Options for the node's own `node` process, before the script (a benchmark's `--cpu-prof`). */
  nodeArgs?: string[];
  /** 'bin': start through bin/triviumd, the installed command (from the start-up snapshot when it fits, issue 17);
   * default `node --no-node-snapshot cmd/triviumd.js`, or what TRIVIUM_TEST_LAUNCHER names. */
  launcher?: 'node' | 'bin';
}

export interface TestNode {
  home: string;
  /** The chain id, where it is not the devnet's (a testnet node). */
  chainId?: string;
  rpcUrl: string;
  /** ws://host:port (CosmJS's WebsocketClient appends /websocket itself). */
  wsUrl: string;
  /** Every listening address flag → its address (e.g. 'json-rpc.address' → '127.0.0.1:40123'). */
  ports: Record<string, string>;
  proc: ChildProcess;
  output(): string;
  stop(): Promise<void>;
  kill9(): Promise<void>;
  /** Start again on the same home and ports. */
  restart(): Promise<TestNode>;
  /** Run a triviumd CLI command against this node (adds --home and --node). */
  cli(args: string[], opts?: { node?: boolean; home?: boolean; input?: string }): Promise<CliResult>;
  rpc<T = any>(method: string, params?: Record<string, unknown>): Promise<T>;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `triviumd ARGS` as a child process. */
export function runCli(args: string[], input?: string): Promise<CliResult> {
  return new Promise((resolvePromise) => {
    const child = execFile(process.execPath, [...NODE_ARGS, MAIN, ...args], { cwd: repoRoot, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      resolvePromise({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** What `triviumd replay -o json` reports when it is done. */
export interface ReplayReport {
  height: number;
  txs: number;
  mismatches: unknown[];
  appHash: string;
}

/** `triviumd replay --source SOURCE --home HOME [extra] -o json` (the node at SOURCE stopped); fails unless it exits 0. */
export async function runReplay(source: string, home: string, extra: string[] = []): Promise<ReplayReport> {
  const r = await runCli(['replay', '--source', source, '--home', home, ...extra, '-o', 'json']);
  if (r.code !== 0) throw new Error(`triviumd replay exited ${r.code}: ${r.stderr}${r.stdout}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as ReplayReport;
}

/** Spawns `triviumd <args>` without waiting (to kill it mid-way). */
export function spawnCli(args: string[]): ChildProcess {
  return spawn(process.execPath, [...NODE_ARGS, MAIN, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Starts a real `triviumd start` on a temp home and free ports; resolves once its RPC answers. */
/** A free 127.0.0.1 port for every module service's listen-address flag (json-rpc.address, svm-rpc.address, …). */
export async function servicePorts(): Promise<Record<string, string>> {
  const ports: Record<string, string> = {};
  for (const m of moduleClis) {
    for (const f of m.startFlags ?? []) {
      const name = /--([\w.-]+)/.exec(f.flags)?.[1];
      if (name && /address|laddr/.test(name)) ports[name] = `127.0.0.1:${await freePort()}`;
    }
  }
  return ports;
}

/** gRPC and REST (core/api/): free ports when asked for, otherwise off (an empty address). */
async function apiPorts(on: boolean | undefined): Promise<Record<string, string>> {
  if (!on) return { 'grpc.address': '', 'api.address': '' };
  return { 'grpc.address': `127.0.0.1:${await freePort()}`, 'api.address': `127.0.0.1:${await freePort()}` };
}

export async function startNode(opts: StartOptions = {}): Promise<TestNode> {
  const home = opts.home ?? mkdtempSync(join(tmpdir(), 'trivium-test-'));
  for (let attempt = 1; ; attempt++) {
    // The dashboard too gets a port of its own: its default (26680) would be shared by every test node.
    const ports: Record<string, string> = { 'rpc.laddr': `127.0.0.1:${await freePort()}`, 'dashboard.address': `127.0.0.1:${await freePort()}`, ...(await servicePorts()), ...(await apiPorts(opts.api)) };
    try {
      return await launch(home, ports, opts);
    } catch (e) {
      // Another process bound one of the chosen ports first: nothing started, so choose again.
      if (attempt < 3 && e instanceof PortTakenError) continue;
      throw e;
    }
  }
}

class PortTakenError extends Error {}

async function launch(home: string, ports: Record<string, string>, opts: StartOptions): Promise<TestNode> {
  const bin = (opts.launcher ?? process.env.TRIVIUM_TEST_LAUNCHER) === 'bin';
  if (bin && opts.nodeArgs?.length) throw new Error('bin/triviumd takes no node options');
  const args = [...(bin ? [] : [...NODE_ARGS, ...(opts.nodeArgs ?? []), MAIN]), 'start', '--home', home, '--block-time', opts.blockTime ?? '200ms'];
  for (const [flag, addr] of Object.entries(ports)) args.push(`--${flag}`, flag === 'rpc.laddr' ? `tcp://${addr}` : addr);
  args.push(...(opts.extraArgs ?? []));
  // Without the test runner's NODE_OPTIONS (scripts/test.sh's --no-node-snapshot), with which bin/triviumd takes the plain path.
  const env = bin ? Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_OPTIONS')) : process.env;
  const proc = spawn(bin ? BIN : process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env });
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  const rpcUrl = `http://${ports['rpc.laddr']}`;
  const exited = new Promise<number | null>((r) => proc.once('exit', (c) => r(c)));
  let alive = true;
  void exited.then(() => (alive = false));
  const rpc = async <T>(method: string, params: Record<string, unknown> = {}): Promise<T> => {
    const res = await fetch(rpcUrl, { method: 'POST', body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
    const body = (await res.json()) as { result?: T; error?: { message: string; data?: string } };
    if (body.error) throw new Error(`${body.error.message}: ${body.error.data}`);
    return body.result as T;
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (!alive) {
      const msg = `triviumd exited during start:\n${out}`;
      throw /is already in use \(choose another/.test(out) ? new PortTakenError(msg) : new Error(msg);
    }
    try {
      const s = await rpc<{ sync_info: { latest_block_height: string } }>('status');
      if (Number(s.sync_info.latest_block_height) >= 1) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      proc.kill('SIGKILL');
      throw new Error(`triviumd did not come up within 60 s:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const stopWith = async (signal: NodeJS.Signals) => {
    if (alive) {
      proc.kill(signal);
      await exited;
    }
  };
  const node: TestNode = {
    home,
    rpcUrl,
    wsUrl: `ws://${ports['rpc.laddr']}`,
    ports,
    proc,
    output: () => out,
    stop: async () => {
      await stopWith('SIGTERM');
      if (!opts.keepHome) rmSync(home, { recursive: true, force: true });
    },
    kill9: () => stopWith('SIGKILL'),
    restart: async () => {
      await stopWith('SIGTERM');
      return launch(home, ports, opts);
    },
    cli: (args, o = {}) => {
      const extra: string[] = [];
      if (o.home !== false) extra.push('--home', home);
      if (o.node !== false) extra.push('--node', `tcp://${ports['rpc.laddr']}`);
      return runCli([...args, ...extra], o.input);
    },
    rpc,
  };
  return node;
}

/** utrv balance of `addr`, through the bank query over the node's RPC (no client library in between). */
export async function bankBalance(node: TestNode, addr: string): Promise<bigint> {
  const r = await node.rpc<{ response: { value: string } }>('abci_query', {
    path: '/cosmos.bank.v1beta1.Query/Balance',
    data: Buffer.concat([Buffer.from([0x0a, addr.length]), Buffer.from(addr), Buffer.from([0x12, 4]), Buffer.from('utrv')]).toString('hex'),
  });
  const v = Buffer.from(r.response.value, 'base64');
  const m = /(\d+)/.exec(v.subarray(v.indexOf(Buffer.from('utrv')) + 6).toString('latin1'));
  return m ? BigInt(m[1]!) : 0n;
}
