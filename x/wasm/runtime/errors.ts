/**
 * The runtime's typed errors. Inside the isolate they travel as `\x03`-prefixed messages (see bridge.ts);
 * on the host they are these classes, so the keeper can map them to codes without parsing strings.
 */

/** `xchain.revert()` / `xchain.require()` or a gateway rule the contract broke (a limit, a bad argument). */
export class ContractRevertError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ContractRevertError';
  }
}

/** The gas ceiling was crossed. `used` is what had been charged when it was. */
export class GasExhaustedError extends Error {
  constructor(
    readonly used: number,
    readonly ceiling: number,
  ) {
    super(`out of gas: used ${used} of ${ceiling} contract gas units`);
    this.name = 'GasExhaustedError';
  }
}

/** The contract threw something of its own (a TypeError, a plain `throw`), or returned something unusable. */
export class ContractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContractError';
  }
}

/**
 * A resource guard that is not gas stopped the call: call depth, the accounted memory budget ('budget'),
 * the isolate's memory limit, the wall-clock
 * safety net. These consume the whole gas limit, like running out of gas.
 */
export class ContractResourceError extends Error {
  constructor(
    readonly resource: 'depth' | 'memory' | 'timeout' | 'stack' | 'budget',
    message: string,
  ) {
    super(message);
    this.name = 'ContractResourceError';
  }
}

/** Deploy-time rejection of a contract's source. */
export class DeployValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeployValidationError';
  }
}

export type ExecutionError = ContractRevertError | GasExhaustedError | ContractError | ContractResourceError;
