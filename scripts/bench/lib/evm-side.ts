/**
 * What the EVM benches share: signing with libsecp256k1 (ethers' JS signing costs ≈ 1.5 ms a tx, so
 * pre-signing thousands for every round would take longer than the rounds), the peers started with one chain
 * id so one set of signed txs serves every side, order rotation for interleaved rounds, and the
 * min / median / max line.
 */
import { type HDNodeWallet, Signature, Transaction, getBytes, hexlify } from 'ethers';
import secp256k1 from 'secp256k1';
import { type EvmPeer, rpc } from '../evm-peers.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { processCpuSec } from './proc.ts';

/** Trivium's EVM chain id: anvil and Hardhat are started with it too, so the same raw txs are valid on all. */
export const BENCH_CHAIN_ID = 262145n;

/** Fee fields every side accepts (each starts at a 1 gwei base fee; this leaves room for it to rise). */
export const FEES = { type: 2, maxFeePerGas: 50n * 10n ** 9n, maxPriorityFeePerGas: 10n ** 9n } as const;

export interface TxFields {
  nonce: number;
  to?: string;
  data?: string;
  value?: bigint;
  gasLimit: bigint;
}

/** A signed EIP-1559 raw tx (0x hex), signed natively. */
export function signRaw(wallet: HDNodeWallet, f: TxFields): string {
  const tx = Transaction.from({ ...FEES, chainId: BENCH_CHAIN_ID, ...f });
  const { signature, recid } = secp256k1.ecdsaSign(getBytes(tx.unsignedHash), getBytes(wallet.privateKey));
  tx.signature = Signature.from({ r: hexlify(signature.subarray(0, 32)), s: hexlify(signature.subarray(32)), yParity: recid as 0 | 1 });
  return tx.serialized;
}

/** The pending nonce of `address`, which must be the same on every side (they ran the same txs). */
export async function commonNonce(peers: EvmPeer[], address: string): Promise<number> {
  const ns = await Promise.all(peers.map(async (p) => Number(BigInt(await rpc(p.url, 'eth_getTransactionCount', [address, 'pending'])))));
  if (ns.some((n) => n !== ns[0])) throw new Error(`nonces of ${address} differ between the sides: ${peers.map((p, i) => `${p.name} ${ns[i]}`).join(', ')}`);
  return ns[0]!;
}

/** Round r runs the sides in a rotated order, so no side is always first (or always after the same one). */
export const rotated = <T>(xs: T[], r: number): T[] => xs.map((_, i) => xs[(i + r) % xs.length]!);

export function stats(xs: number[]): { min: number; median: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { min: s[0]!, median: s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2, max: s[s.length - 1]! };
}

export const fmt = (x: { min: number; median: number; max: number }, digits = 0): string => `${x.min.toFixed(digits)} / **${x.median.toFixed(digits)}** / ${x.max.toFixed(digits)}`;

/** CPU seconds of a peer's node process. */
export const nodeCpu = (p: EvmPeer): number => processCpuSec(p.proc.pid!);

/** CPU seconds per thread name of a node process (/proc/PID/task/*: V8's workers, libuv's pool, our workers). */
export function nodeThreadsCpu(p: EvmPeer): Map<string, number> {
  const pid = p.proc.pid!;
  const out = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const raw = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const name = tid === String(pid) ? 'main' : raw.slice(raw.indexOf('(') + 1, raw.lastIndexOf(')'));
      const f = raw.slice(raw.lastIndexOf(') ') + 2).split(' ');
      out.set(name, (out.get(name) ?? 0) + (Number(f[11]) + Number(f[12])) / 100);
    } catch {
      /* the thread ended */
    }
  }
  return out;
}

/**
 * CPU seconds of the node's main thread alone (/proc/PID/task/PID: the thread whose id is the process's): the
 * thread that bounds a Node-hosted node's throughput, whatever its workers, GC and I/O threads add.
 */
export function nodeMainThreadCpu(p: EvmPeer): number {
  const pid = p.proc.pid!;
  const f = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
}

/** Idle CPU of every side over `ms` (the sides not being measured keep running: this is what they cost). */
export async function idleCores(peers: EvmPeer[], ms = 2000): Promise<number[]> {
  const c0 = peers.map(nodeCpu);
  await new Promise((r) => setTimeout(r, ms));
  return peers.map((p, i) => (nodeCpu(p) - c0[i]!) / (ms / 1000));
}
