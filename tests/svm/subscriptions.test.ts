import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { address, createSolanaRpcSubscriptions, signature as kitSignature } from '@solana/kit';
import { type Commitment, Connection, Keypair, LAMPORTS_PER_SOL, PublicKey, SystemProgram } from '@solana/web3.js';
import WebSocket from 'ws';
import { startNode, type TestNode } from '../helpers/node.ts';
import { MINT_SIZE, TOKEN_PROGRAM, createTokenProgramAccount, initializeMint, signedTx } from './spl-web3.ts';

/** Resolves with the first value `register` hands its callback (or rejects after ms). */
function first<T>(register: (cb: (v: T) => void) => void, ms = 15_000, what = 'notification'): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms);
    register((v) => {
      clearTimeout(t);
      resolve(v);
    });
  });
}

/** Until the node has acknowledged every subscription web3.js holds (its 1.98 bookkeeping, `_subscriptionsByHash`). */
async function subscribed(conn: Connection): Promise<void> {
  const subs = () => Object.values((conn as unknown as { _subscriptionsByHash: Record<string, { state: string }> })._subscriptionsByHash);
  const deadline = Date.now() + 15_000;
  while (!subs().every((x) => x.state === 'subscribed')) {
    if (Date.now() > deadline) throw new Error(`subscriptions not acknowledged: ${subs().map((x) => x.state).join(', ')}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A promise that fails after ms instead of hanging the file. */
function within<T>(p: Promise<T>, what: string, ms = 15_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e) => (clearTimeout(t), reject(e)),
    );
  });
}

describe('Solana WebSocket subscriptions: web3.js 1.x and @solana/kit', () => {
  let node: TestNode;
  let conn: Connection;
  let ws = '';
  const payer = Keypair.generate();
  const transfer = async (to: PublicKey, lamports: number) => {
    const tx = await signedTx(conn, payer, [SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: to, lamports })]);
    return conn.sendRawTransaction(tx.serialize());
  };

  before(async () => {
    node = await startNode({ blockTime: '100ms' });
    ws = `ws://${node.ports['svm-rpc.ws-address']}`;
    conn = new Connection(`http://${node.ports['svm-rpc.address']}`, { commitment: 'confirmed', wsEndpoint: ws });
    const sig = await conn.requestAirdrop(payer.publicKey, 50 * LAMPORTS_PER_SOL);
    await conn.confirmTransaction({ signature: sig, ...(await conn.getLatestBlockhash()) });
  });
  after(async () => {
    (conn as unknown as { _rpcWebSocket?: { close(): void } })._rpcWebSocket?.close();
    await node?.stop();
  });

  it('web3.js onAccountChange fires at processed, confirmed and finalized alike, then stops when removed', async () => {
    const dst = Keypair.generate().publicKey;
    const levels: Commitment[] = ['processed', 'confirmed', 'finalized'];
    const ids: number[] = [];
    const seen = levels.map((c) =>
      first<{ lamports: number; owner: PublicKey; slot: number }>((cb) => {
        ids.push(conn.onAccountChange(dst, (info, ctx) => cb({ lamports: info.lamports, owner: info.owner, slot: ctx.slot }), { commitment: c }));
      }, 15_000, `accountNotification at ${c}`),
    );
    await subscribed(conn);
    const sig = await transfer(dst, 1_234_567);
    const got = await Promise.all(seen);
    const status = (await conn.getSignatureStatuses([sig])).value[0];
    for (const g of got) {
      assert.equal(g.lamports, 1_234_567);
      assert.ok(g.owner.equals(SystemProgram.programId));
      assert.equal(g.slot, status?.slot, 'the notification is for the block that changed it');
    }
    for (const id of ids) await conn.removeAccountChangeListener(id);
  });

  it('web3.js onProgramAccountChange (dataSize filter) and onLogs (mentions / all) see a new SPL mint', async () => {
    const mint = Keypair.generate();
    const program = first<{ key: string; owner: string; size: number }>((cb) => {
      conn.onProgramAccountChange(TOKEN_PROGRAM, (k) => cb({ key: k.accountId.toBase58(), owner: k.accountInfo.owner.toBase58(), size: k.accountInfo.data.length }), {
        commitment: 'confirmed',
        filters: [{ dataSize: MINT_SIZE }],
      });
    });
    const mentions = first<{ signature: string; err: unknown; logs: string[] }>((cb) => conn.onLogs(mint.publicKey, (l) => cb(l), 'confirmed'));
    const all = first<{ signature: string; logs: string[] }>((cb) => conn.onLogs('all', (l) => cb(l), 'finalized'));
    await subscribed(conn);
    const tx = await signedTx(conn, payer, [await createTokenProgramAccount(conn, payer.publicKey, mint.publicKey, MINT_SIZE), initializeMint(mint.publicKey, 6, payer.publicKey)], [mint]);
    const sig = await conn.sendRawTransaction(tx.serialize());
    const p = await program;
    assert.deepEqual(p, { key: mint.publicKey.toBase58(), owner: TOKEN_PROGRAM.toBase58(), size: MINT_SIZE });
    const m = await mentions;
    assert.equal(m.signature, sig);
    assert.equal(m.err, null);
    assert.ok(m.logs.includes(`Program ${TOKEN_PROGRAM.toBase58()} invoke [1]`), m.logs.join('\n'));
    const a = await all;
    assert.ok(a.signature.length > 0 && a.logs.length > 0);
  });

  it('web3.js onSignature and confirmTransaction over the socket', async () => {
    const dst = Keypair.generate().publicKey;
    const { blockhash, lastValidBlockHeight } = await conn.getLatestBlockhash();
    const sig = await transfer(dst, 5_000_000);
    const notified = first<{ err: unknown; slot: number }>((cb) => conn.onSignature(sig, (r, ctx) => cb({ err: r.err, slot: ctx.slot }), 'processed'));
    const conf = await conn.confirmTransaction({ signature: sig, blockhash, lastValidBlockHeight }, 'finalized');
    assert.equal(conf.value.err, null);
    const n = await notified;
    assert.equal(n.err, null);
    assert.equal(n.slot, (await conn.getSignatureStatuses([sig])).value[0]?.slot);
  });

  it('@solana/kit: accountNotifications, programNotifications (jsonParsed), logsNotifications, signatureNotifications', async () => {
    const subs = createSolanaRpcSubscriptions(ws);
    const abort = new AbortController();
    try {
      const dst = Keypair.generate().publicKey;
      const mint = Keypair.generate();
      // kit hands an iterator only what arrives after it asked: subscribed (acknowledged) and asking, then send.
      const next = async <T>(p: Promise<AsyncIterable<T>>, what: string) => {
        const it = (await p)[Symbol.asyncIterator]();
        return { got: within(it.next(), what) };
      };
      const acct = (await next(subs.accountNotifications(address(dst.toBase58()), { commitment: 'confirmed', encoding: 'base64' }).subscribe({ abortSignal: abort.signal }), 'accountNotification')).got;
      const prog = (await next(subs.programNotifications(address(TOKEN_PROGRAM.toBase58()), { commitment: 'finalized', encoding: 'jsonParsed' }).subscribe({ abortSignal: abort.signal }), 'programNotification')).got;
      const logs = (await next(subs.logsNotifications({ mentions: [address(dst.toBase58())] }, { commitment: 'processed' }).subscribe({ abortSignal: abort.signal }), 'logsNotification')).got;
      const sig = await transfer(dst, 7_000_000);
      const sigs = (await next(subs.signatureNotifications(kitSignature(sig), { commitment: 'confirmed' }).subscribe({ abortSignal: abort.signal }), 'signatureNotification')).got;
      const tx = await signedTx(conn, payer, [await createTokenProgramAccount(conn, payer.publicKey, mint.publicKey, MINT_SIZE), initializeMint(mint.publicKey, 9, payer.publicKey)], [mint]);
      await conn.sendRawTransaction(tx.serialize());

      const a = (await acct).value!;
      assert.equal(a.value.lamports, 7_000_000n);
      assert.equal(a.value.owner, '11111111111111111111111111111111');
      assert.equal(typeof a.context.slot, 'bigint');
      const l = (await logs).value!;
      assert.equal(l.value.signature, sig);
      assert.equal(l.value.err, null);
      const s = (await sigs).value!;
      assert.deepEqual(s.value, { err: null });
      const p = (await prog).value!;
      assert.equal(p.value.pubkey, mint.publicKey.toBase58());
      const data = p.value.account.data as unknown as { program: string; parsed: { type: string; info: { decimals: bigint; mintAuthority: string; supply: string } } };
      assert.equal(data.program, 'spl-token');
      assert.equal(data.parsed.type, 'mint');
      assert.deepEqual([data.parsed.info.decimals, data.parsed.info.mintAuthority, data.parsed.info.supply], [9n, payer.publicKey.toBase58(), '0']);
    } finally {
      abort.abort();
    }
  });

  it('bad params are -32602; an unsubscribed account is quiet; unknown ids are refused', async () => {
    const sock = new WebSocket(ws);
    await new Promise((r, j) => (sock.once('open', r), sock.once('error', j)));
    const inbox: any[] = [];
    sock.on('message', (m) => inbox.push(JSON.parse(String(m))));
    let id = 0;
    const ask = async (method: string, params: unknown[]) => {
      const my = ++id;
      sock.send(JSON.stringify({ jsonrpc: '2.0', id: my, method, params }));
      for (let i = 0; i < 200; i++) {
        const r = inbox.find((m) => m.id === my);
        if (r) return r;
        await new Promise((res) => setTimeout(res, 10));
      }
      throw new Error(`no answer to ${method}`);
    };
    try {
      assert.equal((await ask('accountSubscribe', ['not-a-key'])).error.code, -32602);
      assert.equal((await ask('accountSubscribe', [payer.publicKey.toBase58(), { commitment: 'soon' }])).error.code, -32602);
      assert.equal((await ask('logsSubscribe', [{ mentions: ['a', 'b'] }])).error.code, -32602);
      assert.equal((await ask('programSubscribe', [TOKEN_PROGRAM.toBase58(), { filters: [{ bogus: 1 }] }])).error.code, -32602);
      assert.equal((await ask('accountUnsubscribe', [987654])).error.code, -32602);
      const dst = Keypair.generate().publicKey;
      const sub = (await ask('accountSubscribe', [dst.toBase58(), { encoding: 'base64', commitment: 'finalized' }])).result;
      assert.equal(typeof sub, 'number');
      assert.equal((await ask('logsUnsubscribe', [sub])).error.code, -32602, 'an account subscription is not a logs one');
      assert.equal((await ask('accountUnsubscribe', [sub])).result, true);
      const sig = await transfer(dst, 3_000_000);
      await conn.confirmTransaction({ signature: sig, ...(await conn.getLatestBlockhash()) });
      const slot = await conn.getSlot();
      while ((await conn.getSlot()) < slot + 2) await new Promise((r) => setTimeout(r, 50));
      assert.equal(inbox.filter((m) => m.method === 'accountNotification').length, 0);
      assert.equal(await conn.getBalance(dst), 3_000_000);
    } finally {
      sock.close();
    }
  });
});
