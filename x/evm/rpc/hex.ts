import { bytesToHex } from '@ethereumjs/util';
import { invalidParams } from './errors.ts';

/** JSON-RPC value encoding (QUANTITY and DATA, as the Ethereum execution API spec defines them). */

export const quantity = (n: bigint | number): string => '0x' + BigInt(n).toString(16);
export const data = (b: Uint8Array): string => bytesToHex(b);

export function parseQuantity(v: unknown, name: string): bigint {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return BigInt(v);
  if (typeof v !== 'string' || !/^0x[0-9a-fA-F]+$/.test(v)) throw invalidParams(`invalid ${name}: expected a hex quantity, got ${JSON.stringify(v)}`);
  if (v.length > 66) throw invalidParams(`invalid ${name}: quantity larger than 256 bits`);
  return BigInt(v);
}

export function parseData(v: unknown, name: string): Uint8Array {
  if (typeof v !== 'string' || !/^0x([0-9a-fA-F]{2})*$/.test(v)) throw invalidParams(`invalid ${name}: expected 0x-prefixed hex bytes, got ${JSON.stringify(v)?.slice(0, 80)}`);
  return Buffer.from(v.slice(2), 'hex');
}

export function parseAddr(v: unknown, name: string): Uint8Array {
  if (typeof v !== 'string' || !/^0x[0-9a-fA-F]{40}$/.test(v)) throw invalidParams(`invalid ${name}: expected a 20-byte 0x address, got ${JSON.stringify(v)}`);
  return Buffer.from(v.slice(2), 'hex');
}

export function parseHash(v: unknown, name: string): string {
  if (typeof v !== 'string' || !/^0x[0-9a-fA-F]{64}$/.test(v)) throw invalidParams(`invalid ${name}: expected a 32-byte 0x hash, got ${JSON.stringify(v)}`);
  return v.toLowerCase();
}

export const lowerAddr = (b: Uint8Array): string => bytesToHex(b);
