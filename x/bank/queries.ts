import {
  QueryAllBalancesRequest,
  QueryAllBalancesResponse,
  QueryBalanceRequest,
  QueryBalanceResponse,
  QueryParamsResponse,
  QuerySpendableBalancesRequest,
  QuerySpendableBalancesResponse,
  QuerySupplyOfRequest,
  QuerySupplyOfResponse,
  QueryTotalSupplyResponse,
} from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { parseAddress } from '../../core/types/address.ts';
import type { QueryHandler } from '../../core/types/module.ts';
import type { BankKeeper } from './keeper.ts';

export function bankQueries(bank: BankKeeper): Record<string, QueryHandler> {
  return {
    '/cosmos.bank.v1beta1.Query/Balance': (ctx, data) => {
      const req = QueryBalanceRequest.decode(data);
      const amount = bank.getBalance(ctx, parseAddress(req.address), req.denom);
      return QueryBalanceResponse.encode({ balance: { denom: req.denom, amount: amount.toString() } }).finish();
    },
    '/cosmos.bank.v1beta1.Query/AllBalances': (ctx, data) => {
      const req = QueryAllBalancesRequest.decode(data);
      const balances = bank.getAllBalances(ctx, parseAddress(req.address));
      return QueryAllBalancesResponse.encode({
        balances,
        pagination: { nextKey: new Uint8Array(), total: BigInt(balances.length) },
      }).finish();
    },
    // No vesting or locks here: every coin an account holds is spendable.
    '/cosmos.bank.v1beta1.Query/SpendableBalances': (ctx, data) => {
      const req = QuerySpendableBalancesRequest.decode(data);
      const balances = bank.getAllBalances(ctx, parseAddress(req.address));
      return QuerySpendableBalancesResponse.encode({ balances, pagination: { nextKey: new Uint8Array(), total: BigInt(balances.length) } }).finish();
    },
    '/cosmos.bank.v1beta1.Query/Params': () => QueryParamsResponse.encode({ params: { sendEnabled: [], defaultSendEnabled: true } }).finish(),
    '/cosmos.bank.v1beta1.Query/TotalSupply': (ctx) => {
      const supply = bank.getAllSupply(ctx);
      return QueryTotalSupplyResponse.encode({
        supply,
        pagination: { nextKey: new Uint8Array(), total: BigInt(supply.length) },
      }).finish();
    },
    '/cosmos.bank.v1beta1.Query/SupplyOf': (ctx, data) => {
      const req = QuerySupplyOfRequest.decode(data);
      return QuerySupplyOfResponse.encode({ amount: { denom: req.denom, amount: bank.getSupply(ctx, req.denom).toString() } }).finish();
    },
  };
}
