/**
 * Jump-destination analysis, once per contract instead of once per call.
 *
 * ethereumjs' interpreter scans the whole bytecode (JUMPDESTs, PUSH immediates, opcode table) at the first
 * jump of every message: ≈ 10 % of an ERC20 transfer. The result depends only on the code bytes and the EVM
 * instance's opcode table, and the interpreter only reads it, so it is cached per (EVM instance, code object).
 * Code objects come from our store, which hands out the same Uint8Array for the same stored code, so a
 * contract's analysis is reused until its code is rewritten (a new object); a WeakMap lets it go with them.
 *
 * The import names the interpreter's file inside @ethereumjs/evm so that Node (tsx) and the esbuild bundle
 * both resolve it to the very module the EVM itself uses.
 */
import { Interpreter } from '../../../node_modules/@ethereumjs/evm/dist/esm/interpreter.js';

type Analysis = unknown;
type Analyse = (this: { _evm: object }, code: Uint8Array) => Analysis;

const proto = Interpreter.prototype as unknown as { _getValidJumpDestinations: Analyse & { __triviumCached?: true } };
const original = proto._getValidJumpDestinations;

if (typeof original === 'function' && !original.__triviumCached) {
  const perEvm = new WeakMap<object, WeakMap<Uint8Array, Analysis>>();
  const cached: Analyse & { __triviumCached?: true } = function (this: { _evm: object }, code: Uint8Array) {
    let byCode = perEvm.get(this._evm);
    if (!byCode) perEvm.set(this._evm, (byCode = new WeakMap()));
    let a = byCode.get(code);
    if (a === undefined) byCode.set(code, (a = original.call(this, code)));
    return a;
  };
  cached.__triviumCached = true;
  proto._getValidJumpDestinations = cached;
}

export const interpreterCacheInstalled = proto._getValidJumpDestinations !== original || original.__triviumCached === true;
