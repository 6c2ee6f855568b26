import { AbiCoder } from 'ethers';

/** Revert data helpers: Solidity's `Error(string)` and `Panic(uint256)`, as ethers and geth decode them. */

const ERROR_SELECTOR = Uint8Array.from([0x08, 0xc3, 0x79, 0xa0]);
const PANIC_SELECTOR = Uint8Array.from([0x4e, 0x48, 0x7b, 0x71]);
const coder = AbiCoder.defaultAbiCoder();

export function encodeErrorString(reason: string): Uint8Array {
  const body = Buffer.from(coder.encode(['string'], [reason]).slice(2), 'hex');
  const out = new Uint8Array(4 + body.length);
  out.set(ERROR_SELECTOR, 0);
  out.set(body, 4);
  return out;
}

const startsWith = (data: Uint8Array, sel: Uint8Array) => data.length >= 4 && sel.every((b, i) => data[i] === b);

/** The human reason inside revert data, if it is an Error(string) or Panic(uint256); undefined otherwise. */
export function decodeRevertReason(data: Uint8Array): string | undefined {
  try {
    if (startsWith(data, ERROR_SELECTOR)) return coder.decode(['string'], data.subarray(4))[0] as string;
    if (startsWith(data, PANIC_SELECTOR)) {
      const code = coder.decode(['uint256'], data.subarray(4))[0] as bigint;
      return `panic: ${PANIC_REASONS[Number(code)] ?? 'unknown panic code'} (0x${code.toString(16)})`;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

const PANIC_REASONS: Record<number, string> = {
  0x01: 'assert(false)',
  0x11: 'arithmetic underflow or overflow',
  0x12: 'division or modulo by zero',
  0x21: 'enum overflow',
  0x22: 'invalid encoded storage byte array accessed',
  0x31: 'out-of-bounds array access; popping on an empty array',
  0x32: 'out-of-bounds access of an array or bytesN',
  0x41: 'out of memory',
  0x51: 'uninitialized function',
};

