// In-process cost of the app per signed MsgSend: CheckTx (through Node.broadcastTx) and one FinalizeBlock+Commit
// of all of them, without HTTP. Run: npx tsx scripts/bench/node-app.ts  (env N, default 2000)
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
let t = performance.now();
for (const tx of txs) { const r = await node.broadcastTx(tx); if (r.code) throw new Error(r.log); }
const tCheck = performance.now() - t;
t = performance.now();
await node.mine(1);
const tBlock = performance.now() - t;
console.log(`checkTx ${(tCheck / N * 1000).toFixed(0)} µs/tx; block of ${N}: ${tBlock.toFixed(0)} ms = ${(tBlock / N * 1000).toFixed(0)} µs/tx; total ${(N / ((tCheck + tBlock) / 1000)).toFixed(0)} tx/s`);
await node.stop();
