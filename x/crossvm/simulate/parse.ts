import { TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { RpcError } from '../../../core/jsonrpc/index.ts';
import type { Coin } from '../../../core/types/coin.ts';
import { type MsgCrossVMCall, MsgCrossVMCallCodec, MsgCrossVMCallTypeUrl } from '../codec.ts';
import { parseVm } from '../types/index.ts';

const invalid = (msg: string) => new RpcError(-32602, `trivium_simulateCrossVM: ${msg}`);
const FIELDS = ['sender', 'source_vm', 'target_vm', 'target_contract', 'payload', 'funds', 'gas_limit', 'callback', 'accounts'];

/**
 * What to simulate: `{tx}` — a signed Cosmos tx (base64 or hex) whose MsgCrossVMCall messages are taken (the
 * signature is not checked: nothing is committed) — or an unsigned message as JSON, its payload spelled as
 * on the command line: 0x-calldata (evm), a JSON object or text (wasm), hex instruction data (svm).
 */
export function parseSimulateInput(arg: unknown): MsgCrossVMCall[] {
  if (!arg || typeof arg !== 'object' || Array.isArray(arg)) throw invalid('expected {tx} (a signed tx) or a MsgCrossVMCall as JSON');
  const o = arg as Record<string, unknown>;
  if (o.tx !== undefined) return fromTx(o.tx);
  for (const k of Object.keys(o)) if (!FIELDS.includes(k)) throw invalid(`unknown field ${JSON.stringify(k)} (expected ${FIELDS.join(', ')} or tx)`);
  const str = (k: string, required = true): string => {
    const v = o[k];
    if (v === undefined || v === null) {
      if (required) throw invalid(`${k} is required`);
      return '';
    }
    if (typeof v !== 'string') throw invalid(`${k} must be a string`);
    return v;
  };
  const targetVm = vm(str('target_vm'), 'target_vm');
  const sourceVm = vm(str('source_vm', false) || 'evm', 'source_vm');
  const gas = o.gas_limit ?? 200_000;
  if (!(typeof gas === 'number' && Number.isSafeInteger(gas) && gas > 0) && !(typeof gas === 'string' && /^[1-9]\d{0,18}$/.test(gas))) throw invalid(`gas_limit must be a positive integer, got ${JSON.stringify(gas)}`);
  if (o.callback !== undefined && typeof o.callback !== 'boolean') throw invalid('callback must be a boolean');
  return [
    {
      sender: str('sender'), sourceVm, targetVm, targetContract: str('target_contract'), payload: payload(targetVm, o.payload), funds: funds(o.funds),
      async: true, gasLimit: BigInt(gas), callback: o.callback === true, accounts: accounts(o.accounts),
    },
  ];
}

function vm(s: string, what: string): string {
  try {
    return parseVm(s, what);
  } catch (e) {
    throw invalid((e as Error).message);
  }
}

function payload(targetVm: string, v: unknown): Uint8Array {
  if (targetVm === 'wasm') {
    if (v && typeof v === 'object') return Buffer.from(JSON.stringify(v));
    if (typeof v !== 'string') throw invalid('payload (wasm) must be a JSON execute message');
    try {
      JSON.parse(v);
    } catch (e) {
      throw invalid(`payload (wasm) is not JSON: ${(e as Error).message}`);
    }
    return Buffer.from(v);
  }
  if (typeof v !== 'string') throw invalid(`payload (${targetVm}) must be a hex string`);
  if (targetVm === 'evm') {
    if (!/^0x([0-9a-fA-F]{2})*$/.test(v)) throw invalid('payload (evm) must be 0x-prefixed ABI calldata');
    return Buffer.from(v.slice(2), 'hex');
  }
  if (!/^(0x)?([0-9a-fA-F]{2})*$/.test(v)) throw invalid('payload (svm) must be hex instruction data');
  return Buffer.from(v.replace(/^0x/, ''), 'latin1'); // MsgCrossVMCall carries an SVM payload as hex text
}

function funds(v: unknown): Coin[] {
  if (v === undefined || v === null || v === '') return [];
  if (typeof v === 'string') {
    return v.split(',').map((c) => {
      const m = /^(\d+)([a-zA-Z][a-zA-Z0-9/:._-]{2,127})$/.exec(c.trim());
      if (!m) throw invalid(`funds: ${JSON.stringify(c)} is not a coin like 100utrv`);
      return { denom: m[2]!, amount: m[1]! };
    });
  }
  if (!Array.isArray(v) || !v.every((c) => c && typeof c.denom === 'string' && typeof c.amount === 'string' && /^\d+$/.test(c.amount))) throw invalid('funds must be "100utrv,…" or [{denom, amount}]');
  return v.map((c) => ({ denom: c.denom, amount: c.amount }));
}

function accounts(v: unknown): MsgCrossVMCall['accounts'] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || !v.every((a) => a && typeof a.pubkey === 'string')) throw invalid('accounts must be [{pubkey, is_signer, is_writable}]');
  return v.map((a) => ({ pubkey: a.pubkey, isSigner: a.is_signer === true, isWritable: a.is_writable === true }));
}

function fromTx(v: unknown): MsgCrossVMCall[] {
  if (typeof v !== 'string') throw invalid('tx must be a signed tx as base64 or hex');
  const bytes = /^(0x)?([0-9a-fA-F]{2})+$/.test(v) ? Buffer.from(v.replace(/^0x/, ''), 'hex') : /^[A-Za-z0-9+/]+={0,2}$/.test(v) ? Buffer.from(v, 'base64') : undefined;
  if (!bytes) throw invalid('tx must be base64 or hex');
  let msgs: MsgCrossVMCall[];
  try {
    const body = TxBody.decode(TxRaw.decode(bytes).bodyBytes);
    msgs = body.messages.filter((m) => m.typeUrl === MsgCrossVMCallTypeUrl).map((m) => MsgCrossVMCallCodec.decode(m.value));
  } catch (e) {
    throw invalid(`tx does not decode: ${(e as Error).message}`);
  }
  if (!msgs.length) throw invalid(`tx holds no ${MsgCrossVMCallTypeUrl}`);
  return msgs;
}
