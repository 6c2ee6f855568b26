import { fromHex } from '@cosmjs/encoding';
import type { Precompile } from '../types/precompile.ts';

export type { Precompile, PrecompileCall, PrecompileResult } from '../types/precompile.ts';

/**
 * The one place Trivium's own precompiles are registered (ethereumjs' standard ones, 0x01–0x11, stay as
 * ethereumjs defines them for the hardfork). Each lives in its own file named by address, e.g.
 * `x/crossvm/precompile/0901-crossvm.ts`, and its module registers it once when the modules are built:
 * `evmKeeper.registerPrecompile('0x…0901', impl)`. Each keeper has its own registry (a process may build the
 * modules more than once: init, then start); the executor picks registrations up for every later execution.
 * Under the revm engine a message that reaches one of them runs on ethereumjs (they are JavaScript).
 */
export class PrecompileRegistry {
  private readonly impls = new Map<string, Precompile>();
  private ver = 0;

  /** Bumped by every (un)registration, so cached EVM instances know to rebuild their precompile table. */
  get version(): number {
    return this.ver;
  }

  register(address: string | Uint8Array, impl: Precompile): void {
    const key = addressKey(address);
    if (BigInt('0x' + key) <= 0x11n) {
      throw new Error(`precompile address 0x${key} is reserved for Ethereum's precompiles`);
    }
    if (this.impls.has(key)) throw new Error(`a precompile is already registered at 0x${key}`);
    this.impls.set(key, impl);
    this.ver++;
  }

  unregister(address: string | Uint8Array): void {
    if (this.impls.delete(addressKey(address))) this.ver++;
  }

  get(address: string | Uint8Array): Precompile | undefined {
    return this.impls.get(addressKey(address));
  }

  /** [unprefixed lower-case hex address, impl], in address order (deterministic). */
  entries(): Array<[string, Precompile]> {
    return [...this.impls.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  }
}

export function addressKey(address: string | Uint8Array): string {
  if (typeof address === 'string') {
    if (!/^(0x)?[0-9a-fA-F]{40}$/.test(address)) throw new Error(`invalid precompile address ${address}`);
    return address.replace(/^0x/, '').toLowerCase();
  }
  if (address.length !== 20) throw new Error(`precompile address must be 20 bytes, got ${address.length}`);
  return Buffer.from(address).toString('hex');
}

export const precompileAddress = (hex: string): Uint8Array => fromHex(addressKey(hex));
