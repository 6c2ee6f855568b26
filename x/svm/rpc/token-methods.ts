import type { NodeAPI } from '../../../core/types/node-api.ts';
import { parsePubkey } from '../types/address.ts';
import { encodeBase58 } from '../types/base58.ts';
import type { SvmKeeper } from '../keeper/keeper.ts';
import { bytesEqual } from '../types/index.ts';
import { encodeAccount, decimalsOf } from './accounts.ts';
import { type AccountEncoding, type DataSlice, invalidParams } from './encoding.ts';
import { TOKEN_PROGRAMS, TOKEN_PROGRAM_IDS, mintFields, tokenAccountFields, uiTokenAmount } from './parsed-account.ts';

type Method = (params: unknown[]) => unknown | Promise<unknown>;

/** SPL Token queries (accounts by owner or delegate, balances, supply, largest holders), for both token programs. */
export function tokenMethods(node: NodeAPI, keeper: SvmKeeper): Record<string, Method> {
  const withContext = (value: unknown) => ({ context: { slot: node.latestHeight(), apiVersion: '2.2.0' }, value });
  const pubkey = (v: unknown, what: string): Uint8Array => {
    if (typeof v !== 'string') throw invalidParams(`${what} must be a base58 string`);
    try {
      return parsePubkey(v);
    } catch (e) {
      throw invalidParams((e as Error).message);
    }
  };
  const isTokenProgram = (owner: Uint8Array) => TOKEN_PROGRAM_IDS.some((id) => bytesEqual(id, owner));

  /** The token accounts whose owner (or delegate) is `who`, narrowed by {mint} or {programId}. */
  const accountsBy = (field: 'owner' | 'delegate', whoP: unknown, filterP: unknown, cfg: unknown) => {
    const who = encodeBase58(pubkey(whoP, field));
    const f = (filterP ?? {}) as { mint?: unknown; programId?: unknown };
    const c = (cfg && typeof cfg === 'object' ? cfg : {}) as { encoding?: AccountEncoding; dataSlice?: DataSlice };
    const ctx = node.queryContext();
    let program: Uint8Array;
    let mint: string | undefined;
    if (f.mint !== undefined) {
      const m = keeper.getAccount(ctx, pubkey(f.mint, 'mint'));
      if (!m || !isTokenProgram(m.owner) || !mintFields(m.data)) throw invalidParams('Invalid param: could not find mint');
      program = m.owner;
      mint = encodeBase58(pubkey(f.mint, 'mint'));
    } else if (f.programId !== undefined) {
      program = pubkey(f.programId, 'programId');
      if (!TOKEN_PROGRAMS[encodeBase58(program)]) throw invalidParams('Invalid param: unrecognized Token program id');
    } else {
      throw invalidParams('Invalid param: expected {mint} or {programId}');
    }
    const out: Array<{ pubkey: string; account: unknown }> = [];
    for (const [key, a] of keeper.programAccounts(ctx, program)) {
      const t = tokenAccountFields(a.data);
      if (!t || t[field] !== who || (mint !== undefined && t.mint !== mint)) continue;
      out.push({ pubkey: encodeBase58(key), account: encodeAccount(keeper, ctx, a, c.encoding ?? 'binary', c.dataSlice) });
    }
    return withContext(out);
  };

  return {
    getTokenAccountsByOwner: ([ownerP, filterP, cfg]) => accountsBy('owner', ownerP, filterP, cfg),
    getTokenAccountsByDelegate: ([delegateP, filterP, cfg]) => accountsBy('delegate', delegateP, filterP, cfg),
    getTokenLargestAccounts: ([p]) => {
      const ctx = node.queryContext();
      const key = pubkey(p, 'mint');
      const m = keeper.getAccount(ctx, key);
      const f = m && isTokenProgram(m.owner) ? mintFields(m.data) : undefined;
      if (!m || !f?.isInitialized) throw invalidParams('Invalid param: not a Token mint');
      const mint = encodeBase58(key);
      const holders: Array<{ address: string; amount: bigint }> = [];
      for (const [k, a] of keeper.programAccounts(ctx, m.owner)) {
        const t = tokenAccountFields(a.data);
        if (t?.mint === mint) holders.push({ address: encodeBase58(k), amount: t.amount });
      }
      holders.sort((x, y) => (x.amount === y.amount ? (x.address < y.address ? -1 : 1) : x.amount > y.amount ? -1 : 1));
      return withContext(holders.slice(0, 20).map((h) => ({ address: h.address, ...uiTokenAmount(h.amount, f.decimals) })));
    },
    getTokenAccountBalance: ([p]) => {
      const ctx = node.queryContext();
      const a = keeper.getAccount(ctx, pubkey(p, 'token account'));
      const t = a && isTokenProgram(a.owner) ? tokenAccountFields(a.data) : undefined;
      if (!t) throw invalidParams('Invalid param: not a Token account');
      const decimals = decimalsOf(keeper, ctx, t.mint);
      if (decimals === undefined) throw invalidParams('Invalid param: could not find mint');
      return withContext(uiTokenAmount(t.amount, decimals));
    },
    getTokenSupply: ([p]) => {
      const a = keeper.getAccount(node.queryContext(), pubkey(p, 'mint'));
      const m = a && isTokenProgram(a.owner) ? mintFields(a.data) : undefined;
      if (!m?.isInitialized) throw invalidParams('Invalid param: not a Token mint');
      return withContext(uiTokenAmount(m.supply, m.decimals));
    },
  };
}
