import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { DEFAULT_CHAIN_ID, homePaths } from '../../../core/node/home.ts';
import { devAccounts, devnetGenesis } from '../../../app/genesis.ts';
import { PrivValidator, writeSignState, ZERO_SIGN_STATE } from '../../../core/node/priv-validator.ts';
import { VALIDATOR_POWER } from '../../../core/blockstore/validator-set.ts';
import type { DevEvmAccountOptions } from '../../../x/evm/dev-accounts.ts';
import { buildModules } from '../../../app/modules.ts';
import { Keyring } from '../../../core/client/keyring.ts';
import { CLIENT_CONFIG_DEFAULTS, clientConfigPath, writeClientConfig } from '../../../core/client/client-config.ts';

export interface InitResult {
  home: string;
  chainId: string;
  created: boolean;
}

/** `triviumd init`: a devnet home with genesis, validator key and the dev keys in the test keyring. */
export function initHome(home: string, chainId = DEFAULT_CHAIN_ID, moniker = 'trivium', overwrite = false, evmAccounts?: DevEvmAccountOptions): InitResult {
  const paths = homePaths(home);
  if (existsSync(paths.genesis) && !overwrite) return { home, chainId, created: false };
  mkdirSync(paths.config, { recursive: true });
  mkdirSync(paths.data, { recursive: true });
  const { modules } = buildModules();
  // As CometBFT's init: a validator key already in the home is kept, a missing one generated.
  const validator = PrivValidator.loadOrGenerate(paths.validatorKey).info;
  if (!existsSync(paths.validatorState)) writeSignState(paths.validatorState, ZERO_SIGN_STATE);
  const genesis = { ...devnetGenesis(chainId, modules, Date.now(), evmAccounts), moniker };
  genesis.validators = [{ ...validator, power: String(VALIDATOR_POWER), name: moniker }];
  writeFileSync(paths.genesis, JSON.stringify(genesis, null, 2) + '\n');
  const keyring = new Keyring(home, 'test');
  for (const a of devAccounts()) keyring.addPrivateKey(a.name, a.privkey, a.hdPath, true, a); // keys derived once (in the start-up snapshot)
  if (!existsSync(clientConfigPath(home))) writeClientConfig(home, { ...CLIENT_CONFIG_DEFAULTS, 'chain-id': chainId });
  return { home, chainId, created: true };
}
