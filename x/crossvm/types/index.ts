import { moduleAddress } from '../../../core/types/address.ts';
import { AppError } from '../../../core/types/errors.ts';
import type { Coin } from '../../../core/types/coin.ts';
import { u64Key } from '../../../core/store/kv.ts';

export const ModuleName = 'crossvm';
/** The module's account: holds escrow, and is the `msg.sender` / `sender` of every callback. */
export const CROSSVM_MODULE_ADDRESS = moduleAddress(ModuleName);
/** The synchronous path's EVM precompile. */
export const CROSSVM_PRECOMPILE = '0x0000000000000000000000000000000000000901';

/** VM names on the wire, in the CLI and in events; the uint8 ids the precompile ABI uses. */
export const VMS = ['evm', 'wasm', 'svm'] as const;
export type VmName = (typeof VMS)[number];
export const VM_IDS: Record<VmName, number> = { evm: 1, wasm: 2, svm: 3 };

export function parseVm(s: string, what = 'vm'): VmName {
  const v = s.trim().toLowerCase();
  if (v === 'cosmwasm') return 'wasm';
  if ((VMS as readonly string[]).includes(v)) return v as VmName;
  throw ErrUnknownVm(`unknown ${what} ${JSON.stringify(s)}: expected evm, wasm (cosmwasm) or svm`);
}
export function vmFromId(id: number): VmName {
  const v = VMS.find((n) => VM_IDS[n] === id);
  if (!v) throw ErrUnknownVm(`unknown vm id ${id}: expected 1 (evm), 2 (wasm) or 3 (svm)`);
  return v;
}

export type Status = 'SUBMITTED' | 'PENDING' | 'EXECUTED' | 'FAILED' | 'TIMED_OUT';
export const STATUS_CODES: Record<Status, number> = { SUBMITTED: 1, PENDING: 2, EXECUTED: 3, FAILED: 4, TIMED_OUT: 5 };
export const isFinal = (s: Status) => s === 'EXECUTED' || s === 'FAILED' || s === 'TIMED_OUT';

export interface Params {
  max_message_size: number;
  max_queue_size: number;
  queue_timeout_blocks: number;
  enabled: boolean;
  max_executions_per_block: number;
  max_callback_gas: number;
}

export const defaultParams = (): Params => ({
  max_message_size: 65_536,
  max_queue_size: 1_000,
  queue_timeout_blocks: 100,
  enabled: true,
  max_executions_per_block: 1_000,
  max_callback_gas: 500_000,
});

export interface AccountMeta {
  pubkey: string;
  is_signer: boolean;
  is_writable: boolean;
}

/** A message as stored (JSON) and served by queries. Payload and result are hex. */
export interface CrossVMMessage {
  id: string;
  sender: string;
  source_vm: VmName;
  target_vm: VmName;
  target_contract: string;
  payload: string;
  accounts: AccountMeta[];
  funds: Coin[];
  gas_limit: string;
  callback: boolean;
  status: Status;
  submitted_height: string;
  updated_height: string;
  result: string;
  error: string;
  gas_used: string;
  /** utrv escrowed for gas (gas_limit × the minimum gas price). */
  escrow: string;
  callback_status: string;
}

export interface Genesis {
  params: Params;
  /** Who may send MsgUpdateParams (the devnet: dev0). Empty: the gov-less default, nobody. */
  authority: string;
  /** Every message, in id order; those not final are the queue (FIFO by id). Absent in a new chain's genesis. */
  messages?: CrossVMMessage[];
  /** The id the next message gets (default 1). */
  next_id?: string;
  /** Devnet controls (dev_crossvmInject's MsgInjectFault) are accepted: only the devnet genesis sets it. */
  dev_controls?: boolean;
  /** Injected outcomes not yet applied (devnet only), by message id ("0": the next message submitted). */
  injections?: Array<Injection & { message_id: string }>;
}

export const FAULT_OUTCOMES = ['fail', 'timeout', 'delay'] as const;
export type FaultOutcome = (typeof FAULT_OUTCOMES)[number];

/** A devnet fault waiting for its message: consensus state, so a replay of the blocks reaches it too. */
export interface Injection {
  outcome: FaultOutcome;
  /** delay: the block count asked for. */
  blocks: string;
  reason: string;
  /** delay: the first height the message may run at (set once the injection is attached to a message). */
  not_before: string;
}

export const StoreKeys = {
  params: 'crossvm/params',
  authority: 'crossvm/authority',
  nextId: 'crossvm/next_id',
  queueCount: 'crossvm/queue_count',
  message: (id: bigint) => `crossvm/m/${u64Key(id)}`,
  messagePrefix: 'crossvm/m/',
  /** Not-yet-final messages, by id: the FIFO queue. */
  queue: (id: bigint) => `crossvm/q/${u64Key(id)}`,
  queuePrefix: 'crossvm/q/',
  bySender: (sender: string, id: bigint) => `crossvm/s/${sender}/${u64Key(id)}`,
  bySenderPrefix: (sender: string) => `crossvm/s/${sender}/`,
  devControls: 'crossvm/dev_controls',
  /** Injected faults by message id; id 0 is the one waiting for the next message submitted. */
  injection: (id: bigint) => `crossvm/i/${u64Key(id)}`,
  injectionPrefix: 'crossvm/i/',
} as const;

// ---- errors (codespace "crossvm") ----
const err = (code: number) => (msg: string) => new AppError(ModuleName, code, msg);
export const ErrPayloadTooLarge = err(2);
export const ErrQueueFull = err(3);
export const ErrUnknownVm = err(4);
export const ErrInvalidPayload = err(5);
export const ErrDisabled = err(6);
export const ErrUnauthorized = err(7);
export const ErrInvalidParams = err(8);
export const ErrNotFound = err(9);
export const ErrInvalidTarget = err(10);
export const ErrInvalidRequest = err(11);
