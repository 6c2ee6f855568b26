// One load-generator process of node-throughput.ts: pre-signs MsgSend txs for its share of the accounts,
// then (on "go") sends them with broadcast_tx_sync over pipelined keep-alive sockets for a fixed time, one
// request in flight per account so each account's sequence arrives in order. A "mempool is full" answer is
// back-pressure, not a failure: the same tx is sent again a little later (and counted). Every other answer
// is checked: code 0 counts as accepted, anything else as rejected (with the first message kept).
import { PipelinedConnection, postBytes } from '../pipelined-client.ts';
import { selfCpuSec } from './proc.ts';
import { signSend } from './cosmos-send.ts';

export interface LoadgenSetup {
  port: number;
  chainId: string;
  denom: string;
  gas: number;
  fee: string;
  perAccount: number;
  workers: number;
  connections: number;
  accounts: Array<{ privkeyHex: string; address: string; to: string; accountNumber: number }>;
}

export interface LoadgenResult {
  sent: number;
  accepted: number;
  rejected: number;
  fullRetries: number;
  exhausted: number;
  firstError: string;
  cpuSec: number;
  elapsedSec: number;
}

const send = (m: unknown) => process.send!(m);
let bodies: Buffer[][] = [];
let conns: PipelinedConnection[] = [];
let setup: LoadgenSetup;

process.on('message', async (m: { type: 'setup'; setup: LoadgenSetup } | { type: 'go'; durationMs: number } | { type: 'exit' }) => {
  if (m.type === 'setup') {
    setup = m.setup;
    const t0 = performance.now();
    bodies = setup.accounts.map((a) => {
      const privkey = new Uint8Array(Buffer.from(a.privkeyHex, 'hex'));
      return Array.from({ length: setup.perAccount }, (_, s) => {
        const tx = signSend({ privkey, from: a.address, to: a.to, amount: '1', denom: setup.denom, chainId: setup.chainId, accountNumber: a.accountNumber, sequence: s, gas: setup.gas, fee: setup.fee });
        return postBytes(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'broadcast_tx_sync', params: { tx: Buffer.from(tx).toString('base64') } }));
      });
    });
    conns = await Promise.all(Array.from({ length: setup.connections }, () => PipelinedConnection.open(setup.port)));
    send({ type: 'ready', signSec: (performance.now() - t0) / 1000, txs: setup.accounts.length * setup.perAccount });
  } else if (m.type === 'go') {
    send({ type: 'done', result: await run(m.durationMs) });
  } else {
    for (const c of conns) c.close();
    process.exit(0);
  }
});

async function run(durationMs: number): Promise<LoadgenResult> {
  const r: LoadgenResult = { sent: 0, accepted: 0, rejected: 0, fullRetries: 0, exhausted: 0, firstError: '', cpuSec: 0, elapsedSec: 0 };
  const next = new Array(setup.accounts.length).fill(0);
  const dead = new Array(setup.accounts.length).fill(false);
  const c0 = selfCpuSec();
  const t0 = performance.now();
  const over = () => performance.now() - t0 > durationMs;
  await Promise.all(
    Array.from({ length: setup.workers }, async (_, w) => {
      const conn = conns[w % conns.length]!;
      const mine = setup.accounts.map((_, i) => i).filter((i) => i % setup.workers === w);
      for (;;) {
        let any = false;
        for (const i of mine) {
          if (over()) return;
          if (dead[i]) continue;
          if (next[i] >= setup.perAccount) {
            if (!dead[i]) r.exhausted++;
            dead[i] = true;
            continue;
          }
          any = true;
          const body = (await conn.request(bodies[i]![next[i]]!)).toString();
          r.sent++;
          const res = JSON.parse(body);
          if (res.result?.code === 0) {
            r.accepted++;
            next[i]++;
          } else if (/mempool is full/.test(body)) {
            r.fullRetries++;
            await new Promise((ok) => setTimeout(ok, 20));
          } else {
            // The account's later sequences cannot be accepted after a rejected one: stop sending for it.
            r.rejected++;
            dead[i] = true;
            r.firstError ||= JSON.stringify(res.error ?? res.result).slice(0, 300);
          }
        }
        if (!any) return;
      }
    }),
  );
  r.elapsedSec = (performance.now() - t0) / 1000;
  r.cpuSec = selfCpuSec() - c0;
  return r;
}
