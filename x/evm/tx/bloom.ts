import { keccak256 } from '../crypto.ts';

/** The 2048-bit logs bloom of the Yellow Paper (address and every topic of every log). */
export class Bloom {
  readonly bits = new Uint8Array(256);

  add(item: Uint8Array): void {
    const h = keccak256(item);
    for (let i = 0; i < 6; i += 2) {
      const bit = ((h[i]! << 8) | h[i + 1]!) & 2047;
      this.bits[256 - 1 - (bit >> 3)]! |= 1 << (bit & 7);
    }
  }

  addLog(address: Uint8Array, topics: Uint8Array[]): void {
    this.add(address);
    for (const t of topics) this.add(t);
  }

  or(other: Bloom): void {
    for (let i = 0; i < 256; i++) this.bits[i]! |= other.bits[i]!;
  }

  /** Whether `item` may be in the set (false means certainly not). */
  check(item: Uint8Array): boolean {
    const h = keccak256(item);
    for (let i = 0; i < 6; i += 2) {
      const bit = ((h[i]! << 8) | h[i + 1]!) & 2047;
      if ((this.bits[256 - 1 - (bit >> 3)]! & (1 << (bit & 7))) === 0) return false;
    }
    return true;
  }
}
