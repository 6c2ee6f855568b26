import { parseAddress, toBech32Address } from '../../../core/types/address.ts';
import type { Context } from '../../../core/types/context.ts';
import { AppError } from '../../../core/types/errors.ts';
import { GasMeter } from '../../../core/types/gas.ts';
import { ErrCrossVMUnavailable, WasmExecutionError } from '../errors.ts';
import type { Action } from '../runtime/index.ts';
import type { ActionOrigin } from './msg-dispatcher.ts';
import { type CallFrame, type ContractCallResult, type CrossVMDispatcher, type ExecuteContractRequest, type ExecuteParams, newFrame } from './types.ts';

/** x/crossvm's side of the module: wasm as an executor for other VMs, and `crossvm_call` actions out. */

/**
 * Executes a contract for another module. Runs in a branch with its own gas limit (at most what ctx has
 * left); charges the gas used to ctx.gasMeter (do not charge it again); commits only on success.
 * Throws WasmExecutionError (kind revert | out_of_gas | error | resource, with gasUsed) or an AppError.
 */
export async function executeContract(
  k: { execute(ctx: Context, p: ExecuteParams, frame: CallFrame): Promise<Uint8Array> },
  ctx: Context,
  req: ExecuteContractRequest,
): Promise<ContractCallResult> {
  const limit = req.gasLimit < ctx.gasMeter.remaining ? req.gasLimit : ctx.gasMeter.remaining;
  const meter = new GasMeter(limit);
  const { ctx: sub, commit } = ctx.branch(meter);
  const sender = typeof req.sender === 'string' ? toBech32Address(parseAddress(req.sender)) : toBech32Address(req.sender);
  const frame = newFrame();
  try {
    const data = await k.execute(sub, { sender, contract: req.contract, msg: req.msg, funds: req.funds }, frame);
    const gasUsed = meter.consumed;
    ctx.gasMeter.consume(gasUsed, 'wasm executeContract');
    const events = [...sub.events];
    commit();
    return { data, gasUsed, events, logs: frame.logs };
  } catch (e) {
    const used = meter.consumed > limit ? limit : meter.consumed;
    ctx.gasMeter.consume(used, 'wasm executeContract');
    if (e instanceof WasmExecutionError) {
      throw new WasmExecutionError(e.kind, e.reason, used, frame.logs, e.codespace, e.code, e.message);
    }
    if (e instanceof AppError && e.codespace === 'sdk' && e.code === 11) {
      throw new WasmExecutionError('out_of_gas', e.message, used, frame.logs, e.codespace, e.code, e.message);
    }
    throw e;
  }
}

/** A contract's `crossvm_call` action, handed to the dispatcher x/crossvm registered. */
export async function dispatchCrossVM(
  dispatcher: CrossVMDispatcher | undefined,
  ctx: Context,
  sender: ActionOrigin,
  a: Extract<Action, { type: 'crossvm_call' }>,
): Promise<void> {
  if (!dispatcher) throw ErrCrossVMUnavailable('crossvm_call');
  await dispatcher(ctx, {
    sender: sender.address,
    senderBytes: sender.bytes,
    targetVm: a.target_vm === 'cosmwasm' ? 'wasm' : a.target_vm,
    targetContract: a.target_contract,
    payload: a.payload,
    funds: a.funds,
    gasLimit: a.gas_limit === null ? null : BigInt(a.gas_limit),
    callback: a.callback,
  });
}
