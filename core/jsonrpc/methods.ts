import type { Connection } from './connection.ts';

/** What a method learns about the request besides its params. */
export interface Call {
  /** The request's id as sent (undefined when it had none). */
  readonly id: unknown;
  readonly method: string;
  /** The WebSocket the request came on; undefined over HTTP (subscription methods refuse then). */
  readonly conn: Connection | undefined;
  /** Runs fn once the reply has been sent: a first notification must not overtake the subscription id. */
  after(fn: () => void): void;
}

/** One JSON-RPC method: params in the API's shape (an array, or named for CometBFT) → the result; throws an RpcError to fail. */
export type Method<P> = (params: P, call: Call) => unknown;

/**
 * A method table. A Map, so a name is a method only if the table holds it: `constructor`, `toString` or
 * `__proto__` are "method not found", never something reached through a prototype.
 */
export type MethodTable<P> = ReadonlyMap<string, Method<P>>;

/** A table from a record's own enumerable keys (what an object literal of methods defines, nothing inherited). */
export function methodTable<P>(methods: Readonly<Record<string, Method<P>>>): Map<string, Method<P>> {
  return new Map(Object.entries(methods));
}
