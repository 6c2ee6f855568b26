import { ripemd160, sha256 } from '@cosmjs/crypto';
import { generateValidatorKey } from '../core/node/priv-validator.ts';
import { DENOM, toBech32Address } from '../core/types/address.ts';
import type { Genesis } from '../core/baseapp/baseapp.ts';
import { genesisConsensusParams } from '../core/types/consensus.ts';
import { COSMOS_HD_PARENT, cosmosHdPath, deriveChildKeys, DEV_MNEMONIC, mnemonicToSeed, secp256k1PublicKey } from '../core/client/hd-keys.ts';
import type { Module } from '../core/types/module.ts';

export const DEV_ACCOUNT_COUNT = 10;
export const DEV_BALANCE = '10000000000';

export interface DevAccount {
  name: string;
  address: string;
  privkey: Uint8Array;
  /** Compressed secp256k1 public key. */
  pubkey: Uint8Array;
  hdPath: string;
}

let derived: DevAccount[] | undefined;

/** dev0…dev9: the Cosmos accounts 0–9 of the devnet mnemonic (CosmJS's makeCosmoshubPath(i)). */
export function devAccounts(): DevAccount[] {
  // Derived once per process (PBKDF2 and ten BIP-32 children of one parent), handed out as copies; the start-up
  // snapshot derives them at build time (cmd/triviumd/snapshot-entry.ts), so a start from it derives nothing.
  derived ??= deriveChildKeys(mnemonicToSeed(DEV_MNEMONIC), COSMOS_HD_PARENT, DEV_ACCOUNT_COUNT).map((privkey, i) => {
    const pubkey = secp256k1PublicKey(privkey, true);
    return { name: `dev${i}`, address: toBech32Address(ripemd160(sha256(pubkey))), privkey, pubkey, hdPath: cosmosHdPath(i) };
  });
  return derived.map((a) => ({ ...a, privkey: new Uint8Array(a.privkey), pubkey: new Uint8Array(a.pubkey) }));
}

import { DEFAULT_DEV_EVM_ACCOUNTS, type DevEvmAccountOptions, devEvmKeys } from '../x/evm/dev-accounts.ts';

/** anvil's default CREATE2 deployer: its address and runtime code (tests/devnet/create2.test.ts asks anvil for both). */
export const CREATE2_DEPLOYER = '0x4e59b44847b379578588920ca78fbf26c0b4956c';
export const CREATE2_DEPLOYER_CODE = '0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe03601600081602082378035828234f58015156039578182fd5b8082525050506014600cf3';

/** A devnet genesis: every module's default state, the dev accounts funded, dev0 the authority. */
export function devnetGenesis(chainId: string, modules: Module[], timeMs: number, evmAccounts: DevEvmAccountOptions = DEFAULT_DEV_EVM_ACCOUNTS): Genesis {
  const accounts = devAccounts();
  const appState: Record<string, unknown> = {};
  for (const m of modules) if (m.defaultGenesis) appState[m.name] = m.defaultGenesis();
  const auth = appState.auth as { accounts: Array<{ address: string; account_number: string; sequence: string }> };
  auth.accounts = accounts.map((a, i) => ({ address: a.address, account_number: String(i), sequence: '0' }));
  const bank = appState.bank as { balances: Array<{ address: string; coins: Array<{ denom: string; amount: string }> }> };
  bank.balances = accounts.map((a) => ({ address: a.address, coins: [{ denom: DENOM, amount: DEV_BALANCE }] }));
  // anvil's CREATE2 deployer (Arachnid's deterministic-deployment-proxy), present at genesis as on anvil, so
  // Foundry scripts' `new C{salt: s}()` and deterministic deploys land at the same addresses here.
  const evm = appState.evm as { accounts: Array<{ address: string; balance?: string; code?: string }> } | undefined;
  // anvil's --accounts / --mnemonic / --balance: the funded EVM accounts (the default ten otherwise).
  if (evm && evmAccounts !== DEFAULT_DEV_EVM_ACCOUNTS) {
    const utrv = (evmAccounts.balanceEth * 10n ** 6n).toString(); // 1 ETH = 10^18 wei = 10^6 utrv
    evm.accounts = devEvmKeys(evmAccounts).map((k) => ({ address: k.address, balance: utrv }));
  }
  evm?.accounts.push({ address: CREATE2_DEPLOYER, code: CREATE2_DEPLOYER_CODE });
  // The devnet's x/crossvm authority (its circuit breaker) is dev0.
  // and its devnet controls (dev_crossvmInject) are on; init-testnet turns them off for a network.
  if (appState.crossvm) Object.assign(appState.crossvm as object, { authority: accounts[0]!.address, dev_controls: true });
  if (appState.svm) (appState.svm as { dev_authority?: string }).dev_authority = accounts[0]!.address;
  return {
    genesis_time: new Date(timeMs).toISOString(),
    chain_id: chainId,
    initial_height: '1',
    consensus_params: genesisConsensusParams(),
    app_hash: '',
    app_state: appState,
  };
}

/** A fresh ed25519 validator key in CometBFT's priv_validator_key.json shape. */
export const newValidatorKey = generateValidatorKey;
