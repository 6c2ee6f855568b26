import { gzipSync } from 'node:zlib';
import { Account, Address, bytesToHex } from '@ethereumjs/util';
import type { DevnetAPI, DevParams, NodeAPI } from '../../../core/types/node-api.ts';
import { keccak256 } from '../crypto.ts';
import { devEvmAccountOptions, devEvmKeys } from '../dev-accounts.ts';
import type { EvmKeeper } from '../keeper.ts';
import { decodeEthTx, recordImpersonatedTx } from '../tx/decode.ts';
import { EVM_CHAIN_ID } from '../types/index.ts';
import type { DevMining } from './dev.ts';
import { invalidParams } from './errors.ts';
import { dumpEvmState, parseEvmState, word } from './anvil-state.ts';
import { formatTx } from './format.ts';
import { fillTransaction, signPersonalMessage, signTypedData } from './tx-fill.ts';
import { data, parseAddr, parseData, parseHash, parseQuantity, quantity } from './hex.ts';

type Handler = (p: unknown[]) => unknown | Promise<unknown>;

/** What the anvil methods use of EthApi (eth-api.ts): its own methods, to send and estimate like a client. */
export interface AnvilHost {
  readonly node: NodeAPI;
  readonly keeper: EvmKeeper;
  call(method: string, params: unknown): Promise<unknown>;
  /** Txs sent through this port, by Ethereum hash, until a block includes them. */
  readonly pending: Map<string, { tx: import('@ethereumjs/tx').TypedTransaction; from: string }>;
}

/** Signs impersonated senders' txs: any valid key will do, the recorded hash names the real sender. */
const IMPERSONATION_KEY = keccak256(new TextEncoder().encode('trivium/devnet/impersonation'));

function arity(p: unknown[], min: number, max: number, shape: string): void {
  if (p.length < min || p.length > max) throw invalidParams(`expected params ${shape}, got ${p.length}`);
}

const seconds = (v: unknown, name: string): number => {
  const n = parseQuantity(v, name);
  if (n > 10n ** 11n) throw invalidParams(`invalid ${name}: ${n} seconds is out of range`);
  return Number(n);
};

/** Positional params onto a dev_* method's names, or its single object param as it is. */
function named(p: unknown[], names: readonly string[]): DevParams {
  if (p.length === 1 && p[0] !== null && typeof p[0] === 'object' && !Array.isArray(p[0])) return p[0] as DevParams;
  if (p.length > names.length) throw invalidParams(`too many params: expected [${names.join(', ')}] or one object`);
  return Object.fromEntries(names.map((n, i) => [n, p[i]]));
}

/**
 * anvil's (and Hardhat's) devnet controls on the Ethereum JSON-RPC, names, params and results as anvil's, and
 * the node-wide dev_* methods (core/node/dev-controls.ts) under the same names as on the CometBFT port. Every
 * one goes through node.devnet(), which a node run for a network (--abci) refuses. A state change (balance,
 * code, storage, nonce) commits as a block of its own, mined at once: reads right after the call see it.
 */
export function anvilMethods(host: AnvilHost, mining: DevMining): Record<string, Handler> {
  const { node, keeper } = host;
  const dev = (): DevnetAPI => node.devnet();
  const impersonated = new Set<string>();
  // The unlocked accounts: --accounts N of --mnemonic (anvil's flags; the devnet's ten by default), derived once.
  const opts = devEvmAccountOptions(node.flags);
  let keys: Map<string, Uint8Array> | undefined;
  const unlocked = () => (keys ??= new Map(devEvmKeys(opts).map((k) => [k.address, k.key])));
  const devKey = (addr: string) => unlocked().get(addr);
  let autoImpersonate = false;

  const setAccount = (addr: Uint8Array, edit: (a: Account) => void) =>
    dev().applyState((ctx) => {
      const sm = keeper.view(ctx);
      const acc = sm.getAccountSync(addr) ?? new Account();
      edit(acc);
      sm.putAccountSync(addr, acc);
    });

  /** Fills and signs a GenericTransaction for an unlocked or impersonated sender. */
  const signDevTx = async (t: unknown) => {
    if (t === null || typeof t !== 'object' || Array.isArray(t)) throw invalidParams('invalid transaction: expected an object');
    const from = bytesToHex(parseAddr((t as Record<string, unknown>).from, 'from'));
    dev();
    const key = devKey(from);
    const impersonating = !key && (autoImpersonate || impersonated.has(from));
    if (!key && !impersonating) throw invalidParams(`no such account ${from}: not a dev account and not impersonated (anvil_impersonateAccount)`);
    const filled = await fillTransaction(t, (m, params) => host.call(m, params));
    return { from, signed: filled.tx.sign(key ?? IMPERSONATION_KEY), impersonating: impersonating ? from : undefined };
  };

  const m: Record<string, Handler> = {
    evm_snapshot: async (p) => {
      arity(p, 0, 0, '[]');
      return quantity((await dev().snapshot()).id);
    },
    evm_revert: async (p) => {
      arity(p, 1, 1, '[snapshotId]');
      return dev().revert(parseQuantity(p[0], 'snapshot id'));
    },
    anvil_setBalance: async (p) => {
      arity(p, 2, 2, '[address, balance]');
      const addr = parseAddr(p[0], 'address');
      const wei = parseQuantity(p[1], 'balance');
      dev();
      await setAccount(addr, (a) => (a.balance = wei));
      return null;
    },
    anvil_setNonce: async (p) => {
      arity(p, 2, 2, '[address, nonce]');
      const addr = parseAddr(p[0], 'address');
      const nonce = parseQuantity(p[1], 'nonce');
      if (nonce >= 2n ** 64n - 1n) throw invalidParams('invalid nonce: at most 2^64-2 (EIP-2681)');
      dev();
      await setAccount(addr, (a) => (a.nonce = nonce));
      return null;
    },
    anvil_setCode: async (p) => {
      arity(p, 2, 2, '[address, code]');
      const addr = parseAddr(p[0], 'address');
      const code = parseData(p[1], 'code');
      dev();
      await dev().applyState((ctx) => keeper.view(ctx).putCodeSync(addr, code));
      return null;
    },
    anvil_setStorageAt: async (p) => {
      arity(p, 3, 3, '[address, slot, value]');
      const addr = parseAddr(p[0], 'address');
      const slot = word(p[1], 'slot');
      const value = word(p[2], 'value');
      dev();
      await dev().applyState((ctx) => keeper.view(ctx).putStorageSync(addr, slot, value));
      return true;
    },

    anvil_impersonateAccount: (p) => {
      arity(p, 1, 1, '[address]');
      const a = bytesToHex(parseAddr(p[0], 'address'));
      dev();
      impersonated.add(a);
      return null;
    },
    anvil_stopImpersonatingAccount: (p) => {
      arity(p, 1, 1, '[address]');
      const a = bytesToHex(parseAddr(p[0], 'address'));
      dev();
      impersonated.delete(a);
      return null;
    },
    anvil_autoImpersonateAccount: (p) => {
      arity(p, 1, 1, '[enabled]');
      if (typeof p[0] !== 'boolean') throw invalidParams('invalid enabled: expected true or false');
      dev();
      autoImpersonate = p[0];
      return null;
    },
    eth_accounts: () => {
      // Not a devnet control: under --abci the node has no unlocked accounts, as geth without a keystore.
      try {
        dev();
      } catch {
        return [];
      }
      return [...unlocked().keys(), ...[...impersonated].filter((a) => !devKey(a))];
    },
    eth_sendTransaction: async (p) => {
      arity(p, 1, 1, '[transaction]');
      const { signed, impersonating } = await signDevTx(p[0]);
      const raw = signed.serialize();
      if (impersonating) recordImpersonatedTx(bytesToHex(keccak256(raw)), new Address(parseAddr(impersonating, 'from')));
      return host.call('eth_sendRawTransaction', [data(raw)]);
    },
    // geth's personal signing for the unlocked accounts (EIP-191), and a tx signed but not sent.
    eth_sign: (p) => {
      arity(p, 2, 2, '[address, message]');
      const from = bytesToHex(parseAddr(p[0], 'address'));
      const message = parseData(p[1], 'message');
      dev();
      const key = devKey(from);
      if (!key) throw invalidParams(`unknown account ${from}: eth_sign signs for the unlocked dev accounts (eth_accounts) only`);
      return signPersonalMessage(key, message);
    },
    // viem's and ethers' JSON-RPC signers: personal_sign [message, address], eth_signTypedData_v4 [address, data].
    personal_sign: (p) => {
      arity(p, 2, 3, '[message, address]');
      return m.eth_sign!([p[1], p[0]]);
    },
    eth_signTypedData_v4: (p) => {
      arity(p, 2, 2, '[address, typedData]');
      const from = bytesToHex(parseAddr(p[0], 'address'));
      dev();
      const key = devKey(from);
      if (!key) throw invalidParams(`unknown account ${from}: eth_signTypedData_v4 signs for the unlocked dev accounts (eth_accounts) only`);
      return signTypedData(key, p[1]);
    },
    eth_signTransaction: async (p) => {
      arity(p, 1, 1, '[transaction]');
      const { signed, from, impersonating } = await signDevTx(p[0]);
      if (impersonating) throw invalidParams(`unknown account ${from}: an impersonated account has no key to sign with (eth_sendTransaction sends as it)`);
      return { raw: data(signed.serialize()), tx: formatTx(signed, bytesToHex(signed.hash()), from) };
    },

    evm_increaseTime: (p) => {
      arity(p, 1, 1, '[seconds]');
      const s = seconds(p[0], 'seconds');
      return quantity(Math.trunc(dev().clock.increase(s * 1000) / 1000));
    },
    evm_setNextBlockTimestamp: (p) => {
      arity(p, 1, 1, '[timestamp]');
      const ts = seconds(p[0], 'timestamp');
      const d = dev();
      const last = Math.floor(d.lastBlockTimeMs / 1000);
      if (ts <= last) throw invalidParams(`timestamp error: ${ts} is lower than or equal to previous block's timestamp ${last}`);
      d.clock.setNext(ts * 1000);
      return null;
    },
    anvil_setBlockTimestampInterval: (p) => {
      arity(p, 1, 1, '[seconds]');
      const s = seconds(p[0], 'interval');
      dev().clock.setInterval(s * 1000);
      return null;
    },
    anvil_removeBlockTimestampInterval: (p) => {
      arity(p, 0, 0, '[]');
      const d = dev();
      const had = d.clock.interval !== undefined;
      d.clock.setInterval(undefined);
      return had;
    },
    evm_setAutomine: (p) => {
      arity(p, 1, 1, '[enabled]');
      if (typeof p[0] !== 'boolean') throw invalidParams('invalid enabled: expected true or false');
      dev().setAutomine(p[0]);
      return null;
    },
    anvil_getAutomine: (p) => {
      arity(p, 0, 0, '[]');
      return dev().automine;
    },
    evm_setIntervalMining: (p) => {
      arity(p, 1, 1, '[seconds]');
      const s = seconds(p[0], 'interval');
      dev().setIntervalMining(s * 1000);
      return null;
    },
    anvil_mine: async (p) => {
      const { blocks, intervalSec } = mining.parseMine(p);
      // viem sends interval 0 when none was asked for: then the clock (and its timestamp interval) decides.
      if (blocks > 0) await dev().mine(blocks, intervalSec ? intervalSec * 1000 : undefined);
      else dev();
      return null;
    },
    anvil_dropTransaction: (p) => {
      arity(p, 1, 1, '[hash]');
      const hash = parseHash(p[0], 'hash');
      const n = dev().dropTxs((bytes) => bytesToHex(keccak256(bytes)) === hash);
      host.pending.delete(hash);
      return n > 0 ? hash : null;
    },
    anvil_reset: async (p) => {
      arity(p, 0, 1, '[options?]');
      const o = p[0];
      if (o !== undefined && o !== null) {
        if (typeof o !== 'object' || Array.isArray(o)) throw invalidParams('invalid reset options: expected an object');
        const f = (o as Record<string, unknown>).forking as Record<string, unknown> | undefined | null;
        if (f !== undefined && f !== null && (typeof f !== 'object' || (f.jsonRpcUrl !== undefined && f.jsonRpcUrl !== null))) {
          throw invalidParams('forking is not supported: anvil_reset takes this node back to its genesis');
        }
      }
      await dev().reset();
      return null;
    },
    txpool_content: (p) => {
      arity(p, 0, 0, '[]');
      const out: Record<string, Record<string, Record<string, unknown>>> = {};
      for (const bytes of dev().pendingTxs()) {
        let e;
        try {
          e = decodeEthTx(bytes);
        } catch {
          continue; // a Cosmos or Solana tx: not the Ethereum pool's
        }
        const from = e.sender.toString();
        (out[from] ??= {})[e.tx.nonce.toString()] = formatTx(e.tx, e.hashHex, from);
      }
      return { pending: out, queued: {} };
    },
    anvil_nodeInfo: async (p) => {
      arity(p, 0, 0, '[]');
      const d = dev();
      const h = node.latestHeight();
      const b = node.getBlock(h);
      return {
        currentBlockNumber: h,
        currentBlockTimestamp: Math.floor(d.lastBlockTimeMs / 1000),
        currentBlockHash: b ? '0x' + b.hash.toLowerCase() : null,
        hardFork: 'cancun',
        transactionOrder: 'fifo',
        environment: { baseFee: BigInt(String(await host.call('eth_gasPrice', []))).toString(), chainId: Number(EVM_CHAIN_ID), gasLimit: String(node.latestBlockInfo().maxGas), gasPrice: BigInt(String(await host.call('eth_gasPrice', []))).toString() },
        forkConfig: { forkUrl: null, forkBlockNumber: null, forkRetryBackoff: null },
        network: node.chainId,
      };
    },
    anvil_dumpState: (p) => {
      arity(p, 0, 0, '[]');
      dev();
      return data(gzipSync(JSON.stringify(dumpEvmState(keeper, node))));
    },
    anvil_loadState: async (p) => {
      arity(p, 1, 1, '[state]');
      const accounts = parseEvmState(parseData(p[0], 'state'));
      dev();
      await dev().applyState((ctx) => {
        const sm = keeper.view(ctx);
        for (const [addr, a] of accounts) {
          const acc = sm.getAccountSync(addr) ?? new Account();
          acc.nonce = a.nonce;
          acc.balance = a.balance;
          sm.putAccountSync(addr, acc);
          if (a.code.length > 0) sm.putCodeSync(addr, a.code);
          for (const [slot, v] of a.storage) sm.putStorageSync(addr, slot, v);
        }
      });
      return true;
    },
  };
  m.anvil_setAutomine = m.evm_setAutomine!;
  // Hardhat's network helpers' spellings.
  for (const n of ['setBalance', 'setCode', 'setStorageAt', 'setNonce', 'impersonateAccount', 'stopImpersonatingAccount', 'dropTransaction', 'reset', 'getAutomine']) m[`hardhat_${n}`] = m[`anvil_${n}`]!;
  return m;
}

/** The node-wide dev_* methods (core/node/dev-controls.ts) on this port: positional or one object param. */
export function devMethods(node: NodeAPI, names: Readonly<Record<string, string[]>>): Record<string, Handler> {
  return Object.fromEntries(Object.entries(names).map(([name, params]): [string, Handler] => [name, (p) => node.devnet().methods.get(name)!(named(p, params ?? []))]));
}


