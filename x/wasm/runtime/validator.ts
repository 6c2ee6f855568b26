import { ContractRevertError } from './errors.ts';
import { typeName } from './state.ts';

/**
 * The actions a contract may emit: CosmWasm's `CosmosMsg` variants, plus a cross-VM call. They run after
 * the call returns, in emission order, in the same transaction; one failure fails the transaction.
 */
export const ACTION_TYPES = [
  'send',
  'burn',
  'execute',
  'instantiate',
  'instantiate2',
  'migrate',
  'update_admin',
  'clear_admin',
  'crossvm_call',
  'delegate',
  'undelegate',
  'redelegate',
  'withdraw_rewards',
  'set_withdraw_address',
  'vote',
  'stargate',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export interface Coin {
  denom: string;
  amount: string;
}

export type Action =
  | { type: 'send'; to_address: string; amount: Coin[] }
  | { type: 'burn'; amount: Coin[] }
  | { type: 'execute'; contract_addr: string; msg: unknown; funds: Coin[] }
  | { type: 'instantiate'; code_id: number; msg: unknown; funds: Coin[]; label: string; admin: string | null }
  | { type: 'instantiate2'; code_id: number; msg: unknown; funds: Coin[]; label: string; admin: string | null; salt: string }
  | { type: 'migrate'; contract_addr: string; new_code_id: number; msg: unknown }
  | { type: 'update_admin'; contract_addr: string; admin: string }
  | { type: 'clear_admin'; contract_addr: string }
  | { type: 'crossvm_call'; target_vm: string; target_contract: string; payload: string; funds: Coin[]; gas_limit: string | null; callback: string | null }
  | { type: 'delegate'; validator: string; amount: Coin }
  | { type: 'undelegate'; validator: string; amount: Coin }
  | { type: 'redelegate'; src_validator: string; dst_validator: string; amount: Coin }
  | { type: 'withdraw_rewards'; validator: string }
  | { type: 'set_withdraw_address'; address: string }
  | { type: 'vote'; proposal_id: string; option: 'yes' | 'no' | 'abstain' | 'no_with_veto' }
  | { type: 'stargate'; type_url: string; value: unknown };

/** What the validator needs to know about the chain it runs on. */
export interface ValidatorEnv {
  /** An account or contract address (bech32 `trivium1…` or `0x…`). */
  isAddress(s: string): boolean;
  /** A validator operator address (`triviumvaloper1…`). */
  isValidatorAddress(s: string): boolean;
  /** Whether x/crossvm has registered its dispatcher. */
  crossVMAvailable(): boolean;
}

const DENOM = /^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/;
const AMOUNT = /^[0-9]{1,78}$/;
const VMS = new Set(['evm', 'wasm', 'cosmwasm', 'svm']);
const VOTES = new Set(['yes', 'no', 'abstain', 'no_with_veto']);
export const MAX_LABEL = 128;
const MAX_PAYLOAD = 65_536;

/** Pre-validates emitted actions: a known type, exactly the expected fields, each of the right shape. */
export class ActionValidator {
  constructor(private readonly env: ValidatorEnv) {}

  validate(a: unknown): Action {
    if (!a || typeof a !== 'object' || Array.isArray(a)) throw bad(`an action must be an object, got ${typeName(a)}`);
    const o = a as Record<string, unknown>;
    const t = o.type;
    if (typeof t !== 'string' || !(ACTION_TYPES as readonly string[]).includes(t)) throw bad(`unknown action type ${JSON.stringify(t)}`);
    const f = new Fields(t, o, this.env);
    switch (t as ActionType) {
      case 'send':
        f.address('to_address');
        f.coins('amount', true);
        break;
      case 'burn':
        f.coins('amount', true);
        break;
      case 'execute':
        f.address('contract_addr');
        f.json('msg');
        f.coins('funds', false);
        break;
      case 'instantiate':
      case 'instantiate2':
        f.codeId('code_id');
        f.json('msg');
        f.coins('funds', false);
        f.label('label');
        f.optionalAddress('admin');
        if (t === 'instantiate2') f.salt('salt');
        break;
      case 'migrate':
        f.address('contract_addr');
        f.codeId('new_code_id');
        f.json('msg');
        break;
      case 'update_admin':
        f.address('contract_addr');
        f.address('admin');
        break;
      case 'clear_admin':
        f.address('contract_addr');
        break;
      case 'crossvm_call':
        if (!this.env.crossVMAvailable()) throw bad('crossvm_call: x/crossvm not available on this node');
        f.oneOf('target_vm', VMS);
        f.string('target_contract', 1, 256);
        f.string('payload', 0, MAX_PAYLOAD);
        f.coins('funds', false);
        f.optionalUint('gas_limit');
        f.optionalString('callback', 256);
        break;
      case 'delegate':
      case 'undelegate':
        f.validator('validator');
        f.coin('amount');
        break;
      case 'redelegate':
        f.validator('src_validator');
        f.validator('dst_validator');
        f.coin('amount');
        break;
      case 'withdraw_rewards':
        f.validator('validator');
        break;
      case 'set_withdraw_address':
        f.address('address');
        break;
      case 'vote':
        f.uintString('proposal_id');
        f.oneOf('option', VOTES);
        break;
      case 'stargate':
        f.string('type_url', 2, 256);
        if (!(o.type_url as string).startsWith('/')) throw bad('stargate: type_url must start with "/"');
        f.json('value');
        break;
    }
    f.noExtra();
    return o as unknown as Action;
  }
}

const bad = (msg: string) => new ContractRevertError(`invalid action: ${msg}`);

/** Reads and checks an action's fields, remembering which were seen so extras can be rejected. */
class Fields {
  private readonly seen = new Set<string>(['type']);
  constructor(
    private readonly t: string,
    private readonly o: Record<string, unknown>,
    private readonly env: ValidatorEnv,
  ) {}
  private get(k: string): unknown {
    this.seen.add(k);
    return this.o[k];
  }
  private err(k: string, what: string): ContractRevertError {
    return bad(`${this.t}.${k} ${what}`);
  }
  address(k: string): void {
    const v = this.get(k);
    if (typeof v !== 'string' || !this.env.isAddress(v)) throw this.err(k, `must be an address, got ${JSON.stringify(v)}`);
  }
  optionalAddress(k: string): void {
    const v = this.get(k);
    if (v === null || v === undefined || v === '') {
      this.o[k] = null;
      return;
    }
    this.address(k);
  }
  validator(k: string): void {
    const v = this.get(k);
    if (typeof v !== 'string' || !this.env.isValidatorAddress(v)) throw this.err(k, `must be a validator address, got ${JSON.stringify(v)}`);
  }
  string(k: string, min: number, max: number): void {
    const v = this.get(k);
    if (typeof v !== 'string' || v.length < min || v.length > max) throw this.err(k, `must be a string of ${min} to ${max} characters`);
  }
  optionalString(k: string, max: number): void {
    const v = this.get(k);
    if (v === undefined || v === null) {
      this.o[k] = null;
      return;
    }
    this.string(k, 0, max);
  }
  label(k: string): void {
    const v = this.get(k);
    if (typeof v !== 'string' || v.trim().length === 0 || v.length > MAX_LABEL) throw this.err(k, `must be a non-empty string of at most ${MAX_LABEL} characters`);
  }
  salt(k: string): void {
    const v = this.get(k);
    if (typeof v !== 'string' || !/^([0-9a-fA-F]{2}){1,64}$/.test(v)) throw this.err(k, 'must be 1 to 64 bytes of hex');
  }
  codeId(k: string): void {
    const v = this.get(k);
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1) throw this.err(k, `must be a positive integer, got ${JSON.stringify(v)}`);
  }
  uintString(k: string): void {
    const v = this.get(k);
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) this.o[k] = String(v);
    else if (typeof v !== 'string' || !/^[0-9]{1,20}$/.test(v) || BigInt(v) >= 2n ** 64n) throw this.err(k, 'must be an unsigned 64-bit integer');
  }
  optionalUint(k: string): void {
    const v = this.get(k);
    if (v === undefined || v === null) {
      this.o[k] = null;
      return;
    }
    this.uintString(k);
  }
  oneOf(k: string, allowed: Set<string>): void {
    const v = this.get(k);
    if (typeof v !== 'string' || !allowed.has(v)) throw this.err(k, `must be one of ${[...allowed].join(', ')}`);
  }
  json(k: string): void {
    const v = this.get(k);
    if (v === undefined) throw this.err(k, 'is required');
  }
  coin(k: string): void {
    checkCoin(this.get(k), `${this.t}.${k}`);
  }
  coins(k: string, nonEmpty: boolean): void {
    let v = this.get(k);
    if (v === undefined || v === null) v = this.o[k] = [];
    if (!Array.isArray(v)) throw this.err(k, 'must be an array of coins');
    if (nonEmpty && v.length === 0) throw this.err(k, 'must not be empty');
    if (v.length > 32) throw this.err(k, 'has more than 32 coins');
    const denoms = new Set<string>();
    for (const c of v) {
      checkCoin(c, `${this.t}.${k}`);
      const d = (c as Coin).denom;
      if (denoms.has(d)) throw this.err(k, `has denom ${d} twice`);
      denoms.add(d);
    }
  }
  noExtra(): void {
    for (const k of Object.keys(this.o)) if (!this.seen.has(k)) throw bad(`${this.t}: unexpected field ${JSON.stringify(k)}`);
  }
}

function checkCoin(c: unknown, where: string): void {
  if (!c || typeof c !== 'object' || Array.isArray(c)) throw bad(`${where}: a coin must be {denom, amount}`);
  const { denom, amount, ...rest } = c as Record<string, unknown>;
  if (Object.keys(rest).length) throw bad(`${where}: a coin has only denom and amount`);
  if (typeof denom !== 'string' || !DENOM.test(denom)) throw bad(`${where}: invalid denom ${JSON.stringify(denom)}`);
  if (typeof amount !== 'string' || !AMOUNT.test(amount) || BigInt(amount) === 0n) throw bad(`${where}: amount must be a positive integer string, got ${JSON.stringify(amount)}`);
}
