import type { AbciEvent } from '../../core/types/events.ts';

/** The event contract of x/svm: names and attribute keys users subscribe to. */
export const EventTypes = {
  /** program_id, deployer, elf_sha256, elf_size */
  deploy: 'svm_deploy',
  /** program_id, sender, compute_units, success (MsgExecute / x/crossvm) */
  execute: 'svm_execute',
  /** signature, fee_payer, compute_units, fee, success, error (Solana wire transactions) */
  transaction: 'svm_tx',
  /** one `log` attribute per program log line, in order (not indexed) */
  log: 'svm_log',
} as const;

function ev(type: string, attrs: Record<string, string | number | bigint | boolean>, index = true): AbciEvent {
  return { type, attributes: Object.entries(attrs).map(([key, value]) => ({ key, value: String(value), index })) };
}

export function deployEvent(a: { programId: string; deployer: string; elfSha256: string; elfSize: number }): AbciEvent {
  return ev(EventTypes.deploy, { program_id: a.programId, deployer: a.deployer, elf_sha256: a.elfSha256, elf_size: a.elfSize });
}

export function executeEvent(a: { programId: string; sender: string; computeUnits: bigint; success: boolean }): AbciEvent {
  return ev(EventTypes.execute, { program_id: a.programId, sender: a.sender, compute_units: a.computeUnits, success: a.success });
}

export function transactionEvent(a: { signature: string; feePayer: string; computeUnits: bigint; fee: bigint; success: boolean; error?: string }): AbciEvent {
  return ev(EventTypes.transaction, {
    signature: a.signature,
    fee_payer: a.feePayer,
    compute_units: a.computeUnits,
    fee: a.fee,
    success: a.success,
    ...(a.error ? { error: a.error } : {}),
  });
}

/** Program logs as one event; lines are not indexed (they are text, and can be long). */
export function logEvent(logs: string[]): AbciEvent {
  return { type: EventTypes.log, attributes: logs.map((value) => ({ key: 'log', value, index: false })) };
}
