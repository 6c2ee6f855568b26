/**
 * The node's log lines in CometBFT's two formats (`--log_format plain|json`): plain text by default; with json,
 * one JSON object per line — {"level", "time", "module"?, "message", …fields} — as the SDK's and CometBFT's
 * zerolog JSON, for log shippers. Process-wide, set once at start; the time is the wall clock (logs only,
 * never state).
 */
export type LogFormat = 'plain' | 'json';
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | undefined>;

export const LOG_FORMATS: readonly LogFormat[] = ['plain', 'json'];

let format: LogFormat = 'plain';

export function setLogFormat(f: string): void {
  if (!LOG_FORMATS.includes(f as LogFormat)) throw new Error(`--log_format ${f} is not a log format: use plain or json`);
  format = f as LogFormat;
}

export const logFormat = (): LogFormat => format;

/** One log line (no newline): `message` as is in plain, else the JSON object with the fields. */
export function formatLog(level: LogLevel, message: string, fields: LogFields = {}): string {
  if (format === 'plain') return message;
  const rec: Record<string, unknown> = { level, time: new Date().toISOString() };
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) rec[k] = v;
  rec.message = message;
  return JSON.stringify(rec);
}

/** An error line on stderr, in the format in force (the plain form is `prefix: message`). */
export function logError(prefix: string, e: unknown, fields: LogFields = {}): void {
  const err = e instanceof Error ? e : new Error(String(e));
  if (format === 'plain') console.error(`${prefix}:`, e);
  else process.stderr.write(formatLog('error', `${prefix}: ${err.message}`, { ...fields, stack: err.stack }) + '\n');
}
