import { addressSpellings, toBech32Address } from '../../core/types/address.ts';
import type { Context } from '../../core/types/context.ts';
import { ErrInsufficientFunds } from '../../core/types/errors.ts';
import { event } from '../../core/types/events.ts';
import type { Coin } from '../../core/types/coin.ts';
import type { AuthKeeper } from './expected-keepers.ts';
import { fromUtf8, utf8 } from '../../core/store/kv.ts';
import { coinsString, parseCoins, StoreKeys } from './types/index.ts';
import { decodeAmount, encodeAmount } from './amount-bytes.ts';

const toHex = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
const fromHexBytes = (h: string) => new Uint8Array(Buffer.from(h, 'hex'));

/** The only code that touches `bank/…` keys. Balances are decimal strings, one key per (address, denom). */
export class BankKeeper {
  constructor(private readonly auth: AuthKeeper) {}

  getBalance(ctx: Context, addr: Uint8Array, denom: string): bigint {
    const v = ctx.store.get(StoreKeys.balance(toHex(addr), denom));
    return v === undefined ? 0n : decodeAmount(v);
  }

  getAllBalances(ctx: Context, addr: Uint8Array): Coin[] {
    const prefix = StoreKeys.balancesOf(toHex(addr));
    const out: Coin[] = [];
    for (const [k, v] of ctx.store.iterate(prefix)) out.push({ denom: k.slice(prefix.length), amount: fromUtf8(v) });
    return out;
  }

  getSupply(ctx: Context, denom: string): bigint {
    const v = ctx.store.get(StoreKeys.supply(denom));
    return v === undefined ? 0n : BigInt(fromUtf8(v));
  }

  getAllSupply(ctx: Context): Coin[] {
    const out: Coin[] = [];
    for (const [k, v] of ctx.store.iterate(StoreKeys.supplyPrefix)) {
      out.push({ denom: k.slice(StoreKeys.supplyPrefix.length), amount: fromUtf8(v) });
    }
    return out;
  }

  /** Genesis only: a denom's supply record (initBankGenesis checks it against the minted balances). */
  setSupply(ctx: Context, denom: string, amount: bigint): void {
    ctx.store.set(StoreKeys.supply(denom), utf8(amount.toString()));
  }

  /** Every stored balance grouped by address, in store order (address hex, then denom): genesis export. */
  *balancesByAddress(ctx: Context): IterableIterator<{ address: Uint8Array; coins: Coin[] }> {
    let cur: { hex: string; coins: Coin[] } | undefined;
    for (const [k, v] of ctx.rawStore.iterate(StoreKeys.balancePrefix)) {
      const slash = k.indexOf('/', StoreKeys.balancePrefix.length);
      const hex = k.slice(StoreKeys.balancePrefix.length, slash);
      if (cur?.hex !== hex) {
        if (cur) yield { address: fromHexBytes(cur.hex), coins: cur.coins };
        cur = { hex, coins: [] };
      }
      cur.coins.push({ denom: k.slice(slash + 1), amount: fromUtf8(v) });
    }
    if (cur) yield { address: fromHexBytes(cur.hex), coins: cur.coins };
  }

  /** Writes a balance row by its key (built once per read-modify-write); a zero balance is no row. */
  private putBalance(ctx: Context, key: string, amount: bigint): void {
    if (amount === 0n) ctx.store.delete(key);
    else ctx.store.set(key, encodeAmount(amount));
  }

  // Per coin: read, check, write — the SDK's subUnlockedCoins order, so a refusal on a later denom has charged
  // the same gas (its earlier denoms' writes are in the caller's branch, which a failed message drops).
  private subUnchecked(ctx: Context, addrHex: string, coins: Array<{ denom: string; amount: bigint }>): void {
    const store = ctx.store;
    for (const c of coins) {
      const key = StoreKeys.balance(addrHex, c.denom);
      const v = store.get(key);
      const have = v === undefined ? 0n : decodeAmount(v);
      if (have < c.amount) {
        throw ErrInsufficientFunds(`spendable balance ${have}${c.denom} is smaller than ${c.amount}${c.denom}`);
      }
      this.putBalance(ctx, key, have - c.amount);
    }
  }

  private addUnchecked(ctx: Context, addrHex: string, coins: Array<{ denom: string; amount: bigint }>): void {
    const store = ctx.store;
    for (const c of coins) {
      const key = StoreKeys.balance(addrHex, c.denom);
      const v = store.get(key);
      this.putBalance(ctx, key, (v === undefined ? 0n : decodeAmount(v)) + c.amount);
    }
  }

  sendCoins(ctx: Context, from: Uint8Array, to: Uint8Array, coins: Coin[]): void {
    const parsed = parseCoins(coins);
    if (parsed.length === 0) return;
    // Each address spelled once (hex for its rows, bech32 for the events and a new account), not per row.
    const sender = addressSpellings(from);
    this.subUnchecked(ctx, sender.hex, parsed);
    const recipient = addressSpellings(to);
    // Like the SDK, receiving funds creates the account.
    this.auth.ensureAccount(ctx, recipient);
    this.addUnchecked(ctx, recipient.hex, parsed);
    const amount = coinsString(parsed);
    ctx.emit(
      event('coin_spent', { spender: sender.bech32, amount }),
      event('coin_received', { receiver: recipient.bech32, amount }),
      event('transfer', { recipient: recipient.bech32, sender: sender.bech32, amount }),
    );
  }

  mintCoins(ctx: Context, to: Uint8Array, coins: Coin[]): void {
    const parsed = parseCoins(coins);
    if (parsed.length === 0) return;
    this.auth.getOrCreateAccount(ctx, to);
    this.addUnchecked(ctx, toHex(to), parsed);
    for (const c of parsed) ctx.store.set(StoreKeys.supply(c.denom), utf8((this.getSupply(ctx, c.denom) + c.amount).toString()));
    const amount = coinsString(parsed);
    ctx.emit(event('coinbase', { minter: toBech32Address(to), amount }), event('coin_received', { receiver: toBech32Address(to), amount }));
  }

  burnCoins(ctx: Context, from: Uint8Array, coins: Coin[]): void {
    const parsed = parseCoins(coins);
    if (parsed.length === 0) return;
    this.subUnchecked(ctx, toHex(from), parsed);
    for (const c of parsed) ctx.store.set(StoreKeys.supply(c.denom), utf8((this.getSupply(ctx, c.denom) - c.amount).toString()));
    const amount = coinsString(parsed);
    ctx.emit(event('burn', { burner: toBech32Address(from), amount }), event('coin_spent', { spender: toBech32Address(from), amount }));
  }
}

