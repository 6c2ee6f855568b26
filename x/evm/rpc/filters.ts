import { hexToBytes } from '@ethereumjs/util';
import type { Bloom } from '../tx/bloom.ts';
import type { EthLogView } from './chain-view.ts';
import { invalidParams } from './errors.ts';
import { parseAddr, parseHash } from './hex.ts';

/** An eth_getLogs / eth_newFilter / eth_subscribe('logs') filter, parsed and normalised to lower case. */
export interface LogFilter {
  fromBlock?: number;
  toBlock?: number;
  blockHash?: string;
  /** Any of these addresses (undefined = any). */
  addresses?: string[];
  /** Position i: any of these topics (null = any). */
  topics: Array<string[] | null>;
}

export type BlockTagResolver = (tag: unknown, name: string) => number;

export function parseLogFilter(obj: unknown, resolve: BlockTagResolver, withRange = true): LogFilter {
  if (obj === undefined || obj === null) obj = {};
  if (typeof obj !== 'object' || Array.isArray(obj)) throw invalidParams('invalid filter: expected an object');
  const o = obj as Record<string, unknown>;
  const f: LogFilter = { topics: [] };
  if (o.blockHash !== undefined && o.blockHash !== null) {
    if (o.fromBlock !== undefined || o.toBlock !== undefined) throw invalidParams('invalid filter: blockHash excludes fromBlock/toBlock');
    f.blockHash = parseHash(o.blockHash, 'blockHash');
  } else if (withRange) {
    f.fromBlock = resolve(o.fromBlock ?? 'latest', 'fromBlock');
    f.toBlock = resolve(o.toBlock ?? 'latest', 'toBlock');
    if (f.fromBlock > f.toBlock) throw invalidParams(`invalid block range: fromBlock ${f.fromBlock} > toBlock ${f.toBlock}`);
  }
  if (o.address !== undefined && o.address !== null) {
    const list = Array.isArray(o.address) ? o.address : [o.address];
    f.addresses = list.map((a) => '0x' + Buffer.from(parseAddr(a, 'address')).toString('hex'));
  }
  if (o.topics !== undefined && o.topics !== null) {
    if (!Array.isArray(o.topics) || o.topics.length > 4) throw invalidParams('invalid filter: topics must be an array of at most 4 entries');
    f.topics = o.topics.map((t, i) => {
      if (t === null) return null;
      const list = Array.isArray(t) ? t : [t];
      if (list.length === 0) return null;
      return list.map((x) => parseHash(x, `topics[${i}]`));
    });
  }
  return f;
}

export function matchLog(l: EthLogView, f: LogFilter): boolean {
  if (f.addresses && !f.addresses.includes(l.address)) return false;
  for (let i = 0; i < f.topics.length; i++) {
    const want = f.topics[i];
    if (want === null || want === undefined) continue;
    const have = l.topics[i];
    if (have === undefined || !want.includes(have.toLowerCase())) return false;
  }
  return true;
}

/** Bloom pre-check: false means the block certainly has no matching log. */
export function bloomMayMatch(bloom: Bloom, f: LogFilter): boolean {
  if (f.addresses && !f.addresses.some((a) => bloom.check(hexToBytes(a as `0x${string}`)))) return false;
  for (const want of f.topics) {
    if (!want) continue;
    if (!want.some((t) => bloom.check(hexToBytes(t as `0x${string}`)))) return false;
  }
  return true;
}
