import type { AbciEvent } from './events.ts';

/** The outcome of one tx, as it goes into the block results. */
export interface TxExecResult {
  code: number;
  codespace: string;
  log: string;
  /** TxMsgData bytes (or a raw-tx handler's own response bytes). */
  data: Uint8Array;
  gasWanted: bigint;
  gasUsed: bigint;
  events: AbciEvent[];
}

export interface CheckResult {
  gasWanted: bigint;
  /** Optional (sender, nonce) so the mempool keeps one sender's txs in nonce order. */
  sender?: string;
  nonce?: bigint;
}

