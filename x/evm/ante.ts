import { bytesToUnprefixedHex } from '@ethereumjs/util';
import type { Context } from '../../core/types/context.ts';
import { toAppError } from '../../core/types/errors.ts';
import type { CheckResult, RawTxHandler, TxExecResult } from '../../core/types/module.ts';
import { fromUtf8, utf8 } from '../../core/store/kv.ts';
import { MsgEthereumTxTypeUrl } from './codec.ts';
import { StoreKeys } from './types/index.ts';
import { ErrUnprotectedTx } from './errors.ts';
import { precheckTx } from './executor/validate.ts';
import type { EvmKeeper } from './keeper.ts';
import { claimsEthTx, decodeEthTx } from './tx/decode.ts';
import { executeEthTx, messageEvent } from './tx/execute.ts';

/** Node-local mempool policy (not consensus): set from start flags. */
export interface EthTxPolicy {
  /** Admit legacy txs without EIP-155 chain id (e.g. Multicall3's deployment); devnet default true. */
  allowUnprotectedTxs: boolean;
}

/**
 * Raw Ethereum txs in the mempool and in blocks (bytes as eth_sendRawTransaction got them). CheckTx runs
 * Ethereum's prechecks against the check state and reserves the nonce and the maximum cost there, so a
 * sender can queue consecutive nonces; DeliverTx executes in its own branch, so a tx that fails its
 * prechecks in the block changes nothing.
 */
export function ethRawTxHandler(keeper: EvmKeeper, policy: EthTxPolicy, onCheck?: (ctx: Context) => void): RawTxHandler {
  return {
    name: 'ethereum',
    claims: claimsEthTx,
    checkTx(ctx: Context, bytes: Uint8Array): CheckResult {
      const e = decodeEthTx(bytes);
      if (e.unprotected && !policy.allowUnprotectedTxs) {
        throw ErrUnprotectedTx('only replay-protected (EIP-155) transactions allowed over RPC');
      }
      const params = keeper.params(ctx);
      const state = keeper.view(ctx);
      const account = state.getAccountSync(e.sender.bytes);
      // What earlier admitted txs of this sender may still spend is not available to this one.
      const reservedKey = StoreKeys.checkReserved(bytesToUnprefixedHex(e.sender.bytes));
      const raw = ctx.rawStore.get(reservedKey);
      const reserved = raw === undefined ? 0n : BigInt(fromUtf8(raw));
      if (account && reserved > 0n) account.balance = account.balance > reserved ? account.balance - reserved : 0n;
      const pre = precheckTx(e.tx, e.sender, account, BigInt(params.base_fee_wei), ctx.maxBlockGas);
      // Reserve in the check state: the next nonce, and the most this tx can spend.
      const next = state.getAccountSync(e.sender.bytes)!;
      next.nonce += 1n;
      state.putAccountSync(e.sender.bytes, next);
      ctx.rawStore.set(reservedKey, utf8((reserved + pre.gasCost + e.tx.value).toString()));
      onCheck?.(ctx);
      return { gasWanted: e.tx.gasLimit, sender: bytesToUnprefixedHex(e.sender.bytes), nonce: e.tx.nonce };
    },
    async deliverTx(ctx: Context, bytes: Uint8Array): Promise<TxExecResult> {
      let gasWanted = 0n;
      try {
        const e = decodeEthTx(bytes);
        gasWanted = e.tx.gasLimit;
        const { ctx: txCtx, commit } = ctx.branch();
        const out = await executeEthTx(keeper, txCtx, e);
        commit();
        return {
          code: 0,
          codespace: '',
          log: '',
          data: out.response,
          gasWanted,
          gasUsed: out.exec.gasUsed,
          events: [messageEvent(e, MsgEthereumTxTypeUrl), ...out.events],
        };
      } catch (err) {
        const a = toAppError(err);
        return { code: a.code, codespace: a.codespace, log: a.message, data: new Uint8Array(), gasWanted, gasUsed: 0n, events: [] };
      }
    },
  };
}
