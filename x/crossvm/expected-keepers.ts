import type { NodeAPI } from '../../core/types/node-api.ts';
import type { Coin } from '../../core/types/coin.ts';
import type { CrossVMDispatcher } from '../wasm/types/crossvm-call.ts';
import type { Context } from '../../core/types/context.ts';
import type { Precompile } from '../evm/types/precompile.ts';
import type { ExecuteInstructionRequest, ExecuteInstructionResult } from '../svm/types/index.ts';

/**
 * What x/crossvm asks of other modules (the SDK's expected_keepers.go): only the methods it calls. The
 * concrete keepers satisfy these structurally; app/modules.ts hands them over.
 */

export interface BankKeeper {
  sendCoins(ctx: Context, from: Uint8Array, to: Uint8Array, coins: Coin[]): void;
}

export interface AuthKeeper {
  /** ceil(gas × min_gas_price) in utrv: the escrow, the charge and the refund. */
  minFee(ctx: Context, gas: bigint): bigint;
  /** dev_crossvmInject signs as the authority: its account number and sequence. */
  getAccount(ctx: Context, addr: Uint8Array): { accountNumber: bigint; sequence: bigint } | undefined;
}

export interface EvmCallRequest {
  caller: Uint8Array;
  to: Uint8Array;
  data: Uint8Array;
  /** Wei. */
  value: bigint;
  gasLimit: bigint;
  /** Which message and phase this is: x/evm then serves the run's logs on the Ethereum JSON-RPC. */
  crossvm?: { messageId: string; phase: 'execute' | 'callback' };
}

export interface EvmCallResult {
  success: boolean;
  returnData: Uint8Array;
  gasUsed: bigint;
  error?: string;
}

/** An extra method on the Ethereum JSON-RPC port; `node` is the running node's read side. */
export type EthRpcHandler = (params: unknown[], node: NodeAPI) => unknown | Promise<unknown>;

/** Something that serves extra Ethereum JSON-RPC methods (x/evm's port). */
export interface EthRpcRegistrar {
  registerRpcMethod(name: string, handler: EthRpcHandler): void;
}

export interface EvmKeeper extends EthRpcRegistrar {
  /** Runs in a branch of ctx; the gas used comes back in the result. */
  callContract(ctx: Context, req: EvmCallRequest): Promise<EvmCallResult>;
  /** The runtime code at an address (empty: none), as the state of ctx holds it. */
  getCode(ctx: Context, addr: Uint8Array): Uint8Array;
  registerPrecompile(address: string, impl: Precompile): void;
}

export interface WasmExecuteRequest {
  sender: Uint8Array;
  /** bech32 (or 0x) contract address. */
  contract: string;
  /** The execute message, JSON bytes. */
  msg: Uint8Array;
  funds: Coin[];
  gasLimit: bigint;
}


export interface WasmKeeper {
  /**
   * Charges the gas used to ctx.gasMeter; commits only on success. A contract failure throws a
   * WasmExecutionError (x/wasm/types/errors.ts), which carries the gas used.
   */
  executeContract(ctx: Context, req: WasmExecuteRequest): Promise<{ data: Uint8Array; gasUsed: bigint }>;
  /** A smart query: the answer's JSON bytes. */
  queryContract(ctx: Context, contract: string, msg: Uint8Array, gasLimit: bigint): Uint8Array;
  /** The contract's record, undefined where no contract is instantiated. */
  getContract(ctx: Context, addr: Uint8Array): object | undefined;
  setCrossVMDispatcher(fn: CrossVMDispatcher): void;
}

export interface SvmKeeper {
  executeInstruction(ctx: Context, req: ExecuteInstructionRequest): ExecuteInstructionResult;
  /** Whether a program can be invoked at this id: deployed, loaded at genesis, or shipped by the engine. */
  isProgram(ctx: Context, programId: Uint8Array): boolean;
}
