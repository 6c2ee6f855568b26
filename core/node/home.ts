import { homedir } from 'node:os';
import { join } from 'node:path';

export const DEFAULT_CHAIN_ID = 'trivium-devnet-1';
/** Where CometBFT's proxy_app connects in `start --abci` mode (docs/architecture.md: port 26658). */
export const DEFAULT_ABCI_LADDR = 'tcp://127.0.0.1:26658';
export const defaultHome = (): string => process.env.TRIVIUM_HOME ?? join(homedir(), '.trivium');

/** The home layout (docs/architecture.md): config/, data/, keyring-<backend>/. */
export function homePaths(home: string) {
  return {
    home,
    config: join(home, 'config'),
    genesis: join(home, 'config', 'genesis.json'),
    validatorKey: join(home, 'config', 'priv_validator_key.json'),
    nodeKey: join(home, 'config', 'node_key.json'),
    data: join(home, 'data'),
    /** CometBFT's last sign state of the validator key (privval.FilePVLastSignState). */
    validatorState: join(home, 'data', 'priv_validator_state.json'),
    db: join(home, 'data', 'trivium.db'),
    keyring: (backend: string) => join(home, `keyring-${backend}`),
  };
}
