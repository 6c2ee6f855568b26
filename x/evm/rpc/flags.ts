import { intStartFlag, type NodeAPI } from '../../../core/types/node-api.ts';
import { invalidParams } from './errors.ts';

/** A non-negative integer flag (decimal), its default when absent; a bad value fails at start, not per call. */
export function intFlag(flags: NodeAPI['flags'], name: string, dflt: number): number {
  try {
    return intStartFlag(flags, name, dflt);
  } catch (e) {
    throw invalidParams((e as Error).message);
  }
}
