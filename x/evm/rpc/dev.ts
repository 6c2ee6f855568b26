import type { NodeAPI } from '../../../core/types/node-api.ts';
import { invalidParams } from './errors.ts';
import { intFlag } from './flags.ts';
import { parseQuantity } from './hex.ts';

/** The default per-call cap on blocks mined by anvil_mine / hardhat_mine / evm_mine (`--dev.max-mine-blocks`). */
export const DEFAULT_MAX_MINE_BLOCKS = 10_000;

/**
 * A block count or interval: a hex quantity or a JSON number, non-negative and an integer (parseQuantity), and
 * here also at most `cap` — compared as a bigint first, so "0xffff…" is refused rather than rounded.
 */
function count(v: unknown, name: string, cap: number, capFlag: string): number {
  const n = parseQuantity(v, name);
  if (n > BigInt(cap)) throw invalidParams(`invalid ${name}: ${n} exceeds the per-call cap of ${cap} blocks (--${capFlag})`);
  return Number(n);
}

export interface MineRequest {
  blocks: number;
  /** Seconds between the mined blocks' timestamps (anvil_mine's interval); undefined or 0: the clock decides. */
  intervalSec?: number;
}

/** The devnet mining methods' params, as anvil and Hardhat spell them; bad input → -32602, nothing mined. */
export class DevMining {
  readonly maxBlocks: number;

  constructor(flags: NodeAPI['flags']) {
    this.maxBlocks = intFlag(flags, 'dev.max-mine-blocks', DEFAULT_MAX_MINE_BLOCKS);
  }

  /** anvil_mine / hardhat_mine [blocks?, interval?]: blocks defaults to 1; interval in seconds (at most 10^11). */
  parseMine(p: unknown[]): MineRequest {
    if (p.length > 2) throw invalidParams(`too many params: expected [blocks?, interval?], got ${p.length}`);
    const blocks = p[0] === undefined || p[0] === null ? 1 : count(p[0], 'blocks', this.maxBlocks, 'dev.max-mine-blocks');
    if (p[1] === undefined || p[1] === null) return { blocks };
    const interval = parseQuantity(p[1], 'interval');
    if (interval > 10n ** 11n) throw invalidParams(`invalid interval: ${interval} seconds is out of range`);
    return { blocks, intervalSec: Number(interval) };
  }

  /** evm_mine [timestamp?] or [{ blocks?, timestamp? }] (ganache): one block unless `blocks` says otherwise. */
  parseEvmMine(p: unknown[]): MineRequest {
    if (p.length > 1) throw invalidParams(`too many params: expected [timestamp?] or [{blocks?, timestamp?}], got ${p.length}`);
    const a = p[0];
    if (a === undefined || a === null) return { blocks: 1 };
    if (typeof a === 'object' && !Array.isArray(a)) {
      const o = a as Record<string, unknown>;
      for (const k of Object.keys(o)) if (k !== 'blocks' && k !== 'timestamp') throw invalidParams(`invalid evm_mine option ${JSON.stringify(k)}: expected blocks or timestamp`);
      if (o.timestamp !== undefined && o.timestamp !== null) parseQuantity(o.timestamp, 'timestamp');
      return { blocks: o.blocks === undefined || o.blocks === null ? 1 : count(o.blocks, 'blocks', this.maxBlocks, 'dev.max-mine-blocks') };
    }
    parseQuantity(a, 'timestamp');
    return { blocks: 1 };
  }
}
