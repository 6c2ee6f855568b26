import { Keccak256, sha256 } from '@cosmjs/crypto';
import { toHex, fromHex } from '@cosmjs/encoding';
import secp256k1 from 'secp256k1';
import type { BridgeSession, GatewayFn } from './bridge.ts';
import type { EmissionCollector } from './collector.ts';
import { ContractRevertError } from './errors.ts';
import { buildEmitApi } from './gateway-emit.ts';
import type { GasTracker } from './gas.ts';
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

export interface GatewayParts {
  tracker: GasTracker;
  state: StateManager;
  collector: EmissionCollector;
  validator: ActionValidator;
  chain: ChainView;
  /** Queries may not emit. */
  readOnly: boolean;
}

/**
 * The host half of the `xchain` object for one call, as bridged functions keyed by wire name
 * ("state.get", "emit.send", …). Context values travel once, as the call's env (wrapper.ts).
 */
export function buildGateway(p: GatewayParts): Record<string, GatewayFn> {
  const { tracker, state, collector, chain } = p;
  const g: Record<string, GatewayFn> = {
    'state.get': ([k]) => state.get(k),
    'state.set': ([k, v]) => state.set(k, v),
    'state.delete': ([k]) => state.delete(k),
    'state.has': ([k]) => state.has(k),
    'state.range': ([prefix, opts]) => state.range(prefix, opts),

    'query.balance': ([addr, denom]) => {
      tracker.charge('query');
      if (typeof denom !== 'string') throw new ContractRevertError('query.balance: denom must be a string');
      return chain.balance(address(chain, addr, 'query.balance'), denom);
    },
    'query.allBalances': ([addr]) => {
      tracker.charge('query');
      return chain.allBalances(address(chain, addr, 'query.allBalances'));
    },
    'query.contractInfo': ([addr]) => {
      tracker.charge('query');
      return chain.contractInfo(address(chain, addr, 'query.contractInfo'));
    },
    'query.contract': ([addr, msg]) => {
      tracker.charge('query');
      const r = chain.queryContract(address(chain, addr, 'query.contract'), msg, tracker.remaining);
      tracker.add(r.gasUsed);
      if (r.error !== undefined) throw new ContractRevertError(`query.contract: ${r.error}`);
      return r.result;
    },

    'addr.validate': ([s]) => typeof s === 'string' && chain.isAddress(s),
    'addr.canonicalize': ([s]) => chain.canonicalize(address(chain, s, 'addr.canonicalize')),
    'addr.humanize': ([h]) => {
      if (typeof h !== 'string' || !/^(0x)?([0-9a-fA-F]{40}|[0-9a-fA-F]{64})$/.test(h)) throw new ContractRevertError('addr.humanize: expected 20 or 32 bytes of hex');
      return chain.humanize(h.replace(/^0x/, '').toLowerCase());
    },
    'addr.toEvm': ([s]) => {
      const hex = chain.canonicalize(address(chain, s, 'addr.toEvm'));
      if (hex.length !== 40) throw new ContractRevertError('addr.toEvm: only 20-byte addresses have an EVM spelling');
      return '0x' + hex;
    },

    'crypto.sha256': ([data, enc]) => {
      tracker.charge('crypto');
      return toHex(sha256(bytes(data, enc, 'crypto.sha256')));
    },
    'crypto.keccak256': ([data, enc]) => {
      tracker.charge('crypto');
      return toHex(new Keccak256(bytes(data, enc, 'crypto.keccak256')).digest());
    },
    'crypto.secp256k1Verify': ([hash, sig, pub]) => {
      tracker.charge('crypto');
      const h = bytes(hash, 'hex', 'crypto.secp256k1Verify hash');
      const s = bytes(sig, 'hex', 'crypto.secp256k1Verify signature');
      const k = bytes(pub, 'hex', 'crypto.secp256k1Verify pubkey');
      if (h.length !== 32 || s.length !== 64 || (k.length !== 33 && k.length !== 65)) return false;
      try {
        return secp256k1.ecdsaVerify(secp256k1.signatureNormalize(Uint8Array.from(s)), h, k);
      } catch {
        return false;
      }
    },

    log: (args) => {
      tracker.charge('log');
      collector.log(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
      return undefined;
    },
    revert: ([reason]) => {
      throw new ContractRevertError(typeof reason === 'string' ? reason : reason === null ? 'reverted' : JSON.stringify(reason));
    },
  };
  for (const [name, fn] of Object.entries(MATH_API)) {
    g[`math.${name}`] = (a) => {
      tracker.charge('math');
      return fn(a);
    };
  }
  const emit = buildEmitApi(collector, p.validator, tracker);
  for (const [name, fn] of Object.entries(emit)) {
    g[`emit.${name}`] = p.readOnly
      ? () => {
          throw new ContractRevertError(`emit.${name}: a query cannot emit`);
        }
      : fn;
  }
  return g;
}

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

export type { BridgeSession };
