import type { Common } from '@ethereumjs/common';

/**
 * What a unit of EVM gas costs on Trivium (wasmd's gas_register.go, for the EVM): every conversion between
 * EVM gas and the node's Cosmos gas, and the Ethereum intrinsic-gas rules the executor applies itself.
 */
export const EvmGasRegister = {
  /** EVM gas = Cosmos gas: one unit of either costs the same (1 gwei = 0.001 utrv). */
  evmToSdk: (evmGas: bigint): bigint => evmGas,
  sdkToEvm: (sdkGas: bigint): bigint => sdkGas,
  /** London's refund cap: at most gasUsed / 5 comes back (EIP-3529). */
  maxRefundQuotient: 5n,
  /** eth_call / eth_estimateGas without a gas field get the block gas limit (geth's RPC gas cap). */
} as const;

export interface IntrinsicGasInput {
  data: Uint8Array;
  isCreate: boolean;
  accessList?: Array<{ address: string; storageKeys: string[] }>;
}

/** The intrinsic gas of a call that is not a signed tx (eth_call, eth_estimateGas): the same rules as a tx. */
export function intrinsicGas(common: Common, input: IntrinsicGasInput): bigint {
  let gas = common.param('txGas');
  if (input.isCreate) {
    gas += common.param('txCreationGas');
    // EIP-3860: 2 gas per 32-byte word of init code.
    gas += common.param('initCodeWordGas') * BigInt(Math.ceil(input.data.length / 32));
  }
  const zero = common.param('txDataZeroGas');
  const nonZero = common.param('txDataNonZeroGas');
  for (const b of input.data) gas += b === 0 ? zero : nonZero;
  for (const item of input.accessList ?? []) {
    gas += common.param('accessListAddressGas') + common.param('accessListStorageKeyGas') * BigInt(item.storageKeys.length);
  }
  return gas;
}
