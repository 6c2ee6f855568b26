import { createHash } from 'node:crypto';
import { toHex } from '@cosmjs/encoding';
import { parseAddress } from '../../../core/types/address.ts';
import { ModuleName } from '../types/index.ts';

/**
 * Contract addresses (wasmd's keeper/addresses.go), truncated to 20 bytes: a Trivium address is 20 bytes
 * in every VM (docs/architecture.md), so a contract has an `0x…` face the EVM side can call, and bank treats
 * it like any account. wasmd keeps 32 bytes; our 20 are the first 20 of the same hash.
 */
export const CONTRACT_ADDR_LEN = 20;

const sha256 = (...parts: Uint8Array[]): Uint8Array => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
};

/** The SDK's address.Module(name, key): Hash("module", name ‖ 0x00 ‖ key), Hash(t, k) = sha256(sha256(t) ‖ k). */
export function moduleDerivedAddress(moduleName: string, key: Uint8Array): Uint8Array {
  const mKey = Buffer.concat([Buffer.from(moduleName), Buffer.from([0]), key]);
  return sha256(sha256(Buffer.from('module')), mKey);
}

function u64be(n: bigint): Uint8Array {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(n);
  return b;
}

/** Classic scheme: code id and the global instance id, big-endian u64 each. */
export function classicContractAddress(codeId: bigint, instanceId: bigint): Uint8Array {
  return moduleDerivedAddress(ModuleName, Buffer.concat([u64be(codeId), u64be(instanceId)])).subarray(0, CONTRACT_ADDR_LEN);
}

const lengthPrefixed = (b: Uint8Array) => Buffer.concat([u64be(BigInt(b.length)), b]);

/**
 * Predictable scheme (MsgInstantiateContract2): checksum, creator, salt and (only with fix_msg) the init
 * message. Identical to CosmJS's `instantiate2Address` up to the truncation to 20 bytes.
 */
export function predictableContractAddress(checksum: Uint8Array, creator: Uint8Array, salt: Uint8Array, initMsg: Uint8Array): Uint8Array {
  const key = Buffer.concat([Buffer.from(ModuleName), Buffer.from([0]), lengthPrefixed(checksum), lengthPrefixed(creator), lengthPrefixed(salt), lengthPrefixed(initMsg)]);
  return moduleDerivedAddress(ModuleName, key).subarray(0, CONTRACT_ADDR_LEN);
}

export function isAddress(s: string): boolean {
  try {
    parseAddress(s);
    return true;
  } catch {
    return false;
  }
}

/** Whether two spellings (bech32, 0x) name the same account. */
export function sameAddress(a: string, b: string): boolean {
  try {
    return toHex(parseAddress(a)) === toHex(parseAddress(b));
  } catch {
    return false;
  }
}
