import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { DEFAULT_CHAIN_ID, homePaths } from '../../../core/node/home.ts';
import { devAccounts, devnetGenesis, newValidatorKey } from '../../../app/genesis.ts';
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
  const genesis = { ...devnetGenesis(chainId, modules, Date.now(), evmAccounts), moniker };
  writeFileSync(paths.genesis, JSON.stringify(genesis, null, 2) + '\n');
  writeFileSync(paths.validatorKey, JSON.stringify(newValidatorKey(), null, 2) + '\n', { mode: 0o600 });
  const keyring = new Keyring(home, 'test');
  for (const a of devAccounts()) keyring.addPrivateKey(a.name, a.privkey, a.hdPath, true);
  if (!existsSync(clientConfigPath(home))) writeClientConfig(home, { ...CLIENT_CONFIG_DEFAULTS, 'chain-id': chainId });
  return { home, chainId, created: true };
}
