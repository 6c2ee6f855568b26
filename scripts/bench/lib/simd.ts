// A single-validator Cosmos SDK v0.50 chain (`simd`, built by scripts/install-simd.sh) as a benchmark peer:
// init, a funded genesis, gentx / collect-gentxs, timeout_commit set, every listener on a free port.
import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, repoRoot } from '../../../tests/helpers/node.ts';
import { type RunningNode, runningNode } from './proc.ts';

export const SIMD = join(repoRoot, '.tools', 'bin', 'simd');

/** The peer is required: a bench that needs it fails here, loudly, instead of printing a stale figure. */
export function requireSimd(): void {
  if (!existsSync(SIMD)) throw new Error(`simd is missing (${SIMD}): build it with scripts/install-simd.sh`);
}

function simd(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(SIMD, args, { maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`simd ${args.join(' ')}: ${stderr || err.message}`));
      else resolve(stdout + stderr);
    });
  });
}

/** Sets `key = value` inside `[section]` of a TOML file (the keys the SDK's templates write). */
function setToml(path: string, section: string, key: string, value: string): void {
  const lines = readFileSync(path, 'utf8').split('\n');
  let inSection = section === '';
  let done = false;
  for (let i = 0; i < lines.length && !done; i++) {
    const l = lines[i]!;
    if (/^\[.*\]\s*$/.test(l)) inSection = l.trim() === `[${section}]`;
    else if (inSection && new RegExp(`^${key.replace('.', '\\.')}\\s*=`).test(l)) {
      lines[i] = `${key} = ${value}`;
      done = true;
    }
  }
  if (!done) throw new Error(`${path}: no ${key} in [${section}]`);
  writeFileSync(path, lines.join('\n'));
}

export interface SimdChain {
  home: string;
  chainId: string;
  /** Funded balance of each bench account, in `stake`. */
  balance: string;
}

/** A fresh home with `addresses` funded at genesis and one validator (its own key, its own gentx). */
export async function initSimd(home: string, chainId: string, addresses: string[], timeoutCommit: string): Promise<SimdChain> {
  const kr = ['--keyring-backend', 'test', '--home', home];
  await simd(['init', 'bench', '--chain-id', chainId, '--home', home]);
  await simd(['keys', 'add', 'val', ...kr]);
  await simd(['genesis', 'add-genesis-account', 'val', '1000000000000000stake', ...kr]);
  const balance = '1000000000000';
  const file = join(home, 'bench-accounts.json');
  writeFileSync(file, JSON.stringify(addresses.map((address) => ({ address, coins: [{ denom: 'stake', amount: balance }] }))));
  await simd(['genesis', 'bulk-add-genesis-account', file, '--home', home]);
  await simd(['genesis', 'gentx', 'val', '100000000000stake', '--chain-id', chainId, ...kr]);
  await simd(['genesis', 'collect-gentxs', '--home', home]);
  const config = join(home, 'config', 'config.toml');
  setToml(config, 'consensus', 'timeout_commit', JSON.stringify(timeoutCommit));
  setToml(config, 'rpc', 'pprof_laddr', '""');
  return { home, chainId, balance };
}

export type RunningSimd = RunningNode;

/** `simd start` with its defaults (pruning, IAVL cache, mempool), listeners moved to free local ports. */
export async function startSimd(home: string): Promise<RunningSimd> {
  const rpcPort = await freePort();
  const args = ['start', '--home', home, '--log_level', 'error',
    '--rpc.laddr', `tcp://127.0.0.1:${rpcPort}`, '--p2p.laddr', `tcp://127.0.0.1:${await freePort()}`,
    '--proxy_app', `tcp://127.0.0.1:${await freePort()}`, '--grpc.address', `127.0.0.1:${await freePort()}`,
    '--api.address', `tcp://127.0.0.1:${await freePort()}`];
  return runningNode(spawn(SIMD, args, { stdio: ['ignore', 'ignore', 'pipe'] }), rpcPort, 'simd', { okCodes: [143] });
}
