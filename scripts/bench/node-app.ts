// In-process cost of the app per signed MsgSend: CheckTx (through Node.broadcastTx) and one FinalizeBlock+Commit
// of all of them, without HTTP. Run: npx tsx scripts/bench/node-app.ts  (env N, default 2000; REPEAT blocks)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initHome } from '../../cmd/triviumd/commands/init.ts';
import { Node } from '../../core/node/node.ts';
import { buildApp } from '../../app/app.ts';
import { dev, sendMsg, signTx } from '../../tests/helpers/cosmos.ts';
const home = mkdtempSync(join(tmpdir(), 'ab-'));
initHome(home);
const node = new Node({ home, blockTimeMs: 1000, flags: {}, log: () => {}, buildApp: (db) => buildApp(db).app });
await node.open();
const N = Number(process.env.N ?? 2000);
const txs = [];
for (let s = 0; s < N / 10; s++) for (let i = 0; i < 10; i++) txs.push(signTx([sendMsg(dev[i]!.address, dev[(i + 1) % 10]!.address, '1')], { privkey: dev[i]!.privkey, accountNumber: i, sequence: s, gas: 80000 }));
// CPU time (this process, every thread) as well as wall time: on a shared machine the CPU figure is the steadier one.
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let t = performance.now();
let c = cpu();
// 200 in flight, in arrival order per account (as the RPC sees them from many clients).
for (let i = 0; i < txs.length; i += 200) {
  for (const r of await Promise.all(txs.slice(i, i + 200).map((tx) => node.broadcastTx(tx)))) if (r.code) throw new Error(r.log);
}
const tCheck = performance.now() - t;
const cCheck = cpu() - c;
t = performance.now();
c = cpu();
await node.mine(1);
const tBlock = performance.now() - t;
const cBlock = cpu() - c;
const us = (ms: number) => ((ms / N) * 1000).toFixed(0);
console.log(`checkTx ${us(tCheck)} µs/tx (cpu ${us(cCheck)}); block of ${N}: ${tBlock.toFixed(0)} ms = ${us(tBlock)} µs/tx (cpu ${us(cBlock)}); total ${(N / ((tCheck + tBlock) / 1000)).toFixed(0)} tx/s, cpu ${us(cCheck + cBlock)} µs/tx`);
await node.stop();
