import { fromHex, toHex } from '@cosmjs/encoding';
import { parseAddress, toBech32Address } from '../../../core/types/address.ts';
import type { AuthKeeper } from '../expected-keepers.ts';
import type { Context } from '../../../core/types/context.ts';
import { ErrInvalidAddress, ErrUnauthorized } from '../../../core/types/errors.ts';
import { fromUtf8, getJSON, setJSON, u64Key, utf8 } from '../../../core/store/kv.ts';
import { ErrAccountExists, ErrDuplicate, ErrExecuteFailed, ErrInstantiateFailed, ErrMigrationFailed } from '../errors.ts';
import { executeEvent, instantiateEvent, migrateEvent, updateAdminEvent } from '../events.ts';
import { StoreKeys, type ContractRecord } from '../types/index.ts';
import { classicContractAddress, isAddress, predictableContractAddress, sameAddress } from './addresses.ts';
import { type CallHost, jsonText, runAndApply } from './call.ts';
import { runWasmAndApply } from './wasm-call.ts';
import { loadCode, mayInstantiate } from './code.ts';
import { type LoadedContract, appendHistory, loadContract, nextSeq, position } from './store.ts';
import { type CallFrame, type ExecuteParams, type InstantiateParams, type MigrateParams, checkDepth } from './types.ts';

/**
 * A contract's lifecycle: instantiate, execute, migrate, admin changes. Each call runs in a branch of the
 * caller's context, committed only when the call and every action it emitted succeeded.
 */

export interface LifecycleHost extends CallHost {
  readonly auth: AuthKeeper;
}

export async function instantiate(k: LifecycleHost, ctx: Context, p: InstantiateParams, frame: CallFrame): Promise<{ address: string; data: Uint8Array }> {
  checkDepth(frame);
  const code = loadCode(ctx, k.meteredSources, p.codeId);
  const senderBytes = parseAddress(p.sender);
  if (!mayInstantiate(code.record.instantiate_permission, p.sender, senderBytes)) {
    throw ErrUnauthorized(`instantiation of code ${p.codeId} is not permitted for ${p.sender}`);
  }
  const { ctx: sub, commit } = ctx.branch();
  let addrBytes: Uint8Array;
  if (p.salt) {
    addrBytes = predictableContractAddress(fromHex(code.record.checksum), senderBytes, p.salt, p.fixMsg ? p.msg : new Uint8Array());
  } else {
    addrBytes = classicContractAddress(p.codeId, nextSeq(sub, 'instance'));
  }
  const hex = toHex(addrBytes);
  const address = toBech32Address(addrBytes);
  if (getJSON(sub.rawStore, StoreKeys.contract(hex))) throw ErrDuplicate(`contract ${address} already exists`);
  const existing = k.auth.getAccount(sub, addrBytes);
  if (existing && (existing.pubKey || existing.sequence > 0n)) throw ErrAccountExists(`account ${address} is a key account`);
  k.auth.getOrCreateAccount(sub, addrBytes);

  const created = position(sub);
  const pos = u64Key(nextSeq(sub, 'position'));
  const record: ContractRecord = { code_id: p.codeId.toString(), creator: p.sender, admin: p.admin, label: p.label, created, by_code_pos: pos, creator_pos: pos };
  setJSON(sub.store, StoreKeys.contract(hex), record);
  sub.rawStore.set(StoreKeys.byCode(p.codeId) + pos, utf8(hex));
  sub.rawStore.set(StoreKeys.byCreator(toHex(senderBytes)) + pos, utf8(hex));
  appendHistory(sub, hex, { operation: 1, code_id: p.codeId.toString(), updated: created, msg: fromUtf8(p.msg) });

  if (p.funds.length) k.bank.sendCoins(sub, senderBytes, addrBytes, p.funds);
  const contract: LoadedContract = { address, bytes: addrBytes, hex, record };
  const data = await runAndApply(k, sub, contract, code, 'instantiate', p.msg, p.sender, p.funds, frame, ErrInstantiateFailed, () => [instantiateEvent(address, p.codeId)]);
  commit();
  return { address, data };
}

export async function execute(k: LifecycleHost, ctx: Context, p: ExecuteParams, frame: CallFrame): Promise<Uint8Array> {
  checkDepth(frame);
  const { ctx: sub, commit } = ctx.branch();
  const contract = loadContract(sub, p.contract);
  const code = loadCode(sub, k.meteredSources, BigInt(contract.record.code_id));
  if (p.funds.length) k.bank.sendCoins(sub, parseAddress(p.sender), contract.bytes, p.funds);
  const data = await runAndApply(k, sub, contract, code, 'execute', p.msg, p.sender, p.funds, frame, ErrExecuteFailed, () => [executeEvent(contract.address)]);
  commit();
  return data;
}

export async function migrate(k: LifecycleHost, ctx: Context, p: MigrateParams, frame: CallFrame): Promise<Uint8Array> {
  checkDepth(frame);
  const { ctx: sub, commit } = ctx.branch();
  const contract = loadContract(sub, p.contract);
  if (!contract.record.admin) throw ErrUnauthorized(`contract ${contract.address} has no admin: it cannot be migrated`);
  if (!sameAddress(contract.record.admin, p.sender)) throw ErrUnauthorized(`only the admin ${contract.record.admin} may migrate ${contract.address}`);
  const code = loadCode(sub, k.meteredSources, p.codeId);
  const oldCode = BigInt(contract.record.code_id);
  const oldRuntime = loadCode(sub, k.meteredSources, oldCode).record.runtime;
  if (oldRuntime !== code.record.runtime) {
    throw ErrMigrationFailed(`code ${p.codeId} runs on ${code.record.runtime ?? 'js'}, the contract on ${oldRuntime ?? 'js'}: a contract keeps its runtime (its storage is laid out for it)`);
  }
  const pos = u64Key(nextSeq(sub, 'position'));
  sub.rawStore.delete(StoreKeys.byCode(oldCode) + contract.record.by_code_pos);
  sub.rawStore.set(StoreKeys.byCode(p.codeId) + pos, utf8(contract.hex));
  const record: ContractRecord = { ...contract.record, code_id: p.codeId.toString(), by_code_pos: pos };
  setJSON(sub.store, StoreKeys.contract(contract.hex), record);
  appendHistory(sub, contract.hex, { operation: 2, code_id: p.codeId.toString(), updated: position(sub), msg: fromUtf8(p.msg) });
  const migrated = { ...contract, record };
  const data = await runAndApply(k, sub, migrated, code, 'migrate', p.msg, p.sender, [], frame, ErrMigrationFailed, () => [migrateEvent(contract.address, p.codeId)]);
  commit();
  return data;
}

export function updateAdmin(ctx: Context, sender: string, contractAddr: string, newAdmin: string): void {
  const contract = loadContract(ctx, contractAddr);
  if (!contract.record.admin || !sameAddress(contract.record.admin, sender)) {
    throw ErrUnauthorized(`only the admin of ${contract.address} may change its admin`);
  }
  if (newAdmin !== '' && !isAddress(newAdmin)) throw ErrInvalidAddress(`invalid admin ${JSON.stringify(newAdmin)}`);
  setJSON(ctx.store, StoreKeys.contract(contract.hex), { ...contract.record, admin: newAdmin });
  ctx.emit(updateAdminEvent(contract.address, newAdmin));
}

/**
 * wasmd's Sudo: a privileged call from the chain itself (governance, another module), never from a tx.
 * Wasm contracts only; in a branch like the other calls.
 */
export async function sudo(k: LifecycleHost, ctx: Context, contractAddr: string, msg: Uint8Array, frame: CallFrame): Promise<Uint8Array> {
  checkDepth(frame);
  const { ctx: sub, commit } = ctx.branch();
  const contract = loadContract(sub, contractAddr);
  const code = loadCode(sub, k.meteredSources, BigInt(contract.record.code_id));
  if (code.record.runtime !== 'wasm') throw ErrExecuteFailed('sudo is an entry point of Wasm contracts only');
  jsonText(msg, ErrExecuteFailed);
  const data = await runWasmAndApply(k, sub, contract, code, 'sudo', msg, '', [], frame, ErrExecuteFailed, () => [sudoEvent(contract.address)]);
  commit();
  return data;
}

const sudoEvent = (contract: string) => ({ type: 'sudo', attributes: [{ key: '_contract_address', value: contract, index: true }] });
