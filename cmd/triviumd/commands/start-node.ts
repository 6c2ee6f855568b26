import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { corsWarning, transportLimits } from '../../../core/jsonrpc/index.ts';
import { bindEarly, releaseEarly } from '../../../core/jsonrpc/early-listen.ts';
import { homePaths } from '../../../core/node/home.ts';
import { setLogFormat } from '../../../core/types/log-format.ts';
import { startFlag } from '../../../core/types/node-api.ts';
import type { Service } from '../../../core/types/module.ts';
import { Node } from '../../../core/node/node.ts';
import { metricsServices } from '../../../core/node/metrics.ts';
import { appOptionsFromFlags, buildApp } from '../../../app/app.ts';
import { CometRpcServer } from '../../../core/rpc/server.ts';
import { runAbci } from '../../../core/abci/run.ts';
import { DEFAULT_ABCI_LADDR } from '../../../core/abci/socket-server.ts';
import { moduleClis } from '../module-clis.ts';
import { devEvmAccountOptions } from '../../../x/evm/dev-accounts.ts';
import { initHome } from './init.ts';
import { bannerText, recordClientConfig } from './start-banner.ts';
import { dashboardServices } from './start-dashboard.ts';
import { releaseYoungGeneration } from './start-young-gen.ts';
import { startStep } from './start-steps.ts';

/** "1s", "500ms", "0", "2" (seconds) → milliseconds. */
export function parseDuration(s: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(s.trim());
  if (!m) throw new Error(`invalid duration ${JSON.stringify(s)}: use e.g. 1s, 500ms or 0`);
  const n = Number(m[1]);
  return Math.round(m[2] === 'ms' ? n : m[2] === 'm' ? n * 60_000 : n * 1000);
}

/**
 * The modules' genesis-loading start flags (x/svm's --bpf-program, --account) into the home's genesis file:
 * genesis state, so a replay of the home meets it too. On a home whose chain already started, the flags
 * must leave the genesis as it is (the same flags again), or the start is refused.
 */
function loadGenesisFlags(home: string, created: boolean, opts: Record<string, unknown>): void {
  const path = homePaths(home).genesis;
  let genesis: { app_state: Record<string, unknown> } | undefined;
  let before = '';
  const appState = () => {
    if (!genesis) {
      genesis = JSON.parse(readFileSync(path, 'utf8')) as { app_state: Record<string, unknown> };
      before = JSON.stringify(genesis.app_state);
    }
    return genesis.app_state;
  };
  const loaded = moduleClis.flatMap((m) => m.genesisFromStartFlags?.(opts, appState) ?? []);
  if (!genesis || !loaded.length || JSON.stringify(genesis.app_state) === before) return;
  if (!created && existsSync(homePaths(home).db)) {
    throw new Error(`--bpf-program/--account load state at genesis, and this home's chain already started (${home}): use a new --home`);
  }
  writeFileSync(path, JSON.stringify(genesis, null, 2) + '\n');
  for (const l of loaded) console.log(`genesis: loaded ${l}`);
}

/** `triviumd start`: the embedded devnet node, or (with --abci) the app behind CometBFT. */
export async function runStart(opts: Record<string, string | boolean | undefined>, t0: number): Promise<void> {
  startStep('run');
  setLogFormat(String(opts.log_format ?? 'plain'));
  // The devnet's JSON-RPC ports are bound first: a client connecting during the start waits for its answer
  // instead of being refused (core/jsonrpc/early-listen.ts); each server takes its port over as it starts.
  if (opts.abci === undefined) for (const a of jsonRpcAddresses(opts)) bindEarly(a);
  const home = String(opts.home);
  // anvil's --accounts / --mnemonic / --balance shape a new home's genesis (and which accounts eth_accounts unlocks).
  const evmFlags = ['accounts', 'mnemonic', 'balance'].some((f) => opts[f] !== undefined);
  // --reset: the chain data and the genesis go (a new one is written below); the keys stay.
  if (opts.reset) for (const p of [homePaths(home).data, homePaths(home).genesis]) rmSync(p, { recursive: true, force: true });
  const init = initHome(home, String(opts.chainId), undefined, false, evmFlags ? devEvmAccountOptions(opts) : undefined);
  startStep('home');
  loadGenesisFlags(home, init.created, opts);
  const blockTimeMs = parseDuration(String(opts.blockTime));
  const quiet = Boolean(opts.quiet);
  const appOpts = appOptionsFromFlags(opts);
  // Opening CORS lets any listed web page drive the unlocked dev accounts: say so at every start.
  const corsWarn = corsWarning(transportLimits(opts).cors);
  if (corsWarn) console.warn(corsWarn);
  if (opts.abci !== undefined) {
    for (const f of ['dumpState', 'loadState', 'reset'] as const) if (opts[f] !== undefined) throw new Error(`--${f.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())} is a devnet flag: a node run for a network (--abci) takes its state from CometBFT`);
    const laddr = opts.abci === true ? DEFAULT_ABCI_LADDR : String(opts.abci);
    releaseYoungGeneration();
    await runAbci({ home, laddr, cometRpc: String(opts['rpc.laddr'] ?? opts.rpcLaddr), flags: opts, quiet, buildApp: (db) => buildApp(db, appOpts).app, services: (n) => apiServices(n, opts) });
    return;
  }
  const node = new Node({ home, blockTimeMs, flags: opts, log: quiet ? () => undefined : undefined, buildApp: (db) => buildApp(db, appOpts).app });
  // LevelDB opens and InitChain writes on libuv's threads while the servers are built here; they serve only once
  // the node is open (serveUntilSignal). Its failure is the start's, as before, and the start waits for it to end.
  startStep('node');
  const opened = node.open();
  opened.catch(() => undefined); // awaited below
  const laddr = String(opts['rpc.laddr'] ?? opts.rpcLaddr);
  node.rpcLaddr = laddr;
  let services: Service[];
  let dashboard: Awaited<ReturnType<typeof dashboardServices>>;
  try {
    const rpc = new CometRpcServer(node, laddr);
    dashboard = await dashboardServices(opts, laddr);
    services = [...metricsServices(node, opts.metrics), ...(await apiServices(node, opts)), ...dashboard.services, rpc];
  } finally {
    await opened;
  }
  startStep('open');
  try {
    await node.serveUntilSignal(services, 'block');
  } finally {
    releaseEarly(); // a port bound early that no server took (none, unless a module's server did not start)
  }
  startStep('serving');
  recordClientConfig(home, laddr, node.chainId);
  node.log(bannerText({ chainId: node.chainId, home, created: init.created, height: node.latestHeight(), laddr, opts, api: apiAddresses(opts), dashboardUrl: dashboard.url }));
  startStep('ready');
  node.startProducing();
  releaseYoungGeneration();
  node.bus.once('block', () => {
    startStep('block');
    node.log(`first block after ${Math.round(performance.now() - t0)} ms`);
  });
}

/** The CometBFT RPC's address and the modules' JSON-RPC endpoints (their start flags that name an `endpoint`). */
function jsonRpcAddresses(opts: Record<string, unknown>): string[] {
  const out = [String(opts['rpc.laddr'] ?? opts.rpcLaddr)];
  for (const m of moduleClis) {
    for (const f of m.startFlags ?? []) {
      const name = /--([\w.-]+)/.exec(f.flags)?.[1];
      const v = f.endpoint && name ? startFlag(opts, name) : undefined;
      if (typeof v === 'string' && v) out.push(v);
    }
  }
  return out;
}

const apiAddresses = (opts: Record<string, unknown>) => ({ grpc: String(startFlag(opts, 'grpc.address') ?? ''), rest: String(startFlag(opts, 'api.address') ?? '') });

/** gRPC and REST for their non-empty addresses: their code (and @grpc/grpc-js) loaded only when one is on. */
async function apiServices(node: Node, opts: Record<string, unknown>): Promise<Service[]> {
  const api = apiAddresses(opts);
  return api.grpc || api.rest ? (await import('../../../core/api/index.ts')).apiServices(node, api) : [];
}
