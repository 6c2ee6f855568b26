import { EVENT_BYTE_GAS, type EmissionCollector } from './collector.ts';
import { ContractRevertError } from './errors.ts';
import type { GasTracker } from './gas.ts';
import { typeName } from './state.ts';
import type { ActionValidator, Coin } from './validator.ts';

/**
 * `xchain.emit.*`: turns the JS-friendly call shapes into action objects, validates each one at once (so
 * the contract fails at the line that emitted it) and queues it. Costs `emission` gas per call, and events
 * and attributes EVENT_BYTE_GAS per byte of type, keys and values (capped per call: maxEventBytes).
 *
 * Coins may be given as an array of {denom, amount}, one such object, or a string "100utrv,5uatom".
 */
export interface EmitSession {
  readonly tracker: GasTracker;
  readonly collector: EmissionCollector;
  readonly validator: ActionValidator;
}

const queue = (s: EmitSession, action: Record<string, unknown>): undefined => {
  s.tracker.charge('emission');
  s.collector.action(s.validator.validate(action));
  return undefined;
};
const opts = (v: unknown, name: string): Record<string, unknown> => {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v)) throw new ContractRevertError(`emit.${name}: options must be an object`);
  return v as Record<string, unknown>;
};

export const EMIT_API: Readonly<Record<string, (s: EmitSession, a: unknown[]) => unknown>> = Object.freeze({
  send: (s, [to, amount]) => queue(s, { type: 'send', to_address: to, amount: coins(amount) }),
  burn: (s, [amount]) => queue(s, { type: 'burn', amount: coins(amount) }),
  execute: (s, [contract, msg, funds]) => queue(s, { type: 'execute', contract_addr: contract, msg, funds: coins(funds) }),
  instantiate: (s, [codeId, msg, o]) => {
    const x = opts(o, 'instantiate');
    return queue(s, { type: 'instantiate', code_id: codeId, msg, funds: coins(x.funds), label: x.label, admin: x.admin ?? null });
  },
  instantiate2: (s, [codeId, msg, o]) => {
    const x = opts(o, 'instantiate2');
    return queue(s, { type: 'instantiate2', code_id: codeId, msg, funds: coins(x.funds), label: x.label, admin: x.admin ?? null, salt: x.salt });
  },
  migrate: (s, [contract, codeId, msg]) => queue(s, { type: 'migrate', contract_addr: contract, new_code_id: codeId, msg }),
  updateAdmin: (s, [contract, admin]) => queue(s, { type: 'update_admin', contract_addr: contract, admin }),
  clearAdmin: (s, [contract]) => queue(s, { type: 'clear_admin', contract_addr: contract }),
  crossvmCall: (s, [vm, target, payload, o]) => {
    const x = opts(o, 'crossvmCall');
    return queue(s, {
      type: 'crossvm_call',
      target_vm: vm,
      target_contract: target,
      payload,
      funds: coins(x.funds),
      gas_limit: x.gasLimit ?? null,
      callback: x.callback ?? null,
    });
  },
  delegate: (s, [validator, amount]) => queue(s, { type: 'delegate', validator, amount: oneCoin(amount) }),
  undelegate: (s, [validator, amount]) => queue(s, { type: 'undelegate', validator, amount: oneCoin(amount) }),
  redelegate: (s, [src, dst, amount]) => queue(s, { type: 'redelegate', src_validator: src, dst_validator: dst, amount: oneCoin(amount) }),
  withdrawRewards: (s, [validator]) => queue(s, { type: 'withdraw_rewards', validator }),
  setWithdrawAddress: (s, [address]) => queue(s, { type: 'set_withdraw_address', address }),
  vote: (s, [proposalId, option]) => queue(s, { type: 'vote', proposal_id: proposalId, option }),
  stargate: (s, [typeUrl, value]) => queue(s, { type: 'stargate', type_url: typeUrl, value }),
  event: (s, [type, attrs]) => {
    s.tracker.charge('emission');
    s.tracker.add(EVENT_BYTE_GAS * s.collector.event({ type: eventType(type), attributes: attributes(attrs) }));
    return undefined;
  },
  attribute: (s, [key, value]) => {
    s.tracker.charge('emission');
    const [[k, v]] = attributes([[key, value]]);
    s.tracker.add(EVENT_BYTE_GAS * s.collector.attribute(k!, v!));
    return undefined;
  },
});

const COIN_STRING = /^([0-9]+)([a-zA-Z][a-zA-Z0-9/:._-]{2,127})$/;

/** Coins in any accepted spelling → [{denom, amount}] (the validator checks them). */
export function coins(v: unknown): unknown {
  if (v === undefined || v === null || v === '') return [];
  if (typeof v === 'string') {
    return v.split(',').map((part) => {
      const m = COIN_STRING.exec(part.trim());
      if (!m) throw new ContractRevertError(`invalid coin ${JSON.stringify(part)} (expected e.g. "100utrv")`);
      return { denom: m[2], amount: m[1] };
    });
  }
  if (Array.isArray(v)) return v;
  if (typeof v === 'object') return [v];
  throw new ContractRevertError(`coins must be an array, an object or a string, got ${typeName(v)}`);
}

function oneCoin(v: unknown): unknown {
  const c = coins(v) as Coin[];
  if (!Array.isArray(c) || c.length !== 1) throw new ContractRevertError('exactly one coin expected');
  return c[0];
}

const EVENT_TYPE = /^[a-zA-Z0-9_.-]{2,64}$/;
const MAX_ATTRS = 32;

function eventType(t: unknown): string {
  if (typeof t !== 'string' || !EVENT_TYPE.test(t)) throw new ContractRevertError(`emit.event: type must be 2 to 64 characters of [a-zA-Z0-9_.-], got ${JSON.stringify(t)}`);
  return t;
}

/** Attributes as {key: value} or [[key, value], …]; keys 1–128 chars, not starting with "_" (reserved). */
function attributes(a: unknown): Array<[string, string]> {
  let pairs: unknown[];
  if (Array.isArray(a)) pairs = a;
  else if (a && typeof a === 'object') pairs = Object.entries(a);
  else throw new ContractRevertError('event attributes must be an object or an array of [key, value]');
  if (pairs.length > MAX_ATTRS) throw new ContractRevertError(`an event has at most ${MAX_ATTRS} attributes`);
  return pairs.map((p) => {
    if (!Array.isArray(p) || p.length !== 2) throw new ContractRevertError('an attribute is a [key, value] pair');
    const [k, v] = p;
    if (typeof k !== 'string' || k.trim().length === 0 || k.length > 128) throw new ContractRevertError('attribute key must be a non-empty string of at most 128 characters');
    if (k.startsWith('_')) throw new ContractRevertError(`attribute key ${JSON.stringify(k)} is reserved (keys starting with "_" belong to the chain)`);
    const s = typeof v === 'string' ? v : JSON.stringify(v);
    if (s === undefined || s.length > 4096) throw new ContractRevertError(`attribute ${k}: value must be JSON-serializable and at most 4096 characters`);
    return [k, s];
  });
}
