/**
 * The stored form of an SVM account (everything but lamports, which live in x/bank):
 *
 *   [0]      version (1)
 *   [1]      flags: bit 0 executable, bit 1 the data is a 32-byte sha256 of an ELF kept under svm/e/<id>
 *   [2..34)  owner
 *   [34..42) rent epoch, u64 big-endian
 *   [42..)   data
 */
export interface AccountRecord {
  owner: Uint8Array;
  executable: boolean;
  rentEpoch: bigint;
  /** Account data, or the ELF hash when `elfRef`. */
  data: Uint8Array;
  elfRef: boolean;
}

const HEADER = 42;

export function encodeRecord(r: AccountRecord): Uint8Array {
  const out = new Uint8Array(HEADER + r.data.length);
  out[0] = 1;
  out[1] = (r.executable ? 1 : 0) | (r.elfRef ? 2 : 0);
  out.set(r.owner, 2);
  new DataView(out.buffer).setBigUint64(34, r.rentEpoch, false);
  out.set(r.data, HEADER);
  return out;
}

export function decodeRecord(b: Uint8Array): AccountRecord {
  if (b.length < HEADER || b[0] !== 1) throw new Error('corrupt svm account record');
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return {
    owner: b.subarray(2, 34),
    executable: (b[1]! & 1) !== 0,
    elfRef: (b[1]! & 2) !== 0,
    rentEpoch: dv.getBigUint64(34, false),
    data: b.subarray(HEADER),
  };
}

/** Owner bytes without decoding the whole record (for the owner index). */
export const recordOwner = (b: Uint8Array): Uint8Array => b.subarray(2, 34);
