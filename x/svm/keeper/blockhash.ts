import { createHash } from 'node:crypto';
import { MAX_BLOCKHASH_AGE, toHex } from '../types/index.ts';

/**
 * Solana's recent blockhash, for block `height` of chain `chainId`: a pure function of the two, so
 * validating one needs no state (nodes agree by construction) and a client's lifetime maps to heights:
 * a transaction signed with blockhash(h) may land in blocks h … h + MAX_BLOCKHASH_AGE. Replays inside that
 * window are stopped by the signature record the keeper keeps until the window closes.
 */
export function blockhashFor(chainId: string, height: number): Uint8Array {
  return new Uint8Array(createHash('sha256').update(`trivium/svm/blockhash/${chainId}/${height}`).digest());
}

export class RecentBlockhashes {
  private readonly memo = new Map<string, string>();

  private hexAt(chainId: string, height: number): string {
    const k = `${chainId}/${height}`;
    let v = this.memo.get(k);
    if (v === undefined) {
      v = toHex(blockhashFor(chainId, height));
      if (this.memo.size > 4 * MAX_BLOCKHASH_AGE) this.memo.clear();
      this.memo.set(k, v);
    }
    return v;
  }

  /** The height a blockhash belongs to when it is still valid at `current`, else undefined. */
  heightOf(chainId: string, current: number, blockhash: Uint8Array): number | undefined {
    const want = toHex(blockhash);
    for (let h = current; h >= 0 && h >= current - MAX_BLOCKHASH_AGE; h--) {
      if (this.hexAt(chainId, h) === want) return h;
    }
    return undefined;
  }
}
