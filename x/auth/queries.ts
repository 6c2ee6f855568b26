import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import { Bech32PrefixResponse, QueryAccountRequest, QueryAccountResponse, QueryParamsResponse } from 'cosmjs-types/cosmos/auth/v1beta1/query';
import { encodeSecp256k1Pubkey } from '@cosmjs/amino';
import { encodePubkey } from '@cosmjs/proto-signing';
import { BECH32_PREFIX, parseAddress } from '../../core/types/address.ts';
import { AppError } from '../../core/types/errors.ts';
import type { QueryHandler } from '../../core/types/module.ts';
import type { AuthKeeper } from './keeper.ts';
import { MULTISIG_PUBKEY } from './multisig.ts';

export function authQueries(auth: AuthKeeper): Record<string, QueryHandler> {
  return {
    '/cosmos.auth.v1beta1.Query/Account': (ctx, data) => {
      const req = QueryAccountRequest.decode(data);
      const acc = auth.getAccount(ctx, parseAddress(req.address));
      // CosmJS recognises a missing account by this gRPC status text.
      if (!acc) throw new AppError('sdk', 22, `rpc error: code = NotFound desc = account ${req.address} not found: key not found`);
      const value = BaseAccount.encode({
        address: acc.address,
        pubKey: acc.pubKey ? encodePubkey(encodeSecp256k1Pubkey(acc.pubKey)) : acc.multisigPubKey ? { typeUrl: MULTISIG_PUBKEY, value: acc.multisigPubKey } : undefined,
        accountNumber: acc.accountNumber,
        sequence: acc.sequence,
      }).finish();
      return QueryAccountResponse.encode({ account: { typeUrl: '/cosmos.auth.v1beta1.BaseAccount', value } }).finish();
    },
    '/cosmos.auth.v1beta1.Query/Params': (ctx) => {
      const p = auth.params(ctx);
      // Only secp256k1 keys sign here: ed25519's cost is the SDK default, never charged.
      const params = { maxMemoCharacters: BigInt(p.max_memo_characters), txSigLimit: BigInt(p.tx_sig_limit), txSizeCostPerByte: BigInt(p.tx_size_cost_per_byte), sigVerifyCostEd25519: 590n, sigVerifyCostSecp256k1: BigInt(p.sig_verify_cost_secp256k1) };
      return QueryParamsResponse.encode({ params }).finish();
    },
    '/cosmos.auth.v1beta1.Query/Bech32Prefix': () => Bech32PrefixResponse.encode({ bech32Prefix: BECH32_PREFIX }).finish(),
  };
}
