import { startFlag } from '../types/node-api.ts';
import { type CorsOrigins, parseCors } from './cors.ts';

/**
 * The transport limits from `start` flags. One shared set, `--rpc.*`, for all three RPCs (CometBFT, Ethereum,
 * Solana): they run the same transport in one process, and a developer tuning one wants the same bound on all.
 */
export interface TransportLimits {
  maxBytes?: number;
  maxBatch?: number;
  maxConnections?: number;
  maxSubscriptionsPerClient?: number;
  cors?: CorsOrigins;
}

/** CometBFT's config defaults (rpc.max_body_bytes, max_open_connections, max_subscriptions_per_client). */
export const DEFAULT_MAX_BODY_BYTES = 1_000_000;
export const DEFAULT_MAX_SUBSCRIPTIONS_PER_CLIENT = 5;

const read = (flags: Readonly<Record<string, unknown>>, name: string): unknown => startFlag(flags, name);

function positive(flags: Readonly<Record<string, unknown>>, name: string): number | undefined {
  const v = read(flags, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`--${name}: expected a positive integer, got ${JSON.stringify(v)}`);
  return n;
}

export function transportLimits(flags: Readonly<Record<string, unknown>> | undefined): TransportLimits {
  const f = flags ?? {};
  return {
    maxBytes: positive(f, 'rpc.max-body-bytes'),
    maxBatch: positive(f, 'rpc.max-batch'),
    maxConnections: positive(f, 'rpc.max-open-connections'),
    maxSubscriptionsPerClient: positive(f, 'rpc.max-subscriptions-per-client'),
    cors: parseCors(read(f, 'rpc.cors')),
  };
}

/** The start-time warning when --rpc.cors opens the RPCs beyond localhost (undefined: nothing to warn of). */
export function corsWarning(cors: CorsOrigins | undefined): string | undefined {
  if (cors === undefined) return undefined;
  return `WARNING: --rpc.cors ${cors === '*' ? '*' : cors.join(',')}: those web pages can call this node's RPCs, whose dev accounts are unlocked`;
}

/** The flags as JsonRpcServer options (only those set: an API's own defaults stay otherwise). */
export function transportOptions(flags: Readonly<Record<string, unknown>> | undefined): { maxBytes?: number; maxBatch?: number; maxConnections?: number; cors?: CorsOrigins } {
  const { maxSubscriptionsPerClient: _, ...rest } = transportLimits(flags);
  return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
}
