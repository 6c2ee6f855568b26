import type { EncodeObject } from '@cosmjs/proto-signing';
import { QueryAccountRequest, QueryAccountResponse } from 'cosmjs-types/cosmos/auth/v1beta1/query';
import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import { registerMsgTypes } from '../../core/client/msg-types.ts';
import { cliRegistry } from '../../core/client/registry.ts';
import { moduleClis } from '../../cmd/triviumd/module-clis.ts';
import { messageFromProto, QueryTypes, paramsToProto, paramsFromProto } from '../../x/crossvm/codec.ts';
import type { CrossVMMessage, Params } from '../../x/crossvm/types/index.ts';
import { b64, dev, signTx } from '../helpers/cosmos.ts';
import type { TestNode } from '../helpers/node.ts';

for (const m of moduleClis) registerMsgTypes(m.registryTypes ?? []);
export const registry = cliRegistry();

export async function abci(node: TestNode, path: string, data: Uint8Array): Promise<Uint8Array> {
  const r = await node.rpc('abci_query', { path, data: Buffer.from(data).toString('hex') });
  if (r.response.code !== 0) throw new Error(r.response.log);
  return Buffer.from(r.response.value ?? '', 'base64');
}

export async function account(node: TestNode, address: string): Promise<{ accountNumber: number; sequence: number }> {
  const v = await abci(node, '/cosmos.auth.v1beta1.Query/Account', QueryAccountRequest.encode({ address }).finish());
  const acc = BaseAccount.decode(QueryAccountResponse.decode(v).account!.value);
  return { accountNumber: Number(acc.accountNumber), sequence: Number(acc.sequence) };
}

/** Signs msgs as dev[i] with the current sequence, broadcast_tx_commit: the tx result once in a block. */
export async function sendTx(node: TestNode, i: number, msgs: EncodeObject[], gas = 2_000_000): Promise<{ code: number; log: string; height: number; events: any[]; hash: string }> {
  const acc = await account(node, dev[i]!.address);
  const tx = signTx(msgs, { privkey: dev[i]!.privkey, accountNumber: acc.accountNumber, sequence: acc.sequence, gas, registry, chainId: node.chainId });
  const r = await node.rpc('broadcast_tx_commit', { tx: b64(tx) });
  if (r.check_tx.code !== 0) return { code: r.check_tx.code, log: r.check_tx.log, height: 0, events: [], hash: r.hash };
  return { code: r.tx_result.code, log: r.tx_result.log, height: Number(r.height), events: r.tx_result.events, hash: r.hash };
}

export function callMsg(i: number, target_vm: string, target: string, payload: Uint8Array | string, extra: Record<string, unknown> = {}): EncodeObject {
  return {
    typeUrl: '/trivium.crossvm.v1.MsgCrossVMCall',
    value: { sender: dev[i]!.address, sourceVm: 'evm', targetVm: target_vm, targetContract: target, payload: typeof payload === 'string' ? Buffer.from(payload) : payload, funds: [], async: true, gasLimit: 300_000, callback: false, accounts: [], ...extra },
  };
}

export async function getMessage(node: TestNode, id: number | string): Promise<CrossVMMessage | undefined> {
  const res = QueryTypes.Message.res.decode(await abci(node, QueryTypes.Message.path, QueryTypes.Message.req.encode({ id: Number(id) }).finish()));
  return res.found ? messageFromProto(res.message) : undefined;
}

export async function getParams(node: TestNode): Promise<Params> {
  const res = QueryTypes.Params.res.decode(await abci(node, QueryTypes.Params.path, QueryTypes.Params.req.encode({}).finish()));
  return paramsFromProto(res.params ?? {});
}

/** MsgUpdateParams from dev0, the devnet authority. */
export async function setParams(node: TestNode, change: Partial<Params>): Promise<void> {
  const p = { ...(await getParams(node)), ...change };
  const r = await sendTx(node, 0, [{ typeUrl: '/trivium.crossvm.v1.MsgUpdateParams', value: { authority: dev[0]!.address, params: paramsToProto(p) } }]);
  if (r.code !== 0) throw new Error(`update-params failed: ${r.log}`);
}

export function messageIds(events: any[]): string[] {
  return events.filter((e) => e.type === 'crossvm_request').map((e) => e.attributes.find((a: any) => a.key === 'message_id').value);
}

export async function cliJson(node: TestNode, args: string[]): Promise<any> {
  const r = await node.cli([...args, '-o', 'json', ...(args[0] === 'tx' ? ['--yes'] : [])]);
  if (r.code !== 0) throw new Error(`triviumd ${args.join(' ')} failed (${r.code}): ${r.stderr}${r.stdout}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

export const attr = (events: any[], type: string, key: string): string | undefined =>
  events.find((e) => e.type === type)?.attributes.find((a: any) => a.key === key)?.value;

/** Stores and instantiates a JS contract through the CLI; returns its address. */
export async function deployJs(node: TestNode, file: string, init = '{}', from = 'dev0'): Promise<string> {
  const st = await cliJson(node, ['tx', 'wasm', 'store', file, '--from', from]);
  const codeId = attr(st.events, 'store_code', 'code_id')!;
  const inst = await cliJson(node, ['tx', 'wasm', 'instantiate', codeId, init, '--label', file, '--no-admin', '--from', from]);
  return attr(inst.events, 'instantiate', '_contract_address')!;
}
