import type { NodeAPI } from '../../../core/types/node-api.ts';
import { invalidParams } from './errors.ts';

/** Reads a `start` flag whatever spelling commander gave its key ("dev.max-mine-blocks" → "dev.maxMineBlocks"). */
export function readFlag(flags: NodeAPI['flags'], name: string): string | boolean | undefined {
  const dashCamel = name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  const allCamel = name.replace(/[-.](\w)/g, (_, c: string) => c.toUpperCase());
  return flags[name] ?? flags[dashCamel] ?? flags[allCamel];
}

/** A non-negative integer flag (decimal), its default when absent; a bad value fails at start, not per call. */
export function intFlag(flags: NodeAPI['flags'], name: string, dflt: number): number {
  const v = readFlag(flags, name);
  if (v === undefined || v === true) return dflt;
  const s = String(v).replace(/_/g, '');
  if (!/^\d+$/.test(s) || !Number.isSafeInteger(Number(s))) throw invalidParams(`--${name}: expected a non-negative integer, got ${JSON.stringify(v)}`);
  return Number(s);
}
