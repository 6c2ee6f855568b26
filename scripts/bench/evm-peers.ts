/**
 * Starts the nodes the EVM benchmarks compare: a Trivium devnet (triviumd start on a temp home), anvil
 * (@foundry-rs/anvil) and a Hardhat 2 node, each on its own free port, and stops them again. All three fund
 * the same 10 dev accounts of `test … junk`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HDNodeWallet, Mnemonic } from 'ethers';
import { freePort } from '../../tests/helpers/node.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEV_MNEMONIC = 'test test test test test test test test test test test junk';

export interface EvmPeer {
  name: string;
  url: string;
  chainId: bigint;
  proc: ChildProcess;
  stop(): Promise<void>;
}

/** m/44'/60'/0'/0/i of the dev mnemonic (the seed is stretched once, then children are derived). */
export function devWallets(n = 10): HDNodeWallet[] {
  const parent = HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(DEV_MNEMONIC), "m/44'/60'/0'/0");
  return Array.from({ length: n }, (_, i) => parent.deriveChild(i));
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** POST a JSON body over a keep-alive node:http agent (lighter than fetch: the client must not be the limit). */
export function post(url: string, body: string): Promise<string> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: u.hostname, port: u.port, method: 'POST', path: '/', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (data += c));
        res.on('end', () => resolve(data));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** One JSON-RPC request (no client library in the measured path). */
export async function rpc<T = any>(url: string, method: string, params: unknown[] = []): Promise<T> {
  const body = JSON.parse(await post(url, JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }))) as { result?: T; error?: { code: number; message: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message} (${body.error.code})`);
  return body.result as T;
}

async function waitForRpc(url: string, proc: ChildProcess, name: string, log: () => string): Promise<number> {
  const t0 = performance.now();
  let exited = false;
  proc.once('exit', () => (exited = true));
  for (;;) {
    if (exited) throw new Error(`${name} exited during start:\n${log()}`);
    try {
      await rpc(url, 'eth_blockNumber');
      return performance.now() - t0;
    } catch {
      // 5 ms between tries: a 25 ms retry rounded a peer's start up to the next try (anvil's 27 ms was ≈ 2 ms + one
      // retry), so the start-up figures measured the poll, not the peer; 2 ms cost the bench a third of a core.
      await new Promise((r) => setTimeout(r, 5));
    }
    if (performance.now() - t0 > 60_000) throw new Error(`${name} did not answer within 60 s:\n${log()}`);
  }
}

function stopper(proc: ChildProcess, cleanup: () => void): () => Promise<void> {
  return async () => {
    if (proc.exitCode === null && proc.signalCode === null) {
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    cleanup();
  };
}

function capture(proc: ChildProcess): () => string {
  let out = '';
  proc.stdout?.on('data', (d) => (out = (out + d).slice(-20_000)));
  proc.stderr?.on('data', (d) => (out = (out + d).slice(-20_000)));
  return () => out;
}

/**
 * `root`: the checkout whose triviumd runs (EVM_BENCH_BASE's before-side); this one by default. `nodeFlags`: flags
 * of the node process itself (V8's, e.g. EVM_BENCH_NODE_FLAGS for the `trivium` side).
 */
export async function startTrivium(blockTime = '100ms', extra: string[] = [], root = repoRoot, nodeFlags: string[] = [], launcher: 'node' | 'bin' = 'node'): Promise<EvmPeer & { startupMs: number }> {
  const home = mkdtempSync(path.join(tmpdir(), 'trivium-bench-'));
  const [rpcPort, ethPort] = [await freePort(), await freePort()];
  const prof = process.env.EVM_BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.EVM_BENCH_PROFILE}`] : [];
  // The real binary (cmd/triviumd.js runs the esbuild bundle of cmd/main.ts, rebuilt when a source is newer).
  const args = ['--no-node-snapshot', ...nodeFlags, ...prof, path.join(root, 'cmd/triviumd.js'), 'start', '--home', home, '--quiet'];
  // EVM_BENCH_ENGINE picks Trivium's EVM engine (--evm.engine) unless `extra` names one.
  const engine = extra.includes('--evm.engine') ? extra[extra.indexOf('--evm.engine') + 1] : process.env.EVM_BENCH_ENGINE;
  if (engine && !extra.includes('--evm.engine')) extra = [...extra, '--evm.engine', engine];
  args.push('--rpc.laddr', `tcp://127.0.0.1:${rpcPort}`, '--json-rpc.address', `127.0.0.1:${ethPort}`, '--block-time', blockTime, ...extra);
  // Every listener on a free port, so a bench node never collides with a devnet (or another bench) running here.
  for (const flag of ['grpc.address', 'api.address', 'dashboard.address', ...(await otherAddressFlags())]) args.push(`--${flag}`, `127.0.0.1:${await freePort()}`);
  // 'bin': the installed command, bin/triviumd (node from the start-up snapshot when it fits, issue 17), which
  // takes no node options and the plain path under any NODE_OPTIONS.
  if (launcher === 'bin' && (nodeFlags.length || prof.length)) throw new Error('bin/triviumd takes no node options');
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => launcher === 'node' || k !== 'NODE_OPTIONS'));
  const proc = launcher === 'bin' ? spawn(path.join(root, 'bin/triviumd'), args.slice(args.indexOf('start')), { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env }) : spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = capture(proc);
  const url = `http://127.0.0.1:${ethPort}`;
  const startupMs = await waitForRpc(url, proc, 'triviumd', log);
  const label = (root === repoRoot ? '' : ` [${path.basename(root)}]`) + (nodeFlags.length ? ` ${nodeFlags.join(' ')}` : '') + (launcher === 'bin' ? ' (bin/triviumd)' : '');
  return { name: `Trivium ${engine ?? 'default engine'}${label} (block time ${blockTime})`, url, chainId: 262145n, proc, startupMs, stop: stopper(proc, () => rmSync(home, { recursive: true, force: true })) };
}

/** The checkout EVM_BENCH_BASE names (its node_modules linked and its bundle built), for a `trivium-base` side. */
export function baseCheckout(): string {
  const base = process.env.EVM_BENCH_BASE;
  if (!base || !existsSync(path.join(base, 'cmd/triviumd.js'))) throw new Error('the trivium-base side needs EVM_BENCH_BASE=/path/to/a checkout with its bundle built');
  return path.resolve(base);
}

/** Other modules' listen-address flags (e.g. the Solana RPC), so a bench node never collides with a running devnet. */
async function otherAddressFlags(): Promise<string[]> {
  const { moduleClis } = await import('../../cmd/triviumd/module-clis.ts');
  const out: string[] = [];
  for (const m of moduleClis) {
    for (const f of m.startFlags ?? []) {
      const name = /--([\w.-]+)/.exec(f.flags)?.[1];
      if (name && /address|laddr/.test(name) && name !== 'json-rpc.address') out.push(name);
    }
  }
  return out;
}

/**
 * The anvil binary itself (@foundry-rs/anvil's platform package), not node_modules/.bin/anvil: that is npm's
 * JavaScript launcher, a Node process of its own (≈ 200 ms and 60 MiB) in front of the binary.
 */
export function anvilBinary(): string {
  const bin = path.join(repoRoot, `node_modules/@foundry-rs/anvil-${process.platform}-${process.arch === 'x64' ? 'amd64' : process.arch}/bin/anvil`);
  if (!existsSync(bin)) throw new Error(`the anvil binary is missing (${bin}): npm ci installs @foundry-rs/anvil@1.7.1 and its platform package`);
  return bin;
}

export async function startAnvil(extra: string[] = []): Promise<EvmPeer & { startupMs: number }> {
  const bin = anvilBinary();
  const port = await freePort();
  const proc = spawn(bin, ['--host', '127.0.0.1', '--port', String(port), '--silent', ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  const log = capture(proc);
  const url = `http://127.0.0.1:${port}`;
  const startupMs = await waitForRpc(url, proc, 'anvil', log);
  const bt = extra.indexOf('--block-time');
  const name = bt >= 0 ? `anvil 1.7.1 (${Number(extra[bt + 1]) * 1000} ms blocks)` : 'anvil 1.7.1';
  const ci = extra.indexOf('--chain-id');
  return { name, url, chainId: ci >= 0 ? BigInt(extra[ci + 1]!) : 31337n, proc, startupMs, stop: stopper(proc, () => undefined) };
}

/**
 * The floor under any node hosted by Node.js: a bare `node --no-node-snapshot` (the flag isolated-vm needs, so
 * triviumd runs with it) whose one HTTP server answers every request with block 0. Nothing of Trivium is loaded.
 */
export async function startNodeFloor(): Promise<{ url: string; proc: ChildProcess; startupMs: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const src = `require('node:http').createServer((q, r) => { q.resume(); q.on('end', () => r.end('{"jsonrpc":"2.0","id":1,"result":"0x0"}')); }).listen(${port}, '127.0.0.1')`;
  const proc = spawn(process.execPath, ['--no-node-snapshot', '-e', src], { stdio: ['ignore', 'pipe', 'pipe'] });
  const log = capture(proc);
  const url = `http://127.0.0.1:${port}`;
  const startupMs = await waitForRpc(url, proc, 'node floor', log);
  return { url, proc, startupMs, stop: stopper(proc, () => undefined) };
}

/**
 * A Hardhat 2 node. `chainId` makes it accept the txs signed for another node (the benches sign once for all
 * sides); `intervalMs` switches automine off for interval mining, as the other sides' block time.
 */
export async function startHardhat(opts: { chainId?: number; intervalMs?: number } = {}): Promise<EvmPeer & { startupMs: number }> {
  if (!existsSync(path.join(repoRoot, 'node_modules/.bin/hardhat'))) throw new Error('hardhat is not installed: npm i -D hardhat@2.29.1');
  // Hardhat 2 insists on a local installation and a config: a temp project that links our node_modules.
  const dir = mkdtempSync(path.join(tmpdir(), 'hardhat-bench-'));
  mkdirSync(dir, { recursive: true });
  const hardhat: Record<string, unknown> = {};
  if (opts.chainId) hardhat.chainId = opts.chainId;
  if (opts.intervalMs) hardhat.mining = { auto: false, interval: opts.intervalMs };
  writeFileSync(path.join(dir, 'hardhat.config.cjs'), `module.exports = ${JSON.stringify({ networks: { hardhat } })};\n`);
  writeFileSync(path.join(dir, 'package.json'), '{"name":"hardhat-bench","private":true}\n');
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));
  const port = await freePort();
  const proc = spawn(process.execPath, [path.join(dir, 'node_modules/hardhat/internal/cli/cli.js'), '--config', 'hardhat.config.cjs', 'node', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, HARDHAT_DISABLE_TELEMETRY_PROMPT: 'true' },
  });
  const log = capture(proc);
  const url = `http://127.0.0.1:${port}`;
  const startupMs = await waitForRpc(url, proc, 'hardhat', log);
  const name = opts.intervalMs ? `Hardhat 2.29.1 (${opts.intervalMs} ms blocks)` : 'Hardhat 2.29.1 (automine)';
  return { name, url, chainId: BigInt(opts.chainId ?? 31337), proc, startupMs, stop: stopper(proc, () => rmSync(dir, { recursive: true, force: true })) };
}

/** Deploys OpenZeppelin's ERC20PresetFixedSupply from dev account 0 and gives every wallet a share (and 1 ETH to
 * wallets beyond the 10 the nodes fund). */
export async function deployToken(peer: EvmPeer, wallets: HDNodeWallet[]): Promise<string> {
  const { readFileSync } = await import('node:fs');
  const { Interface, getCreateAddress } = await import('ethers');
  const art = JSON.parse(readFileSync(path.resolve(repoRoot, '../shared/fixtures/evm/openzeppelin-contracts-4.9.6/build/ERC20PresetFixedSupply.json'), 'utf8'));
  const iface = new Interface(art.abi);
  const owner = wallets[0]!;
  let nonce = Number(BigInt(await rpc(peer.url, 'eth_getTransactionCount', [owner.address, 'pending'])));
  const fee = await feeFields(peer);
  const deploy = await owner.signTransaction({ ...fee, chainId: peer.chainId, nonce, gasLimit: 3_000_000n, data: art.bytecode + iface.encodeDeploy(['Bench', 'BNC', 10n ** 30n, owner.address]).slice(2) });
  const token = getCreateAddress({ from: owner.address, nonce });
  const hashes = [await rpc<string>(peer.url, 'eth_sendRawTransaction', [deploy])];
  for (const [i, w] of wallets.entries()) {
    if (i === 0) continue;
    nonce++;
    const raw = await owner.signTransaction({ ...fee, chainId: peer.chainId, nonce, gasLimit: 100_000n, to: token, data: iface.encodeFunctionData('transfer', [w.address, 10n ** 27n]) });
    hashes.push(await rpc<string>(peer.url, 'eth_sendRawTransaction', [raw]));
    if (i >= 10) {
      nonce++;
      const eth = await owner.signTransaction({ ...fee, chainId: peer.chainId, nonce, gasLimit: 21_000n, to: w.address, value: 10n ** 18n });
      hashes.push(await rpc<string>(peer.url, 'eth_sendRawTransaction', [eth]));
    }
  }
  for (const h of hashes) {
    const r = await waitForReceipt(peer.url, h);
    if (r.status !== '0x1') throw new Error(`${peer.name}: setup tx ${h} failed`);
  }
  return token;
}

/**
 * Starts the named peers (pushed onto `peers` as each comes up, so the caller's cleanup stops them on a failure)
 * and deploys the bench token on each: the same token address everywhere, or the run fails.
 */
export async function startWithToken(names: string[], starters: Record<string, () => Promise<EvmPeer>>, wallets: HDNodeWallet[], peers: EvmPeer[]): Promise<string> {
  for (const name of names) {
    if (!starters[name]) throw new Error(`unknown peer ${name}`);
    peers.push(await starters[name]!());
  }
  const tokens = await Promise.all(peers.map((p) => deployToken(p, wallets)));
  if (tokens.some((t) => t !== tokens[0])) throw new Error(`the token landed at different addresses: ${tokens.join(', ')}`);
  return tokens[0]!;
}

export async function feeFields(peer: EvmPeer): Promise<{ type: 2; maxFeePerGas: bigint; maxPriorityFeePerGas: bigint }> {
  const block = await rpc<{ baseFeePerGas: string }>(peer.url, 'eth_getBlockByNumber', ['latest', false]);
  return { type: 2, maxFeePerGas: BigInt(block.baseFeePerGas) * 4n + 10n ** 9n, maxPriorityFeePerGas: 10n ** 9n };
}

export async function waitForReceipt(url: string, hash: string, timeoutMs = 120_000): Promise<{ status: string; blockNumber: string }> {
  const t0 = performance.now();
  for (;;) {
    const r = await rpc(url, 'eth_getTransactionReceipt', [hash]);
    if (r) return r;
    if (performance.now() - t0 > timeoutMs) throw new Error(`no receipt for ${hash} after ${timeoutMs} ms`);
    await new Promise((res) => setTimeout(res, 10));
  }
}
