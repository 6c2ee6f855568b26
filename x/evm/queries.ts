import { bytesToHex } from '@ethereumjs/util';
import { parseAddress } from '../../core/types/address.ts';
import type { QueryHandler } from '../../core/types/module.ts';
import { Query } from './codec.ts';
import type { EvmKeeper } from './keeper.ts';
import { splitWei } from './state/balance.ts';

/** ABCI queries under /trivium.evm.v1.Query/… (the CLI's `q evm`). */
export function evmQueries(keeper: EvmKeeper): Record<string, QueryHandler> {
  return {
    [Query.Params.path]: (ctx) => {
      const p = keeper.params(ctx);
      return Query.Params.res.encode({ params: { blockGasLimit: ctx.maxBlockGas.toString(), baseFeeWei: p.base_fee_wei } }).finish();
    },
    [Query.Account.path]: (ctx, data) => {
      const req = Query.Account.req.decode(data);
      const a = keeper.getAccount(ctx, parseAddress(req.address));
      return Query.Account.res
        .encode({
          balance: a.balance.toString(),
          nonce: a.nonce,
          codeHash: a.codeHash ? bytesToHex(a.codeHash) : '',
          balanceUtrv: splitWei(a.balance).utrv.toString(),
        })
        .finish();
    },
    [Query.Code.path]: (ctx, data) => {
      const req = Query.Code.req.decode(data);
      return Query.Code.res.encode({ code: keeper.getCode(ctx, parseAddress(req.address)) }).finish();
    },
    [Query.Storage.path]: (ctx, data) => {
      const req = Query.Storage.req.decode(data);
      const slot = parseSlot(req.key);
      return Query.Storage.res.encode({ value: bytesToHex(keeper.getStorage(ctx, parseAddress(req.address), slot)) }).finish();
    },
    [Query.EthCall.path]: async (ctx, data) => {
      const req = Query.EthCall.req.decode(data);
      const r = await keeper.executor.simulate(ctx, {
        from: req.from ? parseAddress(req.from) : undefined,
        to: req.to ? parseAddress(req.to) : undefined,
        data: req.data ?? new Uint8Array(),
        value: BigInt(req.value || '0'),
        gasLimit: req.gas > 0n ? req.gas : undefined,
      });
      return Query.EthCall.res.encode({ ret: r.returnData, vmError: r.vmError ?? '', gasUsed: r.gasUsed, success: r.success }).finish();
    },
  };
}

import { parseSlot } from './types/slot.ts';

export { parseSlot };
