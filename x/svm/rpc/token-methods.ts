import type { NodeAPI } from '../../../core/types/node-api.ts';
import { parsePubkey } from '../types/address.ts';
import { encodeBase58 } from '../types/base58.ts';
import type { SvmKeeper } from '../keeper/keeper.ts';
import { bytesEqual } from '../types/index.ts';
import { encodeAccount, decimalsOf } from './accounts.ts';
import { type AccountEncoding, type DataSlice, invalidParams } from './encoding.ts';
import { TOKEN_PROGRAMS, TOKEN_PROGRAM_IDS, mintFields, tokenAccountFields, uiTokenAmount } from './parsed-account.ts';

type Method = (params: unknown[]) => unknown | Promise<unknown>;

/** SPL Token queries (getTokenAccountsByOwner, getTokenAccountBalance, getTokenSupply), for both token programs. */
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

  return {
    getTokenAccountsByOwner: ([ownerP, filterP, cfg]) => {
      const owner = encodeBase58(pubkey(ownerP, 'owner'));
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
        if (!t || t.owner !== owner || (mint !== undefined && t.mint !== mint)) continue;
        out.push({ pubkey: encodeBase58(key), account: encodeAccount(keeper, ctx, a, c.encoding ?? 'binary', c.dataSlice) });
      }
      return withContext(out);
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
