import { parseAddress, toBech32Address, toEvmAddress } from '../../core/types/address.ts';
import type { QueryHandler } from '../../core/types/module.ts';
import { addressFace, embeddedAddress, parsePubkey, svmFace } from './types/address.ts';
import { encodeBase58 } from './types/base58.ts';
import { Query } from './codec.ts';
import { SvmGas } from './gas.ts';
import type { SvmKeeper } from './keeper/keeper.ts';
import { ErrInvalidRequest, LAMPORTS_PER_UTRV, MAX_COMPUTE_UNITS, type SvmAccount } from './types/index.ts';

export function accountToProto(pubkey: Uint8Array, a: SvmAccount) {
  return {
    pubkey: encodeBase58(pubkey),
    lamports: a.lamports.toString(),
    owner: encodeBase58(a.owner),
    data: a.data,
    executable: a.executable,
    rentEpoch: a.rentEpoch.toString(),
  };
}

/** ABCI queries under /trivium.svm.v1.Query/… (the CLI's `q svm`). */
export function svmQueries(keeper: SvmKeeper): Record<string, QueryHandler> {
  return {
    [Query.Account.path]: (ctx, data) => {
      const req = Query.Account.req.decode(data);
      const pubkey = parsePubkey(req.pubkey);
      const a = keeper.getAccount(ctx, pubkey);
      return Query.Account.res.encode(a ? { account: accountToProto(pubkey, a), found: true } : { found: false }).finish();
    },
    [Query.Program.path]: (ctx, data) => {
      const req = Query.Program.req.decode(data);
      const id = parsePubkey(req.programId);
      const info = keeper.programInfo(ctx, id);
      if (info) return Query.Program.res.encode({ program: { ...info, elfSize: BigInt(info.elfSize), deployedHeight: BigInt(info.deployedHeight), builtin: false }, found: true }).finish();
      const builtin = keeper.engine.builtinAccount(id);
      if (builtin?.executable) {
        return Query.Program.res
          .encode({ program: { programId: encodeBase58(id), loader: encodeBase58(builtin.owner), elfSize: BigInt(builtin.data.length), builtin: true }, found: true })
          .finish();
      }
      return Query.Program.res.encode({ found: false }).finish();
    },
    [Query.AddressFaces.path]: (_ctx, data) => {
      const req = Query.AddressFaces.req.decode(data);
      const s = req.address.trim();
      let addr: Uint8Array;
      let svm: Uint8Array;
      if (s.startsWith('trivium1') || s.startsWith('0x')) {
        addr = parseAddress(s);
        if (addr.length !== 20) throw ErrInvalidRequest('a 32-byte bech32 address is not a Trivium account');
        svm = svmFace(addr);
      } else {
        svm = parsePubkey(s);
        addr = embeddedAddress(svm) ?? addressFace(svm);
      }
      return Query.AddressFaces.res.encode({ bech32: toBech32Address(addr), evm: toEvmAddress(addr), svm: encodeBase58(svm) }).finish();
    },
    [Query.Params.path]: () =>
      Query.Params.res
        .encode({ params: { lamportsPerUtrv: LAMPORTS_PER_UTRV, gasPerComputeUnit: SvmGas.perComputeUnit, maxComputeUnits: BigInt(MAX_COMPUTE_UNITS) } })
        .finish(),
  };
}
