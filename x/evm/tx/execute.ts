import { bytesToHex } from '@ethereumjs/util';
import { toBech32Address } from '../../../core/types/address.ts';
import type { Context } from '../../../core/types/context.ts';
import { type AbciEvent, type EventAttribute, event } from '../../../core/types/events.ts';
import { MsgEthereumTxResponseCodec, type MsgEthereumTxResponse } from '../codec.ts';
import { Attr, EventTypes } from '../events.ts';
import type { TxExecution } from '../executor/executor.ts';
import type { EvmKeeper } from '../keeper.ts';
import { IndexKeys, type TxLocation } from '../types/index.ts';
import type { EthTx } from './decode.ts';

export interface EthTxOutcome {
  exec: TxExecution;
  /** ethereum_tx, tx_log…, then any events precompiles emitted. */
  events: AbciEvent[];
  response: Uint8Array;
}

const enc = new TextEncoder();

/**
 * The one delivery path for an Ethereum tx, raw or inside MsgEthereumTx: execute against ctx, describe it in
 * events, and (in a block) record where it landed for the JSON-RPC. Throws the precheck's EvmError before
 * writing anything.
 */
export async function executeEthTx(keeper: EvmKeeper, ctx: Context, e: EthTx): Promise<EthTxOutcome> {
  const exec = await keeper.executor.applyTransaction(ctx, e.tx, e.sender);
  const events = ethTxEvents(e, exec);
  if (ctx.mode === 'deliver' && ctx.tx) {
    const loc: TxLocation = { height: ctx.block.height, txIndex: ctx.tx.index, msgIndex: -1 };
    ctx.index.set(IndexKeys.txByHash(e.hashHex), enc.encode(JSON.stringify(loc)));
  }
  const resp: MsgEthereumTxResponse = {
    hash: e.hashHex,
    logs: exec.logs.map((l) => ({ address: bytesToHex(l.address), topics: l.topics.map(bytesToHex), data: l.data })),
    ret: exec.returnData,
    vmError: exec.vmError ?? '',
    gasUsed: exec.gasUsed,
    contractAddress: exec.contractAddress ? bytesToHex(exec.contractAddress) : '',
  };
  return { exec, events, response: MsgEthereumTxResponseCodec.encode(resp).finish() };
}

export function ethTxEvents(e: EthTx, exec: TxExecution): AbciEvent[] {
  // Indexed (searchable with tx_search): hash, sender, recipient, contract, nonce, status and failure.
  const attrs: EventAttribute[] = [
    attr(Attr.EthHash, e.hashHex, true),
    attr(Attr.Sender, e.sender.toString(), true),
    attr(Attr.Recipient, e.tx.to ? e.tx.to.toString() : '', true),
    attr(Attr.ContractAddress, exec.contractAddress ? bytesToHex(exec.contractAddress) : '', true),
    attr(Attr.GasUsed, exec.gasUsed.toString(), false),
    attr(Attr.Status, String(exec.status), true),
    attr(Attr.EffectiveGasPrice, exec.effectiveGasPrice.toString(), false),
    attr(Attr.Nonce, e.tx.nonce.toString(), true),
    attr(Attr.TxType, String(e.tx.type), false),
  ];
  if (exec.vmError) attrs.push(attr(Attr.Failed, exec.vmError, true));
  if (exec.revertReason !== undefined) attrs.push(attr(Attr.RevertReason, exec.revertReason, false));
  const out: AbciEvent[] = [{ type: EventTypes.EthereumTx, attributes: attrs }];
  for (const l of exec.logs) {
    const json = JSON.stringify({ address: bytesToHex(l.address), topics: l.topics.map(bytesToHex), data: bytesToHex(l.data) });
    out.push({ type: EventTypes.TxLog, attributes: [attr(Attr.EthHash, e.hashHex, true), attr(Attr.Log, json, false)] });
  }
  out.push(...exec.events);
  return out;
}

const attr = (key: string, value: string, index: boolean): EventAttribute => ({ key, value, index });

/** The SDK-style `message` event for a raw Ethereum tx (a Cosmos tx gets it from the app). */
export function messageEvent(e: EthTx, action: string): AbciEvent {
  return event('message', { action, sender: toBech32Address(e.sender.bytes), module: 'evm' });
}
