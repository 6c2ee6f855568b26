import { bytesToHex, hexToBytes } from '@ethereumjs/util';
import { DENOM, parseAddress } from '../../core/types/address.ts';
import type { Context } from '../../core/types/context.ts';
import { Account } from '@ethereumjs/util';
import { DEV_EVM_ADDRESSES, DEV_EVM_BALANCE_UTRV } from './dev-accounts.ts';
import { genesisEntries } from '../../core/store/genesis-store.ts';
import type { EvmKeeper } from './keeper.ts';
import { encodeAccount } from './state/account.ts';
import { joinWei } from './state/balance.ts';
import { keccak256 } from './crypto.ts';
import { defaultEvmParams, type EvmGenesis, type GenesisAccount, StoreKeys, WEI_PER_UTRV } from './types/index.ts';

export function defaultEvmGenesis(): EvmGenesis {
  return {
    params: defaultEvmParams(),
    accounts: DEV_EVM_ADDRESSES.map((address) => ({ address: address.toLowerCase(), balance: DEV_EVM_BALANCE_UTRV })),
  };
}

/** Mints each account's utrv through the bank, then writes nonce, code, storage and fractional wei. */
export async function initEvmGenesis(keeper: EvmKeeper, ctx: Context, g: EvmGenesis): Promise<void> {
  keeper.setParams(ctx, { ...defaultEvmParams(), ...g.params });
  const state = keeper.view(ctx);
  for await (const a of genesisEntries(ctx.rawStore, g.accounts)) {
    const addr = parseAddress(a.address);
    if (a.balance !== undefined && BigInt(a.balance) > 0n) {
      keeper.bank.mintCoins(ctx, addr, [{ denom: DENOM, amount: BigInt(a.balance).toString() }]);
    }
    const frac = BigInt(a.fractional_wei ?? '0');
    if (frac < 0n || frac >= WEI_PER_UTRV) throw new Error(`genesis account ${a.address}: fractional_wei must be below 10^12`);
    if (a.empty_record) ctx.rawStore.set(StoreKeys.account(bytesToHex(addr).slice(2)), encodeAccount({ nonce: 0n, fractional: 0n }));
    if (a.nonce === undefined && a.code === undefined && a.storage === undefined && frac === 0n) continue;
    if (a.code) state.putCodeSync(addr, hexToBytes(a.code as `0x${string}`));
    const acc = state.getAccountSync(addr) ?? new Account();
    acc.nonce = BigInt(a.nonce ?? '0');
    acc.balance = joinWei(keeper.bank.getBalance(ctx, addr, DENOM), frac);
    state.putAccountSync(addr, acc);
    for (const [slot, value] of Object.entries(a.storage ?? {})) {
      state.putStorageSync(addr, pad32(hexToBytes(slot as `0x${string}`)), hexToBytes(value as `0x${string}`));
    }
  }
  for (const b of g.block_hashes ?? []) ctx.rawStore.set(StoreKeys.blockHash(Number(b.height)), hexToBytes(b.hash as `0x${string}`));
  for (const c of g.codes ?? []) {
    const code = hexToBytes(c as `0x${string}`);
    ctx.rawStore.set(StoreKeys.code(bytesToHex(keccak256(code)).slice(2)), code);
  }
}

/**
 * Everything under evm/: records with their code and storage (in address order, slots in slot order), the
 * recorded block hashes, and code no record points at. Whole utrv balances are the bank's to export.
 */
export function exportEvmGenesis(keeper: EvmKeeper, ctx: Context): EvmGenesis {
  const state = keeper.view(ctx);
  const accounts: GenesisAccount[] = [];
  const referenced = new Set<string>();
  for (const addr of keeper.accounts(ctx)) {
    const rec = state.getRecord(bytesToHex(addr).slice(2))!;
    const a: GenesisAccount = { address: bytesToHex(addr) };
    if (rec.nonce > 0n) a.nonce = rec.nonce.toString();
    if (rec.fractional > 0n) a.fractional_wei = rec.fractional.toString();
    if (rec.codeHash) referenced.add(bytesToHex(rec.codeHash).slice(2));
    const code = state.getCodeSync(addr);
    if (code.length > 0) a.code = bytesToHex(code);
    const storage: Record<string, string> = {};
    for (const [slot, v] of state.storageEntries(addr)) storage[`0x${slot}`] = bytesToHex(v);
    if (Object.keys(storage).length > 0) a.storage = storage;
    if (Object.keys(a).length === 1) a.empty_record = true;
    accounts.push(a);
  }
  const block_hashes: NonNullable<EvmGenesis['block_hashes']> = [];
  for (const [k, v] of ctx.rawStore.iterate(StoreKeys.blockHashPrefix)) {
    block_hashes.push({ height: BigInt(k.slice(StoreKeys.blockHashPrefix.length)).toString(), hash: bytesToHex(v) });
  }
  const codes: string[] = [];
  for (const [k, v] of ctx.rawStore.iterate(StoreKeys.codePrefix)) if (!referenced.has(k.slice(StoreKeys.codePrefix.length))) codes.push(bytesToHex(v));
  return { params: keeper.params(ctx), accounts, block_hashes, codes };
}

function pad32(b: Uint8Array): Uint8Array {
  if (b.length === 32) return b;
  if (b.length > 32) throw new Error('storage slot longer than 32 bytes');
  const out = new Uint8Array(32);
  out.set(b, 32 - b.length);
  return out;
}
