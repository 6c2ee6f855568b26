import { createServer, type Server, type Socket } from 'node:net';
import { parseLaddr } from './laddr.ts';

/**
 * Ports bound before their server exists (issue 17). `triviumd start` binds its JSON-RPC ports as it begins, so a
 * client that connects while the node is still opening (InitChain, the first block) is held — accepted, its bytes
 * unread — instead of refused and left to retry; the server that later listens on the same address (listen.ts)
 * takes over the bound socket and then reads what the held clients sent. Nothing is answered before its server
 * is up, so a client sees the same answers as before, only sooner. Best effort: a bind that fails (a port in
 * use) is forgotten, and the server's own listen reports it when and as it always did.
 */
interface Held {
  server: Server;
  bound: Promise<boolean>;
  sockets: Socket[];
}

const held = new Map<string, Held>();

/** host:port of a listen address, or undefined when it is not one an early bind can serve (port 0 picks anew). */
function keyOf(laddr: string): string | undefined {
  try {
    const { host, port } = parseLaddr(laddr);
    return port === 0 ? undefined : `${host}:${port}`;
  } catch {
    return undefined; // the server's own listen names the bad address
  }
}

/** Binds laddr now and holds the connections it accepts until a server listens there (or releaseEarly). */
export function bindEarly(laddr: string): void {
  const key = keyOf(laddr);
  if (key === undefined || held.has(key)) return;
  const { host, port } = parseLaddr(laddr);
  // pauseOnConnect: a held socket is not read, so the server that adopts it parses it from its first byte.
  const server = createServer({ pauseOnConnect: true });
  const h: Held = { server, sockets: [], bound: Promise.resolve(false) };
  server.on('connection', (s: Socket) => {
    h.sockets.push(s);
    s.on('error', () => undefined); // a client that gives up while held
  });
  h.bound = new Promise((resolve) => {
    server.once('error', () => {
      if (held.get(key) === h) held.delete(key);
      resolve(false);
    });
    server.listen(port, host, () => resolve(true));
  });
  held.set(key, h);
}

/** The early bind of laddr, if it succeeded: its listening socket and the connections it holds; taken once. */
export async function takeEarly(laddr: string): Promise<{ handle: Server; sockets: Socket[] } | undefined> {
  const key = keyOf(laddr);
  const h = key === undefined ? undefined : held.get(key);
  if (!h) return undefined;
  held.delete(key!);
  if (!(await h.bound)) return undefined;
  return { handle: h.server, sockets: h.sockets };
}

/** Closes the early binds no server took (their held clients are disconnected). */
export function releaseEarly(): void {
  for (const [key, h] of held) {
    held.delete(key);
    h.server.close();
    for (const s of h.sockets) s.destroy();
  }
}
