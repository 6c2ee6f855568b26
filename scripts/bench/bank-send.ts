/**
 * x/bank's sendCoins per call on a real store (issue 17): a CommitStore on LevelDB holding SENDERS funded
 * accounts; per block a store branch, per transfer a tx branch with a gas meter, and in it the two sends an SVM
 * transfer (or a MsgSend with its fee) makes — payer → payee, then the fee into the fee collector — as delivery
 * runs them. Blocks are committed to LevelDB between rounds. Every round checks the balances it expects and the
 * gas each transfer used, and prints the gas summed, a digest of every event and the last app hash, so two
 * checkouts can be compared byte for byte.
 *
 * One process can hold only one checkout's keeper, so before/after is this script run on each checkout in turn
 * (alternately, on the same machine); it prints µs per sendCoins call (wall and this process's CPU).
 *
 *   npx tsx scripts/bench/bank-send.ts
 *   env: ROUNDS=7 TXS=20000 SENDERS=500 DENOMS=1 (coins per send: 1 = "utrv" only, 2 adds a second denom)
 *        FRESH=1 (new address arrays per transfer, as a decoded signer or SVM account is; default: the same arrays)
 */
import { createHash } from 'node:crypto';
import { DENOM, moduleAddress } from '../../core/types/address.ts';
import { Context } from '../../core/types/context.ts';
import { GasMeter, infiniteGasMeter } from '../../core/types/gas.ts';
import { CacheStore } from '../../core/store/cache-store.ts';
import { AuthKeeper } from '../../x/auth/keeper.ts';
import { BankKeeper } from '../../x/bank/keeper.ts';
import { buildStore, fmtStats, stats } from './lib/store.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 7);
const TXS = Number(process.env.TXS ?? 20_000);
const SENDERS = Number(process.env.SENDERS ?? 500);
const DENOMS = Number(process.env.DENOMS ?? 1);
const FRESH = process.env.FRESH === '1';
const BLOCK = 1000;
const FEE = 5000n;
const FUND = 10n ** 15n;
const DENOM2 = 'uatom';

const auth = new AuthKeeper();
const bank = new BankKeeper(auth);
const feeCollector = moduleAddress('fee_collector');
const addrOf = (i: number) => new Uint8Array(createHash('sha256').update(`bank-send ${i}`).digest().subarray(0, 20));
const senders = Array.from({ length: SENDERS }, (_, i) => addrOf(i));
const payees = Array.from({ length: SENDERS }, (_, i) => addrOf(SENDERS + i));
const block = (height: number) => ({ height, timeMs: 1_790_000_000_000 + height * 1000, chainId: 'bench-1', proposer: '' });

const bs = await buildStore(0, 64 << 20);
{
  const cache = new CacheStore(bs.store);
  const ctx = new Context(cache, infiniteGasMeter(), block(1), 'deliver');
  for (const a of senders) bank.mintCoins(ctx, a, [{ denom: DENOM, amount: FUND.toString() }, ...(DENOMS > 1 ? [{ denom: DENOM2, amount: FUND.toString() }] : [])]);
  await bs.commit(cache.changes());
}

let height = 2;
let sent = 0n;
const digest = createHash('sha256');
let gasTotal = 0n;
let lastAppHash = '';

/** TXS transfers in blocks of BLOCK; µs per sendCoins call (two per transfer), wall and CPU. */
async function round(): Promise<{ wall: number; cpu: number }> {
  let wallMs = 0;
  let cpuUs = 0;
  for (let done = 0; done < TXS; done += BLOCK) {
    const blockStore = new CacheStore(bs.store);
    const blockEvents: unknown[] = [];
    const info = block(height++);
    const t = performance.now();
    const u = process.cpuUsage();
    for (let i = 0; i < BLOCK; i++) {
      const k = (done + i) % SENDERS;
      const txStore = new CacheStore(blockStore);
      const ctx = new Context(txStore, new GasMeter(200_000n), info, 'deliver');
      const coins = [{ denom: DENOM, amount: '1000' }, ...(DENOMS > 1 ? [{ denom: DENOM2, amount: '7' }] : [])];
      // FRESH=1: new address arrays per transfer (as a tx's decoded signer or SVM account is), else the same ones.
      const from = FRESH ? senders[k]!.slice() : senders[k]!;
      bank.sendCoins(ctx, from, FRESH ? payees[k]!.slice() : payees[k]!, coins);
      bank.sendCoins(ctx, from, feeCollector, [{ denom: DENOM, amount: FEE.toString() }]);
      txStore.write();
      gasTotal += ctx.gasMeter.consumed;
      blockEvents.push(ctx.events);
    }
    const c = process.cpuUsage(u);
    wallMs += performance.now() - t;
    cpuUs += c.user + c.system;
    digest.update(JSON.stringify(blockEvents));
    lastAppHash = Buffer.from(await bs.commit(blockStore.changes())).toString('hex');
    sent += BigInt(BLOCK);
  }
  // Every result checked: the fee collector holds every fee, one sender and its payee what they must.
  const q = new Context(new CacheStore(bs.store), infiniteGasMeter(), block(height), 'query');
  const perSender = sent / BigInt(SENDERS);
  if (bank.getBalance(q, feeCollector, DENOM) !== sent * FEE) throw new Error('fee collector balance wrong');
  if (bank.getBalance(q, senders[0]!, DENOM) !== FUND - perSender * (1000n + FEE)) throw new Error('sender balance wrong');
  if (bank.getBalance(q, payees[0]!, DENOM) !== perSender * 1000n) throw new Error('payee balance wrong');
  if (DENOMS > 1 && bank.getBalance(q, payees[0]!, DENOM2) !== perSender * 7n) throw new Error('payee second denom wrong');
  const calls = 2 * TXS;
  return { wall: (wallMs * 1000) / calls, cpu: cpuUs / calls };
}

await round(); // warm-up
const walls: number[] = [];
const cpus: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  const x = await round();
  walls.push(x.wall);
  cpus.push(x.cpu);
  console.log(`round ${r + 1}: ${x.wall.toFixed(2)} µs wall, ${x.cpu.toFixed(2)} µs CPU per sendCoins`);
}
console.log(`sendCoins, ${DENOMS} denom(s), ${SENDERS} senders, ${FRESH ? 'fresh' : 'the same'} address arrays, tx branch per transfer, blocks of ${BLOCK} committed to LevelDB:`);
console.log(`  wall µs per call min / median / max: ${fmtStats(stats(walls), 'µs', 2)}`);
console.log(`  CPU  µs per call min / median / max: ${fmtStats(stats(cpus), 'µs', 2)}`);
console.log(`  gas of every transfer summed: ${gasTotal}; digest of every event ${digest.digest('hex').slice(0, 16)}; last app hash ${lastAppHash.slice(0, 16)}`);
await bs.close();
