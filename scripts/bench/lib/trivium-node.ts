// A Trivium devnet for a benchmark: `triviumd init`, bench accounts funded at genesis, `triviumd start` at its
// default settings (block time included) with every listener on a free local port.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, repoRoot, runCli } from '../../../tests/helpers/node.ts';
import { type RunningNode, runningNode } from './proc.ts';

/** Initialises `home` with `addresses` funded; returns the chain id. */
export async function initTrivium(home: string, addresses: string[], balance = '1000000000000'): Promise<string> {
  const r = await runCli(['init', 'bench', '--home', home]);
  if (r.code !== 0) throw new Error(`triviumd init: ${r.stderr}`);
  const path = join(home, 'config', 'genesis.json');
  const genesis = JSON.parse(readFileSync(path, 'utf8'));
  for (const address of addresses) {
    genesis.app_state.auth.accounts.push({ address, account_number: '0', sequence: '0' });
    genesis.app_state.bank.balances.push({ address, coins: [{ denom: 'utrv', amount: balance }] });
  }
  writeFileSync(path, JSON.stringify(genesis));
  return genesis.chain_id as string;
}

export type RunningTrivium = RunningNode;

/** `profDir`: write a V8 CPU profile there (node --cpu-prof) when the node exits. */
export async function startTrivium(home: string, o: { profDir?: string; nodeFlags?: string[] } = {}): Promise<RunningTrivium> {
  const rpcPort = await freePort();
  const proc = spawn(
    process.execPath,
    [
      ...(o.profDir ? ['--cpu-prof', `--cpu-prof-dir=${o.profDir}`] : []),
      ...(o.nodeFlags ?? []),
      '--no-node-snapshot',
      join(repoRoot, 'cmd/triviumd.js'),
      'start', '--home', home, '--quiet',
      '--rpc.laddr', `tcp://127.0.0.1:${rpcPort}`,
      '--json-rpc.address', `127.0.0.1:${await freePort()}`,
      '--svm-rpc.address', `127.0.0.1:${await freePort()}`,
      '--svm-rpc.ws-address', `127.0.0.1:${await freePort()}`,
      '--dashboard.address', `127.0.0.1:${await freePort()}`,
      '--grpc.address', `127.0.0.1:${await freePort()}`,
      '--api.address', `127.0.0.1:${await freePort()}`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return runningNode(proc, rpcPort, 'triviumd', { echo: Boolean(process.env.NODE_STDERR) });
}
