import { u64Key } from '../../../core/store/kv.ts';

export const ModuleName = 'auth';
/** Fees land here (the SDK's fee_collector module account). */
export const FeeCollectorName = 'fee_collector';

export const StoreKeys = {
  account: (addrHex: string) => `auth/a/${addrHex}`,
  accountPrefix: 'auth/a/',
  nextAccountNumber: 'auth/n',
  params: 'auth/p',
} as const;

export interface AuthParams {
  max_memo_characters: number;
  tx_sig_limit: number;
  tx_size_cost_per_byte: number;
  sig_verify_cost_secp256k1: number;
  /** Consensus minimum gas price in utrv per gas unit (a decimal string); fees below it are rejected. */
  min_gas_price: string;
}

export const defaultAuthParams = (): AuthParams => ({
  max_memo_characters: 256,
  tx_sig_limit: 7,
  tx_size_cost_per_byte: 10,
  sig_verify_cost_secp256k1: 1000,
  min_gas_price: '0.001',
});

export interface AuthGenesis {
  params: AuthParams;
  /** In account-number order (see initAuthGenesis). pub_key: the compressed secp256k1 key, base64. */
  accounts: Array<{ address: string; account_number: string; sequence: string; pub_key?: string; multisig_pub_key?: string }>;
}

/** Stored account record (JSON in the store; BaseAccount protobuf on the wire). */
export interface StoredAccount {
  n: string;
  s: string;
  pk?: string;
  /** A multisig account's LegacyAminoPubKey (protobuf bytes, hex), once it has signed. */
  mpk?: string;
}

export { u64Key };

/** An account as x/auth's keeper hands it out. */
export interface BaseAccount {
  address: string; // bech32
  accountNumber: bigint;
  sequence: bigint;
  /** Compressed secp256k1 public key (33 bytes), once the account has signed a tx. */
  pubKey?: Uint8Array;
  /** A multisig account's key instead: the LegacyAminoPubKey's protobuf bytes (x/auth/multisig.ts). */
  multisigPubKey?: Uint8Array;
}
