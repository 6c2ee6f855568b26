import { Command, CommanderError } from 'commander';
import { registerAminoConverters, registerMsgTypes } from '../../core/client/msg-types.ts';
import { DEFAULT_CHAIN_ID, defaultHome } from '../../core/node/home.ts';
import { applyClientConfig } from '../../core/client/client-config.ts';
import { configCommand } from './commands/config.ts';
import { formatLog, logFormat } from '../../core/types/log-format.ts';
import { debugAddrCommand } from './commands/debug-addr.ts';
import { exportCommand } from './commands/export.ts';
import { keysCommand } from './commands/keys.ts';
import { addChainQueries, statusCommand } from './commands/queries.ts';
import { replayCommand } from './commands/replay.ts';
import { rollbackCommand } from './commands/rollback.ts';
import { startCommand } from './commands/start.ts';
import { testnetCommand } from './commands/testnet.ts';
import { addOfflineTxCommands } from './commands/tx-offline.ts';
import { moduleClis } from './module-clis.ts';

// The command tree. Module CLIs contribute their commands here; what runs a command that needs the app (start,
// init, replay) is imported inside its action, so the light commands (keys, q, status) load no executor.
for (const m of moduleClis) {
  registerMsgTypes(m.registryTypes ?? []);
  registerAminoConverters(m.aminoConverters ?? {});
}

/** Builds the command tree and runs the command `argv` names. The tree is built here, not at load: its defaults read
 * the environment (the home), and a start-up snapshot holds this module evaluated at build time (issue 17). */
export async function runCli(argv: string[]): Promise<void> {
  const program = new Command('triviumd').description('Trivium: a cross-VM (EVM, CosmWasm, SVM) devnet node').version('0.1.0');
  program
    .command('init')
    .argument('[moniker]', 'node moniker', 'trivium')
    .option('--home <dir>', 'home', defaultHome())
    .option('--chain-id <id>', 'chain id', DEFAULT_CHAIN_ID)
    .option('--overwrite', 'replace an existing genesis')
    .description('create a devnet home: genesis with the funded dev accounts, validator key, keyring')
    .action(async (moniker: string, o: { home: string; chainId: string; overwrite?: boolean }) => {
      const { initHome } = await import('./commands/init.ts');
      const r = initHome(o.home, o.chainId, moniker, o.overwrite);
      if (!r.created) throw new Error(`genesis already exists in ${o.home}/config (use --overwrite to replace it)`);
      process.stdout.write(JSON.stringify({ moniker, chain_id: r.chainId, home: r.home }) + '\n');
    });
  program.addCommand(startCommand());
  // `triviumd start …` reaches no other command: the rest of the tree (every module's tx and query commands) is
  // not built for it, a few ms of every node's start-up CPU (issue 17).
  if (argv[2] !== 'start') addOtherCommands(program);
  // client.toml's defaults for the flags the user did not give (a flag still wins).
  program.hook('preAction', (_root, action) => applyClientConfig(action));
  program.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) process.exit(e.exitCode);
    // --log_format json: the failure as a JSON line too (the node's errors all are).
    if (logFormat() === 'json') process.stderr.write(formatLog('error', (e as Error).message) + '\n');
    else process.stderr.write(`Error: ${(e as Error).message}\n`);
    process.exit(1);
  }
}

function addOtherCommands(program: Command): void {
  program.addCommand(keysCommand());
  program.addCommand(configCommand());
  program.addCommand(statusCommand());
  program.addCommand(replayCommand());
  program.addCommand(rollbackCommand());
  program.addCommand(exportCommand());
  program.addCommand(testnetCommand());

  const tx = program.command('tx').description('sign and broadcast transactions');
  const q = program.command('query').alias('q').description('query the chain');
  moduleClis.forEach((m, i) => {
    m.tx?.(tx);
    m.query?.(q);
    if (i === 0) addChainQueries(q); // after bank's, as the SDK lists them
  });
  addOfflineTxCommands(tx);
  program.command('debug').description('developer tools').addCommand(debugAddrCommand());
}
