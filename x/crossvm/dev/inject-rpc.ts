import { RpcError } from '../../../core/jsonrpc/index.ts';
import { parseAddress } from '../../../core/types/address.ts';
import { startFlag, type NodeAPI } from '../../../core/types/node-api.ts';
import { serialized, submitDevTx } from '../../../core/client/dev-authority.ts';
import { MsgInjectFaultCodec, MsgInjectFaultTypeUrl } from '../codec.ts';
import { checkFault, checkTarget, devControlsEnabled, type FaultRequest } from '../faults.ts';
import type { CrossVMKeeper } from '../keeper.ts';

const invalid = (msg: string) => new RpcError(-32602, msg);
const refused = (msg: string) => new RpcError(-32000, msg);
const INJECT_GAS = 200_000n;

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
 */
export function injectMethod(keeper: CrossVMKeeper) {
  return serialized((arg: Record<string, unknown>, node: NodeAPI) => inject(keeper, arg, node));
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
  const account = authority ? keeper.auth.getAccount(ctx, parseAddress(authority)) : undefined;
  if (!account) throw refused(`dev_crossvmInject: the x/crossvm authority ${authority || '(none)'} has no account`);
  const value = MsgInjectFaultCodec.encode({ authority, messageId: f.messageId, outcome: f.outcome, blocks: f.blocks, reason: f.reason }).finish();
  let included;
  try {
    included = await submitDevTx(node, { authority, account, gas: INJECT_GAS, feeUtrv: keeper.auth.minFee(ctx, INJECT_GAS), message: { typeUrl: MsgInjectFaultTypeUrl, value } });
  } catch (e) {
    throw refused(`dev_crossvmInject: ${(e as Error).message}`);
  }
  return {
    message_id: f.messageId === 0n ? 'next' : f.messageId.toString(),
    outcome: f.outcome,
    ...(f.outcome === 'delay' ? { blocks: Number(f.blocks) } : {}),
    ...(f.reason ? { reason: f.reason } : {}),
    tx_hash: included.hash,
    height: included.height,
  };
}
