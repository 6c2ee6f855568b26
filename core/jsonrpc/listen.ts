import type { Server } from 'node:http';
import { takeEarly } from './early-listen.ts';
import { parseLaddr } from './laddr.ts';

export { parseLaddr };

/**
 * Listens or fails with one clear line naming the flag (a port in use is the common case). An address bound
 * early (early-listen.ts) is taken over: the server listens on that socket and is handed the connections held
 * there, which it then reads from their first byte.
 */
export async function listen(server: Server, laddr: string, what: string): Promise<void> {
  const { host, port } = parseLaddr(laddr);
  const early = await takeEarly(laddr);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      reject(new Error(e.code === 'EADDRINUSE' ? `${what}: address ${host}:${port} is already in use (choose another with its flag)` : `${what}: cannot listen on ${host}:${port}: ${e.message}`));
    });
    if (early) server.listen(early.handle, () => resolve());
    else server.listen(port, host, () => resolve());
  });
  for (const s of early?.sockets ?? []) {
    server.emit('connection', s);
    s.resume();
  }
}
