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

test('the mempool refuses by count and by bytes with CometBFT words, and a refused tx changes nothing', async () => {
  const { Mempool } = await import('../../core/baseapp/mempool.ts');
  const m = new Mempool(2, 100);
  assert.equal(m.fullError(60), undefined);
  m.add(new Uint8Array(60), { code: 0, codespace: '', log: '', hash: 'A', gasWanted: 1n });
  assert.equal(m.fullError(41), 'mempool is full: number of txs 1 (max: 2), total txs bytes 60 (max: 100)');
  assert.equal(m.fullError(40), undefined);
  m.add(new Uint8Array(40), { code: 0, codespace: '', log: '', hash: 'B', gasWanted: 1n });
  assert.equal(m.fullError(0), 'mempool is full: number of txs 2 (max: 2), total txs bytes 100 (max: 100)');
  assert.equal(m.size, 2);
  assert.equal(m.totalBytes, 100);
  const rest = m.removeIncluded(m.reap(10n, 1000).slice(0, 1));
  assert.equal(rest.length, 1);
  assert.equal(m.totalBytes, 0); // the producer re-adds the leftovers after their recheck
});
