import { bytesToHex } from '@ethereumjs/util';
import type { Command } from 'commander';
import type { ModuleCli } from '../../../core/client/module-cli.ts';
import { addQueryFlags, addTxFlags, printOutput, type QueryOptions, type TxOptions } from '../../../core/client/options.ts';
import { abciQuery, rpcCall } from '../../../core/client/rpc.ts';
import { broadcastMsgs } from '../../../core/client/tx.ts';
import { Keyring } from '../../../core/client/keyring.ts';
import { MsgEthereumTxCodec, MsgEthereumTxTypeUrl, Query } from '../codec.ts';
import { DEFAULT_JSON_RPC_ADDRESS } from '../types/index.ts';
import { parseSlot } from '../types/slot.ts';
import { evmAmino } from '../types/amino.ts';

/** `triviumd tx evm …`, `triviumd q evm …`, and the `start` flags of the Ethereum JSON-RPC. */
export const evmCli: ModuleCli = {
  aminoConverters: evmAmino,
  registryTypes: [[MsgEthereumTxTypeUrl, MsgEthereumTxCodec]],
  startFlags: [
    { flags: '--json-rpc.address <host:port>', description: 'Ethereum JSON-RPC listen address (HTTP and WebSocket)', defaultValue: DEFAULT_JSON_RPC_ADDRESS },
    {
      flags: '--json-rpc.gas-cap <gas>',
      description: 'most gas an eth_call / eth_estimateGas may use (as geth --rpc.gascap); 0 = no cap (the block gas limit bounds it)',
      defaultValue: '50000000',
    },
    {
      flags: '--evm.engine <name>',
      description: 'EVM engine: revm (native, built by npm ci) or ethereumjs; same results either way. Default: $TRIVIUM_EVM_ENGINE, else revm',
    },
    {
      flags: '--evm.allow-unprotected-txs <bool>',
      description: 'admit legacy txs without an EIP-155 chain id (e.g. Multicall3 deployment); mempool policy. Off by default, as geth',
      defaultValue: 'false',
    },
  ],
  tx(parent: Command) {
    const evm = parent.command('evm').description('EVM transactions');
    addTxFlags(
      evm
        .command('send-raw')
        .description('send a raw signed Ethereum tx (0x hex): inside a Cosmos tx signed by --from, or as is when --from is omitted')
        .argument('<hex>'),
    ).action(async (hex: string, opts: TxOptions) => {
      const raw = parseHexArg(hex, 'raw transaction');
      const { claimsEthTx, decodeEthTx } = await import('../tx/decode.ts'); // ethereumjs' tx types: loaded only here
      const e = decodeEthTx(raw);
      if (opts.from) {
        const from = new Keyring(opts.home, opts.keyringBackend).get(opts.from).address;
        await broadcastMsgs(opts, [{ typeUrl: MsgEthereumTxTypeUrl, value: { raw, from } }]);
        return;
      }
      if (!claimsEthTx(raw)) throw new Error('not an Ethereum transaction');
      const r = await rpcCall(opts, 'broadcast_tx_sync', { tx: Buffer.from(raw).toString('base64') });
      if (r.code !== 0) {
        printOutput(opts, { txhash: r.hash, eth_hash: e.hashHex, code: r.code, codespace: r.codespace, raw_log: r.log });
        process.exitCode = 1;
        return;
      }
      const res = await waitForTx(opts, r.hash as string);
      printOutput(opts, {
        height: res.height,
        txhash: res.hash,
        eth_hash: e.hashHex,
        code: res.tx_result.code,
        codespace: res.tx_result.codespace,
        raw_log: res.tx_result.log,
        gas_wanted: res.tx_result.gas_wanted,
        gas_used: res.tx_result.gas_used,
        events: res.tx_result.events,
      });
      if (res.tx_result.code !== 0) process.exitCode = 1;
    });
  },
  query(parent: Command) {
    const evm = parent.command('evm').description('EVM state queries (addresses: 0x… or trivium1…)');
    addQueryFlags(evm.command('balance').description('EVM balance of an address, in wei and utrv').argument('<address>')).action(async (address: string, o: QueryOptions) => {
      const r = await account(o, address);
      printOutput(o, { address, balance: r.balance, balance_utrv: r.balanceUtrv });
    });
    addQueryFlags(evm.command('account').description('balance, nonce and code hash of an address').argument('<address>')).action(async (address: string, o: QueryOptions) => {
      const r = await account(o, address);
      printOutput(o, { address, balance: r.balance, balance_utrv: r.balanceUtrv, nonce: String(r.nonce), code_hash: r.codeHash });
    });
    addQueryFlags(evm.command('code').description('runtime code of a contract').argument('<address>')).action(async (address: string, o: QueryOptions) => {
      const res = Query.Code.res.decode(await abciQuery(o, Query.Code.path, Query.Code.req.encode({ address }).finish()));
      printOutput(o, { address, code: bytesToHex(res.code ?? new Uint8Array()) });
    });
    addQueryFlags(evm.command('storage').description('one storage slot (32 bytes)').argument('<address>').argument('<key>')).action(async (address: string, key: string, o: QueryOptions) => {
      parseSlot(key);
      const res = Query.Storage.res.decode(await abciQuery(o, Query.Storage.path, Query.Storage.req.encode({ address, key }).finish()));
      printOutput(o, { address, key, value: res.value });
    });
    addQueryFlags(
      evm
        .command('call')
        .description('eth_call at the latest block: DATA is 0x calldata (ABI-encoded)')
        .argument('<address>')
        .argument('<data>')
        .option('--from <address>', 'caller (default: the zero address)')
        .option('--value <wei>', 'value in wei', '0')
        .option('--gas <gas>', 'gas limit (default: the block gas limit)'),
    ).action(async (address: string, dataHex: string, o: QueryOptions & { from?: string; value: string; gas?: string }) => {
      const data = parseHexArg(dataHex, 'call data');
      if (!/^\d+$/.test(o.value)) throw new Error(`--value must be an integer number of wei, got ${o.value}`);
      const req = Query.EthCall.req.encode({ from: o.from ?? '', to: address, data, value: o.value, gas: o.gas ? (/^\d+$/.test(o.gas) ? BigInt(o.gas) : Number(o.gas)) : 0n }).finish();
      const res = Query.EthCall.res.decode(await abciQuery(o, Query.EthCall.path, req));
      printOutput(o, { success: res.success, ret: bytesToHex(res.ret ?? new Uint8Array()), gas_used: String(res.gasUsed), vm_error: res.vmError });
      if (!res.success) process.exitCode = 1;
    });
    addQueryFlags(evm.command('params').description('x/evm parameters')).action(async (o: QueryOptions) => {
      const res = Query.Params.res.decode(await abciQuery(o, Query.Params.path, Query.Params.req.encode({}).finish()));
      printOutput(o, { block_gas_limit: res.params?.blockGasLimit, base_fee_wei: res.params?.baseFeeWei });
    });
  },
};

async function account(o: QueryOptions, address: string): Promise<ReturnType<typeof Query.Account.res.decode>> {
  return Query.Account.res.decode(await abciQuery(o, Query.Account.path, Query.Account.req.encode({ address }).finish()));
}

function parseHexArg(s: string, what: string): Uint8Array {
  const hex = s.replace(/^0x/, '');
  if (!/^([0-9a-fA-F]{2})*$/.test(hex)) throw new Error(`invalid ${what}: expected 0x-prefixed hex bytes`);
  return Buffer.from(hex, 'hex');
}

/** Polls CometBFT's `tx` until the tx is in a block (60 s). */
async function waitForTx(o: QueryOptions, hash: string): Promise<any> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      return await rpcCall(o, 'tx', { hash: Buffer.from(hash, 'hex').toString('base64') });
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`tx ${hash} was not included within 60 s`);
}
