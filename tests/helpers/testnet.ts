import { createServer } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cometRpc, type Network, type NetworkNode } from '../../testnet/network.ts';
import { runCli, type TestNode } from './node.ts';

const portFree = (port: number) =>
  new Promise<boolean>((res) => {
    const s = createServer();
    s.once('error', () => res(false));
    s.listen(port, '127.0.0.1', () => s.close(() => res(true)));
  });

/** The ports of node i for a shift (testnet/init-testnet.ts: the defaults + 10·i + shift). */
const portsOf = (i: number, shift: number) => [26656, 26657, 26658, 8545, 8899, 8900].map((p) => p + 10 * i + shift);

/** A port shift under which every port of `nodes` nodes is free now (tests run side by side). */
export async function freePortShift(nodes: number): Promise<number> {
  const start = 1000 + (process.pid % 97) * 300;
  for (let k = 0; k < 100; k++) {
    const shift = ((start + k * 137) % 29000) + 1000;
    let ok = true;
    for (let i = 0; i < nodes && ok; i++) for (const p of portsOf(i, shift)) if (!(await portFree(p))) ok = false;
    if (ok) return shift;
  }
  throw new Error('no free port shift found');
}

export const testnetDir = () => join(mkdtempSync(join(tmpdir(), 'trivium-testnet-')), 'net');

/** The header app hash of every node at height h (CometBFT's block route), upper-case hex. */
export async function appHashesAt(net: Network, h: number, nodes: NetworkNode[] = net.nodes): Promise<string[]> {
  return Promise.all(nodes.map(async (n) => (await cometRpc(n, 'block', { height: String(h) })).block.header.app_hash as string));
}

/** Asserts every node's header app hash agrees at every height 1..top; returns the heights checked. */
export async function agreeUpTo(net: Network, top: number, nodes: NetworkNode[] = net.nodes): Promise<number> {
  for (let h = 1; h <= top; h++) {
    const hashes = await appHashesAt(net, h, nodes);
    if (new Set(hashes).size !== 1) throw new Error(`app hashes differ at height ${h}: ${hashes.join(', ')}`);
  }
  return top;
}

export const heightOf = async (n: NetworkNode): Promise<number> => Number((await cometRpc(n, 'status')).sync_info.latest_block_height);

/**
 * A network node as the devnet helpers see a node (tests/helpers/node.ts's TestNode: rpc, cli, chain id), so the
 * crossvm and wasm helpers drive a validator of the network unchanged. Processes are the network's own.
 */
export function asTestNode(n: NetworkNode, chainId: string): TestNode {
  const node = n.rpc; // http://… — the CLI takes CometBFT's URL as given
  return {
    home: n.home,
    chainId,
    rpcUrl: n.rpc,
    wsUrl: n.rpc.replace('http', 'ws'),
    ports: {},
    rpc: (method: string, params: Record<string, unknown> = {}) => cometRpc(n, method, params, 30_000),
    cli: (args: string[]) => runCli([...args, '--home', n.home, '--node', node, ...(args[0] === 'tx' ? ['--chain-id', chainId, '--keyring-backend', 'test'] : [])]),
  } as unknown as TestNode;
}
