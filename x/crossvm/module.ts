import { parseAddress } from '../../core/types/address.ts';
import type { Module } from '../../core/types/module.ts';
import { utf8 } from '../../core/store/kv.ts';
import { evmExecutor, svmExecutor, wasmExecutor } from './executors.ts';
import type { AuthKeeper, BankKeeper, EvmKeeper, SvmKeeper, WasmKeeper } from './expected-keepers.ts';
import { defaultGenesis, exportGenesis, initGenesis } from './genesis.ts';
import { CrossVMKeeper } from './keeper.ts';
import { crossvmMsgs, DEFAULT_GAS_LIMIT } from './msg-server.ts';
import { crossvmPrecompile } from './precompile/0901-crossvm.ts';
import { crossvmQueries } from './queries.ts';
import { nodeRpcMethods, registerNodeMethods, registerRpcMethods } from './rpc.ts';
import { CROSSVM_PRECOMPILE, type Genesis, ModuleName, parseVm } from './types/index.ts';

export interface CrossVMDeps {
  bank: BankKeeper;
  auth: AuthKeeper;
  evm: EvmKeeper;
  wasm: WasmKeeper;
  svm: SvmKeeper;
}

export type CrossVMModule = Module & { readonly keeper: CrossVMKeeper };

/**
 * x/crossvm: the async queue (MsgCrossVMCall → EndBlocker of the next block) and the sync EVM precompile.
 * It reaches the three VMs only through x/crossvm/executors.ts; here they are wired once.
 */
export function crossvmModule(deps: CrossVMDeps): CrossVMModule {
  const keeper = new CrossVMKeeper(deps.bank, deps.auth);
  keeper.evm = deps.evm;
  keeper.wasm = deps.wasm;
  keeper.registerExecutor(evmExecutor(deps.evm));
  keeper.registerExecutor(wasmExecutor(deps.wasm));
  keeper.registerExecutor(svmExecutor(deps.svm));
  deps.evm.registerPrecompile(CROSSVM_PRECOMPILE, crossvmPrecompile(keeper, deps.wasm, deps.bank));
  registerRpcMethods(deps.evm, keeper);
  const nodeMethods = nodeRpcMethods(keeper);
  registerNodeMethods(deps.evm, nodeMethods);
  // JS contracts originate async calls with an emitted `crossvm_call` action.
  deps.wasm.setCrossVMDispatcher((ctx, call) => {
    const target = parseVm(call.targetVm, 'target_vm');
    const payload = target === 'evm' && /^0x([0-9a-fA-F]{2})*$/.test(call.payload) ? Buffer.from(call.payload.slice(2), 'hex') : utf8(call.payload);
    keeper.submit(ctx, {
      sender: call.senderBytes.length === 20 ? call.senderBytes : parseAddress(call.sender),
      sourceVm: 'wasm',
      targetVm: target,
      targetContract: call.targetContract,
      payload,
      accounts: [],
      funds: call.funds,
      gasLimit: call.gasLimit ?? DEFAULT_GAS_LIMIT,
      callback: call.callback !== null && call.callback !== '' && call.callback !== 'false',
    });
  });
  return {
    name: ModuleName,
    keeper,
    msgs: crossvmMsgs(keeper),
    queries: crossvmQueries(keeper),
    defaultGenesis,
    initGenesis: (ctx, state) => initGenesis(keeper, ctx, state as Genesis),
    exportGenesis: (ctx) => exportGenesis(keeper, ctx),
    endBlock: (ctx) => keeper.endBlock(ctx),
    nodeRpcMethods: nodeMethods,
    metrics: (ctx) => [
      { name: 'trivium_crossvm_queue_depth', help: 'Cross-VM messages waiting (SUBMITTED or PENDING).', value: keeper.queueCount(ctx) },
      { name: 'trivium_crossvm_enabled', help: 'Whether x/crossvm admits and executes messages (1) or its circuit breaker is open (0).', value: keeper.params(ctx).enabled ? 1 : 0 },
    ],
    // For --block-time 0: a block is due when a queued message could execute now (not merely wait).
    hasPendingWork: (ctx) => {
      const p = keeper.params(ctx);
      return p.enabled && p.max_executions_per_block > 0 && keeper.queueCount(ctx) > 0;
    },
  };
}
