import { Keccak256, sha256 } from '@cosmjs/crypto';
import { toHex, fromHex } from '@cosmjs/encoding';
import secp256k1 from 'secp256k1';
import type { BridgeSession, GatewayFn } from './bridge.ts';
import type { EmissionCollector } from './collector.ts';
import { ContractRevertError } from './errors.ts';
import { EMIT_API } from './gateway-emit.ts';
import { MATH_API } from './math.ts';
import type { StateManager } from './state.ts';
import type { ActionValidator, Coin } from './validator.ts';

/** What a contract may learn about the chain beyond its own storage (the keeper implements it). */
export interface ChainView {
  balance(address: string, denom: string): string;
  allBalances(address: string): Coin[];
  contractInfo(address: string): { code_id: number; creator: string; admin: string | null; label: string } | null;
  /**
   * Smart-queries another contract, read-only, with at most `gasLeft` units: its parsed answer, or the
   * reason it failed; the gas it used either way.
   */
  queryContract(address: string, msg: unknown, gasLeft: number): { result?: unknown; error?: string; gasUsed: number };
  isAddress(s: string): boolean;
  /** Address → 20 (or 32) bytes, lower-case hex without 0x. */
  canonicalize(s: string): string;
  /** Hex bytes → bech32. */
  humanize(hex: string): string;
}

/** One call's host-side state, as the gateway functions see it. */
export interface GatewaySession extends BridgeSession {
  readonly state: StateManager;
  readonly collector: EmissionCollector;
  readonly validator: ActionValidator;
  readonly chain: ChainView;
  /** Queries may not emit. */
  readonly readOnly: boolean;
}

type Fn = GatewayFn<GatewaySession>;

/**
 * The host half of the `xchain` object, by wire name ("state.get", "emit.send", …). One static table:
 * everything call-specific comes in through the session. Context values travel once, as the call's env
 * (wrapper.ts).
 */
export const GATEWAY: Readonly<Record<string, Fn>> = Object.freeze({
  'state.get': (s, [k]) => s.state.get(k),
  'state.set': (s, [k, v]) => s.state.set(k, v),
  'state.delete': (s, [k]) => s.state.delete(k),
  'state.has': (s, [k]) => s.state.has(k),
  'state.range': (s, [prefix, opts]) => s.state.range(prefix, opts),

  'query.balance': (s, [addr, denom]) => {
    s.tracker.charge('query');
    if (typeof denom !== 'string') throw new ContractRevertError('query.balance: denom must be a string');
    return s.chain.balance(address(s.chain, addr, 'query.balance'), denom);
  },
  'query.allBalances': (s, [addr]) => {
    s.tracker.charge('query');
    return s.chain.allBalances(address(s.chain, addr, 'query.allBalances'));
  },
  'query.contractInfo': (s, [addr]) => {
    s.tracker.charge('query');
    return s.chain.contractInfo(address(s.chain, addr, 'query.contractInfo'));
  },
  'query.contract': (s, [addr, msg]) => {
    s.tracker.charge('query');
    const r = s.chain.queryContract(address(s.chain, addr, 'query.contract'), msg, s.tracker.remaining);
    s.tracker.add(r.gasUsed);
    if (r.error !== undefined) throw new ContractRevertError(`query.contract: ${r.error}`);
    return r.result;
  },

  'addr.validate': (s, [a]) => typeof a === 'string' && s.chain.isAddress(a),
  'addr.canonicalize': (s, [a]) => s.chain.canonicalize(address(s.chain, a, 'addr.canonicalize')),
  'addr.humanize': (s, [h]) => {
    if (typeof h !== 'string' || !/^(0x)?([0-9a-fA-F]{40}|[0-9a-fA-F]{64})$/.test(h)) throw new ContractRevertError('addr.humanize: expected 20 or 32 bytes of hex');
    return s.chain.humanize(h.replace(/^0x/, '').toLowerCase());
  },
  'addr.toEvm': (s, [a]) => {
    const hex = s.chain.canonicalize(address(s.chain, a, 'addr.toEvm'));
    if (hex.length !== 40) throw new ContractRevertError('addr.toEvm: only 20-byte addresses have an EVM spelling');
    return '0x' + hex;
  },

  'crypto.sha256': (s, [data, enc]) => {
    s.tracker.charge('crypto');
    return toHex(sha256(bytes(data, enc, 'crypto.sha256')));
  },
  'crypto.keccak256': (s, [data, enc]) => {
    s.tracker.charge('crypto');
    return toHex(new Keccak256(bytes(data, enc, 'crypto.keccak256')).digest());
  },
  'crypto.secp256k1Verify': (s, [hash, sig, pub]) => {
    s.tracker.charge('crypto');
    const h = bytes(hash, 'hex', 'crypto.secp256k1Verify hash');
    const g = bytes(sig, 'hex', 'crypto.secp256k1Verify signature');
    const k = bytes(pub, 'hex', 'crypto.secp256k1Verify pubkey');
    if (h.length !== 32 || g.length !== 64 || (k.length !== 33 && k.length !== 65)) return false;
    try {
      return secp256k1.ecdsaVerify(secp256k1.signatureNormalize(Uint8Array.from(g)), h, k);
    } catch {
      return false;
    }
  },

  log: (s, args) => {
    s.tracker.charge('log');
    s.collector.log(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    return undefined;
  },
  revert: (_s, [reason]) => {
    throw new ContractRevertError(typeof reason === 'string' ? reason : reason === null ? 'reverted' : JSON.stringify(reason));
  },

  ...Object.fromEntries(
    Object.entries(MATH_API).map(([name, fn]): [string, Fn] => [
      `math.${name}`,
      (s, a) => {
        s.tracker.charge('math');
        return fn(a);
      },
    ]),
  ),
  ...Object.fromEntries(
    Object.entries(EMIT_API).map(([name, fn]): [string, Fn] => [
      `emit.${name}`,
      (s, a) => {
        if (s.readOnly) throw new ContractRevertError(`emit.${name}: a query cannot emit`);
        return fn(s, a);
      },
    ]),
  ),
});

function address(chain: ChainView, v: unknown, where: string): string {
  if (typeof v !== 'string' || !chain.isAddress(v)) throw new ContractRevertError(`${where}: invalid address ${JSON.stringify(v)}`);
  return v;
}

function bytes(v: unknown, enc: unknown, where: string): Uint8Array {
  if (typeof v !== 'string') throw new ContractRevertError(`${where}: input must be a string`);
  if (enc === 'hex') {
    const h = v.replace(/^0x/, '');
    if (!/^([0-9a-fA-F]{2})*$/.test(h)) throw new ContractRevertError(`${where}: invalid hex`);
    return fromHex(h);
  }
  if (enc !== undefined && enc !== null && enc !== 'utf8') throw new ContractRevertError(`${where}: encoding must be "utf8" or "hex"`);
  return new TextEncoder().encode(v);
}

