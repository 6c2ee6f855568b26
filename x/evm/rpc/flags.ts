import { type NodeAPI, startFlag } from '../../../core/types/node-api.ts';
import { invalidParams } from './errors.ts';

/** A non-negative integer flag (decimal), its default when absent; a bad value fails at start, not per call. */
export function intFlag(flags: NodeAPI['flags'], name: string, dflt: number): number {
  const v = startFlag(flags, name);
  if (v === undefined || v === true) return dflt;
  const s = String(v).replace(/_/g, '');
  if (!/^\d+$/.test(s) || !Number.isSafeInteger(Number(s))) throw invalidParams(`--${name}: expected a non-negative integer, got ${JSON.stringify(v)}`);
  return Number(s);
}
