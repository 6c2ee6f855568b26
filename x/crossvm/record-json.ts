import type { CrossVMMessage } from './types/index.ts';

/**
 * A message record's stored bytes: the UTF-8 of JSON.stringify(record), fields in submit's order. After
 * submission only the tail below changes (status, heights, outcome, callback), so a rewrite joins the unchanged
 * JSON head with a fresh tail instead of serialising the payload, accounts and funds again: the same bytes as
 * JSON.stringify of the whole record, at a fraction of its cost for the drain's one rewrite per message.
 */
export type TailField = 'status' | 'updated_height' | 'result' | 'error' | 'gas_used' | 'callback_status';

/** `,"status":…,"callback_status":…}`: JSON.stringify's text for the record's last eight fields. */
function tailJSON(m: CrossVMMessage): string {
  const q = JSON.stringify;
  return (
    `,"status":${q(m.status)},"submitted_height":${q(m.submitted_height)},"updated_height":${q(m.updated_height)}` +
    `,"result":${q(m.result)},"error":${q(m.error)},"gas_used":${q(m.gas_used)},"escrow":${q(m.escrow)},"callback_status":${q(m.callback_status)}}`
  );
}

/**
 * The head of `json` when it is exactly JSON.stringify(m) and ends in m's tail fields (every record submit
 * writes); undefined otherwise (a genesis record with other fields or order): its rewrites then serialise all.
 */
export function recordHead(m: CrossVMMessage, json: string): string | undefined {
  const tail = tailJSON(m);
  return json.endsWith(tail) ? json.slice(0, json.length - tail.length) : undefined;
}

/** The JSON of `m`; with the head of a record m was spread from (only tail fields changed), without re-serialising it. */
export function recordJSON(m: CrossVMMessage, head: string | undefined): string {
  return head === undefined ? JSON.stringify(m) : head + tailJSON(m);
}

/**
 * The stored bytes of `m` spread from a record whose head (recordHead) encodes to `headBytes`: those bytes copied
 * and only the tail encoded — the UTF-8 of head + tail is the UTF-8 of the head then of the tail (the head ends
 * at a `,` between two fields, and JSON.stringify's text is well-formed UTF-16). A pooled Buffer, as utf8Bytes.
 */
export function recordBytes(m: CrossVMMessage, headBytes: Uint8Array): Uint8Array {
  const { status, submitted_height: sh, updated_height: uh, result, error, gas_used: gas, escrow, callback_status: cb } = m;
  // One check over all eight: strings of printable ASCII but `"` and `\` (digits, hex, status names — every tail
  // the drain writes) are quoted as they are, one byte per code unit; anything else goes through JSON.stringify.
  const plain =
    typeof status === 'string' && typeof sh === 'string' && typeof uh === 'string' && typeof result === 'string' && typeof error === 'string' &&
    typeof gas === 'string' && typeof escrow === 'string' && typeof cb === 'string' && PLAIN.test(status + sh + uh + result + error + gas + escrow + cb);
  const tail = plain
    ? `,"status":"${status}","submitted_height":"${sh}","updated_height":"${uh}","result":"${result}","error":"${error}","gas_used":"${gas}","escrow":"${escrow}","callback_status":"${cb}"}`
    : tailJSON(m);
  const n = headBytes.length;
  const b = Buffer.allocUnsafe(n + (plain ? tail.length : Buffer.byteLength(tail, 'utf8')));
  b.set(headBytes, 0); // TypedArray#set: Buffer#copy's argument checks cost more than the copy at this size
  b.write(tail, n, plain ? 'latin1' : 'utf8');
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

/** Printable ASCII but `"` and `\`: JSON.stringify quotes such a string as it is. */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** The UTF-8 of `head`, the start of `bytes` (the UTF-8 of `json`, which begins with head). */
export function headBytesOf(head: string, json: string, bytes: Uint8Array): Uint8Array {
  // All-ASCII text (every record of hex, decimal and bech32 fields) has one byte per code unit.
  return bytes.subarray(0, bytes.length === json.length ? head.length : Buffer.byteLength(head, 'utf8'));
}

/** UTF-8 through Buffer's pooled encoder (≈ 1 µs less than TextEncoder for a 400-byte record), as a plain Uint8Array. */
export function utf8Bytes(s: string): Uint8Array {
  const b = Buffer.from(s, 'utf8');
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}
