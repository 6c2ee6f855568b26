import { createHash } from 'node:crypto';

const MOD = 1n << 256n;

/**
 * An incremental multiset hash of the state: the sum, mod 2^256, of sha256(len(key) ‖ key ‖ value) over
 * every entry. The same state gives the same sum whatever the history, and a block only pays for the keys
 * it changed. The app hash is sha256("trivium/app-hash/v1" ‖ sum).
 */
export class StateAccumulator {
  constructor(private sum = 0n) {}

  static entryHash(key: string, value: Uint8Array): bigint {
    const k = Buffer.from(key, 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32BE(k.length);
    const h = createHash('sha256').update(len).update(k).update(value).digest();
    return BigInt('0x' + h.toString('hex'));
  }

  add(key: string, value: Uint8Array): void {
    this.sum = (this.sum + StateAccumulator.entryHash(key, value)) % MOD;
  }
  remove(key: string, value: Uint8Array): void {
    this.sum = (this.sum - StateAccumulator.entryHash(key, value) + MOD) % MOD;
  }
  get value(): bigint {
    return this.sum;
  }
  appHash(): Uint8Array {
    const sumBytes = Buffer.from(this.sum.toString(16).padStart(64, '0'), 'hex');
    return new Uint8Array(createHash('sha256').update('trivium/app-hash/v1').update(sumBytes).digest());
  }
}
