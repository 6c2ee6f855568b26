import type { WebSocket } from 'ws';

/** A WebSocket peer, as methods see it: where subscriptions push notifications. */
export interface Connection {
  readonly open: boolean;
  /** Sends one message (serialized the API's way); false when the socket is no longer open. */
  send(message: unknown): boolean;
  /** Runs fn once when the socket closes (at once if it already has): subscriptions clean up here. */
  onClose(fn: () => void): void;
}

export class WsConnection implements Connection {
  private readonly closers: Array<() => void> = [];
  private closed = false;

  constructor(
    private readonly ws: WebSocket,
    private readonly stringify: (v: unknown) => string,
  ) {
    ws.once('close', () => {
      this.closed = true;
      for (const fn of this.closers.splice(0)) fn();
    });
  }

  get open(): boolean {
    return this.ws.readyState === this.ws.OPEN;
  }

  send(message: unknown): boolean {
    if (!this.open) return false;
    this.ws.send(this.stringify(message));
    return true;
  }

  onClose(fn: () => void): void {
    if (this.closed) fn();
    else this.closers.push(fn);
  }
}

/** Each connection's subscriptions (key → what to push), forgotten when the connection closes. */
export class Subscriptions<K, V> {
  private readonly byConn = new Map<Connection, Map<K, V>>();

  /** conn's subscriptions: made on first use, dropped when conn closes. */
  of(conn: Connection): Map<K, V> {
    let subs = this.byConn.get(conn);
    if (!subs) {
      subs = new Map();
      this.byConn.set(conn, subs);
      conn.onClose(() => this.byConn.delete(conn));
    }
    return subs;
  }

  /** Connections that have subscribed (some maybe to nothing any more). */
  get size(): number {
    return this.byConn.size;
  }

  [Symbol.iterator](): IterableIterator<[Connection, Map<K, V>]> {
    return this.byConn.entries();
  }
}
