import { Command } from 'commander';
import { defaultHome } from '../../../core/node/home.ts';
import { clientConfigPath, isClientConfigKey, readClientConfig, setClientConfig } from '../../../core/client/client-config.ts';
import { printOutput } from '../../../core/client/options.ts';

/** The only config file these commands edit: the SDK's client.toml (`triviumd config get client node`, as confix). */
function checkSection(section: string): void {
  if (section !== 'client') throw new Error(`unknown config ${JSON.stringify(section)}: only "client" (config/client.toml) can be read or set here`);
}

/** `triviumd config set|get|view client …`: the CLI's defaults for --node, --chain-id, -o, --keyring-backend. */
export function configCommand(): Command {
  const config = new Command('config').description("the client's defaults in <home>/config/client.toml (node, chain-id, output, keyring-backend, broadcast-mode)");
  config
    .command('set')
    .description('set a client default, e.g. `config set client node tcp://127.0.0.1:26657`')
    .argument('<config>', 'client')
    .argument('<key>')
    .argument('<value>')
    .option('--home <dir>', 'home', defaultHome())
    .action((section: string, key: string, value: string, o: { home: string }) => {
      checkSection(section);
      setClientConfig(o.home, key, value);
    });
  config
    .command('get')
    .description('print a client default, e.g. `config get client node`')
    .argument('<config>', 'client')
    .argument('<key>')
    .option('--home <dir>', 'home', defaultHome())
    .action((section: string, key: string, o: { home: string }) => {
      checkSection(section);
      if (!isClientConfigKey(key)) throw new Error(`unknown client config key ${JSON.stringify(key)}`);
      process.stdout.write(readClientConfig(o.home)[key] + '\n');
    });
  config
    .command('view')
    .description('print the whole client config')
    .argument('<config>', 'client')
    .option('--home <dir>', 'home', defaultHome())
    .option('-o, --output <format>', 'json or text', 'text')
    .action((section: string, o: { home: string; output: 'json' | 'text' }) => {
      checkSection(section);
      printOutput(o, readClientConfig(o.home));
    });
  config
    .command('home')
    .description('print the path of client.toml')
    .option('--home <dir>', 'home', defaultHome())
    .action((o: { home: string }) => void process.stdout.write(clientConfigPath(o.home) + '\n'));
  return config;
}
