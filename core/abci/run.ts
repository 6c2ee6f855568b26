import { homePaths } from '../node/home.ts';
import type { NodeOptions } from '../node/node.ts';
import type { Service } from '../types/module.ts';
import { AbciNode } from './abci-node.ts';
import { AbciHandlers } from './handlers.ts';
import { AbciSocketServer } from './socket-server.ts';

export interface AbciRunOptions {
  home: string;
  /** Where CometBFT's proxy_app connects (tcp://host:port or unix:///path). */
  laddr: string;
  /** CometBFT's RPC, where the module services broadcast the txs they receive. */
  cometRpc: string;
  flags: Record<string, string | boolean | undefined>;
  quiet: boolean;
  buildApp: NodeOptions['buildApp'];
  /** More services beside the socket (gRPC and REST), made once the node is open. */
  services?: (node: AbciNode) => Promise<Service[]>;
}

/**
 * `triviumd start --abci ADDR`: the app behind CometBFT. The socket server and the module services run; the
 * embedded producer and the CometBFT-compatible RPC do not (CometBFT serves its own RPC).
 */
export async function runAbci(o: AbciRunOptions): Promise<AbciNode> {
  const node = new AbciNode({ home: o.home, blockTimeMs: 0, flags: o.flags, log: o.quiet ? () => undefined : undefined, buildApp: o.buildApp }, o.cometRpc);
  await node.open();
  const server = new AbciSocketServer(o.laddr, new AbciHandlers(node), (l) => node.log(l));
  await node.serveUntilSignal([...((await o.services?.(node)) ?? []), server], 'request');
  const lines = [
    '',
    '  Trivium app behind CometBFT (ABCI socket)',
    '  =========================================',
    `  chain id        ${node.chainId}`,
    `  home            ${o.home} — app at height ${node.latestHeight()}`,
    `  ABCI            ${o.laddr}   (cometbft start --proxy_app ${o.laddr})`,
    `  CometBFT RPC    ${o.cometRpc}   (served by CometBFT; module services broadcast there)`,
  ];
  for (const [k, v] of Object.entries(o.flags)) {
    if (/[.-](address|laddr)$/.test(k) && k !== 'rpc.laddr' && typeof v === 'string' && v !== '') lines.push(`  ${k.padEnd(15)} ${v}`);
  }
  lines.push(`  data            ${homePaths(o.home).db}`, '', `  abci: listening on ${o.laddr}`, '');
  node.log(lines.join('\n'));
  return node;
}
