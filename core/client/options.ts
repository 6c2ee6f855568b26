import { Command, Option } from 'commander';
import { DEFAULT_CHAIN_ID, defaultHome } from '../node/home.ts';

/** Flags every query command takes (the Cosmos SDK's). */
export interface QueryOptions {
  node: string;
  home: string;
  keyringBackend: string;
  output: 'json' | 'text';
  /** Query the state after this block (`--height`; the node keeps every height unless started with --pruning). */
  height?: string;
}
/** Flags every tx command takes. */
export interface TxOptions extends QueryOptions {
  from: string;
  chainId: string;
  gas?: string;
  gasAdjustment: string;
  gasPrices?: string;
  fees?: string;
  memo?: string;
  yes?: boolean;
  /** direct (default) or amino-json (SIGN_MODE_LEGACY_AMINO_JSON, as Ledger and Keplr's amino signers sign). */
  signMode?: string;
  /** Print the unsigned tx (the SDK's JSON) instead of signing and broadcasting it. */
  generateOnly?: boolean;
  timeoutHeight?: string;
}

export const DEFAULT_NODE = 'tcp://127.0.0.1:26657';

function addNodeFlags(cmd: Command): Command {
  return cmd
    .option('--node <url>', 'CometBFT RPC endpoint', DEFAULT_NODE)
    .option('--home <dir>', 'node and keyring home', defaultHome())
    .option('--keyring-backend <backend>', 'keyring backend (test)', 'test')
    .addOption(new Option('-o, --output <format>', 'output format').choices(['json', 'text']).default('text'));
}

export function addQueryFlags(cmd: Command): Command {
  return addNodeFlags(cmd).option('--height <n>', 'query the state at this height (default: the latest)');
}

export function addTxFlags(cmd: Command): Command {
  return addNodeFlags(cmd)
    .option('--from <key>', 'key name or address that signs')
    .option('--chain-id <id>', 'chain id', DEFAULT_CHAIN_ID)
    .option('--gas <gas>', 'gas limit, or "auto" to simulate (default: auto)')
    .option('--gas-adjustment <x>', 'multiplier on simulated gas', '1.4')
    .option('--gas-prices <prices>', 'gas price, e.g. 0.001utrv (default: the node minimum)')
    .option('--fees <coins>', 'fee to pay, e.g. 200utrv (overrides --gas-prices)')
    .option('--note, --memo <memo>', 'memo')
    .addOption(new Option('--sign-mode <mode>', 'sign mode: direct, or amino-json (SIGN_MODE_LEGACY_AMINO_JSON)').choices(['direct', 'amino-json']).default('direct'))
    .option('--generate-only', 'print the unsigned tx as JSON (for `tx sign`) instead of signing and broadcasting it')
    .option('--timeout-height <height>', 'the tx is invalid above this block height (0: none)')
    .option('-y, --yes', 'skip the confirmation prompt (there is none: txs are always sent)');
}

/** "tcp://host:port" → "http://host:port" (what HTTP clients need). */
export function httpUrl(node: string): string {
  return node.replace(/^tcp:\/\//, 'http://');
}

export function printOutput(opts: Pick<QueryOptions, 'output'>, obj: unknown): void {
  const replacer = (_k: string, v: unknown) => (typeof v === 'bigint' ? v.toString() : v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v);
  process.stdout.write((opts.output === 'json' ? JSON.stringify(obj, replacer) : toYaml(JSON.parse(JSON.stringify(obj, replacer)), 0)) + '\n');
}

function toYaml(v: unknown, indent: number): string {
  const pad = '  '.repeat(indent);
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return v.map((x) => `${pad}- ${toYaml(x, indent + 1).trimStart()}`).join('\n');
  }
  if (v && typeof v === 'object') {
    const entries = Object.entries(v);
    if (entries.length === 0) return '{}';
    return entries
      .map(([k, x]) => (x && typeof x === 'object' && Object.keys(x).length ? `${pad}${k}:\n${toYaml(x, indent + 1)}` : `${pad}${k}: ${toYaml(x, 0)}`))
      .join('\n');
  }
  return typeof v === 'string' ? (v === '' || /[:#\n]/.test(v) ? JSON.stringify(v) : v) : String(v);
}
