import { WasmParseError, readModule } from '../cosmwasm/binary.ts';
import { ContractCheckError, ContractCompileError, checkContract } from '../cosmwasm/checks.ts';
import { compiledCodes } from '../cosmwasm/compile.ts';
import { ErrCreateFailed } from '../errors.ts';

/**
 * MsgStoreCode of a Wasm binary: wasmd's static checks (interface version, exports, memory, imports,
 * capabilities, entry points), then the instrumentation and V8's validation — a contract that could
 * never run is refused with the reason before it gets a code id. The compiled module stays in the cache.
 */
export function checkWasmCode(checksumHex: string, raw: Uint8Array): { capabilities: string[] } {
  try {
    const { capabilities } = checkContract(readModule(raw));
    compiledCodes.get(checksumHex, () => raw);
    return { capabilities };
  } catch (e) {
    // wasmvm's words: check_wasm's refusals are static validation errors, the Gatekeeper's compile errors.
    if (e instanceof ContractCompileError) throw ErrCreateFailed(`Error compiling Wasm: Could not compile: ${e.message}`);
    if (e instanceof ContractCheckError || e instanceof WasmParseError) throw ErrCreateFailed(`Error during static Wasm validation: ${e.message}`);
    if (e instanceof WebAssembly.CompileError) throw ErrCreateFailed(`Wasm validation failed: ${e.message}`);
    throw ErrCreateFailed(`Wasm contract could not be prepared: ${(e as Error).message}`);
  }
}
