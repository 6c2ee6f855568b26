import { Command } from 'commander';
import { addQueryFlags, printOutput, type QueryOptions } from '../../../core/client/options.ts';
import { rpcCall } from '../../../core/client/rpc.ts';

/** `q tx`, `q block`, `status`: CometBFT-level queries. */
export function addChainQueries(q: Command): void {
  addQueryFlags(q.command('tx').description('a committed tx by hash').argument('<hash>')).action(async (hash: string, o: QueryOptions) => {
    if (!/^(0x)?[0-9a-fA-F]{64}$/.test(hash)) throw new Error(`invalid tx hash ${hash}: expected 64 hex digits`);
    const t = await rpcCall(o, 'tx', { hash: Buffer.from(hash.replace(/^0x/, ''), 'hex').toString('base64') });
    printOutput(o, {
      height: t.height, txhash: t.hash, code: t.tx_result.code, codespace: t.tx_result.codespace, raw_log: t.tx_result.log,
      gas_wanted: t.tx_result.gas_wanted, gas_used: t.tx_result.gas_used, events: t.tx_result.events, tx: t.tx,
    });
  });
  addQueryFlags(q.command('block').description('a block (latest without HEIGHT)').argument('[height]')).action(async (height: string | undefined, o: QueryOptions) => {
    if (height !== undefined && !/^\d+$/.test(height)) throw new Error(`invalid height ${height}`);
    printOutput(o, await rpcCall(o, 'block', height ? { height } : {}));
  });
}

export function statusCommand(): Command {
  return addQueryFlags(new Command('status').description('node status')).action(async (o: QueryOptions) => {
    printOutput({ output: o.output === 'text' ? 'json' : o.output }, await rpcCall(o, 'status'));
  });
}
