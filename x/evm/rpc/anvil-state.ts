import { gunzipSync } from 'node:zlib';
import { bytesToHex } from '@ethereumjs/util';
import type { NodeAPI } from '../../../core/types/node-api.ts';
import type { EvmKeeper } from '../keeper.ts';
import { invalidParams } from './errors.ts';
import { data, parseAddr, parseData, parseQuantity, quantity } from './hex.ts';

/** anvil_dumpState / anvil_loadState's document: anvil's SerializableState shape for x/evm's accounts. */
interface DumpedAccount {
  nonce: bigint;
  balance: bigint;
  code: Uint8Array;
  storage: Array<[Uint8Array, Uint8Array]>;
}

/**
 * anvil's dump shape (SerializableState: block, accounts by address with nonce, balance, code and storage), for
 * every address x/evm keeps a record for; Trivium's other modules are dev_dumpState's.
 */
export function dumpEvmState(keeper: EvmKeeper, node: NodeAPI) {
  const ctx = node.queryContext();
  const sm = keeper.view(ctx);
  const accounts: Record<string, unknown> = {};
  for (const addr of keeper.accounts(ctx)) {
    const acc = sm.getAccountSync(addr);
    const storage: Record<string, string> = {};
    for (const [slot, v] of sm.storageEntries(addr)) storage['0x' + slot] = data(v);
    accounts[bytesToHex(addr)] = { nonce: Number(acc?.nonce ?? 0n), balance: quantity(acc?.balance ?? 0n), code: data(sm.getCodeSync(addr)), storage };
  }
  const info = node.latestBlockInfo();
  return {
    block: { number: quantity(info.height), timestamp: quantity(Math.floor(info.timeMs / 1000)), gas_limit: quantity(info.maxGas ?? 0n), basefee: '0x0', coinbase: '0x' + '00'.repeat(20), difficulty: '0x0' },
    accounts,
    best_block_number: quantity(info.height),
    blocks: [],
    transactions: [],
  };
}

/** anvil_loadState's input: gzipped (as anvil dumps) or plain JSON; bad input is -32602 before anything changes. */
export function parseEvmState(bytes: Uint8Array): Array<[Uint8Array, DumpedAccount]> {
  let doc: unknown;
  try {
    const text = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString('utf8') : Buffer.from(bytes).toString('utf8');
    doc = JSON.parse(text);
  } catch (e) {
    throw invalidParams(`invalid state: not (gzipped) JSON: ${(e as Error).message}`);
  }
  const accounts = (doc as { accounts?: unknown })?.accounts;
  if (accounts === null || typeof accounts !== 'object' || Array.isArray(accounts)) throw invalidParams('invalid state: expected { accounts: { <address>: { nonce, balance, code, storage } } }');
  const out: Array<[Uint8Array, DumpedAccount]> = [];
  for (const [a, v] of Object.entries(accounts as Record<string, unknown>)) {
    const addr = parseAddr(a, 'state account');
    const o = (v ?? {}) as Record<string, unknown>;
    const nonce = parseQuantity(o.nonce ?? 0, `nonce of ${a}`);
    const balance = parseQuantity(o.balance ?? '0x0', `balance of ${a}`);
    const code = o.code === undefined || o.code === null ? new Uint8Array() : parseData(o.code, `code of ${a}`);
    const st = (o.storage ?? {}) as Record<string, unknown>;
    if (typeof st !== 'object' || Array.isArray(st)) throw invalidParams(`invalid storage of ${a}: expected an object`);
    const storage = Object.entries(st).map(([k, val]): [Uint8Array, Uint8Array] => [word(k, `storage slot of ${a}`), word(val, `storage value of ${a}`)]);
    out.push([addr, { nonce, balance, code, storage }]);
  }
  return out;
}

/** A storage slot or value: a quantity or 32 bytes of data, as 32 bytes. */
export function word(v: unknown, name: string): Uint8Array {
  const n = parseQuantity(v, name);
  const out = new Uint8Array(32);
  out.set(Buffer.from(n.toString(16).padStart(64, '0'), 'hex'));
  return out;
}
