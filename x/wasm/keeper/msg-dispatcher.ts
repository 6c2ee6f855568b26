import { fromHex } from '@cosmjs/encoding';
import { fromBase64 } from '@cosmjs/encoding';
import { parseAddress } from '../../../core/types/address.ts';
import type { BankKeeper } from '../expected-keepers.ts';
import type { Context } from '../../../core/types/context.ts';
import { ErrUnauthorized } from '../../../core/types/errors.ts';
import { utf8 } from '../../../core/store/kv.ts';
import { ErrInvalidMsg, ErrUnknownMsg } from '../errors.ts';
import type { Action } from '../runtime/index.ts';
import type { CallFrame, ExecuteParams, InstantiateParams, MigrateParams, MsgRouter } from './types.ts';

/** The contract that emitted an action: it is the sender/signer of whatever the action does. */
export interface ActionOrigin {
  address: string;
  bytes: Uint8Array;
}

/** What dispatching needs of the keeper: the calls an action may make (a contract's actions run more calls). */
export interface ActionTarget {
  readonly bank: BankKeeper;
  readonly msgRouter: MsgRouter | undefined;
  execute(ctx: Context, p: ExecuteParams, frame: CallFrame): Promise<Uint8Array>;
  instantiate(ctx: Context, p: InstantiateParams, frame: CallFrame): Promise<{ address: string; data: Uint8Array }>;
  migrate(ctx: Context, p: MigrateParams, frame: CallFrame): Promise<Uint8Array>;
  updateAdmin(ctx: Context, sender: string, contractAddr: string, newAdmin: string): void;
  dispatchCrossVM(ctx: Context, sender: ActionOrigin, a: Extract<Action, { type: 'crossvm_call' }>): Promise<void>;
}

/** Staking, distribution and gov actions are ordinary SDK messages, routed like `stargate`. */
const VOTE_OPTIONS = { yes: 1, abstain: 2, no: 3, no_with_veto: 4 } as const;

/**
 * Executes one emitted action as the contract (wasmd's msg_dispatcher.go). Runs in the caller's branch:
 * the first failure throws and the whole message — call, state, earlier actions — is discarded.
 */
export async function dispatchAction(k: ActionTarget, ctx: Context, origin: ActionOrigin, a: Action, frame: CallFrame): Promise<void> {
  switch (a.type) {
    case 'send':
      k.bank.sendCoins(ctx, origin.bytes, parseAddress(a.to_address), a.amount);
      return;
    case 'burn':
      k.bank.burnCoins(ctx, origin.bytes, a.amount);
      return;
    case 'execute':
      await k.execute(ctx, { sender: origin.address, contract: a.contract_addr, msg: json(a.msg), funds: a.funds }, frame);
      return;
    case 'instantiate':
    case 'instantiate2':
      await k.instantiate(
        ctx,
        {
          sender: origin.address,
          admin: a.admin ?? '',
          codeId: BigInt(a.code_id),
          label: a.label,
          msg: json(a.msg),
          funds: a.funds,
          salt: a.type === 'instantiate2' ? fromHex(a.salt) : undefined,
        },
        frame,
      );
      return;
    case 'migrate':
      await k.migrate(ctx, { sender: origin.address, contract: a.contract_addr, codeId: BigInt(a.new_code_id), msg: json(a.msg) }, frame);
      return;
    case 'update_admin':
      k.updateAdmin(ctx, origin.address, a.contract_addr, a.admin);
      return;
    case 'clear_admin':
      k.updateAdmin(ctx, origin.address, a.contract_addr, '');
      return;
    case 'crossvm_call':
      await k.dispatchCrossVM(ctx, origin, a);
      return;
    case 'delegate':
      return route(k, ctx, origin, '/cosmos.staking.v1beta1.MsgDelegate', { delegatorAddress: origin.address, validatorAddress: a.validator, amount: a.amount });
    case 'undelegate':
      return route(k, ctx, origin, '/cosmos.staking.v1beta1.MsgUndelegate', { delegatorAddress: origin.address, validatorAddress: a.validator, amount: a.amount });
    case 'redelegate':
      return route(k, ctx, origin, '/cosmos.staking.v1beta1.MsgBeginRedelegate', {
        delegatorAddress: origin.address,
        validatorSrcAddress: a.src_validator,
        validatorDstAddress: a.dst_validator,
        amount: a.amount,
      });
    case 'withdraw_rewards':
      return route(k, ctx, origin, '/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward', { delegatorAddress: origin.address, validatorAddress: a.validator });
    case 'set_withdraw_address':
      return route(k, ctx, origin, '/cosmos.distribution.v1beta1.MsgSetWithdrawAddress', { delegatorAddress: origin.address, withdrawAddress: a.address });
    case 'vote':
      return route(k, ctx, origin, '/cosmos.gov.v1beta1.MsgVote', { proposalId: BigInt(a.proposal_id), voter: origin.address, option: VOTE_OPTIONS[a.option] });
    case 'stargate':
      return route(k, ctx, origin, a.type_url, a.value);
  }
}

const json = (v: unknown): Uint8Array => utf8(JSON.stringify(v));

/**
 * An SDK message through the app's router, with the contract as its only signer. The value is the
 * message as an object (cosmjs-types field names, fed to the codec's fromPartial) or base64 protobuf.
 */
async function route(k: ActionTarget, ctx: Context, origin: ActionOrigin, typeUrl: string, value: unknown): Promise<void> {
  const def = k.msgRouter?.(typeUrl);
  if (!def) throw ErrUnknownMsg(`no module on this chain handles ${typeUrl}`);
  let msg: unknown;
  try {
    msg = typeof value === 'string' ? def.codec.decode(fromBase64(value)) : def.codec.fromPartial(value ?? {});
  } catch (e) {
    throw ErrInvalidMsg(`${typeUrl}: ${(e as Error).message}`);
  }
  const signers = def.signers(msg);
  if (signers.length === 0 || signers.some((s) => !sameBytes(s, origin.bytes))) {
    throw ErrUnauthorized(`a contract may only send messages it signs itself; ${typeUrl} would need ${signers.join(', ')}`);
  }
  def.validateBasic?.(msg);
  await def.handle(ctx, msg);
}

function sameBytes(addr: string, bytes: Uint8Array): boolean {
  try {
    return Buffer.from(parseAddress(addr)).equals(Buffer.from(bytes));
  } catch {
    return false;
  }
}
