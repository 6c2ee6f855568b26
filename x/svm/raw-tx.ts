import { utf8 } from '../../core/store/kv.ts';
import type { Context } from '../../core/types/context.ts';
import { toAppError } from '../../core/types/errors.ts';
import { GasMeter, infiniteGasMeter } from '../../core/types/gas.ts';
import type { CheckResult, RawTxHandler, TxExecResult } from '../../core/types/module.ts';
import { encodeKey58 } from './types/base58.ts';
import { logEvent, transactionEvent } from './events.ts';
import { explain } from './keeper/executor.ts';
import { WriteBackError } from './keeper/solana-tx.ts';
import type { SvmKeeper } from './keeper/keeper.ts';
import { recordSolanaTx } from './tx-record.ts';
import { ErrInvalidSolanaTx, SOLANA_TX_ENVELOPE, SVM_CODESPACE } from './types/index.ts';
import { type ParsedTransaction, parseTransaction } from './wire.ts';

/**
 * Transactions parsed, by their envelope: the node hands CheckTx, every recheck and FinalizeBlock the same
 * bytes object, and parsing is a pure function of bytes nobody changes, so one parse serves them all (a
 * block read back from the store, as in a replay, is new objects and parsed afresh).
 */
const parsedByEnvelope = new WeakMap<Uint8Array, ParsedTransaction>();

/** Block bytes of a Solana wire transaction: 0x53 ('S') then the wire bytes (`parsed`: the caller's parse of them). */
export function envelopeSolanaTx(wire: Uint8Array, parsed?: ParsedTransaction): Uint8Array {
  const out = new Uint8Array(wire.length + 1);
  out[0] = SOLANA_TX_ENVELOPE;
  out.set(wire, 1);
  if (parsed) parsedByEnvelope.set(out, parsed);
  return out;
}

function unwrap(tx: Uint8Array): Uint8Array {
  if (tx[0] !== SOLANA_TX_ENVELOPE) throw ErrInvalidSolanaTx('missing the 0x53 envelope byte');
  return tx.subarray(1);
}

function parsedOf(tx: Uint8Array, wire: Uint8Array): ParsedTransaction {
  let p = parsedByEnvelope.get(tx);
  if (!p) {
    p = parseTransaction(wire);
    parsedByEnvelope.set(tx, p);
  }
  return p;
}

/**
 * Solana wire transactions in the mempool and in blocks (from sendTransaction and requestAirdrop). A
 * transaction that fails after the runtime took its fee keeps the fee and its signature record, as on
 * Solana; one that fails its checks (signature, blockhash, replay, fee payer) changes nothing.
 */
export function solanaRawTxHandler(keeper: SvmKeeper): RawTxHandler {
  return {
    name: 'svm',
    claims: (tx) => tx.length > 1 && tx[0] === SOLANA_TX_ENVELOPE,
    checkTx(ctx: Context, tx: Uint8Array): CheckResult {
      const wire = unwrap(tx);
      const parsed = keeper.checkWireTx(ctx, wire, { verifySignatures: true }, parsedOf(tx, wire));
      return { gasWanted: keeper.wireGasWanted(parsed) };
    },
    deliverTx(ctx: Context, tx: Uint8Array): TxExecResult {
      let gasWanted = 0n;
      const meter = new GasMeter(0n);
      let events = [] as TxExecResult['events'];
      try {
        const wire = unwrap(tx);
        const parsed = parsedOf(tx, wire);
        gasWanted = keeper.wireGasWanted(parsed);
        // Solana transactions pay in lamports (the runtime's fee), not gas × price: gas is only measured here,
        // on the tx's own store (no branch of it: a refused tx throws before anything is written, and a
        // write-back that fails is thrown on, so the caller drops the tx's store).
        const exec = ctx.withGasMeter(infiniteGasMeter());
        const r = keeper.executeWireTx(exec, wire, { parsed });
        const error = r.outcome.ok ? undefined : explain(r.outcome);
        events = [
          ...exec.events,
          transactionEvent({ signature: r.signature, feePayer: encodeKey58(parsed.accountKeys[0]!), computeUnits: r.outcome.computeUnits, fee: r.fee, success: r.outcome.ok, error }),
          logEvent(r.outcome.logs),
        ];
        recordSolanaTx(ctx, {
          signature: r.signature,
          wire,
          outcome: r.outcome,
          fee: r.fee,
          pre: r.pre,
          post: r.post,
          returnProgramId: r.outcome.returnData ? encodeKey58(r.outcome.returnData.programId) : undefined,
          accountKeys: parsed.accountKeys,
        });
        const data = utf8(r.signature);
        if (!r.outcome.ok) {
          return { code: 4, codespace: SVM_CODESPACE, log: `${r.signature}: ${error}; logs: ${r.outcome.logs.slice(-8).join(' | ')}: program failed`, data, gasWanted, gasUsed: r.gasUsed, events };
        }
        return { code: 0, codespace: '', log: '', data, gasWanted, gasUsed: r.gasUsed, events };
      } catch (e) {
        if (e instanceof WriteBackError) throw e;
        const err = toAppError(e);
        return { code: err.code, codespace: err.codespace, log: err.message, data: new Uint8Array(), gasWanted, gasUsed: meter.consumed, events: [] };
      }
    },
  };
}
