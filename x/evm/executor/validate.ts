import { Capability, type FeeMarket1559Tx, type TypedTransaction } from '@ethereumjs/tx';
import { type Account, type Address, KECCAK256_NULL, bytesToHex, equalsBytes } from '@ethereumjs/util';
import {
  ErrFeeCapTooLow,
  ErrGasLimitExceedsBlock,
  ErrInsufficientFunds,
  ErrIntrinsicGas,
  ErrNonceTooHigh,
  ErrNonceTooLow,
  ErrSenderNotEOA,
} from '../errors.ts';

export interface TxPrecheck {
  intrinsicGas: bigint;
  /** The gas price actually paid: legacy gasPrice, or min(maxFeePerGas, baseFee + maxPriorityFeePerGas). */
  effectiveGasPrice: bigint;
  /** gasLimit × effectiveGasPrice: bought before execution, the unused part refunded after. */
  gasCost: bigint;
}

/**
 * Ethereum's pre-execution checks (geth's state_transition preCheck), with geth's error texts. Runs in
 * CheckTx against the check state and again in the block before anything is written.
 */
export function precheckTx(
  tx: TypedTransaction,
  sender: Address,
  account: Account | undefined,
  baseFee: bigint,
  blockGasLimit: bigint,
): TxPrecheck {
  const from = sender.toString();
  const stateNonce = account?.nonce ?? 0n;
  if (tx.nonce < stateNonce) throw ErrNonceTooLow(`nonce too low: address ${from}, tx: ${tx.nonce} state: ${stateNonce}`);
  if (tx.nonce > stateNonce) throw ErrNonceTooHigh(`nonce too high: address ${from}, tx: ${tx.nonce} state: ${stateNonce}`);
  if (account && !equalsBytes(account.codeHash, KECCAK256_NULL)) {
    throw ErrSenderNotEOA(`sender not an eoa: address ${from}, codehash: ${bytesToHex(account.codeHash)}`);
  }
  if (tx.gasLimit > blockGasLimit) throw ErrGasLimitExceedsBlock(`exceeds block gas limit: gas ${tx.gasLimit}, block gas limit ${blockGasLimit}`);
  const intrinsicGas = tx.getIntrinsicGas();
  if (tx.gasLimit < intrinsicGas) throw ErrIntrinsicGas(`intrinsic gas too low: gas ${tx.gasLimit}, minimum needed ${intrinsicGas}`);

  let feeCap: bigint;
  let effectiveGasPrice: bigint;
  if (tx.supports(Capability.EIP1559FeeMarket)) {
    const t = tx as FeeMarket1559Tx;
    feeCap = t.maxFeePerGas;
    const tip = t.maxPriorityFeePerGas < t.maxFeePerGas - baseFee ? t.maxPriorityFeePerGas : t.maxFeePerGas - baseFee;
    effectiveGasPrice = baseFee + tip;
  } else {
    feeCap = (tx as { gasPrice: bigint }).gasPrice;
    effectiveGasPrice = feeCap;
  }
  if (feeCap < baseFee) {
    throw ErrFeeCapTooLow(`max fee per gas less than block base fee: address ${from}, maxFeePerGas: ${feeCap}, baseFee: ${baseFee}`);
  }
  // EIP-1559: the sender must afford the fee cap, not only the effective price.
  const want = tx.gasLimit * feeCap + tx.value;
  const have = account?.balance ?? 0n;
  if (have < want) throw ErrInsufficientFunds(`insufficient funds for gas * price + value: address ${from} have ${have} want ${want}`);
  return { intrinsicGas, effectiveGasPrice, gasCost: tx.gasLimit * effectiveGasPrice };
}
