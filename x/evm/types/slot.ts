import { hexToBytes } from '@ethereumjs/util';
import { ErrInvalidParams } from '../errors.ts';

/** A storage slot as the CLI and queries take it: up to 32 bytes of hex, left-padded. */
export function parseSlot(s: string): Uint8Array {
  if (!/^(0x)?[0-9a-fA-F]{1,64}$/.test(s)) throw ErrInvalidParams(`invalid storage key ${JSON.stringify(s)}: want up to 32 bytes of hex`);
  const hex = s.replace(/^0x/, '').padStart(64, '0');
  return hexToBytes(`0x${hex}`);
}
