/**
 * gRPC status codes and how the SDK's servers answer with them: the gRPC status of a failed query, and the
 * HTTP status grpc-gateway gives it on REST.
 */
export const Code = {
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  OUT_OF_RANGE: 11,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  DATA_LOSS: 15,
  UNAUTHENTICATED: 16,
} as const;

const NAMES = Object.fromEntries(Object.entries(Code).map(([k, v]) => [k.toLowerCase().replace(/_(\w)/g, (_, c: string) => c.toUpperCase()), v]));

/** A failed call: its gRPC status code and message (REST shows both, with grpc-gateway's HTTP status). */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * An ABCI query's failure as the SDK's gRPC server reports it. A handler that failed with a gRPC status
 * carries it in its log as `rpc error: code = NotFound desc = …` (what CosmJS reads over ABCI): that status
 * again. Any other SDK error is codes.Unknown with `codespace <cs> code <n>: <log>` (cosmossdk.io/errors'
 * GRPCStatus of a registered error).
 */
export function abciError(code: number, codespace: string, log: string): ApiError {
  const m = /^rpc error: code = (\w+) desc = ([\s\S]*)$/.exec(log);
  if (m) {
    const c = NAMES[m[1]!.charAt(0).toLowerCase() + m[1]!.slice(1)];
    if (c !== undefined) return new ApiError(c, m[2]!);
  }
  if (codespace === 'sdk' && code === 6) return new ApiError(Code.UNIMPLEMENTED, log);
  return new ApiError(Code.UNKNOWN, `codespace ${codespace} code ${code}: ${log}`);
}

/** grpc-gateway's HTTP status for a gRPC code (runtime.HTTPStatusFromCode). */
export function httpStatus(code: number): number {
  switch (code) {
    case Code.OK:
      return 200;
    case Code.CANCELLED:
      return 499;
    case Code.INVALID_ARGUMENT:
    case Code.FAILED_PRECONDITION:
    case Code.OUT_OF_RANGE:
      return 400;
    case Code.DEADLINE_EXCEEDED:
      return 504;
    case Code.NOT_FOUND:
      return 404;
    case Code.ALREADY_EXISTS:
    case Code.ABORTED:
      return 409;
    case Code.PERMISSION_DENIED:
      return 403;
    case Code.UNAUTHENTICATED:
      return 401;
    case Code.RESOURCE_EXHAUSTED:
      return 429;
    case Code.UNIMPLEMENTED:
      return 501;
    case Code.UNAVAILABLE:
      return 503;
    default:
      return 500;
  }
}
