import { writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { defaultHome } from '../../../core/node/home.ts';

export function exportCommand(): Command {
  return new Command('export')
    .description("a stopped node's state as a genesis JSON (every module's export; a new chain starts from it at height 1)")
    .option('--home <dir>', 'node home', defaultHome())
    .option('--height <n>', 'export the state after this block (default: the last)')
    .option('--output-document <file>', 'write the genesis here instead of stdout')
    .action(async (o: { home: string; height?: string; outputDocument?: string }) => {
      if (o.height !== undefined && !/^\d+$/.test(o.height)) throw new Error(`invalid --height "${o.height}": expected a block height`);
      const { exportHome } = await import('./export-node.ts'); // the app and its executors: loaded only here
      const { genesis, height } = await exportHome(o.home, o.height === undefined ? undefined : Number(o.height));
      const json = JSON.stringify(genesis, null, 2) + '\n';
      if (o.outputDocument) writeFileSync(o.outputDocument, json);
      else process.stdout.write(json);
      process.stderr.write(`exported the state after height ${height}\n`);
    });
}
