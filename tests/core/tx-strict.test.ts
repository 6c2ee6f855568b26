import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_TX_BYTES, decodeCosmosTx } from '../../core/baseapp/tx-decoder.ts';
import { AppError } from '../../core/types/errors.ts';

test('a tx over max_tx_bytes is refused before any decode, with a clear error', () => {
  const big = new Uint8Array(8 * 1024 * 1024).fill(0x0a); // nested length-delimited junk: deep recursion if decoded
  assert.throws(
    () => decodeCosmosTx(big, new Map()),
    (e: unknown) =>
      e instanceof AppError &&
      e.code === 21 &&
      e.message === `tx too large: ${big.length} bytes > limit ${MAX_TX_BYTES}: tx too large`,
  );
});

test('a tx at the limit is decoded (and fails on its content, not its size)', () => {
  const atLimit = new Uint8Array(MAX_TX_BYTES);
  assert.throws(
    () => decodeCosmosTx(atLimit, new Map()),
    (e: unknown) => e instanceof AppError && e.code !== 21,
  );
});
