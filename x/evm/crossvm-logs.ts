import { bytesToHex } from '@ethereumjs/util';
import type { AbciEvent, EventAttribute } from '../../core/types/events.ts';
import { keccak256 } from './crypto.ts';
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
  return bytesToHex(keccak256(new TextEncoder().encode(`trivium/crossvm/${run.messageId}/${run.phase}`)));
}

const attr = (key: string, value: string, index: boolean): EventAttribute => ({ key, value, index });

/** evm_crossvm_exec, then one tx_log per log: what ChainView turns into the run's receipt and logs. */
export function crossVmExecEvents(run: CrossVmRun, caller: Uint8Array, to: Uint8Array, gasUsed: bigint, logs: Array<{ address: Uint8Array; topics: Uint8Array[]; data: Uint8Array }>): AbciEvent[] {
  const hash = crossVmExecHash(run);
  const out: AbciEvent[] = [
    {
      type: EventTypes.CrossVmExec,
      attributes: [
        attr(Attr.EthHash, hash, true),
        attr(Attr.MessageId, run.messageId, true),
        attr(Attr.Phase, run.phase, true),
        attr(Attr.Sender, bytesToHex(caller), true),
        attr(Attr.Recipient, bytesToHex(to), true),
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
