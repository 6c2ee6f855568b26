import { BinaryWriter } from 'cosmjs-types/binary';

/**
 * cosmjs-types 0.11's `BinaryWriter.alloc` builds a new 8 KiB pool on every call, so each `encode(…).finish()`
 * under 4 KiB allocates an 8 KiB slab and returns a view of a few bytes of it (a SignDoc, a TxMsgData, every
 * message re-encoded by the decoder): per tx that is dozens of 8 KiB off-heap buffers, which V8 answers with
 * "external memory pressure" collections, and results that keep 8 KiB alive each. An exact-size array holds the
 * same bytes (finish writes every byte of it), so what is encoded never changes; only the garbage goes.
 */
export function exactProtoAlloc(): void {
  (BinaryWriter as unknown as { alloc: (size: number) => Uint8Array }).alloc = (size) => new Uint8Array(size);
}

exactProtoAlloc();
