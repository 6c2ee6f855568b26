import { createECDH, createHmac, pbkdf2Sync } from 'node:crypto';

/** The devnet mnemonic every tutorial can rely on (anvil's and Hardhat's too). */
export const DEV_MNEMONIC = 'test test test test test test test test test test test junk';

const N = BigInt('0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141');

/** BIP39 seed (no passphrase). */
export function mnemonicToSeed(mnemonic: string, passphrase = ''): Buffer {
  return pbkdf2Sync(mnemonic.normalize('NFKD'), 'mnemonic' + passphrase.normalize('NFKD'), 2048, 64, 'sha512');
}

/**
 * A secp256k1 public key (33 bytes compressed, 65 uncompressed) on node:crypto (OpenSSL), the same bytes as
 * libsecp256k1's publicKeyCreate: the start path derives the dev accounts without loading the secp256k1 addon (and
 * the start-up snapshot can hold them, issue 17). Throws on a key outside 1 … n-1, as libsecp256k1 does.
 */
export function secp256k1PublicKey(privkey: Uint8Array, compressed = true): Uint8Array {
  if (!(privkey instanceof Uint8Array) || privkey.length !== 32) throw new Error('Expected private key to be an Uint8Array with length 32');
  const k = BigInt('0x' + Buffer.from(privkey).toString('hex'));
  if (k === 0n || k >= N) throw new Error('Private Key is invalid');
  const ecdh = createECDH('secp256k1');
  ecdh.setPrivateKey(privkey);
  return new Uint8Array(ecdh.getPublicKey(null, compressed ? 'compressed' : 'uncompressed'));
}

interface HdNode {
  key: Buffer;
  chain: Buffer;
}

/** CKDpriv; `pub` is the parent's compressed public key when the caller has it (non-hardened children only). */
function child(node: HdNode, index: number, hardened: boolean, pub?: Uint8Array): HdNode {
  const data = Buffer.alloc(37);
  if (hardened) node.key.copy(data, 1);
  else data.set(pub ?? secp256k1PublicKey(node.key, true), 0);
  data.writeUInt32BE((index + (hardened ? 0x80000000 : 0)) >>> 0, 33);
  const I = createHmac('sha512', node.chain).update(data).digest();
  const k = (BigInt('0x' + I.subarray(0, 32).toString('hex')) + BigInt('0x' + node.key.toString('hex'))) % N;
  return { key: Buffer.from(k.toString(16).padStart(64, '0'), 'hex'), chain: I.subarray(32) };
}

function deriveNode(seed: Uint8Array, path: string): HdNode {
  const I = createHmac('sha512', 'Bitcoin seed').update(seed).digest();
  let node: HdNode = { key: I.subarray(0, 32), chain: I.subarray(32) };
  for (const part of path.replace(/^m\//, '').split('/')) {
    if (part === '') continue;
    const hardened = part.endsWith("'");
    node = child(node, parseInt(hardened ? part.slice(0, -1) : part, 10), hardened);
  }
  return node;
}

/**
 * BIP32 secp256k1 derivation on node:crypto: fast enough that `triviumd init` derives the dev accounts in
 * milliseconds. Path like "m/44'/118'/0'/0/0".
 */
export function derivePrivateKey(seed: Uint8Array, path: string): Uint8Array {
  return new Uint8Array(deriveNode(seed, path).key);
}

/**
 * The keys `${parent}/0` … `${parent}/${count - 1}` (non-hardened children): the parent is derived once and its
 * public key computed once, where count separate derivePrivateKey calls would repeat the whole path each time.
 */
export function deriveChildKeys(seed: Uint8Array, parent: string, count: number): Uint8Array[] {
  const p = deriveNode(seed, parent);
  const pub = secp256k1PublicKey(p.key, true);
  return Array.from({ length: count }, (_, i) => new Uint8Array(child(p, i, false, pub).key));
}

export const COSMOS_HD_PARENT = "m/44'/118'/0'/0";
export const ETH_HD_PARENT = "m/44'/60'/0'/0";
export const cosmosHdPath = (i: number) => `${COSMOS_HD_PARENT}/${i}`;
export const ethHdPath = (i: number) => `${ETH_HD_PARENT}/${i}`;
