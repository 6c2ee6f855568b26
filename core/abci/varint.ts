/**
 * CometBFT v0.38's ABCI socket framing (libs/protoio): each message is an unsigned varint (protobuf uvarint,
 * Go's binary.PutUvarint) byte length followed by that many bytes of protobuf. (v0.34 used a zigzag varint.)
 */

/** CometBFT's reader refuses messages above 100 MiB (abci/types/messages.go maxMsgSize); so do we. */
export const MAX_MESSAGE_BYTES = 100 * 1024 * 1024;

export function encodeUvarint(n: number): Uint8Array {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`uvarint: ${n} is not a non-negative integer`);
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
  return Uint8Array.from(out);
}

/** The length-prefixed frame of one message. */
export function frame(msg: Uint8Array): Buffer {
  return Buffer.concat([encodeUvarint(msg.length), msg]);
}

/** Size of a length-delimited protobuf field holding `len` bytes (tag byte + uvarint + payload). */
export function protoFieldSize(len: number): number {
  return 1 + encodeUvarint(len).length + len;
}

/**
 * Splits a byte stream into frames. push() takes whatever the socket delivered and returns the complete
 * messages it finished; a length above MAX_MESSAGE_BYTES or a varint longer than 10 bytes is an error.
 */
export class FrameReader {
  private buf: Buffer = Buffer.alloc(0);

  push(chunk: Uint8Array): Uint8Array[] {
    this.buf = this.buf.length === 0 ? Buffer.from(chunk) : Buffer.concat([this.buf, chunk]);
    const out: Uint8Array[] = [];
    let off = 0;
    for (;;) {
      let len = 0;
      let mul = 1;
      let i = off;
      let done = false;
      while (i < this.buf.length) {
        const b = this.buf[i++]!;
        len += (b & 0x7f) * mul;
        mul *= 0x80;
        if ((b & 0x80) === 0) {
          done = true;
          break;
        }
        if (i - off >= 10) throw new Error('ABCI frame: varint length overflows');
      }
      if (!done) break;
      if (len > MAX_MESSAGE_BYTES) throw new Error(`ABCI frame: message of ${len} bytes exceeds the ${MAX_MESSAGE_BYTES}-byte limit`);
      if (this.buf.length - i < len) break;
      out.push(this.buf.subarray(i, i + len));
      off = i + len;
    }
    this.buf = off === 0 ? this.buf : Buffer.from(this.buf.subarray(off));
    return out;
  }

  /** Bytes received but not yet part of a complete frame. */
  get buffered(): number {
    return this.buf.length;
  }
}
