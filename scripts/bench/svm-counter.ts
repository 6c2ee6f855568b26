/**
 * counter.so increments per second through x/svm (the MsgExecute handler, one store branch per tx as the app
 * runs a message, blocks of BLOCK txs committed into the state), and the same transactions on a bare LiteSVM
 * loop in the same process. Prints both rates and the module's overhead.
 *
 * The handler alone: no RPC, signatures, ante or LevelDB. For the node against bare LiteSVM (and the raw
 * Solana tx handler between them), run svm-transfer.ts.
 *
 *   node --no-node-snapshot --import tsx scripts/bench/svm-counter.ts [txs=20000]
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Account, type TransactionMetadata } from 'litesvm';
import { DENOM, moduleAddress, toBech32Address } from '../../core/types/address.ts';
import { Context } from '../../core/types/context.ts';
import { GasMeter, infiniteGasMeter } from '../../core/types/gas.ts';
import { CacheStore } from '../../core/store/cache-store.ts';
import { SortedStore } from '../../core/store/sorted-store.ts';
import { AuthKeeper } from '../../x/auth/keeper.ts';
import { BankKeeper } from '../../x/bank/keeper.ts';
import { svmFace } from '../../x/svm/types/address.ts';
import { encodeBase58 } from '../../x/svm/types/base58.ts';
import { TypeUrls } from '../../x/svm/codec.ts';
import { newNativeSvm } from '../../x/svm/engine/engine.ts';
import { SvmKeeper } from '../../x/svm/keeper/keeper.ts';
import { svmMsgs } from '../../x/svm/msg-server.ts';
import { BPF_LOADER_ID, COMPUTE_BUDGET_PROGRAM_ID, SYSTEM_PROGRAM_ID, VOUCHER_PUBKEY } from '../../x/svm/types/index.ts';
import { compileTransaction, setComputeUnitLimitData } from '../../x/svm/wire.ts';

const N = Number(process.argv[2] ?? 20_000);
const BLOCK = 1000;
const GAS = 400_000n;
const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const elf = new Uint8Array(readFileSync(resolve(repoRoot, '../shared/fixtures/solana/counter.so')));

// ---- through the module -------------------------------------------------------------------------------
const state = new SortedStore();
const auth = new AuthKeeper();
const bank = new BankKeeper(auth);
const keeper = new SvmKeeper(bank, moduleAddress('svm'));
const execute = svmMsgs(keeper).find((m) => m.typeUrl === TypeUrls.MsgExecute)!;
const alice = new Uint8Array(20).fill(1);
let height = 1;
const block = () => ({ height, timeMs: 1_790_000_000_000 + height * 1000, chainId: 'bench', proposer: '' });
const setup = new CacheStore(state);
const sctx = new Context(setup, infiniteGasMeter(), block(), 'deliver');
bank.mintCoins(sctx, alice, [{ denom: DENOM, amount: '10000000000' }]);
const { programId } = keeper.deploy(sctx, alice, elf);
// the counter account: System CreateAccountWithSeed from alice's face
const base = svmFace(alice);
const counterAcct = new Uint8Array(createHash('sha256').update(base).update('bench').update(programId).digest());
{
  const b = Buffer.alloc(4 + 32 + 8 + 5 + 8 + 8 + 32);
  let o = b.writeUInt32LE(3, 0);
  o += Buffer.from(base).copy(b, o);
  o = b.writeBigUInt64LE(5n, o);
  o += Buffer.from('bench').copy(b, o);
  o = b.writeBigUInt64LE(keeper.minimumBalanceForRentExemption(4), o);
  o = b.writeBigUInt64LE(4n, o);
  Buffer.from(programId).copy(b, o);
  const r = keeper.executeInstruction(sctx, {
    caller: alice,
    programId: SYSTEM_PROGRAM_ID,
    data: new Uint8Array(b),
    accounts: [
      { pubkey: base, isSigner: true, isWritable: true },
      { pubkey: counterAcct, isSigner: false, isWritable: true },
    ],
    gasLimit: 10_000_000n,
  });
  if (!r.success) throw new Error(r.error);
}
setup.write();

const msg = { sender: toBech32Address(alice), programId: encodeBase58(programId), data: '00', accounts: [{ pubkey: encodeBase58(counterAcct), isSigner: false, isWritable: true }] };

function moduleRun(n: number): number {
  const t0 = performance.now();
  let blockStore = new CacheStore(state);
  for (let i = 0; i < n; i++) {
    if (i % BLOCK === 0 && i > 0) {
      blockStore.write();
      height++;
      blockStore = new CacheStore(state);
    }
    // what FinalizeBlock does per message: a branch with the tx's gas meter, the handler, commit
    const txCtx = new Context(new CacheStore(blockStore), new GasMeter(GAS), block(), 'deliver');
    const { ctx, commit } = txCtx.branch();
    execute.validateBasic!(msg);
    execute.handle(ctx, msg);
    commit();
    (txCtx.rawStore as CacheStore).write();
  }
  blockStore.write();
  return performance.now() - t0;
}

// ---- bare LiteSVM: the same transaction bytes, the same accounts ---------------------------------------
const compiled = compileTransaction(
  VOUCHER_PUBKEY,
  [
    { programId: COMPUTE_BUDGET_PROGRAM_ID, accounts: [], data: setComputeUnitLimitData(380_000) },
    { programId, accounts: [{ pubkey: counterAcct, isSigner: false, isWritable: true }], data: Uint8Array.of(0) },
  ],
  new Uint8Array(32),
);
const bare = newNativeSvm();
bare.setSigverify(false);
bare.setBlockhashCheck(false);
bare.setTransactionHistory(0n);
bare.setAccount(VOUCHER_PUBKEY, new Account(1n << 60n, new Uint8Array(0), SYSTEM_PROGRAM_ID, false, 0n));
bare.setAccount(programId, new Account(1_000_000_000n, elf, BPF_LOADER_ID, true, 0n));
bare.setAccount(counterAcct, new Account(1_000_000n, new Uint8Array(4), programId, false, 0n));

function bareRun(n: number, readResults = false): number {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const r = bare.sendLegacyTransaction(compiled.tx);
    if (typeof (r as { err?: unknown }).err === 'function') throw new Error('bare tx failed');
    if (readResults) {
      // what any caller needs back: logs, compute units, return data, the written account
      const m = r as TransactionMetadata;
      m.logs();
      m.computeUnitsConsumed();
      m.returnData().data();
      const a = bare.getAccount(counterAcct)!;
      a.data();
      a.lamports();
      a.owner();
      a.executable();
      a.rentEpoch();
    }
  }
  return performance.now() - t0;
}

// warm up, then alternate rounds so no side gets the quieter machine
moduleRun(2000);
bareRun(2000);
bareRun(2000, true);
keeper.engine.stats.runtimeMs = 0;
keeper.engine.stats.runs = 0;
let tModule = 0;
let tBare = 0;
let tBareRead = 0;
const rounds = 4;
for (let r = 0; r < rounds; r++) {
  tModule += moduleRun(N / rounds);
  tBare += bareRun(N / rounds);
  tBareRead += bareRun(N / rounds, true);
}
const count = Buffer.from(keeper.getAccount(Context.forQuery(state, block()), counterAcct)!.data).readUInt32LE(0);
const us = (ms: number) => ((ms / N) * 1000).toFixed(1);
const rate = (ms: number) => ((N / ms) * 1000).toFixed(0);
console.log(`counter.so increments: ${N} per side, blocks of ${BLOCK}, counter now ${count}`);
console.log(`  through x/svm (MsgExecute handler, store branch per tx):  ${rate(tModule)} tx/s  (${us(tModule)} µs/tx, of which ${us(keeper.engine.stats.runtimeMs)} µs inside LiteSVM's send)`);
console.log(`  bare LiteSVM loop (same tx bytes):                        ${rate(tBare)} tx/s  (${us(tBare)} µs/tx)`);
console.log(`  bare loop reading logs, CU, return data, the account:     ${rate(tBareRead)} tx/s  (${us(tBareRead)} µs/tx)`);
console.log(`  module overhead vs bare: ${((tModule / tBare - 1) * 100).toFixed(0)} % (goal ≤ 25 %); vs bare+reads: ${((tModule / tBareRead - 1) * 100).toFixed(0)} %; rate ratio module/bare ${(tBare / tModule).toFixed(2)}`);
