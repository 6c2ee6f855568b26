import { RpcError } from '../../../core/jsonrpc/index.ts';
import { parseAddress } from '../../../core/types/address.ts';
import { type CommittedBlockEvent, startFlag, type NodeAPI, type StoredTx } from '../../../core/types/node-api.ts';
import { MsgInjectFaultCodec, MsgInjectFaultTypeUrl } from '../codec.ts';
import { checkFault, checkTarget, devControlsEnabled, type FaultRequest } from '../faults.ts';
import type { CrossVMKeeper } from '../keeper.ts';
import { devKeyFor, signTx } from './authority-signer.ts';

const invalid = (msg: string) => new RpcError(-32602, msg);
const refused = (msg: string) => new RpcError(-32000, msg);
const INJECT_GAS = 200_000n;
/** How long the call waits for its tx to land in a block (the devnet's block time is 1 s by default). */
const INCLUSION_TIMEOUT_MS = 30_000;

/** A devnet control refuses to run on a node CometBFT drives (a network), as dev_mine does there. */
export function assertDevnet(node: NodeAPI, method: string): void {
  if (startFlag(node.flags, 'abci') !== undefined) throw refused(`${method} is a devnet control: this node runs behind CometBFT (--abci), where it is not available`);
}

/** `{ message_id | "next", outcome, blocks?, reason? }` → a FaultRequest; anything else is -32602. */
export function parseInject(o: Record<string, unknown>): FaultRequest {
  for (const k of Object.keys(o)) if (!['message_id', 'outcome', 'blocks', 'reason'].includes(k)) throw invalid(`dev_crossvmInject: unknown field ${JSON.stringify(k)}: expected {message_id, outcome, blocks?, reason?}`);
  const id = o.message_id;
  let messageId: bigint;
  if (id === 'next') messageId = 0n;
  else if (typeof id === 'number' && Number.isSafeInteger(id) && id > 0) messageId = BigInt(id);
  else if (typeof id === 'string' && /^(0x[0-9a-fA-F]{1,16}|[1-9]\d{0,19})$/.test(id) && BigInt(id) > 0n && BigInt(id) < 2n ** 64n) messageId = BigInt(id);
  else throw invalid(`dev_crossvmInject: message_id must be a message id (a positive integer) or "next", got ${JSON.stringify(id)}`);
  if (typeof o.outcome !== 'string') throw invalid('dev_crossvmInject: outcome must be "fail", "timeout" or "delay"');
  let blocks = 0n;
  if (o.blocks !== undefined && o.blocks !== null) {
    if (typeof o.blocks !== 'number' || !Number.isSafeInteger(o.blocks) || o.blocks < 0) throw invalid(`dev_crossvmInject: blocks must be a non-negative integer, got ${JSON.stringify(o.blocks)}`);
    blocks = BigInt(o.blocks);
  } else if (o.outcome === 'delay') throw invalid('dev_crossvmInject: delay needs blocks');
  if (o.reason !== undefined && o.reason !== null && typeof o.reason !== 'string') throw invalid('dev_crossvmInject: reason must be a string');
  const f: FaultRequest = { messageId, outcome: o.outcome, blocks, reason: (o.reason as string | undefined) ?? '' };
  try {
    checkFault(f);
  } catch (e) {
    throw invalid(`dev_crossvmInject: ${(e as Error).message}`);
  }
  return f;
}

/**
 * dev_crossvmInject: signs MsgInjectFault as the devnet authority, broadcasts it and waits for its block, so
 * that when the call returns the fault is state: the EndBlocker of that block (or of the target's) applies it.
 * Calls run one at a time (one authority sequence).
 */
export function injectMethod(keeper: CrossVMKeeper) {
  let last: Promise<unknown> = Promise.resolve();
  return (arg: Record<string, unknown>, node: NodeAPI): Promise<unknown> => {
    const run = last.then(() => inject(keeper, arg, node));
    last = run.catch(() => undefined);
    return run;
  };
}

async function inject(keeper: CrossVMKeeper, arg: Record<string, unknown>, node: NodeAPI): Promise<unknown> {
  assertDevnet(node, 'dev_crossvmInject');
  const f = parseInject(arg);
  const ctx = node.queryContext();
  if (!devControlsEnabled(ctx)) throw refused("dev_crossvmInject is a devnet control: this chain's genesis does not enable crossvm dev_controls");
  if (f.messageId !== 0n) {
    try {
      checkTarget(keeper.getMessage(ctx, f.messageId), f.messageId);
    } catch (e) {
      throw invalid(`dev_crossvmInject: ${(e as Error).message}`);
    }
  }
  const authority = keeper.authority(ctx);
  const privkey = authority ? devKeyFor(authority) : undefined;
  if (!privkey) throw refused(`dev_crossvmInject: the x/crossvm authority ${authority || '(none)'} is not a devnet key this node can sign for`);
  const value = MsgInjectFaultCodec.encode({ authority, messageId: f.messageId, outcome: f.outcome, blocks: f.blocks, reason: f.reason }).finish();
  const acc = keeper.auth.getAccount(ctx, parseAddress(authority));
  if (!acc) throw refused(`dev_crossvmInject: the authority ${authority} has no account`);
  let sequence = acc.sequence;
  let res;
  // The authority may have txs of its own in the mempool: take the sequence CheckTx expects.
  for (let attempt = 0; attempt < 3; attempt++) {
    const tx = signTx({ privkey, chainId: node.chainId, accountNumber: acc.accountNumber, sequence, gas: INJECT_GAS, feeUtrv: keeper.auth.minFee(ctx, INJECT_GAS), message: { typeUrl: MsgInjectFaultTypeUrl, value } });
    res = await node.broadcastTx(tx);
    const expected = /account sequence mismatch, expected (\d+)/.exec(res.log);
    if (res.code === 0 || !expected) break;
    sequence = BigInt(expected[1]!);
  }
  if (res!.code !== 0) throw refused(`dev_crossvmInject: the injection tx was refused: ${res!.log}`);
  const included = await waitForTx(node, res!.hash, INCLUSION_TIMEOUT_MS);
  if (!included) throw refused(`dev_crossvmInject: tx ${res!.hash} was not included within ${INCLUSION_TIMEOUT_MS / 1000} s`);
  if (included.result.code !== 0) throw refused(`dev_crossvmInject: ${included.result.log}`);
  return {
    message_id: f.messageId === 0n ? 'next' : f.messageId.toString(),
    outcome: f.outcome,
    ...(f.outcome === 'delay' ? { blocks: Number(f.blocks) } : {}),
    ...(f.reason ? { reason: f.reason } : {}),
    tx_hash: res!.hash,
    height: included.height,
  };
}

/** The tx once a committed block holds it (undefined after timeoutMs). */
export function waitForTx(node: NodeAPI, hash: string, timeoutMs: number): Promise<StoredTx | undefined> {
  const found = node.getTx(hash);
  if (found) return Promise.resolve(found);
  return new Promise((resolve) => {
    const onBlock = (e: CommittedBlockEvent) => {
      const t = e.txs.find((x) => x.hash === hash);
      if (t) done(t);
    };
    const timer = setTimeout(() => done(undefined), timeoutMs);
    const done = (t: StoredTx | undefined) => {
      clearTimeout(timer);
      node.bus.off('block', onBlock);
      resolve(t);
    };
    node.bus.on('block', onBlock);
  });
}
