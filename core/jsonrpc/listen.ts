import type { Server } from 'node:http';

/** Parses CometBFT-style listen addresses: "tcp://127.0.0.1:26657" or "127.0.0.1:26657". */
export function parseLaddr(laddr: string): { host: string; port: number } {
  const m = /^(?:tcp:\/\/)?([^:/]+|\[[^\]]+\]):(\d+)$/.exec(laddr);
  if (!m) throw new Error(`invalid listen address ${JSON.stringify(laddr)}: expected tcp://HOST:PORT`);
  return { host: m[1]!.replace(/^\[|\]$/g, ''), port: Number(m[2]) };
}

/** Listens or fails with one clear line naming the flag (a port in use is the common case). */
export function listen(server: Server, laddr: string, what: string): Promise<void> {
  const { host, port } = parseLaddr(laddr);
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      reject(new Error(e.code === 'EADDRINUSE' ? `${what}: address ${host}:${port} is already in use (choose another with its flag)` : `${what}: cannot listen on ${host}:${port}: ${e.message}`));
    });
    server.listen(port, host, () => resolve());
  });
}
