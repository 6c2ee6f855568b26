import { Command } from 'commander';
import { DEFAULT_ABCI_LADDR, defaultHome, DEFAULT_CHAIN_ID } from '../../../core/node/home.ts';

import { moduleClis } from '../module-clis.ts';

/** The devnet's time between blocks when --block-time is not given (benchmarks read it to match their peers). */
export const DEFAULT_BLOCK_TIME = '1s';

export function startCommand(): Command {
  const cmd = new Command('start')
    .description('run the devnet node (initialises a devnet home first if there is none)')
    .option('--home <dir>', 'node home', defaultHome())
    .option('--chain-id <id>', 'chain id when a new home is initialised', DEFAULT_CHAIN_ID)
    .option('--rpc.laddr <addr>', 'CometBFT RPC + /websocket listen address', 'tcp://127.0.0.1:26657')
    .option('--rpc.max-body-bytes <n>', 'largest HTTP body / WebSocket message of every RPC (default: CometBFT 1000000, Ethereum 16 MiB, Solana 10 MiB)')
    .option('--rpc.max-batch <n>', 'most requests in one JSON-RPC batch, every RPC (default 1000)')
    .option('--rpc.max-open-connections <n>', 'most open WebSocket connections per RPC port (default 900)')
    .option('--rpc.max-subscriptions-per-client <n>', 'most subscriptions per WebSocket connection (CometBFT RPC; default 5)')
    .option('--rpc.cors <origins>', 'browser origins allowed to call the RPCs ("*" or comma-separated); default localhost only')
    .option('--grpc.address <addr>', 'gRPC server (Cosmos SDK query, tx and CometBFT services, reflection); "" = off; with --abci only when given', '127.0.0.1:9090')
    .option('--api.address <addr>', 'REST server (the gRPC services\' grpc-gateway routes, OpenAPI at /swagger); "" = off; with --abci only when given', '127.0.0.1:1317')
    .option('--mempool.size <n>', 'most txs in the mempool (CometBFT mempool.size)', '5000')
    .option('--mempool.max-txs-bytes <n>', 'most bytes of all txs in the mempool (CometBFT mempool.max_txs_bytes)', '1073741824')
    .option('--mempool.max-tx-bytes <n>', 'largest tx CheckTx admits, at most 1048576 (CometBFT mempool.max_tx_bytes)', '1048576')
    .option('--pruning <strategy>', 'which past heights the state keeps: nothing (all), everything (the last 2), keep-recent=N', 'nothing')
    .option('--cache-size <MiB>', 'memory for the state cache (tree nodes and latest values); the state itself stays on disk', '64')
    .option('--block-time <duration>', 'time between blocks; 0 = a block as soon as work is waiting', DEFAULT_BLOCK_TIME)
    .option('--quiet', 'no per-block log lines')
    .option('--metrics [laddr]', 'serve Prometheus metrics at http://LADDR/metrics (CometBFT\'s instrumentation.prometheus_listen_addr; default 127.0.0.1:26660)')
    .option('--log_format <format>', 'log lines as plain text or json (one JSON object per line)', 'plain')
    .option('--dev.max-mine-blocks <n>', 'the most blocks one anvil_mine / hardhat_mine / evm_mine call may mine', '10000')
    .option('--state-sync.snapshot-interval <n>', 'with --abci: a state-sync snapshot every N blocks, served to joining nodes (0 = none)', '0')
    .option('--state-sync.snapshot-keep-recent <n>', 'with --abci: how many snapshots to keep', '2')
    .option('--dump-state <file>', "devnet: write every module's state (dev_dumpState) to FILE on exit, as anvil's --dump-state")
    .option('--load-state <file>', 'devnet: start a fresh chain from a dev_dumpState file instead of the genesis state (with --reset on a used home)')
    .option('--reset', "devnet: delete the home's chain data and genesis first and start over (as a fresh anvil); keys stay")
    .option('--accounts <n>', "devnet, new home: fund N EVM accounts of --mnemonic (anvil's flag; default 10)")
    .option('--mnemonic <words>', "devnet, new home: the EVM dev accounts' BIP39 mnemonic (anvil's; default test … junk)")
    .option('--balance <eth>', 'devnet, new home: whole ETH per EVM dev account (default 10000)')
    .option('--abci [laddr]', `run behind CometBFT: serve the ABCI socket (default ${DEFAULT_ABCI_LADDR}), no embedded producer, and --rpc.laddr names CometBFT's RPC`);
  for (const m of moduleClis) for (const f of m.startFlags ?? []) cmd.option(f.flags, f.description, f.defaultValue);
  cmd.action(async (opts: Record<string, string | boolean | undefined>, self: Command) => {
    const t0 = performance.now();
    // Behind CometBFT gRPC and REST run only when asked for: validators of one machine's testnet share its ports.
    if (opts.abci !== undefined) for (const f of ['grpc.address', 'api.address']) if (self.getOptionValueSource(f) === 'default') opts[f] = '';
    const { runStart } = await import('./start-node.ts'); // the node, the app and its executors: loaded only here
    await runStart(opts, t0);
  });
  return cmd;
}
