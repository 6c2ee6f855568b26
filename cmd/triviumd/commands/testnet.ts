import { Command } from 'commander';

const outOption = (c: Command) => c.option('--out <dir>', 'where the testnet lives (default testnet/out)');
const index = (s: string | undefined): number | undefined => {
  if (s === undefined) return undefined;
  if (!/^\d+$/.test(s)) throw new Error(`invalid --index "${s}": expected a node number`);
  return Number(s);
};

// The app's genesis code: loaded only when a testnet command runs.
const run = () => import('./testnet-node.ts');

/** `triviumd testnet …`: a local multi-validator network, each validator an app behind its own CometBFT. */
export function testnetCommand(): Command {
  const cmd = new Command('testnet').description('a local N-validator network: Trivium apps behind CometBFT v0.38 (built from its Go module)');
  outOption(
    cmd
      .command('up')
      .description('generate the homes, start every app and its CometBFT, wait for height 2, print the endpoints')
      .option('--validators <n>', 'number of validators', '4')
      .option('--chain-id <id>', 'chain id', 'trivium-testnet-1')
      .option('--port-shift <n>', 'added to every port (node i: the defaults + 10·i + shift)', '0')
      .option('--block-time <duration>', "CometBFT's timeout_commit", '1s')
      .option('--snapshot-interval <n>', 'every app takes a state-sync snapshot every N blocks (0 = none)', '100')
      .option('-o, --output <format>', 'text or json', 'text'),
  ).action(async (o: { validators: string; chainId: string; portShift: string; blockTime: string; snapshotInterval: string; out?: string; output: string }) => {
    const { testnetUp } = await run();
    await testnetUp(o);
  });
  outOption(cmd.command('status').description('per node: height, app hash, peers, catching_up, pids').option('-o, --output <format>', 'text or json', 'text')).action(async (o: { out?: string; output: string }) => {
    const { testnetStatus } = await run();
    await testnetStatus(o);
  });
  outOption(cmd.command('stop').description('SIGTERM (CometBFT, then the app) and wait; every node or node I').option('--index <i>', 'only node I')).action(async (o: { out?: string; index?: string }) => {
    const { testnetStop } = await run();
    await testnetStop(o.out, index(o.index));
  });
  outOption(cmd.command('start').description('(re)start every node or node I: the app first, then its CometBFT').option('--index <i>', 'only node I')).action(async (o: { out?: string; index?: string }) => {
    const { testnetStart } = await run();
    await testnetStart(o.out, index(o.index));
  });
  outOption(cmd.command('add').description('add a full node (not a validator) and start it: blocksync from genesis, or --state-sync from a snapshot').option('--state-sync', 'join from the newest snapshot the validators serve (they need --state-sync.snapshot-interval)')).action(async (o: { out?: string; stateSync?: boolean }) => {
    const { testnetAdd } = await run();
    await testnetAdd(o.out, o.stateSync ?? false);
  });
  outOption(cmd.command('down').description('stop every node and remove the testnet folder')).action(async (o: { out?: string }) => {
    const { testnetDown } = await run();
    await testnetDown(o.out);
  });
  return cmd;
}
