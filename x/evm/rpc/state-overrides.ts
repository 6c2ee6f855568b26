import { Account } from '@ethereumjs/util';
import type { Context } from '../../../core/types/context.ts';
import type { EvmKeeper } from '../keeper.ts';
import { invalidParams } from './errors.ts';
import { parseAddr, parseData, parseQuantity } from './hex.ts';

/**
 * eth_call's state override set (geth): per address `balance`, `nonce`, `code`, and storage either replaced
 * whole (`state`) or patched (`stateDiff`). Applied to the call's throwaway context only.
 */
export function applyStateOverrides(keeper: EvmKeeper, ctx: Context, overrides: unknown): void {
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) throw invalidParams('invalid state overrides: expected an object keyed by address');
  const state = keeper.view(ctx);
  for (const [addrStr, o] of Object.entries(overrides as Record<string, Record<string, unknown>>)) {
    const addr = parseAddr(addrStr, 'override address');
    if (typeof o !== 'object' || o === null) throw invalidParams(`invalid override for ${addrStr}`);
    if (o.state !== undefined && o.stateDiff !== undefined) throw invalidParams(`override for ${addrStr}: state and stateDiff are exclusive`);
    if (o.code !== undefined) state.putCodeSync(addr, parseData(o.code, 'code'));
    if (o.balance !== undefined || o.nonce !== undefined) {
      const acc = state.getAccountSync(addr) ?? new Account();
      if (o.balance !== undefined) acc.balance = parseQuantity(o.balance, 'balance');
      if (o.nonce !== undefined) acc.nonce = parseQuantity(o.nonce, 'nonce');
      state.putAccountSync(addr, acc);
    }
    const slots = (o.state ?? o.stateDiff) as Record<string, unknown> | undefined;
    if (slots !== undefined) {
      if (typeof slots !== 'object' || slots === null) throw invalidParams(`override for ${addrStr}: state must be an object`);
      if (o.state !== undefined) state.clearStorageOf(addr);
      for (const [k, v] of Object.entries(slots)) {
        const key = parseData(k, 'storage key');
        const value = parseData(v, 'storage value');
        if (key.length !== 32 || value.length !== 32) throw invalidParams('storage override keys and values must be 32 bytes');
        state.putStorageSync(addr, key, value);
      }
    }
  }
}
