import { type AddressSpellings, parseAddress, toBech32Address } from '../../core/types/address.ts';
import type { Context } from '../../core/types/context.ts';
import type { BaseAccount } from './types/index.ts';
import { getJSON, setJSON } from '../../core/store/kv.ts';
import { type AuthParams, defaultAuthParams, type StoredAccount, StoreKeys } from './types/index.ts';

// Buffer's hex codec is native; these run for every signer and every transfer.
const toHex = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
const fromHex = (h: string) => new Uint8Array(Buffer.from(h, 'hex'));

/** The only code that touches `auth/…` keys. */
export class AuthKeeper {

  // Stored values are immutable byte arrays, so a parse can be kept per value object: the same account is
  // read several times per tx (ante, fee, send) and again at recheck and delivery. Gas is still charged by the read.
  private readonly parsedAccounts = new WeakMap<Uint8Array, Omit<BaseAccount, 'address'>>();

  /** `bech32`: the address's bech32 spelling when the caller already has it (saves re-encoding it). */
  getAccount(ctx: Context, addr: Uint8Array, bech32?: string): BaseAccount | undefined {
    const raw = ctx.store.get(StoreKeys.account(toHex(addr)));
    if (raw === undefined) return undefined;
    let acc = this.parsedAccounts.get(raw);
    if (!acc) {
      const rec = JSON.parse(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf8')) as StoredAccount;
      acc = { accountNumber: BigInt(rec.n), sequence: BigInt(rec.s), pubKey: rec.pk ? fromHex(rec.pk) : undefined, multisigPubKey: rec.mpk ? fromHex(rec.mpk) : undefined };
      this.parsedAccounts.set(raw, acc);
    }
    // A fresh object each time: callers may change their copy.
    const out: BaseAccount = { address: bech32 ?? toBech32Address(addr), accountNumber: acc.accountNumber, sequence: acc.sequence, pubKey: acc.pubKey };
    if (acc.multisigPubKey) out.multisigPubKey = acc.multisigPubKey;
    return out;
  }

  getOrCreateAccount(ctx: Context, addr: Uint8Array): BaseAccount {
    return this.getAccount(ctx, addr) ?? this.createAccount(ctx, toBech32Address(addr), toHex(addr));
  }

  /**
   * Makes sure `addr` has an account (x/bank's recipient): the same store read as getOrCreateAccount, so the same
   * gas, without building the account object a transfer does not look at.
   */
  ensureAccount(ctx: Context, addr: AddressSpellings): void {
    if (ctx.store.get(StoreKeys.account(addr.hex)) === undefined) this.createAccount(ctx, addr.bech32, addr.hex);
  }

  private createAccount(ctx: Context, bech32: string, hex: string): BaseAccount {
    const next = BigInt(getJSON<string>(ctx.store, StoreKeys.nextAccountNumber) ?? '0');
    setJSON(ctx.store, StoreKeys.nextAccountNumber, String(next + 1n));
    // Only 20- and 32-byte addresses have accounts: anything else gets parseAddress's error where setAccount gave
    // it (after the number's read and write, so a refused send has charged the same gas).
    if (hex.length !== 40 && hex.length !== 64) parseAddress(bech32);
    const created: BaseAccount = { address: bech32, accountNumber: next, sequence: 0n };
    this.writeAccount(ctx, hex, created);
    return created;
  }

  setAccount(ctx: Context, acc: BaseAccount): void {
    this.writeAccount(ctx, toHex(parseAddress(acc.address)), acc);
  }

  private writeAccount(ctx: Context, hex: string, acc: BaseAccount): void {
    const rec: StoredAccount = { n: acc.accountNumber.toString(), s: acc.sequence.toString() };
    if (acc.pubKey) rec.pk = toHex(acc.pubKey);
    else if (acc.multisigPubKey) rec.mpk = toHex(acc.multisigPubKey);
    setJSON(ctx.store, StoreKeys.account(hex), rec);
  }

  *allAccounts(ctx: Context): IterableIterator<BaseAccount> {
    for (const [k] of ctx.rawStore.iterate(StoreKeys.accountPrefix)) {
      const acc = this.getAccount(ctx, fromHex(k.slice(StoreKeys.accountPrefix.length)));
      if (acc) yield acc;
    }
  }

  private parsed?: { raw: Uint8Array; params: AuthParams };

  /** Params are read by every tx's ante; parse them again only when the stored bytes change. */
  params(ctx: Context): AuthParams {
    const raw = ctx.rawStore.get(StoreKeys.params);
    if (!raw) return defaultAuthParams();
    if (this.parsed?.raw !== raw) this.parsed = { raw, params: JSON.parse(Buffer.from(raw).toString('utf8')) as AuthParams };
    return this.parsed.params;
  }
  setParams(ctx: Context, p: AuthParams): void {
    setJSON(ctx.rawStore, StoreKeys.params, p);
  }

  private price?: { text: string; num: bigint; den: bigint };

  /** The minimum fee for a gas limit: ceil(gas × min_gas_price), exact decimal arithmetic. */
  minFee(ctx: Context, gas: bigint): bigint {
    const text = this.params(ctx).min_gas_price;
    // Every ante pass asks (CheckTx and delivery): the fraction is a pure function of the price's text.
    if (this.price?.text !== text) {
      const [num, den] = decimalToFraction(text);
      this.price = { text, num, den };
    }
    const { num, den } = this.price;
    return (gas * num + den - 1n) / den;
  }
}

/** "0.001" → [1n, 1000n]; no floats anywhere near fees. */
export function decimalToFraction(s: string): [bigint, bigint] {
  if (!/^\d+(\.\d+)?$/.test(s)) throw new Error(`invalid decimal ${s}`);
  const [i, f = ''] = s.split('.');
  const den = 10n ** BigInt(f.length);
  return [BigInt(i! + f), den];
}
