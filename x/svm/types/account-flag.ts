import type { AccountMeta } from '../codec.ts';
import { parsePubkey } from './address.ts';
import { encodeBase58 } from './base58.ts';

/** `--account PUBKEY[:w][:s]`: base58, a trivium1…/0x… address or a key name (meaning its SVM face). Shared with x/crossvm's CLI. */
export function parseAccountFlag(s: string, keyName?: (name: string) => string | undefined): AccountMeta {
  const parts = s.split(':');
  const flags = parts.slice(1);
  for (const f of flags) if (f !== 'w' && f !== 's') throw new Error(`--account ${s}: flags are :w (writable) and :s (signer)`);
  let key = parts[0]!;
  if (!/^(trivium1|0x)/.test(key) && !/^[1-9A-HJ-NP-Za-km-z]{32,44}$/.test(key)) key = keyName?.(key) ?? key;
  const pubkey = encodeBase58(parsePubkey(key));
  return { pubkey, isWritable: flags.includes('w'), isSigner: flags.includes('s') };
}
