/**
 * One load-generator process of svm-transfer.ts (forked with IPC). Per round: signs its share of transfers
 * with the blockhash it is given (before the clock starts), sends them through the node's Solana RPC
 * `sendTransaction` over raw keep-alive sockets, then checks every signature with getSignatureStatuses.
 * Reports when its last transaction was seen committed, what failed, and its own CPU.
 */
import { encodeBase58 } from '../../x/svm/types/base58.ts';
import { selfCpuSec } from './lib/proc.ts';
import { benchKeypair, type Keypair, signedTransfer } from './lib/solana-transfers.ts';
import { PipelinedConnection, postBytes } from './pipelined-client.ts';

export interface LoadgenRound {
  type: 'round';
  port: number;
  /** Sender key indices; sender s pays the next index in the list (wrapping). */
  senders: number[];
  perSender: number;
  amountBase: string;
  blockhashHex: string;
  connections: number;
  inFlight: number;
  skipPreflight: boolean;
}
export interface LoadgenResult {
  type: 'done';
  sent: number;
  committed: number;
  failed: number;
  retries: number;
  firstError: string;
  /** performance.timeOrigin-based ms: first send, last send answered, last commit seen. */
  tStart: number;
  tSent: number;
  tCommitted: number;
  cpuSendSec: number;
  cpuTotalSec: number;
}

const now = () => performance.timeOrigin + performance.now();
const keys = new Map<number, Keypair>();
const keyOf = (i: number) => keys.get(i) ?? (keys.set(i, benchKeypair(i)), keys.get(i)!);

async function round(r: LoadgenRound): Promise<LoadgenResult> {
  const blockhash = new Uint8Array(Buffer.from(r.blockhashHex, 'hex'));
  const bodies: Buffer[] = [];
  const sigs: string[] = [];
  const base = BigInt(r.amountBase);
  // Interleave the senders so consecutive requests come from different accounts.
  for (let s = 0; s < r.perSender; s++) {
    for (let j = 0; j < r.senders.length; j++) {
      const from = keyOf(r.senders[j]!);
      const to = keyOf(r.senders[(j + 1) % r.senders.length]!).pubkey;
      const { wire, signature } = signedTransfer(from, to, base + BigInt(s * r.senders.length + j), blockhash);
      bodies.push(postBytes(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'sendTransaction', params: [Buffer.from(wire).toString('base64'), { encoding: 'base64', skipPreflight: r.skipPreflight }] })));
      sigs.push(encodeBase58(signature));
    }
  }
  const conns = await Promise.all(Array.from({ length: r.connections }, () => PipelinedConnection.open(r.port)));
  process.send!({ type: 'ready' });
  await new Promise<void>((res) => process.once('message', () => res()));

  const cpu0 = selfCpuSec();
  const tStart = now();
  let next = 0;
  let retries = 0;
  let failed = 0;
  let firstError = '';
  await Promise.all(
    Array.from({ length: r.inFlight }, async (_, w) => {
      const conn = conns[w % conns.length]!;
      while (next < bodies.length) {
        const i = next++;
        for (;;) {
          const res = JSON.parse((await conn.request(bodies[i]!)).toString()) as { result?: string; error?: { message: string } };
          if (res.result === sigs[i]) break;
          if (res.error && /mempool is full/.test(res.error.message)) {
            retries++;
            await new Promise((t) => setTimeout(t, 20));
            continue;
          }
          failed++;
          firstError ||= JSON.stringify(res.error ?? res).slice(0, 300);
          sigs[i] = '';
          break;
        }
      }
    }),
  );
  const tSent = now();
  const cpuSendSec = selfCpuSec() - cpu0;

  // Every signature's status: the most recently sent first (the last to commit), then all that are left.
  const statusBody = (batch: string[]) => postBytes(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'getSignatureStatuses', params: [batch] }));
  let outstanding = sigs.filter((s) => s !== '');
  let committed = 0;
  let tCommitted = tSent;
  const deadline = now() + 120_000;
  const check = async (batch: string[]): Promise<Set<string>> => {
    const res = JSON.parse((await conns[0]!.request(statusBody(batch))).toString()) as { result: { value: Array<{ err: unknown } | null> } };
    const seen = new Set<string>();
    res.result.value.forEach((v, k) => {
      if (!v) return;
      seen.add(batch[k]!);
      if (v.err === null) committed++;
      else {
        failed++;
        firstError ||= `committed with error ${JSON.stringify(v.err)}`;
      }
    });
    return seen;
  };
  while (outstanding.length > 0) {
    if (now() > deadline) throw new Error(`loadgen: ${outstanding.length} signatures not committed after 120 s`);
    const tail = outstanding.slice(-256);
    const seenTail = await check(tail);
    outstanding = outstanding.filter((s) => !seenTail.has(s));
    if (seenTail.size === tail.length) {
      tCommitted = now();
      const rest: string[] = [];
      for (let k = 0; k < outstanding.length; k += 256) {
        const batch = outstanding.slice(k, k + 256);
        const seen = await check(batch);
        for (const s of batch) if (!seen.has(s)) rest.push(s);
      }
      outstanding = rest;
    }
    if (outstanding.length) await new Promise((t) => setTimeout(t, 25));
  }
  for (const c of conns) c.close();
  return { type: 'done', sent: bodies.length, committed, failed, retries, firstError, tStart, tSent, tCommitted, cpuSendSec, cpuTotalSec: selfCpuSec() - cpu0 };
}

process.on('message', (m: LoadgenRound | { type: 'exit' }) => {
  if (m.type === 'exit') process.exit(0);
  if (m.type === 'round') {
    round(m).then(
      (res) => process.send!(res),
      (e: unknown) => {
        process.send!({ type: 'error', message: e instanceof Error ? e.stack : String(e) });
      },
    );
  }
});
process.on('disconnect', () => process.exit(0));
process.send!({ type: 'hello' });
