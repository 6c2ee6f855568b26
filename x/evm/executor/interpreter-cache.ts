/**
 * Jump-destination analysis, once per contract instead of once per call.
 *
 * ethereumjs' interpreter scans the whole bytecode (JUMPDESTs, PUSH immediates, opcode table) at the first
 * jump of every message: ≈ 10 % of an ERC20 transfer. The result depends only on the code bytes and the EVM
 * instance's opcode table, and the interpreter only reads it, so it is cached per (EVM instance, code object).
 * Code objects come from our store, which hands out the same Uint8Array for the same stored code, so a
 * contract's analysis is reused until its code is rewritten (a new object); a WeakMap lets it go with them.
 *
 * @ethereumjs/evm exports neither `Interpreter` nor a subpath to it (package.json "exports" has only "."),
 * so the prototype is reached at runtime through public API: a throwaway EVM with a custom opcode
 * (`customOpcodes`) whose handler receives the interpreter's `runState.interpreter`. That is the very class
 * every EVM in the process uses, under tsx and in the esbuild bundle alike.
 */
import { createEVM } from '@ethereumjs/evm';

type Analysis = unknown;
type Analyse = ((this: { _evm: object }, code: Uint8Array) => Analysis) & { __triviumCached?: true };
type InterpreterProto = { _getValidJumpDestinations?: Analyse };

/** Unassigned in every hardfork; only the throwaway EVM knows it. */
const PROBE_OPCODE = 0x0c;

async function interpreterPrototype(): Promise<InterpreterProto | undefined> {
  let proto: InterpreterProto | undefined;
  const evm = await createEVM({
    customOpcodes: [
      {
        opcode: PROBE_OPCODE,
        opcodeName: 'TRIVIUM_PROBE',
        baseFee: 0,
        logicFunction: (runState) => {
          proto = Object.getPrototypeOf(runState.interpreter) as InterpreterProto;
        },
      },
    ],
  });
  await evm.runCode({ code: Uint8Array.of(PROBE_OPCODE), gasLimit: 1000n });
  return proto;
}

async function install(): Promise<boolean> {
  const proto = await interpreterPrototype();
  const original = proto?._getValidJumpDestinations;
  // A future ethereumjs without this method runs unpatched (slower, same results).
  if (!proto || typeof original !== 'function') return false;
  if (original.__triviumCached) return true;
  const perEvm = new WeakMap<object, WeakMap<Uint8Array, Analysis>>();
  const cached: Analyse = function (this: { _evm: object }, code: Uint8Array) {
    let byCode = perEvm.get(this._evm);
    if (!byCode) perEvm.set(this._evm, (byCode = new WeakMap()));
    let a = byCode.get(code);
    if (a === undefined) byCode.set(code, (a = original.call(this, code)));
    return a;
  };
  cached.__triviumCached = true;
  proto._getValidJumpDestinations = cached;
  return true;
}

let installing: Promise<boolean> | undefined;

/** Patches the interpreter once per process (EvmInstance.create awaits it); resolves to whether it could. */
export function installInterpreterCache(): Promise<boolean> {
  return (installing ??= install());
}
