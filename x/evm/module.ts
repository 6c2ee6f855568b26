import type { Module } from '../../core/types/module.ts';
import { type NodeAPI, startFlag } from '../../core/types/node-api.ts';
import { ethRawTxHandler, type EthTxPolicy } from './ante.ts';
import { CheckStateTracker } from './check-state.ts';
import { defaultEvmGenesis, exportEvmGenesis, initEvmGenesis } from './genesis.ts';
import { recordBlockHash } from './begin-blocker.ts';
import { EthApi } from './rpc/eth-api.ts';
import { EthRpcServer } from './rpc/server.ts';
import type { EvmKeeper } from './keeper.ts';
import { evmMsgs } from './msg-server.ts';
import { evmQueries } from './queries.ts';
import { StateRootCommitter } from './state-root/committer.ts';
import { type EvmGenesis, ModuleName } from './types/index.ts';
import { impersonatedIn, recordImpersonatedTx } from './tx/decode.ts';
import { Address, hexToBytes } from '@ethereumjs/util';

export { DEFAULT_JSON_RPC_ADDRESS } from './types/index.ts';
import { DEFAULT_JSON_RPC_ADDRESS } from './types/index.ts';

/** Reads a `start` flag whatever spelling commander gave its key. */
export const flag = (flags: NodeAPI['flags'], name: string): string | boolean | undefined => startFlag(flags, name);

const truthy = (v: string | boolean | undefined, dflt: boolean) => (v === undefined ? dflt : v === true || v === 'true' || v === '1');

/** x/evm: EVM execution, MsgEthereumTx, raw Ethereum txs in blocks, the Ethereum state root, and the Ethereum JSON-RPC service. */
export function evmModule(keeper: EvmKeeper): Module {
  const policy: EthTxPolicy = { allowUnprotectedTxs: false };
  const checkState = new CheckStateTracker();
  const stateRoot = new StateRootCommitter(keeper.bank);
  return {
    name: ModuleName,
    msgs: evmMsgs(keeper),
    queries: evmQueries(keeper),
    rawTxHandlers: [ethRawTxHandler(keeper, policy, (ctx) => checkState.note(ctx))],
    defaultGenesis: () => defaultEvmGenesis(),
    initGenesis: (ctx, state) => initEvmGenesis(keeper, ctx, state as EvmGenesis),
    exportGenesis: (ctx) => exportEvmGenesis(keeper, ctx),
    beginBlock: (ctx) => recordBlockHash(keeper, ctx),
    // Impersonated senders live in the devnet node's memory: the block keeps its own, a replay gets them back.
    devRecord: (txs) => impersonatedIn(txs),
    devReplay: (record) => {
      for (const [hash, sender] of record as Array<[string, string]>) recordImpersonatedTx(hash, new Address(hexToBytes(sender as `0x${string}`)));
    },
    // Ethereum's state root of the EVM accounts, kept beside the state (x/evm/state-root/).
    commitRows: (changes, state, height, rows, opts) => stateRoot.commitRows(changes, state, height, rows, opts),
    rollbackRows: (height, rows) => stateRoot.rollbackRows(height, rows),
    services(node) {
      policy.allowUnprotectedTxs = truthy(flag(node.flags, 'evm.allow-unprotected-txs'), false);
      keeper.executor.consoleSink = (line) => node.log(line);
      const address = String(flag(node.flags, 'json-rpc.address') ?? DEFAULT_JSON_RPC_ADDRESS);
      const api = new EthApi(node, keeper, policy, checkState, keeper.rpcExtensions);
      return [new EthRpcServer(api, address.replace(/^tcp:\/\//, ''))];
    },
  };
}
