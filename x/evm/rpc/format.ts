import { Capability, type FeeMarket1559Tx, type TypedTransaction, TransactionType, accessListBytesToJSON, type AccessList2930Tx } from '@ethereumjs/tx';
import { bytesToHex, KECCAK256_RLP, KECCAK256_RLP_ARRAY } from '@ethereumjs/util';
import { keccak256 } from '../crypto.ts';
import type { CrossVmExecView, EthBlockView, EthLogView, EthTxView } from './chain-view.ts';
import { quantity } from './hex.ts';

/** JSON shapes of the Ethereum execution API (what geth, anvil and Hardhat return). */

const ZERO32 = '0x' + '00'.repeat(32);

export interface BlockEnv {
  gasLimit: bigint;
  baseFee: bigint;
}

export function formatLog(l: EthLogView, removed = false) {
  return {
    address: l.address,
    topics: l.topics,
    data: l.data,
    blockNumber: quantity(l.blockNumber),
    blockHash: l.blockHash,
    blockTimestamp: quantity(l.blockTimestamp),
    transactionHash: l.transactionHash,
    transactionIndex: quantity(l.transactionIndex),
    logIndex: quantity(l.logIndex),
    removed,
  };
}

/** A signed tx's fields; `mined` adds its position. */
export function formatTx(tx: TypedTransaction, hash: string, from: string, mined?: { block: EthBlockView; index: number; effectiveGasPrice: bigint }) {
  const out: Record<string, unknown> = {
    hash,
    type: quantity(tx.type),
    nonce: quantity(tx.nonce),
    from,
    to: tx.to ? tx.to.toString() : null,
    gas: quantity(tx.gasLimit),
    value: quantity(tx.value),
    input: bytesToHex(tx.data),
    blockHash: mined ? mined.block.hash : null,
    blockNumber: mined ? quantity(mined.block.number) : null,
    transactionIndex: mined ? quantity(mined.index) : null,
  };
  // Required of every mined tx object since execution-apis 2026-02.
  if (mined) out.blockTimestamp = quantity(mined.block.timestamp);
  if (tx.supports(Capability.EIP1559FeeMarket)) {
    const t = tx as FeeMarket1559Tx;
    out.maxFeePerGas = quantity(t.maxFeePerGas);
    out.maxPriorityFeePerGas = quantity(t.maxPriorityFeePerGas);
    out.gasPrice = quantity(mined ? mined.effectiveGasPrice : t.maxFeePerGas);
  } else {
    out.gasPrice = quantity((tx as { gasPrice: bigint }).gasPrice);
  }
  if (tx.type !== TransactionType.Legacy) {
    out.accessList = accessListBytesToJSON((tx as AccessList2930Tx).accessList);
    out.chainId = quantity(tx.common.chainId());
    out.yParity = quantity(tx.v ?? 0n);
  } else if (tx.supports(Capability.EIP155ReplayProtection)) {
    out.chainId = quantity(tx.common.chainId());
  }
  out.v = quantity(tx.v ?? 0n);
  out.r = quantity(tx.r ?? 0n);
  out.s = quantity(tx.s ?? 0n);
  return out;
}

export function formatMinedTx(block: EthBlockView, t: EthTxView) {
  return formatTx(t.tx, t.hash, t.from, { block, index: t.index, effectiveGasPrice: t.effectiveGasPrice });
}

export function formatReceipt(block: EthBlockView, t: EthTxView) {
  return {
    transactionHash: t.hash,
    transactionIndex: quantity(t.index),
    blockHash: block.hash,
    blockNumber: quantity(block.number),
    from: t.from,
    to: t.tx.to ? t.tx.to.toString() : null,
    cumulativeGasUsed: quantity(t.cumulativeGasUsed),
    gasUsed: quantity(t.gasUsed),
    effectiveGasPrice: quantity(t.effectiveGasPrice),
    contractAddress: t.contractAddress,
    logs: t.logs.map((l) => formatLog(l)),
    logsBloom: bytesToHex(t.bloom.bits),
    type: quantity(t.tx.type),
    status: quantity(t.status),
  };
}

/**
 * The receipt of a cross-VM run of EVM code (eth_getBlockReceipts): no signed tx behind it, so type 0, no gas
 * price, `from` the caller x/crossvm ran it as, plus the message id and phase.
 */
export function formatCrossVmReceipt(block: EthBlockView, r: CrossVmExecView) {
  return {
    transactionHash: r.hash,
    transactionIndex: quantity(r.index),
    blockHash: block.hash,
    blockNumber: quantity(block.number),
    from: r.from,
    to: r.to,
    cumulativeGasUsed: quantity(r.cumulativeGasUsed),
    gasUsed: quantity(r.gasUsed),
    effectiveGasPrice: '0x0',
    contractAddress: null,
    logs: r.logs.map((l) => formatLog(l)),
    logsBloom: bytesToHex(r.bloom.bits),
    type: '0x0',
    status: '0x1',
    crossvmMessageId: r.messageId,
    crossvmPhase: r.phase,
  };
}

/** Transactions and receipts roots are digests of the hashes, not Merkle-Patricia roots (no light clients here). */
function listRoot(items: string[]): string {
  if (items.length === 0) return bytesToHex(KECCAK256_RLP);
  return bytesToHex(digest(items.join('')));
}

const digest = (s: string) => keccak256(new TextEncoder().encode(s));

export function formatBlock(b: EthBlockView, env: BlockEnv, fullTxs: boolean) {
  return {
    number: quantity(b.number),
    hash: b.hash,
    parentHash: b.parentHash,
    nonce: '0x0000000000000000',
    mixHash: ZERO32,
    sha3Uncles: bytesToHex(KECCAK256_RLP_ARRAY),
    logsBloom: bytesToHex(b.bloom.bits),
    transactionsRoot: listRoot(b.txs.map((t) => t.hash)),
    stateRoot: b.stateRoot,
    receiptsRoot: listRoot(b.txs.map((t) => `${t.hash}:${t.status}:${t.cumulativeGasUsed}`)),
    miner: b.miner,
    difficulty: '0x0',
    totalDifficulty: '0x0',
    extraData: '0x',
    size: quantity(b.size + 540),
    gasLimit: quantity(env.gasLimit),
    gasUsed: quantity(b.gasUsed),
    timestamp: quantity(b.timestamp),
    baseFeePerGas: quantity(env.baseFee),
    withdrawals: [],
    withdrawalsRoot: bytesToHex(KECCAK256_RLP),
    blobGasUsed: '0x0',
    excessBlobGas: '0x0',
    parentBeaconBlockRoot: ZERO32,
    uncles: [],
    transactions: fullTxs ? b.txs.map((t) => formatMinedTx(b, t)) : b.txs.map((t) => t.hash),
  };
}

export function formatHeader(b: EthBlockView, env: BlockEnv) {
  const { transactions: _t, uncles: _u, withdrawals: _w, totalDifficulty: _d, size: _s, ...header } = formatBlock(b, env, false);
  return header;
}
