/**
 * Raw executor cost: Trivium's EVM path per call vs a bare @ethereumjs/evm runCall loop, same process, same
 * contract (OpenZeppelin ERC20 from ../shared/fixtures), same calls.
 *   bare     createEVM() with its default SimpleStateManager (in-memory maps), runCall in a loop
 *   trivium  EvmExecutor.callContract over a fresh CacheStore branch of a SortedStore each call: pooled EVM
 *            instance, our flat state manager (evm/… keys), balances through the bank keeper
 *   trivium tx  the full state transition of a signed tx (precheck, gas purchase, refund, fee), tx pre-decoded
 * Usage: node --no-node-snapshot --import tsx scripts/bench/evm-executor.ts [calls=3000]
 */
import { createEVM } from '@ethereumjs/evm';
import { Address, ecrecover as jsEcrecover } from '@ethereumjs/util';
import { ecrecoverNative, keccak256 } from '../../x/evm/crypto.ts';
import { Interface, SigningKey, Wallet, getBytes, hexlify } from 'ethers';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Context } from '../../core/types/context.ts';
import { GasMeter, infiniteGasMeter } from '../../core/types/gas.ts';
import { CacheStore } from '../../core/store/cache-store.ts';
import { SortedStore } from '../../core/store/sorted-store.ts';
import { AuthKeeper } from '../../x/auth/keeper.ts';
import { BankKeeper } from '../../x/bank/keeper.ts';
import { makeCommon } from '../../x/evm/executor/common.ts';
import { EvmKeeper } from '../../x/evm/keeper.ts';
import { PrecompileRegistry } from '../../x/evm/precompiles/index.ts';
import { decodeEthTx, type EthTx } from '../../x/evm/tx/decode.ts';

const N = Number(process.argv[2] ?? 3000);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const art = JSON.parse(readFileSync(path.resolve(repoRoot, '../shared/fixtures/evm/openzeppelin-contracts-4.9.6/build/ERC20PresetFixedSupply.json'), 'utf8'));
const iface = new Interface(art.abi);
const owner = new Wallet('0x' + '11'.repeat(32));
const ownerAddr = new Address(getBytes(owner.address));
const recipients = Array.from({ length: 64 }, (_, i) => '0x' + (i + 1).toString(16).padStart(40, '0'));
const transferData = recipients.map((r) => getBytes(iface.encodeFunctionData('transfer', [r, 1n])));
const balanceOfData = getBytes(iface.encodeFunctionData('balanceOf', [owner.address]));
const deployData = getBytes(art.bytecode + iface.encodeDeploy(['Bench', 'B', 10n ** 30n, owner.address]).slice(2));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** CPU time (user + system) per call in µs: on a shared machine wall time mostly measures the neighbours. */
async function timeLoop(n: number, f: (i: number) => Promise<void>): Promise<number> {
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) await f(i);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / n;
}

async function bare() {
  const evm = await createEVM({ common: makeCommon() });
  const sm = evm.stateManager;
  const { Account } = await import('@ethereumjs/util');
  await sm.putAccount(ownerAddr, new Account(0n, 10n ** 24n));
  const dep = await evm.runCall({ caller: ownerAddr, data: deployData, gasLimit: 5_000_000n });
  const token = dep.createdAddress!;
  return {
    transfer: (i: number) =>
      evm.runCall({ caller: ownerAddr, to: token, data: transferData[i % 64]!, gasLimit: 100_000n, skipNonceIncrement: true }).then((r) => {
        if (r.execResult.exceptionError) throw new Error(String(r.execResult.exceptionError.error));
      }),
    balanceOf: () =>
      evm.runCall({ caller: ownerAddr, to: token, data: balanceOfData, gasLimit: 100_000n, skipNonceIncrement: true }).then((r) => {
        if (r.execResult.exceptionError) throw new Error('fail');
      }),
  };
}

async function trivium() {
  const store = new SortedStore();
  const auth = new AuthKeeper();
  const bank = new BankKeeper(auth);
  const keeper = new EvmKeeper(bank, auth, new PrecompileRegistry(), 'ethereumjs'); // the JS path this bench is about
  const block = { height: 1, timeMs: 1_700_000_000_000, chainId: 'bench', proposer: '' };
  bank.mintCoins(new Context(store, infiniteGasMeter(), block, 'deliver'), ownerAddr.bytes, [{ denom: 'utrv', amount: '1000000000000' }]);
  const deployRaw = await owner.signTransaction({ chainId: 262145n, nonce: 0, gasLimit: 5_000_000n, maxFeePerGas: 10n ** 9n, maxPriorityFeePerGas: 0n, type: 2, data: hexlify(deployData) });
  const d = decodeEthTx(getBytes(deployRaw));
  const root = new CacheStore(store);
  const r = await keeper.executor.applyTransaction(new Context(root, new GasMeter(10n ** 12n), block, 'deliver'), d.tx, d.sender);
  root.write();
  const token = r.contractAddress!;
  // Pre-signed, pre-decoded txs (sender recovery cached), so the tx figure is execution only.
  const txs: EthTx[] = [];
  for (let i = 0; i < N; i++) {
    const raw = await owner.signTransaction({ chainId: 262145n, nonce: i + 1, gasLimit: 100_000n, maxFeePerGas: 10n ** 9n, maxPriorityFeePerGas: 0n, type: 2, to: '0x' + Buffer.from(token).toString('hex'), data: hexlify(transferData[i % 64]!) });
    const e = decodeEthTx(getBytes(raw));
    txs.push(e);
  }
  const ctx = () => new Context(new CacheStore(store), infiniteGasMeter(), block, 'deliver');
  let txBranch = new CacheStore(store);
  return {
    transfer: (i: number) =>
      keeper.executor.callContract(ctx(), { caller: ownerAddr.bytes, to: token, data: transferData[i % 64]!, value: 0n, gasLimit: 100_000n }).then((r) => {
        if (!r.success) throw new Error(r.error);
      }),
    balanceOf: () =>
      keeper.executor.callContract(ctx(), { caller: ownerAddr.bytes, to: token, data: balanceOfData, value: 0n, gasLimit: 100_000n, static: true }).then((r) => {
        if (!r.success) throw new Error(r.error);
      }),
    tx: (i: number) => {
      const e = txs[i]!;
      // One block branch for the run (like FinalizeBlock), one tx branch per tx (like the app).
      const tx = new CacheStore(txBranch);
      return keeper.executor.applyTransaction(new Context(tx, infiniteGasMeter(), block, 'deliver'), e.tx, e.sender).then((r) => {
        if (r.status !== 1) throw new Error(r.vmError);
        tx.write();
      });
    },
    resetTx: () => (txBranch = new CacheStore(store)),
  };
}

const b = await bare();
const t = await trivium();
// Warm up both (JIT, pools).
await timeLoop(300, b.transfer);
await timeLoop(300, t.transfer);
await timeLoop(300, b.balanceOf);
await timeLoop(300, t.balanceOf);

// Interleaved chunks, so both sides see the same machine load; per-chunk ratios, then medians.
const CHUNK = 250;
const rounds = Math.max(3, Math.round(N / CHUNK));
const res: Record<string, number[]> = { bareTransfer: [], trvTransfer: [], bareBalanceOf: [], trvBalanceOf: [], transferRatio: [], balanceOfRatio: [], trvTx: [] };
for (let r = 0; r < rounds; r++) {
  const bt = await timeLoop(CHUNK, b.transfer);
  const tt = await timeLoop(CHUNK, t.transfer);
  const bb = await timeLoop(CHUNK, b.balanceOf);
  const tb = await timeLoop(CHUNK, t.balanceOf);
  res.bareTransfer!.push(bt);
  res.trvTransfer!.push(tt);
  res.bareBalanceOf!.push(bb);
  res.trvBalanceOf!.push(tb);
  res.transferRatio!.push(tt / bt);
  res.balanceOfRatio!.push(tb / bb);
}
t.resetTx();
res.trvTx!.push(await timeLoop(N, t.tx));

// Sender recovery: the native path (libsecp256k1 via customCrypto) vs ethereumjs' default (@noble/curves).
const sigs = Array.from({ length: 500 }, (_, i) => {
  const key = new SigningKey(keccak256(Uint8Array.of(i, 7)));
  const hash = keccak256(Uint8Array.of(i));
  const sig = key.sign(hash);
  return { hash, v: BigInt(sig.v), r: getBytes(sig.r), s: getBytes(sig.s) };
});
const recoveries = (f: typeof jsEcrecover) => {
  const c0 = process.cpuUsage();
  for (let k = 0; k < 4; k++) for (const x of sigs) f(x.hash, x.v, x.r, x.s);
  const c = process.cpuUsage(c0);
  return (4 * sigs.length * 1e6) / (c.user + c.system);
};
recoveries(ecrecoverNative);
recoveries(jsEcrecover);
const nativeRate = recoveries(ecrecoverNative);
const jsRate = recoveries(jsEcrecover);

const row = (name: string, bareUs: number, trvUs: number, ratio: number) =>
  `| ${name.padEnd(22)} | ${bareUs.toFixed(1).padStart(8)} µs | ${trvUs.toFixed(1).padStart(8)} µs | ${((ratio - 1) * 100).toFixed(1).padStart(6)} % |`;
console.log(`EVM executor, ERC20 (OpenZeppelin 4.9.6), ${rounds} interleaved rounds of ${CHUNK} calls each side; CPU µs per call, medians (lower is better)`);
console.log('| call                   | bare runCall | Trivium path | overhead |');
console.log('|------------------------|-------------|-------------|----------|');
console.log(row('transfer (2 SSTOREs)', median(res.bareTransfer!), median(res.trvTransfer!), median(res.transferRatio!)));
console.log(row('balanceOf (static)', median(res.bareBalanceOf!), median(res.trvBalanceOf!), median(res.balanceOfRatio!)));
console.log(`Sender recovery (ecrecover): native libsecp256k1 ${Math.round(nativeRate)}/s, @noble/curves ${Math.round(jsRate)}/s (CPU time)`);
console.log(`Trivium full tx path (precheck, buy gas, run, refund, fee; tx pre-decoded): ${median(res.trvTx!).toFixed(1)} µs/tx = ${Math.round(1e6 / median(res.trvTx!))} tx/s`);
