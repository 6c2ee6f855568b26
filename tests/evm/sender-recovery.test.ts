import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { createTxFromRLP } from '@ethereumjs/tx';
import { Transaction, Wallet, getBytes, hexlify } from 'ethers';
import { txCommon } from '../../x/evm/executor/common.ts';
import { decodeEthTx } from '../../x/evm/tx/decode.ts';
import { SenderRecovery } from '../../x/evm/tx/sender-recovery.ts';
import { EVM_CHAIN_ID } from '../../x/evm/types/index.ts';

// Every request goes to the worker (no inline shortcut), so each answer below is the worker's own.
const worker = new SenderRecovery(false);
after(() => worker.close());

const wallets = Array.from({ length: 4 }, () => Wallet.createRandom());
const fill = (n: number) => hexlify(Uint8Array.from({ length: n }, (_, i) => (i * 7 + n) & 0xff));

/** Txs of every type we take, with the field shapes that move RLP boundaries: empty and long data (list lengths of 1, 2 and 3 bytes), a creation, zero and large values, access lists. */
async function variety(chainId: bigint): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  let i = 0;
  for (const data of ['0x', fill(1), fill(40), fill(300), fill(70_000)]) {
    // (A creation's init code is capped at 49,152 bytes: the 3-byte list length goes with a call.)
    for (const to of getBytes(data).length > 49_152 ? [wallets[0]!.address] : [wallets[0]!.address, null]) {
      const w = wallets[i++ % wallets.length]!;
      const common = { to, data, nonce: i * 977, gasLimit: 5_000_000n, value: i % 2 ? 0n : 10n ** 30n + BigInt(i) };
      const accessList = i % 2 ? [] : [{ address: wallets[1]!.address, storageKeys: [hexlify(new Uint8Array(32).fill(i))] }];
      out.push(getBytes(await w.signTransaction({ ...common, type: 0, gasPrice: 7n, chainId })));
      out.push(getBytes(await w.signTransaction({ ...common, type: 1, gasPrice: 0n, chainId, accessList })));
      out.push(getBytes(await w.signTransaction({ ...common, type: 2, maxFeePerGas: 10n ** 12n, maxPriorityFeePerGas: 1n, chainId, accessList })));
    }
  }
  // Pre-EIP-155 legacy (v = 27/28).
  const legacy = Transaction.from({ to: wallets[2]!.address, nonce: 3, gasLimit: 21_000n, gasPrice: 1n, type: 0 });
  legacy.signature = wallets[3]!.signingKey.sign(legacy.unsignedHash);
  out.push(getBytes(legacy.serialized));
  return out;
}

describe('sender recovery on the worker thread', () => {
  it('recovers exactly the sender ethereumjs recovers, for every tx type and field shape', async () => {
    const txs = await variety(EVM_CHAIN_ID);
    const got = await Promise.all(txs.map((raw) => worker.recover(raw)));
    for (const [i, raw] of txs.entries()) {
      const want = createTxFromRLP(raw, { common: txCommon }).getSenderAddress().bytes;
      assert.ok(got[i], `tx ${i} (type ${raw[0]! < 0xc0 ? raw[0] : 0}) was recovered`);
      assert.deepEqual(hexlify(got[i]!), hexlify(want), `tx ${i}`);
      assert.equal(hexlify(got[i]!), Transaction.from(hexlify(raw)).from!.toLowerCase());
    }
  });

  it('recovers txs bound to other chain ids (EIP-155 v of several bytes) as ethers does', async () => {
    for (const chainId of [1n, 31337n, 2n ** 40n + 5n]) {
      const txs = await variety(chainId);
      const got = await Promise.all(txs.map((raw) => worker.recover(raw)));
      txs.forEach((raw, i) => assert.equal(hexlify(got[i]!), Transaction.from(hexlify(raw)).from!.toLowerCase(), `chain ${chainId} tx ${i}`));
    }
  });

  it('answers "not recovered" for bytes it cannot parse, and decodeEthTx still judges them itself', async () => {
    const [good] = await variety(EVM_CHAIN_ID);
    const bad = [new Uint8Array(), new Uint8Array([0x02]), new Uint8Array([0x03, 0xc0]), good!.subarray(0, good!.length - 1), Uint8Array.from([...good!, 0])];
    for (const raw of bad) assert.equal(await worker.recover(raw), undefined, hexlify(raw).slice(0, 20));
    // A wrong hint on bad bytes changes nothing: the strict pass refuses them first.
    for (const raw of bad) assert.throws(() => decodeEthTx(raw, new Uint8Array(20).fill(1)));
  });

  it('decodeEthTx with the worker\'s sender equals decodeEthTx without it', async () => {
    const txs = await variety(EVM_CHAIN_ID);
    // Fresh signatures, so the decode cache has not seen these bytes: each decode takes the worker's sender.
    const hinted = await Promise.all(txs.map(async (raw) => decodeEthTx(raw, await worker.recover(raw))));
    for (const [i, e] of hinted.entries()) {
      assert.equal(e.sender.toString(), createTxFromRLP(txs[i]!, { common: txCommon }).getSenderAddress().toString());
      assert.equal(e.hashHex, Transaction.from(hexlify(txs[i]!)).hash);
    }
  });

  it('recoverHere (this thread, no hop) answers exactly what the worker answers, and nothing for bytes it cannot parse', async () => {
    for (const chainId of [EVM_CHAIN_ID, 1n, 2n ** 40n + 5n]) {
      const txs = await variety(chainId);
      const fromWorker = await Promise.all(txs.map((raw) => worker.recover(raw)));
      txs.forEach((raw, i) => {
        const here = worker.recoverHere(raw);
        assert.ok(here, `chain ${chainId} tx ${i} recovered here`);
        assert.equal(hexlify(here!), hexlify(fromWorker[i]!), `chain ${chainId} tx ${i}`);
        assert.equal(hexlify(here!), Transaction.from(hexlify(raw)).from!.toLowerCase());
      });
    }
    const [good] = await variety(EVM_CHAIN_ID);
    for (const raw of [new Uint8Array(), new Uint8Array([0x02]), new Uint8Array([0x03, 0xc0]), good!.subarray(0, good!.length - 1), Uint8Array.from([...good!, 0])]) {
      assert.equal(worker.recoverHere(raw), undefined, hexlify(raw).slice(0, 20));
    }
  });

  it('batches a burst into few messages, and a lone request on an idle recoverer is left to the caller', async () => {
    const txs = await variety(EVM_CHAIN_ID);
    const burst = Promise.all(txs.map((raw) => worker.recover(raw)));
    assert.ok(worker.inFlight >= 1 && worker.inFlight <= Math.ceil(txs.length / 16), `in flight: ${worker.inFlight}`);
    assert.ok((await burst).every((a) => a?.length === 20));
    const inline = new SenderRecovery();
    try {
      assert.equal(await inline.recover(txs[0]!), undefined, 'a lone request is recovered by the caller');
      const two = await Promise.all([inline.recover(txs[0]!), inline.recover(txs[1]!)]);
      assert.ok(two.every((a) => a?.length === 20), 'two in one turn go to the worker');
    } finally {
      await inline.close();
    }
  });
});
