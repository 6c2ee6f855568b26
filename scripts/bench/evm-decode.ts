/**
 * Admitting a raw Ethereum tx (x/evm/tx/decode.ts: strict RLP pass, ethereumjs decode, sender recovery, tx
 * hash), before and after native keccak, INTERLEAVED in rounds in one process:
 *   js      what decodeEthTx did before: ethereumjs' tx.hash() (re-serialises, then hashes) and
 *           getSenderAddress() (keccak of the key), keccak256 through @noble/hashes, recovery through libsecp256k1
 *   native  decodeEthTx now: keccak256 through the keccak package's native sponge, the hash of the raw bytes
 * Each round decodes ROUND fresh ERC20-transfer txs (distinct, so decodeEthTx's cache never hits), CPU time per
 * tx. Usage: node --import tsx scripts/bench/evm-decode.ts [txs per round=2000] [rounds=6]
 */
import { createCustomCommon, Mainnet } from '@ethereumjs/common';
import { createTxFromRLP, paramsTx } from '@ethereumjs/tx';
import { Interface, Wallet } from 'ethers';
import { ecdsaRecoverNative, ecrecoverNative, keccak256, keccak256Js, keccakNative } from '../../x/evm/crypto.ts';
import { decodeEthTx } from '../../x/evm/tx/decode.ts';
import { checkRawEthTx } from '../../x/evm/tx/strict.ts';
import { EVM_CHAIN_ID, HARDFORK } from '../../x/evm/types/index.ts';
import { fmt, signRaw, stats } from './lib/evm-side.ts';
import { devWallets } from './evm-peers.ts';
import { selfCpuSec } from './lib/proc.ts';

const ROUND = Number(process.argv[2] ?? 2000);
const ROUNDS = Number(process.argv[3] ?? 6);
if (!keccakNative()) throw new Error('the native keccak did not load: nothing to compare');
const jsCommon = createCustomCommon({ name: 'trivium', chainId: Number(EVM_CHAIN_ID) }, Mainnet, {
  hardfork: HARDFORK,
  customCrypto: { keccak256: keccak256Js, ecrecover: ecrecoverNative, ecdsaRecover: ecdsaRecoverNative },
  params: paramsTx,
});
jsCommon.copy = () => jsCommon;
jsCommon.updateParams = () => {};

const wallet = devWallets(1)[0]!;
const iface = new Interface(['function transfer(address,uint256)']);
let nonce = 0;
const fresh = (): Uint8Array[] =>
  Array.from({ length: ROUND }, () => Buffer.from(signRaw(wallet, { nonce: nonce++, gasLimit: 60_000n, to: Wallet.createRandom().address, data: iface.encodeFunctionData('transfer', [wallet.address, 1n]) }).slice(2), 'hex'));

const sides = {
  js: (raws: Uint8Array[]) => {
    for (const raw of raws) {
      checkRawEthTx(raw, EVM_CHAIN_ID);
      const tx = createTxFromRLP(raw, { common: jsCommon });
      if (tx.getSenderAddress().toString() !== wallet.address.toLowerCase() || tx.hash().length !== 32) throw new Error('js path: wrong sender');
    }
  },
  native: (raws: Uint8Array[]) => {
    for (const raw of raws) if (decodeEthTx(raw).sender.toString() !== wallet.address.toLowerCase()) throw new Error('native path: wrong sender');
  },
};
// Same answers on one tx first.
const probe = fresh()[0]!;
if (Buffer.compare(Buffer.from(createTxFromRLP(probe, { common: jsCommon }).hash()), Buffer.from(decodeEthTx(probe).hash)) !== 0) throw new Error('the two paths disagree on the hash');
for (const f of Object.values(sides)) f(fresh()); // warm-up (JIT)

const perTx: Record<string, number[]> = { js: [], native: [] };
for (let r = 0; r < ROUNDS; r++) {
  for (const name of r % 2 ? (['native', 'js'] as const) : (['js', 'native'] as const)) {
    const raws = fresh();
    const c0 = selfCpuSec();
    sides[name](raws);
    perTx[name]!.push(((selfCpuSec() - c0) / ROUND) * 1e6);
  }
}
const k = (f: (m: Uint8Array) => Uint8Array, m: Uint8Array) => {
  const c0 = selfCpuSec();
  for (let i = 0; i < 50_000; i++) f(m);
  return ((selfCpuSec() - c0) / 50_000) * 1e6;
};
console.log(`raw tx admission (strict pass + decode + sender + hash), ${ROUNDS} interleaved rounds of ${ROUND} fresh txs, CPU µs per tx`);
console.log('| path | µs per tx min / median / max |');
console.log('|---|---|');
for (const name of ['js', 'native']) console.log(`| ${name} | ${fmt(stats(perTx[name]!), 1)} |`);
for (const n of [32, 64, 136, 300]) {
  const m = new Uint8Array(n).fill(7);
  console.log(`keccak256 of ${n} bytes: @noble/hashes ${k(keccak256Js, m).toFixed(2)} µs, native ${k(keccak256, m).toFixed(2)} µs`);
}
