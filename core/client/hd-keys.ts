import { createHmac, pbkdf2Sync } from 'node:crypto';
import secp256k1 from 'secp256k1';

/** The devnet mnemonic every tutorial can rely on (anvil's and Hardhat's too). */
export const DEV_MNEMONIC = 'test test test test test test test test test test test junk';

const N = BigInt('0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141');

/** BIP39 seed (no passphrase). */
export function mnemonicToSeed(mnemonic: string, passphrase = ''): Buffer {
  return pbkdf2Sync(mnemonic.normalize('NFKD'), 'mnemonic' + passphrase.normalize('NFKD'), 2048, 64, 'sha512');
}

/**
 * BIP32 secp256k1 derivation on node:crypto and native secp256k1: fast enough that `triviumd init`
 * derives the dev accounts in milliseconds. Path like "m/44'/118'/0'/0/0".
 */
export function derivePrivateKey(seed: Uint8Array, path: string): Uint8Array {
  let I = createHmac('sha512', 'Bitcoin seed').update(seed).digest();
  let key = I.subarray(0, 32);
  let chain = I.subarray(32);
  for (const part of path.replace(/^m\//, '').split('/')) {
    if (part === '') continue;
    const hardened = part.endsWith("'");
    const index = (parseInt(hardened ? part.slice(0, -1) : part, 10) + (hardened ? 0x80000000 : 0)) >>> 0;
    const data = Buffer.alloc(37);
    if (hardened) key.copy(data, 1);
    else Buffer.from(secp256k1.publicKeyCreate(key, true)).copy(data, 0);
    data.writeUInt32BE(index, 33);
    I = createHmac('sha512', chain).update(data).digest();
    const child = (BigInt('0x' + I.subarray(0, 32).toString('hex')) + BigInt('0x' + key.toString('hex'))) % N;
    key = Buffer.from(child.toString(16).padStart(64, '0'), 'hex');
    chain = I.subarray(32);
  }
  return new Uint8Array(key);
}

export const cosmosHdPath = (i: number) => `m/44'/118'/0'/0/${i}`;
export const ethHdPath = (i: number) => `m/44'/60'/0'/0/${i}`;
