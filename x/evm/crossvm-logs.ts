import { bytesToHex } from '@ethereumjs/util';
import type { AbciEvent, EventAttribute } from '../../core/types/events.ts';
import { keccak256Hex } from './crypto.ts';
import { Attr, EventTypes } from './events.ts';

/** Which x/crossvm run of EVM code: a message's execution in the target EVM, or the callback into its EVM sender. */
export interface CrossVmRun {
  messageId: string;
  phase: 'execute' | 'callback';
}

/**
 * The synthetic "transaction hash" the Ethereum JSON-RPC gives the logs of a cross-VM run (there is no signed
 * tx): keccak256("trivium/crossvm/<message id>/<phase>"), the same on every node and unique per run.
 */
export function crossVmExecHash(run: CrossVmRun): string {
  return '0x' + keccak256Hex(Buffer.from(`trivium/crossvm/${run.messageId}/${run.phase}`, 'utf8'));
}

/** 0x-hex, as @ethereumjs/util's bytesToHex spells it (lower case), without its per-byte loop. */
const hex = (b: Uint8Array) => '0x' + Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');

const attr = (key: string, value: string, index: boolean): EventAttribute => ({ key, value, index });

/**
 * The last few addresses spelled, with their text: a drain's runs share one caller and one target, and a string
 * shared by every run's event is held once (the block keeps every event until it commits).
 */
const spelled: Array<{ bytes: Uint8Array; hex: string }> = [];
function addressHex(b: Uint8Array): string {
  for (const e of spelled) if (sameBytes(e.bytes, b)) return e.hex;
  const text = hex(b);
  if (spelled.length >= 4) spelled.pop();
  spelled.unshift({ bytes: b.slice(), hex: text });
  return text;
}
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** evm_crossvm_exec, then one tx_log per log: what ChainView turns into the run's receipt and logs. */
export function crossVmExecEvents(
  run: CrossVmRun,
  caller: Uint8Array,
  to: Uint8Array,
  gasUsed: bigint,
  logs: Array<{ address: Uint8Array; topics: Uint8Array[]; data: Uint8Array }>,
  hash = crossVmExecHash(run),
): AbciEvent[] {
  const out: AbciEvent[] = [
    {
      type: EventTypes.CrossVmExec,
      attributes: [
        attr(Attr.EthHash, hash, true),
        attr(Attr.MessageId, run.messageId, true),
        attr(Attr.Phase, run.phase, true),
        attr(Attr.Sender, addressHex(caller), true),
        attr(Attr.Recipient, addressHex(to), true),
        attr(Attr.GasUsed, gasUsed.toString(), false),
      ],
    },
  ];
  for (const l of logs) {
    const json = JSON.stringify({ address: bytesToHex(l.address), topics: l.topics.map(bytesToHex), data: bytesToHex(l.data) });
    out.push({ type: EventTypes.TxLog, attributes: [attr(Attr.EthHash, hash, true), attr(Attr.Log, json, false)] });
  }
  return out;
}
