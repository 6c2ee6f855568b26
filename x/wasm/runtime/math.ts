import { createRequire } from 'node:module';
import { ContractRevertError } from './errors.ts';

/**
 * Deterministic decimal math for contracts (`xchain.math.*`): mathjs in BigNumber mode (decimal.js
 * underneath: arbitrary precision, no floats). Every input and output is a decimal string; numbers that
 * are safe integers are accepted as inputs too. Anything that fails — a malformed number, division by
 * zero, a negative square root, a result too large — is a ContractRevertError (safeMath).
 */

/** Significant digits of every result. */
export const MATH_PRECISION = 64;
/** Largest accepted input, in characters, and largest result, in digits before the point. */
const MAX_INPUT_CHARS = 200;
const MAX_RESULT_DIGITS = 256;
const DECIMAL = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;

// mathjs costs ~0.6 s to load; contracts that never use math should not pay it, nor should the CLI.
type MathJs = {
  bignumber(x: string): Big;
  add(a: Big, b: Big): Big;
  subtract(a: Big, b: Big): Big;
  multiply(a: Big, b: Big): Big;
  divide(a: Big, b: Big): Big;
  mod(a: Big, b: Big): Big;
  pow(a: Big, b: Big): Big;
  sqrt(a: Big): Big;
  abs(a: Big): Big;
  unaryMinus(a: Big): Big;
  floor(a: Big): Big;
  ceil(a: Big): Big;
  round(a: Big, n?: number): Big;
  compare(a: Big, b: Big): Big;
};
interface Big {
  isFinite(): boolean;
  isNaN(): boolean;
  isZero(): boolean;
  isNegative(): boolean;
  isInteger(): boolean;
  e: number;
  toFixed(dp?: number): string;
  toNumber(): number;
}
let math: MathJs | undefined;
export function loadMath(): MathJs {
  if (math) return math;
  const m = createRequire(import.meta.url)('mathjs');
  math = m.create(
    {
      bignumberDependencies: m.bignumberDependencies,
      addDependencies: m.addDependencies,
      subtractDependencies: m.subtractDependencies,
      multiplyDependencies: m.multiplyDependencies,
      divideDependencies: m.divideDependencies,
      modDependencies: m.modDependencies,
      powDependencies: m.powDependencies,
      sqrtDependencies: m.sqrtDependencies,
      absDependencies: m.absDependencies,
      unaryMinusDependencies: m.unaryMinusDependencies,
      floorDependencies: m.floorDependencies,
      ceilDependencies: m.ceilDependencies,
      roundDependencies: m.roundDependencies,
      compareDependencies: m.compareDependencies,
    },
    { number: 'BigNumber', precision: MATH_PRECISION },
  ) as MathJs;
  return math;
}

function big(x: unknown, what: string): Big {
  let s: string;
  if (typeof x === 'number' && Number.isSafeInteger(x)) s = String(x);
  else if (typeof x === 'string') s = x;
  else throw new ContractRevertError(`math: ${what} must be a decimal string, got ${x === null ? 'null' : typeof x}`);
  if (s.length > MAX_INPUT_CHARS || !DECIMAL.test(s)) throw new ContractRevertError(`math: ${what} is not a decimal number: ${JSON.stringify(s.slice(0, 40))}`);
  return loadMath().bignumber(s);
}

function out(r: Big, op: string): string {
  if (!r || typeof r.isFinite !== 'function' || r.isNaN() || !r.isFinite()) throw new ContractRevertError(`math.${op}: result is not a finite number`);
  if (r.e >= MAX_RESULT_DIGITS) throw new ContractRevertError(`math.${op}: result exceeds ${MAX_RESULT_DIGITS} digits`);
  const s = r.toFixed();
  return s === '-0' ? '0' : s;
}

function digits(x: unknown, what: string): number {
  if (x === undefined || x === null) return 0;
  if (typeof x !== 'number' || !Number.isInteger(x) || x < 0 || x > 64) throw new ContractRevertError(`math: ${what} must be an integer from 0 to 64`);
  return x;
}

function safe<T>(op: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof ContractRevertError) throw e;
    throw new ContractRevertError(`math.${op}: ${(e as Error).message}`);
  }
}

type Fn = (args: unknown[]) => unknown;
const bin = (op: string, f: (m: MathJs, a: Big, b: Big) => Big): Fn => (a) => safe(op, () => out(f(loadMath(), big(a[0], 'a'), big(a[1], 'b')), op));
const un = (op: string, f: (m: MathJs, a: Big) => Big): Fn => (a) => safe(op, () => out(f(loadMath(), big(a[0], 'x')), op));
const cmp = (a: unknown[]): number => safe('cmp', () => loadMath().compare(big(a[0], 'a'), big(a[1], 'b')).toNumber());

/** The gateway's `math.*` functions, by name. */
export const MATH_API: Readonly<Record<string, Fn>> = Object.freeze({
  add: bin('add', (m, a, b) => m.add(a, b)),
  sub: bin('sub', (m, a, b) => m.subtract(a, b)),
  mul: bin('mul', (m, a, b) => m.multiply(a, b)),
  div: bin('div', (m, a, b) => {
    if (b.isZero()) throw new ContractRevertError('math.div: division by zero');
    return m.divide(a, b);
  }),
  mod: bin('mod', (m, a, b) => {
    if (b.isZero()) throw new ContractRevertError('math.mod: modulo by zero');
    return m.mod(a, b);
  }),
  pow: bin('pow', (m, a, b) => {
    if (!b.isInteger() || b.isNegative() || b.toNumber() > 1024) throw new ContractRevertError('math.pow: exponent must be an integer from 0 to 1024');
    return m.pow(a, b);
  }),
  sqrt: un('sqrt', (m, a) => {
    if (a.isNegative()) throw new ContractRevertError('math.sqrt: negative input');
    return m.sqrt(a);
  }),
  abs: un('abs', (m, a) => m.abs(a)),
  neg: un('neg', (m, a) => m.unaryMinus(a)),
  floor: un('floor', (m, a) => m.floor(a)),
  ceil: un('ceil', (m, a) => m.ceil(a)),
  round: (a) => safe('round', () => out(loadMath().round(big(a[0], 'x'), digits(a[1], 'decimals')), 'round')),
  toFixed: (a) => safe('toFixed', () => big(a[0], 'x').toFixed(digits(a[1], 'decimals'))),
  min: bin('min', (_m, a, b) => (cmpBig(a, b) <= 0 ? a : b)),
  max: bin('max', (_m, a, b) => (cmpBig(a, b) >= 0 ? a : b)),
  cmp: (a) => cmp(a),
  eq: (a) => cmp(a) === 0,
  lt: (a) => cmp(a) < 0,
  lte: (a) => cmp(a) <= 0,
  gt: (a) => cmp(a) > 0,
  gte: (a) => cmp(a) >= 0,
  isZero: (a) => safe('isZero', () => big(a[0], 'x').isZero()),
});

const cmpBig = (a: Big, b: Big): number => loadMath().compare(a, b).toNumber();
