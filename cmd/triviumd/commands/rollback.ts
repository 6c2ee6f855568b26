import { Command } from 'commander';
import { defaultHome } from '../../../core/node/home.ts';

export function rollbackCommand(): Command {
  return new Command('rollback')
    .description('take a stopped node back to an earlier height: its state then, the blocks above removed (one atomic write)')
    .option('--home <dir>', 'node home', defaultHome())
    .option('--height <n>', 'the height to go back to (default: one block back)')
    .action(async (o: { home: string; height?: string }) => {
      if (o.height !== undefined && !/^\d+$/.test(o.height)) throw new Error(`invalid --height "${o.height}": expected a block height`);
      const { rollbackHome } = await import('./rollback-node.ts'); // the app and its executors: loaded only here
      const r = await rollbackHome(o.home, o.height === undefined ? undefined : Number(o.height));
      process.stdout.write(`rolled back from height ${r.from} to ${r.to}, app hash ${r.appHash}\n`);
    });
}
