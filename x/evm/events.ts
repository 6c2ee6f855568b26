/**
 * x/evm's ABCI events: the public contract for tx_search and WebSocket subscribers, and what the Ethereum
 * JSON-RPC rebuilds receipts from (so a receipt exists exactly when the carrying tx committed).
 */
export const EventTypes = {
  /** One per executed Ethereum tx (raw or inside MsgEthereumTx), whether it succeeded or reverted. */
  EthereumTx: 'ethereum_tx',
  /** One per EVM log, in log order. */
  TxLog: 'tx_log',
  /**
   * One per successful EVM execution x/crossvm ran outside an Ethereum tx (an async message's execution, a
   * callback), before its tx_log events; ethereumTxHash is its synthetic hash (crossVmExecHash).
   */
  CrossVmExec: 'evm_crossvm_exec',
} as const;

export const Attr = {
  /** 0x-prefixed keccak256 tx hash (on both event types). */
  EthHash: 'ethereumTxHash',
  Sender: 'sender',
  /** 0x address, or empty for a contract creation. */
  Recipient: 'recipient',
  ContractAddress: 'contractAddress',
  GasUsed: 'txGasUsed',
  /** "1" success, "0" failed (reverted or out of gas). */
  Status: 'status',
  /** The EVM error of a failed tx ("revert", "out of gas", …); absent on success. */
  Failed: 'ethereumTxFailed',
  /** The decoded revert reason, when there is one. */
  RevertReason: 'revertReason',
  EffectiveGasPrice: 'effectiveGasPrice',
  Nonce: 'txNonce',
  TxType: 'txType',
  /** tx_log: JSON { address, topics, data } with 0x hex strings. */
  Log: 'txLog',
  /** evm_crossvm_exec: x/crossvm's message id and the phase ("execute" or "callback"). */
  MessageId: 'crossvm_message_id',
  Phase: 'crossvm_phase',
} as const;
