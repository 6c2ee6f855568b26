/**
 * Generates the homes of an N-validator CometBFT v0.38 network with Trivium as the app.
 *
 *   npx tsx testnet/init-testnet.ts [--validators 4] [--out testnet/out] [--chain-id trivium-testnet-1]
 *                                   [--port-shift 0] [--overwrite] [--json]
 *
 * Each node i gets OUT/node<i>/ — a triviumd home (config/genesis.json with the shared chain id and app_state,
 * the dev keys in keyring-test) — and OUT/node<i>/cometbft/, a CometBFT home (config.toml, genesis.json whose
 * validators are the N keys and whose app_state is ours, priv_validator_key.json, node_key.json,
 * data/priv_validator_state.json). Every port is CometBFT's or the module's default + 10·i (+ --port-shift).
 * It prints the two commands that start each node; `triviumd testnet up` (testnet/network.ts) runs them.
 */
import { createHash, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { devnetGenesis, newValidatorKey } from '../app/genesis.ts';
import { homePaths } from '../core/node/home.ts';
import { buildModules } from '../app/modules.ts';
import { initHome } from '../cmd/triviumd/commands/init.ts';
import { repoRoot } from './repo-root.ts';
import { moduleClis } from '../cmd/triviumd/module-clis.ts';

const PORT_STRIDE = 10;

export interface TestnetNode {
  name: string;
  home: string;
  cometHome: string;
  nodeId: string;
  validatorAddress: string;
  ports: { p2p: number; rpc: number; abci: number };
  /** Module service flags (e.g. json-rpc.address) → host:port. */
  services: Record<string, string>;
  triviumd: string[];
  cometbft: string[];
}

export interface TestnetOptions {
  validators: number;
  out: string;
  chainId: string;
  portShift: number;
  overwrite: boolean;
  /** Genesis time in ms (default: now). */
  genesisTimeMs?: number;
  /** CometBFT's timeout_commit (default 1s). */
  blockTime?: string;
}

function ed25519Key() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const pub = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  const priv = privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(-32);
  // CometBFT's ed25519 address (and p2p node id): the first 20 bytes of sha256(pubkey).
  const address = createHash('sha256').update(pub).digest().subarray(0, 20).toString('hex');
  return { pub, priv64: Buffer.concat([priv, pub]), address };
}

/** The module services' address flags and their default host:port. */
function serviceDefaults(): Array<{ flag: string; host: string; port: number }> {
  const out = [];
  for (const m of moduleClis) {
    for (const f of m.startFlags ?? []) {
      const flag = /--([\w.-]+)/.exec(f.flags)?.[1];
      const def = /^(.+):(\d+)$/.exec(String(f.defaultValue ?? ''));
      if (flag && /address|laddr/.test(flag) && def) out.push({ flag, host: def[1]!, port: Number(def[2]) });
    }
  }
  return out;
}

/** A joining node's [statesync]: where its light client checks headers, and the header it trusts. */
export interface StateSyncConfig {
  rpcServers: string[];
  trustHeight: number;
  trustHash: string;
}

function configToml(n: TestnetNode, peers: string, blockTime: string, stateSync?: StateSyncConfig): string {
  return `# CometBFT v0.38 config for ${n.name} (written by testnet/init-testnet.ts; other keys take CometBFT's defaults)
proxy_app = "tcp://127.0.0.1:${n.ports.abci}"
moniker = "${n.name}"
abci = "socket"
db_backend = "goleveldb"

[rpc]
laddr = "tcp://127.0.0.1:${n.ports.rpc}"

[p2p]
laddr = "tcp://127.0.0.1:${n.ports.p2p}"
persistent_peers = "${peers}"
# every validator is on 127.0.0.1
addr_book_strict = false
allow_duplicate_ip = true

[mempool]
recheck = true

[consensus]
timeout_commit = "${blockTime}"
# every node is on this machine: a missing proposer is given up on sooner than CometBFT's 3 s default
timeout_propose = "1s"
create_empty_blocks = true

[statesync]
${stateSync ? `enable = true
rpc_servers = "${stateSync.rpcServers.join(',')}"
trust_height = ${stateSync.trustHeight}
trust_hash = "${stateSync.trustHash}"
trust_period = "168h0m0s"
discovery_time = "6s"
chunk_request_timeout = "10s"` : 'enable = false'}

[tx_index]
indexer = "kv"
`;
}

type NodeKeys = { validator: ReturnType<typeof newValidatorKey>; node: ReturnType<typeof ed25519Key> };

/** Node i's homes, ports (the defaults + 10·i + shift) and start commands. */
function describeNode(out: string, i: number, portShift: number, k: NodeKeys): TestnetNode {
  const shift = portShift + PORT_STRIDE * i;
  const home = join(out, `node${i}`);
  const cometHome = join(home, 'cometbft');
  const ports = { p2p: 26656 + shift, rpc: 26657 + shift, abci: 26658 + shift };
  const svc: Record<string, string> = {};
  for (const s of serviceDefaults()) svc[s.flag] = `${s.host}:${s.port + shift}`;
  return {
    name: `node${i}`,
    home,
    cometHome,
    nodeId: k.node.address,
    validatorAddress: k.validator.address,
    ports,
    services: svc,
    triviumd: ['npx', 'triviumd', 'start', '--home', home, '--abci', `tcp://127.0.0.1:${ports.abci}`, '--rpc.laddr', `tcp://127.0.0.1:${ports.rpc}`, ...Object.entries(svc).flatMap(([f, a]) => [`--${f}`, a])],
    cometbft: ['cometbft', 'start', '--home', cometHome, '--proxy_app', `tcp://127.0.0.1:${ports.abci}`],
  };
}

/** Writes node n's triviumd home and CometBFT home (config.toml, genesis, keys, signing state). */
function writeHomes(n: TestnetNode, k: NodeKeys, chainId: string, genesis: object, cometGenesis: object, peers: TestnetNode[], blockTime: string, stateSync?: StateSyncConfig): void {
  const paths = homePaths(n.home);
  initHome(n.home, chainId, n.name); // the dev keys in keyring-test; genesis and key replaced below
  writeFileSync(paths.genesis, JSON.stringify({ ...genesis, moniker: n.name }, null, 2) + '\n');
  writeFileSync(paths.validatorKey, JSON.stringify(k.validator, null, 2) + '\n', { mode: 0o600 });
  const cfg = join(n.cometHome, 'config');
  const data = join(n.cometHome, 'data');
  mkdirSync(cfg, { recursive: true });
  mkdirSync(data, { recursive: true });
  const peerList = peers.map((p) => `${p.nodeId}@127.0.0.1:${p.ports.p2p}`).join(',');
  writeFileSync(join(cfg, 'config.toml'), configToml(n, peerList, blockTime, stateSync));
  writeFileSync(join(cfg, 'genesis.json'), JSON.stringify(cometGenesis, null, 2) + '\n');
  writeFileSync(join(cfg, 'priv_validator_key.json'), JSON.stringify(k.validator, null, 2) + '\n', { mode: 0o600 });
  writeFileSync(join(cfg, 'node_key.json'), JSON.stringify({ priv_key: { type: 'tendermint/PrivKeyEd25519', value: k.node.priv64.toString('base64') } }, null, 2) + '\n', { mode: 0o600 });
  // CometBFT refuses to start without the signing state file next to the key.
  writeFileSync(join(data, 'priv_validator_state.json'), JSON.stringify({ height: '0', round: 0, step: 0 }, null, 2) + '\n');
}

/**
 * A node that joins a running testnet later: not in the validator set (its own fresh key), the same genesis,
 * every existing node as a peer; with `stateSync`, it restores a snapshot instead of replaying from genesis.
 */
export function initFullNode(o: { out: string; index: number; portShift: number; blockTime: string; peers: TestnetNode[]; from: { home: string; cometHome: string }; stateSync?: StateSyncConfig }): TestnetNode {
  const k: NodeKeys = { validator: newValidatorKey(), node: ed25519Key() };
  const n = describeNode(resolve(o.out), o.index, o.portShift, k);
  if (existsSync(n.home)) throw new Error(`${n.home} exists`);
  const read = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>;
  const genesis = read(homePaths(o.from.home).genesis);
  const cometGenesis = read(join(o.from.cometHome, 'config', 'genesis.json'));
  writeHomes(n, k, String(genesis.chain_id), genesis, cometGenesis, o.peers, o.blockTime, o.stateSync);
  return n;
}

export function initTestnet(o: TestnetOptions): { chainId: string; nodes: TestnetNode[] } {
  if (!Number.isInteger(o.validators) || o.validators < 1 || o.validators > 30) throw new Error('--validators: expected 1..30');
  const out = resolve(o.out);
  if (existsSync(out)) {
    if (!o.overwrite) throw new Error(`${out} exists (use --overwrite to replace it)`);
    rmSync(out, { recursive: true, force: true });
  }
  const { modules } = buildModules();
  const timeMs = o.genesisTimeMs ?? Date.now();
  const genesis = devnetGenesis(o.chainId, modules, timeMs);
  // A network: no devnet controls (x/crossvm refuses MsgInjectFault without them).
  delete (genesis.app_state as { crossvm?: { dev_controls?: boolean } }).crossvm?.dev_controls;
  delete (genesis.app_state as { svm?: { dev_authority?: string } }).svm?.dev_authority;

  const keys = Array.from({ length: o.validators }, () => ({ validator: newValidatorKey(), node: ed25519Key() }));
  const nodes: TestnetNode[] = keys.map((k, i) => describeNode(out, i, o.portShift, k));

  const cometGenesis = {
    genesis_time: genesis.genesis_time,
    chain_id: o.chainId,
    initial_height: '1',
    consensus_params: {
      block: genesis.consensus_params.block,
      evidence: { max_age_num_blocks: '100000', max_age_duration: '172800000000000', max_bytes: '1048576' },
      validator: { pub_key_types: ['ed25519'] },
      version: { app: '1' }, // what the app's Info reports
      abci: { vote_extensions_enable_height: '0' },
    },
    validators: nodes.map((n, i) => ({ address: n.validatorAddress, pub_key: keys[i]!.validator.pub_key, power: '10', name: n.name })),
    app_hash: '',
    app_state: genesis.app_state,
  };

  nodes.forEach((n, i) => writeHomes(n, keys[i]!, o.chainId, genesis, cometGenesis, nodes.filter((p) => p !== n), o.blockTime ?? '1s'));

  return { chainId: o.chainId, nodes };
}

const q = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      validators: { type: 'string', short: 'n', default: '4' },
      out: { type: 'string', default: join(repoRoot, 'testnet', 'out') },
      'chain-id': { type: 'string', default: 'trivium-testnet-1' },
      'port-shift': { type: 'string', default: '0' },
      overwrite: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  try {
    const r = initTestnet({ validators: Number(values.validators), out: values.out!, chainId: values['chain-id']!, portShift: Number(values['port-shift']), overwrite: values.overwrite! });
    if (values.json) {
      process.stdout.write(JSON.stringify(r) + '\n');
    } else {
      const lines = [`${r.nodes.length} validators, chain id ${r.chainId}, in ${resolve(values.out!)}`, ''];
      for (const n of r.nodes) {
        lines.push(`# ${n.name}  (validator ${n.validatorAddress}, node id ${n.nodeId}; p2p ${n.ports.p2p}, CometBFT RPC ${n.ports.rpc}, ABCI ${n.ports.abci}${Object.entries(n.services).map(([f, a]) => `, ${f} ${a}`).join('')})`);
        lines.push(n.triviumd.map(q).join(' '));
        lines.push(n.cometbft.map(q).join(' '), '');
      }
      lines.push('or generate and start them all at once: npx triviumd testnet up');
      process.stdout.write(lines.join('\n') + '\n');
    }
  } catch (e) {
    process.stderr.write(`Error: ${(e as Error).message}\n`);
    process.exit(1);
  }
}
