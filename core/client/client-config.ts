import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_CHAIN_ID } from '../node/home.ts';

/**
 * The Cosmos SDK's `config/client.toml`: the defaults every CLI command takes for --node, --chain-id, -o and
 * --keyring-backend (a flag on the command line still wins). `triviumd start` writes the node and chain id it
 * runs with, so off the default ports no command needs --node; `triviumd config set|get client KEY` edit it.
 */
export interface ClientConfig {
  'chain-id': string;
  'keyring-backend': string;
  output: string;
  node: string;
  'broadcast-mode': string;
}

export const CLIENT_CONFIG_DEFAULTS: ClientConfig = {
  'chain-id': DEFAULT_CHAIN_ID,
  'keyring-backend': 'test',
  output: 'text',
  node: 'tcp://127.0.0.1:26657',
  'broadcast-mode': 'sync',
};

/** The comment above each key, as the SDK writes them. */
const COMMENTS: Record<keyof ClientConfig, string> = {
  'chain-id': 'The network chain ID',
  'keyring-backend': "The keyring's backend, where the keys are stored (test|memory)",
  output: 'CLI output format (text|json)',
  node: '<host>:<port> to CometBFT RPC interface for this chain',
  'broadcast-mode': 'Transaction broadcasting mode (sync|async)',
};

const ALLOWED: Partial<Record<keyof ClientConfig, RegExp>> = {
  'keyring-backend': /^(test|memory)$/,
  output: /^(text|json)$/,
  node: /^(tcp|https?):\/\/[^\s/]+(:\d+)?\/?$/,
  'broadcast-mode': /^(sync|async)$/,
};

export const clientConfigPath = (home: string): string => join(home, 'config', 'client.toml');

export function isClientConfigKey(k: string): k is keyof ClientConfig {
  return Object.prototype.hasOwnProperty.call(CLIENT_CONFIG_DEFAULTS, k);
}

/** The home's client.toml over the defaults (a missing file: the defaults). Only `key = "string"` lines. */
export function readClientConfig(home: string): ClientConfig {
  const cfg: ClientConfig = { ...CLIENT_CONFIG_DEFAULTS };
  const path = clientConfigPath(home);
  if (!existsSync(path)) return cfg;
  readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
    const t = line.trim();
    if (t === '' || t.startsWith('#') || t.startsWith('[')) return;
    const m = /^([A-Za-z0-9_-]+)\s*=\s*"((?:[^"\\]|\\.)*)"\s*(#.*)?$/.exec(t);
    if (!m) throw new Error(`${path}:${i + 1}: expected key = "value", got ${JSON.stringify(t)}`);
    if (isClientConfigKey(m[1]!)) cfg[m[1]] = JSON.parse(`"${m[2]}"`) as string;
  });
  return cfg;
}

export function writeClientConfig(home: string, cfg: ClientConfig): void {
  const path = clientConfigPath(home);
  mkdirSync(dirname(path), { recursive: true });
  const body = (Object.keys(CLIENT_CONFIG_DEFAULTS) as Array<keyof ClientConfig>).map((k) => `# ${COMMENTS[k]}\n${k} = ${JSON.stringify(cfg[k])}\n`).join('\n');
  writeFileSync(path, `# This is a TOML config file.\n# For more information, see https://github.com/toml-lang/toml\n\n###############################################################################\n###                           Client Configuration                            ###\n###############################################################################\n\n${body}`);
}

/** Sets one key (checked) and writes the file; returns the new config. */
export function setClientConfig(home: string, key: string, value: string): ClientConfig {
  if (!isClientConfigKey(key)) throw new Error(`unknown client config key ${JSON.stringify(key)}: one of ${Object.keys(CLIENT_CONFIG_DEFAULTS).join(', ')}`);
  const rule = ALLOWED[key];
  if (rule && !rule.test(value)) throw new Error(`invalid ${key} ${JSON.stringify(value)}${key === 'node' ? ': expected e.g. tcp://127.0.0.1:26657' : ''}`);
  const cfg = readClientConfig(home);
  cfg[key] = value;
  writeClientConfig(home, cfg);
  return cfg;
}

/** Commander option names (camelCase) of the flags client.toml gives defaults for. */
const FLAG_OF: Array<[string, keyof ClientConfig]> = [
  ['node', 'node'],
  ['chainId', 'chain-id'],
  ['output', 'output'],
  ['keyringBackend', 'keyring-backend'],
];

/**
 * Before a command runs: each of its --node/--chain-id/-o/--keyring-backend options that the user did not give
 * takes the value from the home's client.toml. The node's own commands (start, init, replay, rollback, testnet)
 * take --chain-id for a new chain, not as a client setting, so they are left alone.
 */
const NODE_SIDE = new Set(['start', 'init', 'replay', 'rollback', 'testnet', 'config']);

export function applyClientConfig(cmd: Command): void {
  for (let c: Command | null = cmd; c; c = c.parent) if (NODE_SIDE.has(c.name())) return;
  const home = cmd.getOptionValue('home') as string | undefined;
  if (!home) return;
  const present = FLAG_OF.filter(([opt]) => cmd.options.some((o) => o.attributeName() === opt) && cmd.getOptionValueSource(opt) === 'default');
  if (!present.length) return;
  const cfg = readClientConfig(home);
  for (const [opt, key] of present) cmd.setOptionValueWithSource(opt, cfg[key], 'config');
}
