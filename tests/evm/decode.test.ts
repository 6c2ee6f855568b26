import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RLP } from '@ethereumjs/rlp';
import { bigIntToUnpaddedBytes, bytesToBigInt } from '@ethereumjs/util';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { Wallet, getBytes, keccak256 } from 'ethers';
import { EvmError, EvmErrorCode } from '../../x/evm/errors.ts';
import { claimsEthTx, decodeEthTx } from '../../x/evm/tx/decode.ts';

const w = Wallet.createRandom();
const base = { to: w.address, value: 1n, gasLimit: 21_000n, nonce: 0 };
const sign = async (req: object) => getBytes(await w.signTransaction({ ...base, ...req }));
const kind = (f: () => unknown): EvmErrorCode | undefined => {
  try {
    f();
  } catch (e) {
    if (e instanceof EvmError) return e.kind;
    throw e;
  }
  return undefined;
};

describe('which block bytes are Ethereum txs, and decoding them', () => {
  it('claims typed (0x01, 0x02) and legacy RLP txs, not Cosmos TxRaw nor Solana wire txs', async () => {
    const legacy = await sign({ type: 0, gasPrice: 10n ** 9n, chainId: 262145n });
    const al = await sign({ type: 1, gasPrice: 10n ** 9n, chainId: 262145n, accessList: [] });
    const fee = await sign({ type: 2, maxFeePerGas: 10n ** 9n, maxPriorityFeePerGas: 0n, chainId: 262145n });
    assert.equal(legacy[0]! >= 0xc0, true);
    for (const t of [legacy, al, fee]) assert.equal(claimsEthTx(t), true);
    const cosmos = TxRaw.encode({ bodyBytes: new Uint8Array([1, 2]), authInfoBytes: new Uint8Array([3]), signatures: [new Uint8Array(64)] }).finish();
    assert.equal(cosmos[0], 0x0a);
    assert.equal(claimsEthTx(cosmos), false);
    // A Solana tx: compact-u16 signature count (1 or 2), 64-byte signatures, then the message.
    for (const count of [1, 2]) {
      const sol = new Uint8Array(1 + 64 * count + 100).fill(0xf8);
      sol[0] = count;
      assert.equal(claimsEthTx(sol), false);
    }
    assert.equal(claimsEthTx(fee.subarray(0, fee.length - 1)), false, 'truncated');
    assert.equal(claimsEthTx(new Uint8Array([0x02])), false);
  });

  it('decodes and authenticates each type; errors are typed', async () => {
    const fee = await sign({ type: 2, maxFeePerGas: 10n ** 9n, maxPriorityFeePerGas: 0n, chainId: 262145n });
    const e = decodeEthTx(fee);
    assert.equal(e.sender.toString(), w.address.toLowerCase());
    assert.equal(e.unprotected, false);
    const otherChain = await sign({ type: 2, maxFeePerGas: 1n, maxPriorityFeePerGas: 0n, chainId: 1n });
    assert.equal(kind(() => decodeEthTx(otherChain)), EvmErrorCode.InvalidChainId);
    const legacyOtherChain = await sign({ type: 0, gasPrice: 1n, chainId: 31337n });
    assert.equal(kind(() => decodeEthTx(legacyOtherChain)), EvmErrorCode.InvalidChainId);
    const unprotected = await sign({ type: 0, gasPrice: 1n, chainId: 0n });
    assert.equal(decodeEthTx(unprotected).unprotected, true);
    assert.equal(kind(() => decodeEthTx(new Uint8Array([0xde, 0xad]))), EvmErrorCode.TxDecode);
    assert.equal(kind(() => decodeEthTx(new Uint8Array([0x03, 0xc0]))), EvmErrorCode.TxTypeNotSupported);
    // A high-s twin of a valid signature is rejected (EIP-2); a changed payload authenticates someone else.
    const fields = RLP.decode(fee.subarray(1)) as Uint8Array[];
    const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
    const highS = [...fields.slice(0, 9), (fields[9]!.length ? new Uint8Array() : Uint8Array.of(1)), fields[10]!, bigIntToUnpaddedBytes(N - bytesToBigInt(fields[11]!))];
    const malleable = new Uint8Array([2, ...RLP.encode(highS)]);
    assert.equal(kind(() => decodeEthTx(malleable)), EvmErrorCode.InvalidSignature);
    const otherValue = [...fields.slice(0, 6), Uint8Array.of(2), ...fields.slice(7)];
    assert.notEqual(decodeEthTx(new Uint8Array([2, ...RLP.encode(otherValue)])).sender.toString(), w.address.toLowerCase());
  });

  it('hash and sender (computed from the raw bytes with the native keccak) equal ethereumjs\' tx.hash() and getSenderAddress(), every type, at an offset', async () => {
    const txs = [
      await sign({ type: 0, gasPrice: 10n ** 9n, chainId: 262145n, nonce: 3 }),
      await sign({ type: 1, gasPrice: 10n ** 9n, chainId: 262145n, accessList: [{ address: w.address, storageKeys: ['0x' + '11'.repeat(32)] }], nonce: 4 }),
      await sign({ type: 2, maxFeePerGas: 10n ** 9n, maxPriorityFeePerGas: 1n, chainId: 262145n, data: '0x' + 'ab'.repeat(300), nonce: 5 }),
    ];
    for (const raw of txs) {
      const framed = new Uint8Array(raw.length + 7);
      framed.set(raw, 5);
      const e = decodeEthTx(framed.subarray(5, 5 + raw.length));
      assert.deepEqual(e.hash, e.tx.hash());
      assert.equal(e.hashHex, keccak256(raw));
      assert.equal(e.sender.toString(), e.tx.getSenderAddress().toString());
      assert.equal(e.sender.toString(), w.address.toLowerCase());
    }
  });
});
