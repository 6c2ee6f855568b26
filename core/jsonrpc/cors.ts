/**
 * Which browser origins may call an RPC: the listed ones, or '*' any. By default only pages served from this
 * machine (localhost, 127.0.0.1, [::1], any port): the dev accounts are unlocked, and any other web page the
 * developer visits could otherwise sign with them.
 */
export type CorsOrigins = readonly string[] | '*';

const LOCAL = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

export function originAllowed(cors: CorsOrigins | undefined, origin: string): boolean {
  if (cors === '*') return true;
  if (cors === undefined || cors.length === 0) return LOCAL.test(origin);
  return cors.includes(origin) || cors.includes('*');
}

/** The CORS headers of a reply to a request from origin: none for a disallowed (or absent) origin. */
export function corsHeaders(cors: CorsOrigins | undefined, origin: string | undefined): Record<string, string> {
  if (origin === undefined || !originAllowed(cors, origin)) return {};
  return {
    'access-control-allow-origin': cors === '*' ? '*' : origin,
    'access-control-allow-headers': 'content-type, solana-client',
    'access-control-allow-methods': 'POST, GET, OPTIONS',
    vary: 'origin',
  };
}

/** The answer to an OPTIONS preflight (the CORS headers are added per origin by the server). */
export function preflight(): { status: number; headers: Record<string, string> } {
  return { status: 204, headers: { 'access-control-max-age': '600' } };
}

/** `--rpc.cors` and the like: "*" or comma-separated origins; undefined or "" keeps the localhost default. */
export function parseCors(flag: unknown): CorsOrigins | undefined {
  if (typeof flag !== 'string' || flag.trim() === '') return undefined;
  if (flag.trim() === '*') return '*';
  return flag.split(',').map((o) => o.trim().replace(/\/$/, '')).filter((o) => o !== '');
}
