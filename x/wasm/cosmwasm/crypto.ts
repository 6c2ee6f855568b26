import { bls12_381 } from '@noble/curves/bls12-381.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { p256 } from '@noble/curves/nist.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';

/**
 * The crypto half of the CosmWasm VM interface, on @noble/curves, with cosmwasm-crypto's input rules and
 * error codes (CryptoError::code). Verifications answer 0 (valid) / 1 (invalid) / an error code; a
 * CryptoFailure carries the code the VM hands the contract.
 */

export const CryptoCode = {
  invalidHashFormat: 3,
  invalidSignatureFormat: 4,
  invalidPubkeyFormat: 5,
  invalidRecoveryParam: 6,
  batchErr: 7,
  invalidPoint: 8,
  unknownHashFunction: 9,
  genericErr: 10,
  aggregation: 12,
} as const;

export class CryptoFailure extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

type Ecdsa = typeof secp256k1;

function ecdsaInputs(hash: Uint8Array, sig: Uint8Array, pubkey?: Uint8Array): void {
  if (hash.length !== 32) throw new CryptoFailure(CryptoCode.invalidHashFormat, 'hash must be 32 bytes');
  if (sig.length !== 64) throw new CryptoFailure(CryptoCode.invalidSignatureFormat, 'signature must be 64 bytes (r ‖ s)');
  if (pubkey && !(pubkey.length === 33 || pubkey.length === 65)) throw new CryptoFailure(CryptoCode.invalidPubkeyFormat, 'public key must be 33 or 65 bytes');
}

/** ECDSA over a prehashed message; high-S signatures are normalized first, as cosmwasm-crypto does. */
function ecdsaVerify(curve: Ecdsa, hash: Uint8Array, sig: Uint8Array, pubkey: Uint8Array): boolean {
  ecdsaInputs(hash, sig, pubkey);
  try {
    curve.Point.fromBytes(pubkey);
  } catch {
    throw new CryptoFailure(CryptoCode.invalidPubkeyFormat, 'public key is not a point on the curve');
  }
  try {
    return curve.verify(sig, hash, pubkey, { prehash: false, lowS: false, format: 'compact' });
  } catch {
    return false;
  }
}

function ecdsaRecover(curve: Ecdsa, hash: Uint8Array, sig: Uint8Array, recovery: number): Uint8Array {
  ecdsaInputs(hash, sig);
  if (recovery !== 0 && recovery !== 1) throw new CryptoFailure(CryptoCode.invalidRecoveryParam, 'recovery param must be 0 or 1');
  try {
    const s = curve.Signature.fromBytes(sig, 'compact').addRecoveryBit(recovery);
    return s.recoverPublicKey(hash).toBytes(false);
  } catch (e) {
    throw new CryptoFailure(CryptoCode.genericErr, `recovery failed: ${(e as Error).message}`);
  }
}

export const secp256k1Verify = (h: Uint8Array, s: Uint8Array, p: Uint8Array): boolean => ecdsaVerify(secp256k1, h, s, p);
export const secp256k1Recover = (h: Uint8Array, s: Uint8Array, r: number): Uint8Array => ecdsaRecover(secp256k1, h, s, r);
export const secp256r1Verify = (h: Uint8Array, s: Uint8Array, p: Uint8Array): boolean => ecdsaVerify(p256 as unknown as Ecdsa, h, s, p);
export const secp256r1Recover = (h: Uint8Array, s: Uint8Array, r: number): Uint8Array => ecdsaRecover(p256 as unknown as Ecdsa, h, s, r);

/** Ed25519 with ZIP-215 rules (ed25519-zebra's, which cosmwasm-crypto uses). */
export function ed25519Verify(msg: Uint8Array, sig: Uint8Array, pubkey: Uint8Array): boolean {
  if (sig.length !== 64) throw new CryptoFailure(CryptoCode.invalidSignatureFormat, 'signature must be 64 bytes');
  if (pubkey.length !== 32) throw new CryptoFailure(CryptoCode.invalidPubkeyFormat, 'public key must be 32 bytes');
  try {
    return ed25519.verify(sig, msg, pubkey, { zip215: true });
  } catch {
    return false;
  }
}

/** Batch form: n messages, signatures and keys; or one message (or one key) shared by all signatures. */
export function ed25519BatchVerify(messages: Uint8Array[], sigs: Uint8Array[], pubkeys: Uint8Array[]): boolean {
  let m = messages;
  let k = pubkeys;
  if (m.length === 1 && sigs.length > 1) m = sigs.map(() => messages[0]!);
  if (k.length === 1 && sigs.length > 1) k = sigs.map(() => pubkeys[0]!);
  if (m.length !== sigs.length || k.length !== sigs.length) throw new CryptoFailure(CryptoCode.batchErr, 'Mismatched number of messages, signatures and public keys');
  for (let i = 0; i < sigs.length; i++) if (!ed25519Verify(m[i]!, sigs[i]!, k[i]!)) return false;
  return true;
}

const G1_LEN = 48;
const G2_LEN = 96;
type G1 = InstanceType<typeof bls12_381.G1.Point>;
type G2 = InstanceType<typeof bls12_381.G2.Point>;

function points<P>(bytes: Uint8Array, len: number, parse: (b: Uint8Array) => P): P[] {
  if (bytes.length % len !== 0) throw new CryptoFailure(CryptoCode.invalidPoint, `input length ${bytes.length} is not a multiple of ${len}`);
  const out: P[] = [];
  for (let i = 0; i < bytes.length; i += len) {
    try {
      out.push(parse(bytes.subarray(i, i + len)));
    } catch {
      throw new CryptoFailure(CryptoCode.invalidPoint, 'invalid point encoding');
    }
  }
  return out;
}
const g1s = (b: Uint8Array): G1[] => points(b, G1_LEN, (x) => bls12_381.G1.Point.fromBytes(x));
const g2s = (b: Uint8Array): G2[] => points(b, G2_LEN, (x) => bls12_381.G2.Point.fromBytes(x));

export function bls12381AggregateG1(bytes: Uint8Array): Uint8Array {
  const ps = g1s(bytes);
  if (!ps.length) throw new CryptoFailure(CryptoCode.aggregation, 'Empty point list');
  return ps.reduce((a, b) => a.add(b)).toBytes(true);
}
export function bls12381AggregateG2(bytes: Uint8Array): Uint8Array {
  const ps = g2s(bytes);
  if (!ps.length) throw new CryptoFailure(CryptoCode.aggregation, 'Empty point list');
  return ps.reduce((a, b) => a.add(b)).toBytes(true);
}

/** e(p1, q1) · … · e(pn, qn) = e(r, s). */
export function bls12381PairingEquality(ps: Uint8Array, qs: Uint8Array, r: Uint8Array, s: Uint8Array): boolean {
  const p = g1s(ps);
  const q = g2s(qs);
  if (p.length !== q.length) throw new CryptoFailure(CryptoCode.invalidPoint, 'Unequal number of G1 and G2 points');
  const [rp] = g1s(r);
  const [sp] = g2s(s);
  if (!rp || !sp) throw new CryptoFailure(CryptoCode.invalidPoint, 'r and s must be one point each');
  const pairs = p.map((g1, i) => ({ g1, g2: q[i]! })).filter((x) => !x.g1.is0() && !x.g2.is0());
  if (!rp.is0() && !sp.is0()) pairs.push({ g1: rp.negate(), g2: sp });
  const Fp12 = bls12_381.fields.Fp12;
  return Fp12.eql(bls12_381.pairingBatch(pairs), Fp12.ONE);
}

const checkHashFn = (f: number): void => {
  if (f !== 0) throw new CryptoFailure(CryptoCode.unknownHashFunction, `unknown hash function ${f} (0 = SHA-256)`);
};
export function bls12381HashToG1(hashFunction: number, msg: Uint8Array, dst: Uint8Array): Uint8Array {
  checkHashFn(hashFunction);
  return bls12_381.G1.hashToCurve(msg, { DST: dst }).toBytes(true);
}
export function bls12381HashToG2(hashFunction: number, msg: Uint8Array, dst: Uint8Array): Uint8Array {
  checkHashFn(hashFunction);
  return bls12_381.G2.hashToCurve(msg, { DST: dst }).toBytes(true);
}

/** cosmwasm's section encoding (each section followed by its u32 BE length), as ed25519_batch_verify takes. */
export function decodeSections(data: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let end = data.length;
  while (end > 0) {
    if (end < 4) throw new CryptoFailure(CryptoCode.genericErr, 'malformed sections');
    const len = ((data[end - 4]! << 24) | (data[end - 3]! << 16) | (data[end - 2]! << 8) | data[end - 1]!) >>> 0;
    end -= 4;
    if (len > end) throw new CryptoFailure(CryptoCode.genericErr, 'malformed sections');
    out.push(data.subarray(end - len, end));
    end -= len;
  }
  return out.reverse();
}
