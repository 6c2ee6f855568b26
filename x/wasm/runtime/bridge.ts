import { ContractError, ContractResourceError, ContractRevertError, GasExhaustedError, type ExecutionError } from './errors.ts';
import type { GasTracker } from './gas.ts';

/**
 * The JSON bridge between the isolate and the host. Only primitives cross an isolated-vm boundary, so
 * every gateway call is `host(name, argsJson, pendingGasPoints)` → a string:
 *
 *   '<units left>\x01<JSON result>'   success ('' after \x01 for undefined). The units-left prefix tells the
 *                                       isolate how far it may meter before it must settle again.
 *   throws Error('\x03REVERT:<reason>') a ContractRevertError on the host (revert(), require(), a broken
 *                                       gateway rule)
 *   throws Error('\x03GAS:<used>:<ceiling>') the GasTracker crossed its ceiling
 *
 * The \x01 encoding is used for every result, so user data holding control characters can never be read
 * as a protocol marker. The contract's own return value comes back as '\x02…' (wrapper.ts).
 *
 * Classification never trusts a message. A `\x03GAS` outcome is GasExhausted only if the tracker is
 * really past its ceiling; a `\x03REVERT` only if the host recorded a revert in this call. A contract
 * that throws `new Error('\x03GAS:…')` or `'\x03REVERT:…'` itself gets a plain ContractError.
 */

/** The xchain API groups whose members are plain bridged functions (names on the wire: "group.member"). */
export const GATEWAY_GROUPS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['state', ['get', 'set', 'delete', 'has', 'range']],
  [
    'emit',
    [
      'send',
      'burn',
      'execute',
      'instantiate',
      'instantiate2',
      'migrate',
      'updateAdmin',
      'clearAdmin',
      'crossvmCall',
      'delegate',
      'undelegate',
      'redelegate',
      'withdrawRewards',
      'setWithdrawAddress',
      'vote',
      'stargate',
      'event',
      'attribute',
    ],
  ],
  ['query', ['balance', 'allBalances', 'contract', 'contractInfo']],
  [
    'math',
    ['add', 'sub', 'mul', 'div', 'mod', 'pow', 'sqrt', 'abs', 'neg', 'min', 'max', 'cmp', 'eq', 'lt', 'lte', 'gt', 'gte', 'floor', 'ceil', 'round', 'isZero', 'toFixed'],
  ],
  ['addr', ['validate', 'canonicalize', 'humanize', 'toEvm']],
  ['crypto', ['sha256', 'keccak256', 'secp256k1Verify']],
];

/** A gateway function: the session of the call, and the JSON-decoded arguments. */
export type GatewayFn<S extends BridgeSession = any> = (session: S, args: unknown[]) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The host's record of one call: what it charged and whether it decided the call has failed. */
export interface BridgeSession {
  readonly tracker: GasTracker;
  /** The gateway's functions by wire name (one static table; the session carries the call's state). */
  readonly gateway: Readonly<Record<string, GatewayFn>>;
  /** Set by the host when a gateway call ends the execution (revert, limit, gas). Sticky. */
  failure?: ContractRevertError | GasExhaustedError;
}

const KIB = 1024;

/** The host side of every isolate → host call. */
export function hostDispatch(session: BridgeSession, name: string, args: string, pending: number): string {
  try {
    if (session.failure) throw session.failure;
    session.tracker.chargeComputation(pending);
    if (name === 'gas') return `${session.tracker.remaining}\x01`;
    const fn = Object.hasOwn(session.gateway, name) ? session.gateway[name] : undefined;
    if (!fn) throw new ContractRevertError(`unknown gateway function ${name}`);
    session.tracker.charge('bridgeKiB', Math.ceil(args.length / KIB));
    let argv: unknown;
    try {
      argv = JSON.parse(args);
    } catch {
      throw new ContractRevertError(`${name}: arguments are not JSON`);
    }
    if (!Array.isArray(argv)) throw new ContractRevertError(`${name}: arguments must be an array`);
    const result = fn(session, argv);
    const json = result === undefined ? '' : JSON.stringify(result);
    session.tracker.charge('bridgeKiB', Math.ceil(json.length / KIB));
    return `${session.tracker.remaining}\x01${json}`;
  } catch (e) {
    throw encodeHostError(session, e);
  }
}

/** Records the failure on the session (so it is authoritative and sticky) and encodes it for the isolate. */
function encodeHostError(session: BridgeSession, e: unknown): Error {
  if (e instanceof GasExhaustedError || session.tracker.exhausted) {
    const g = e instanceof GasExhaustedError ? e : new GasExhaustedError(session.tracker.used, session.tracker.ceiling);
    session.failure = g;
    return new Error(`\x03GAS:${g.used}:${g.ceiling}`);
  }
  const r = e instanceof ContractRevertError ? e : new ContractRevertError(e instanceof Error ? e.message : String(e));
  session.failure ??= r;
  return new Error(`\x03REVERT:${session.failure instanceof ContractRevertError ? session.failure.reason : r.reason}`);
}

/** What the wrapper reported, split into its parts. */
export interface RawOutcome {
  ok: boolean;
  pending: number;
  /** ok: the JSON text of the return value ('' for undefined); else "<kind>:<message>". */
  body: string;
}

export function decodeOutcome(s: string): RawOutcome {
  const tag = s.charCodeAt(0);
  const sep = s.indexOf('\x00');
  if ((tag !== 2 && tag !== 3) || sep < 0) throw new Error(`malformed outcome from the isolate: ${JSON.stringify(s.slice(0, 40))}`);
  const pending = Number(s.slice(1, sep));
  if (!Number.isSafeInteger(pending) || pending < 0) throw new Error('malformed gas count from the isolate');
  return { ok: tag === 2, pending, body: s.slice(sep + 1) };
}

const MAX_ERROR_CHARS = 1024;

/**
 * The classification order: host-verified gas exhaustion, then a host-recorded revert, then the wrapper's
 * own fatal kinds (depth, stack — set in wrapper-closure state the contract cannot reach), and only then
 * whatever the contract threw, as a generic ContractError with control characters removed.
 */
export function classifyError(session: BridgeSession, body: string): ExecutionError {
  if (session.tracker.exhausted) {
    return session.failure instanceof GasExhaustedError ? session.failure : new GasExhaustedError(session.tracker.used, session.tracker.ceiling);
  }
  if (session.failure instanceof ContractRevertError) return session.failure;
  const colon = body.indexOf(':');
  const kind = colon < 0 ? 'error' : body.slice(0, colon);
  const message = sanitize(colon < 0 ? body : body.slice(colon + 1));
  if (kind === 'depth') return new ContractResourceError('depth', message);
  if (kind === 'stack') return new ContractResourceError('stack', 'stack overflow');
  if (kind === 'budget') return new ContractResourceError('budget', message);
  return new ContractError(message);
}

/** Control characters (including spoofed \x01–\x03 markers) are dropped; the text is capped. */
export function sanitize(s: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = s.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '').trim();
  return clean.length > MAX_ERROR_CHARS ? clean.slice(0, MAX_ERROR_CHARS) + '…' : clean;
}
