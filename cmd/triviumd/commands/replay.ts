import { Command } from 'commander';

export function replayCommand(): Command {
  return new Command('replay')
    .description("re-execute a stopped node's blocks on a fresh home and compare app hashes and tx results at every height")
    .requiredOption('--source <home>', 'home of the node whose blocks are replayed (stopped)')
    .requiredOption('--home <dir>', 'fresh home to replay into')
    .option('-o, --output <format>', 'json or text', 'text')
    .option('--evm.engine <name>', 'EVM engine to re-execute with: revm or ethereumjs (default: as start)')
    .action(async (o: { source: string; home: string; output: string; 'evm.engine'?: string; evmEngine?: string }) => {
      const { replayBlocks, appOptionsFromFlags } = await import('./replay-blocks.ts'); // the app and its executors: loaded only here
      const r = await replayBlocks(o.source, o.home, o.output === 'text' ? (s) => process.stdout.write(s + '\n') : undefined, appOptionsFromFlags(o));
      if (o.output === 'json') process.stdout.write(JSON.stringify(r) + '\n');
      else process.stdout.write(`replayed ${r.height} blocks (${r.txs} txs), ${r.mismatches.length} mismatches, app hash ${r.appHash}\n`);
      if (r.mismatches.length) process.exitCode = 1;
    });
}
