/**
 * x/evm's ABCI events: the public contract for tx_search and WebSocket subscribers, and what the Ethereum
 * JSON-RPC rebuilds receipts from (so a receipt exists exactly when the carrying tx committed).
 */
export const EventTypes = {
  /** One per executed Ethereum tx (raw or inside MsgEthereumTx), whether it succeeded or reverted. */
  EthereumTx: 'ethereum_tx',
  /** One per EVM log, in log order. */
  TxLog: 'tx_log',
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
} as const;
