import { fromHex } from '@cosmjs/encoding';
import { createEVM, EVM, EVMError, type ExecResult, type Message, type PrecompileInput } from '@ethereumjs/evm';
import { Address } from '@ethereumjs/util';
import type { BankKeeper } from '../expected-keepers.ts';
import { GasMeter } from '../../../core/types/gas.ts';
import { AppError } from '../../../core/types/errors.ts';
import type { Precompile, PrecompileRegistry } from '../precompiles/index.ts';
import { EvmStateManager } from '../state/state-manager.ts';
import { encodeErrorString } from './revert.ts';
import { freezeCommon, makeCommon } from './common.ts';
import { installInterpreterCache } from './interpreter-cache.ts';
import { decodeConsoleLog, isConsoleAddress } from '../trace/console-log.ts';

/** One EVM call frame, as the precompiles see it. */
export interface MessageFrame {
  caller: Uint8Array;
  to?: Uint8Array;
  value: bigint;
  isStatic: boolean;
  delegatecall: boolean;
  depth: number;
}

const ZERO_HASH = new Uint8Array(32);

/**
 * An ethereumjs EVM with our state manager, the message stack (beforeMessage/afterMessage) and the
 * registry's precompiles. Instances are pooled: one execution at a time each, re-bound to a context per use.
 */
export class EvmInstance {
  readonly frames: MessageFrame[] = [];
  /** Solidity console.log lines of the current execution (calls to Hardhat's console address), in call order. */
  readonly consoleLines: string[] = [];
  origin: Uint8Array = new Uint8Array(20);

  private constructor(
    readonly evm: EVM,
    readonly state: EvmStateManager,
    readonly registryVersion: number,
  ) {}

  static async create(bank: BankKeeper, registry: PrecompileRegistry): Promise<EvmInstance> {
    const state = new EvmStateManager(bank);
    const version = registry.version;
    let self: EvmInstance | undefined;
    const customPrecompiles = registry.entries().map(([hex, impl]) => ({
      address: new Address(fromHex(hex)),
      function: (input: PrecompileInput) => runPrecompile(self!, fromHex(hex), impl, input),
    }));
    const blockchain = {
      async getBlock(n: number) {
        // Consensus state, not the node's block store: replays and every validator see the same hashes.
        const h = state.getBlockHash(n) ?? ZERO_HASH;
        return { hash: () => h };
      },
      async putBlock() {},
      shallowCopy() {
        return blockchain;
      },
    };
    await installInterpreterCache();
    const common = makeCommon();
    const evm = await createEVM({ common, stateManager: state, blockchain, customPrecompiles });
    freezeCommon(common);
    self = new EvmInstance(evm, state, version);
    const frames = self.frames;
    const consoleLines = self.consoleLines;
    evm.events.on('beforeMessage', (m: Message) => {
      if (isConsoleAddress(m.to?.bytes)) consoleLines.push(decodeConsoleLog(m.data));
      frames.push({
        caller: m.caller.bytes,
        to: m.to?.bytes,
        value: m.value,
        isStatic: m.isStatic,
        delegatecall: m.delegatecall,
        depth: m.depth,
      });
    });
    evm.events.on('afterMessage', () => {
      frames.pop();
    });
    return self;
  }

  /** Forget everything from a previous execution (journal, warm sets, frames, transient storage). */
  reset(): void {
    this.frames.length = 0;
    this.consoleLines.length = 0;
    this.evm.journal.cleanJournal();
    this.evm.transientStorage.clear();
  }
}

async function runPrecompile(inst: EvmInstance, address: Uint8Array, impl: Precompile, input: PrecompileInput): Promise<ExecResult> {
  const frame = inst.frames[inst.frames.length - 1];
  if (!frame) throw new Error('precompile called outside a message');
  const meter = new GasMeter(input.gasLimit);
  const { ctx, settle } = inst.state.frameContext(meter);
  try {
    const r = await impl({
      address,
      caller: frame.caller,
      origin: inst.origin,
      value: frame.value,
      // A copy: input.data may be a view of EVM memory that later opcodes overwrite.
      data: Uint8Array.from(input.data),
      gasLimit: input.gasLimit,
      isStatic: frame.isStatic,
      delegatecall: frame.delegatecall,
      depth: frame.depth,
      ctx,
    });
    settle();
    if (r.gasUsed > input.gasLimit) return outOfGas(input.gasLimit);
    if (r.reverted) {
      return { returnValue: r.returnData, executionGasUsed: r.gasUsed, exceptionError: new EVMError(EVMError.errorMessages.REVERT) };
    }
    return { returnValue: r.returnData, executionGasUsed: r.gasUsed };
  } catch (e) {
    if ((e instanceof AppError && e.codespace === 'sdk' && e.code === 11) || meter.isPastLimit()) return outOfGas(input.gasLimit);
    const used = meter.consumed < input.gasLimit ? meter.consumed : input.gasLimit;
    return {
      returnValue: encodeErrorString(e instanceof Error ? e.message : String(e)),
      executionGasUsed: used,
      exceptionError: new EVMError(EVMError.errorMessages.REVERT),
    };
  }
}

function outOfGas(gasLimit: bigint): ExecResult {
  return { returnValue: new Uint8Array(), executionGasUsed: gasLimit, exceptionError: new EVMError(EVMError.errorMessages.OUT_OF_GAS) };
}

export { EVM };
