// The page's one data source: the node's JSON-RPC, mounted by the dashboard's server on this origin
// (POST /rpc, and /websocket for the block subscription).

let nextId = 1;

export class RpcFailure extends Error {
  constructor(
    readonly method: string,
    message: string,
  ) {
    super(`${method}: ${message}`);
  }
}

export async function rpc<T = any>(method: string, params: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch('/rpc', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: nextId++, method, params }) });
  if (!res.ok && res.status !== 200) throw new RpcFailure(method, `HTTP ${res.status}`);
  const body = (await res.json()) as { result?: T; error?: { message: string; data?: string } };
  if (body.error) throw new RpcFailure(method, body.error.data || body.error.message);
  return body.result as T;
}

type Listener = (height: number) => void;

/**
 * The live feed: one WebSocket subscribed to NewBlock. Every page listens to it and re-reads what it shows;
 * a dropped connection is reopened (with a growing pause), and the page re-reads once it is back.
 */
class BlockFeed {
  private ws?: WebSocket;
  private readonly listeners = new Set<Listener>();
  private retryMs = 250;
  height = 0;
  connected = false;
  private readonly stateListeners = new Set<(c: boolean) => void>();

  start(): void {
    if (this.ws) return;
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/websocket`;
    const ws = new WebSocket(url);
    this.ws = ws;
    ws.onopen = () => {
      this.retryMs = 250;
      ws.send(JSON.stringify({ jsonrpc: '2.0', id: 'dashboard-blocks', method: 'subscribe', params: { query: "tm.event='NewBlock'" } }));
      this.setConnected(true);
      this.emit(this.height);
    };
    ws.onmessage = (m) => {
      const msg = JSON.parse(String(m.data)) as { result?: { data?: { value?: { block?: { header?: { height?: string } } } } } };
      const h = Number(msg.result?.data?.value?.block?.header?.height ?? 0);
      if (h > 0) {
        this.height = h;
        this.emit(h);
      }
    };
    ws.onclose = () => {
      this.ws = undefined;
      this.setConnected(false);
      setTimeout(() => this.start(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, 5000);
    };
  }

  private emit(h: number): void {
    for (const l of this.listeners) l(h);
  }
  private setConnected(c: boolean): void {
    this.connected = c;
    for (const l of this.stateListeners) l(c);
  }
  on(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
  onState(l: (c: boolean) => void): () => void {
    this.stateListeners.add(l);
    return () => this.stateListeners.delete(l);
  }
}

export const feed = new BlockFeed();
