/**
 * A real 4-validator network: Trivium apps behind CometBFT v0.38 (built by scripts/install-cometbft.sh), started
 * with the same functions `triviumd testnet` runs. Clients first (CosmJS, ethers), then the faults in sequence;
 * every step ends with every node agreeing on every app hash (CometBFT halts on a mismatch, so a halt fails too).
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { GasPrice, SigningStargateClient, StargateClient, makeCosmoshubPath } from '@cosmjs/stargate';
import { Comet38Client, WebsocketClient } from '@cosmjs/tendermint-rpc';
import { Contract, ContractFactory, HDNodeWallet, JsonRpcProvider, Mnemonic, Wallet, toUtf8Bytes } from 'ethers';
import { addNode, alive, appLog, cometLog, cometRpc, downNetwork, readNetwork, startNetwork, stopNetwork, upNetwork, waitForHeight, type Network } from '../../testnet/network.ts';
import { parseAddress } from '../../core/types/address.ts';
import { svmFace } from '../../x/svm/types/address.ts';
import { decodeBase58, encodeBase58 } from '../../x/svm/types/base58.ts';
import { callMsg, deployJs, getMessage, getParams, messageIds, sendTx, setParams } from '../crossvm/helpers.ts';
import { compileSolidity, erc20Artifact } from '../evm/helpers.ts';
import { dev, MNEMONIC } from '../helpers/cosmos.ts';
import { fixturesDir, repoRoot, runCli } from '../helpers/node.ts';
import { agreeUpTo, asTestNode, freePortShift, heightOf, testnetDir } from '../helpers/testnet.ts';
import { svmClient } from '../svm/client.ts';
import { createWithSeedData, seedAddress } from '../svm/spl.ts';

const out = testnetDir();
let net: Network;
// By the manifest's pid only while it is still that process (a pid of an exited one may be anyone's now).
const kill9 = (pid: number | null, args: string[]) => {
  assert.ok(alive(pid, args), `pid ${pid} is the recorded process, running`);
  process.kill(pid!, 'SIGKILL');
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function untilDead(pid: number | null, args: string[], ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (!alive(pid, args)) return;
    if (Date.now() > deadline) throw new Error(`pid ${pid} still alive`);
    await sleep(50);
  }
}

/** Until `file` logs `line` past its first `from` characters. */
async function untilLogged(file: string, line: RegExp, from: number, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!line.test(readFileSync(file, 'utf8').slice(from))) {
    if (Date.now() > deadline) throw new Error(`${file} never logged ${line}`);
    await sleep(50);
  }
}

/** Starts node i again and waits until every node is past the tip and agrees on every app hash up to it. */
async function healed(i: number): Promise<void> {
  await startNetwork(out, i);
  const top = await heightOf(net.nodes[0]!);
  await waitForHeight(out, top + 1, { timeoutMs: 90_000 });
  await agreeUpTo(readNetwork(out), top);
}

before(async () => {
  net = await upNetwork({ validators: 4, out, portShift: await freePortShift(6), blockTime: '100ms', appFlags: ['--state-sync.snapshot-interval', '20'] });
});
after(async () => {
  await downNetwork(out).catch(() => undefined);
  rmSync(dirname(out), { recursive: true, force: true });
});

describe('a 4-validator network under CometBFT', () => {
  it("writes testnet.json with every node's URLs and pids, and every node is a validator with 3 peers", async () => {
    const m = readNetwork(out);
    assert.equal(m.nodes.length, 4);
    for (const n of m.nodes) {
      assert.match(n.rpc, /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.match(n.svm_ws, /^ws:\/\/127\.0\.0\.1:\d+$/);
      assert.ok(n.app_pid && n.cometbft_pid);
    }
    const c = await Comet38Client.connect(m.nodes[2]!.rpc);
    const vals = await c.validatorsAll();
    assert.equal(vals.validators.length, 4);
    c.disconnect();
    const st = await runCli(['testnet', 'status', '--out', out, '-o', 'json']);
    assert.equal(st.code, 0, st.stderr);
    const rows = JSON.parse(st.stdout) as Array<{ height: number; peers: number; app_alive: boolean; cometbft_alive: boolean }>;
    assert.equal(rows.length, 4);
    for (const r of rows) {
      assert.ok(r.height >= 2 && r.app_alive && r.cometbft_alive);
      assert.equal(r.peers, 3);
    }
  });

  it('CosmJS sends through node 0 with gas "auto", node 3 finds the tx, node 1 streams its Tx event', async () => {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: 'trivium', hdPaths: [makeCosmoshubPath(0)] });
    const [acct] = await wallet.getAccounts();
    const ws = new WebsocketClient(net.nodes[1]!.rpc.replace('http', 'ws'));
    const c1 = await Comet38Client.create(ws);
    const events: string[] = [];
    const sub = c1.subscribeTx().subscribe({ next: (e) => events.push(Buffer.from(e.hash).toString('hex').toUpperCase()) });
    const client = await SigningStargateClient.connectWithSigner(net.nodes[0]!.rpc, wallet, { gasPrice: GasPrice.fromString('0.001utrv') });
    const to = dev[5]!.address;
    const before3 = await (await StargateClient.connect(net.nodes[3]!.rpc)).getBalance(to, 'utrv');
    const r = await client.sendTokens(acct!.address, to, [{ denom: 'utrv', amount: '777' }], 'auto');
    assert.equal(r.code, 0, r.rawLog);
    const q3 = await StargateClient.connect(net.nodes[3]!.rpc);
    await waitForHeight(out, r.height + 1);
    const tx = await q3.getTx(r.transactionHash);
    assert.equal(tx?.height, r.height);
    const found = await q3.searchTx(`transfer.recipient='${to}'`);
    assert.ok(found.some((t) => t.hash === r.transactionHash));
    assert.equal(BigInt((await q3.getBalance(to, 'utrv')).amount), BigInt(before3.amount) + 777n);
    for (let i = 0; i < 50 && !events.includes(r.transactionHash); i++) await sleep(100);
    assert.ok(events.includes(r.transactionHash), 'node 1 streamed the Tx event');
    sub.unsubscribe();
    c1.disconnect();
    client.disconnect();
    q3.disconnect();
  });

  it("ethers sends a raw tx to node 0's Ethereum JSON-RPC; node 3's sees the receipt and the balance", async () => {
    const p0 = new JsonRpcProvider(net.nodes[0]!.json_rpc, undefined, { staticNetwork: true });
    const p3 = new JsonRpcProvider(net.nodes[3]!.json_rpc, undefined, { staticNetwork: true });
    const w = new Wallet(HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(MNEMONIC), "m/44'/60'/0'/0/1").privateKey, p0);
    const to = '0x' + '42'.repeat(20);
    const sent = await w.sendTransaction({ to, value: 10n ** 15n });
    let receipt = null;
    for (let i = 0; i < 100 && !receipt; i++) {
      receipt = await p3.getTransactionReceipt(sent.hash);
      if (!receipt) await sleep(100);
    }
    assert.equal(receipt?.status, 1);
    assert.equal(await p3.getBalance(to), 10n ** 15n);
    p0.destroy();
    p3.destroy();
  });

  it('the CLI sends against any node with --node', async () => {
    const to = dev[6]!.address;
    const r = await runCli(['tx', 'bank', 'send', 'dev0', to, '5utrv', '--home', net.nodes[2]!.home, '--keyring-backend', 'test', '--chain-id', net.chain_id, '--node', net.nodes[2]!.rpc, '--yes', '-o', 'json']);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    assert.equal(JSON.parse(r.stdout).code, 0, r.stdout);
  });

  it('a mixed load (bank, EVM, JS contract, SVM, cross-VM sync and async, a timeout) leaves every node with the same app hashes', async () => {
    const n0 = asTestNode(net.nodes[0]!, net.chain_id);
    const n2 = asTestNode(net.nodes[2]!, net.chain_id);
    // JS contracts through the CLI against node 0, read back through node 2.
    const [recorder, counter] = await Promise.all([deployJs(n0, join(repoRoot, 'tests/crossvm/contracts/recorder.js'), '{}', 'dev0'), deployJs(n0, join(repoRoot, 'tests/crossvm/contracts/sync-counter.js'), '{}', 'dev1')]);
    // Watch node 1's WebSocket for the message's crossvm_* events, as a dapp would.
    const ws = new WebsocketClient(net.nodes[1]!.rpc.replace('http', 'ws'));
    const seen: string[] = [];
    const subs = [
      ws.listen({ jsonrpc: '2.0', id: 'req', method: 'subscribe', params: { query: "tm.event='Tx' AND crossvm_request.message_id EXISTS" } }),
      ws.listen({ jsonrpc: '2.0', id: 'blk', method: 'subscribe', params: { query: "tm.event='NewBlockEvents'" } }),
    ].map((l) => l.subscribe({ next: (e: any) => seen.push(...Object.keys(e.events ?? {}).filter((k) => k.startsWith('crossvm_')).map((k) => `${k}=${e.events[k].join(',')}`)) }));
    await sleep(300);
    // Async EVM → CosmWasm message: queued, executed by the EndBlocker a block later, on every node alike.
    const call = await sendTx(n2, 3, [callMsg(3, 'wasm', recorder, JSON.stringify({ record: { tag: 'net' } }))]);
    assert.equal(call.code, 0, call.log);
    const [id] = messageIds(call.events);
    let m = await getMessage(n0, id!);
    for (let i = 0; i < 100 && m?.status !== 'EXECUTED'; i++) {
      await sleep(100);
      m = await getMessage(n0, id!);
    }
    assert.equal(m?.status, 'EXECUTED', m?.error);
    for (let i = 0; i < 50 && !seen.some((x) => x.startsWith('crossvm_response.message_id=') && x.split('=')[1]!.split(',').includes(id!)); i++) await sleep(100);
    assert.ok(seen.includes(`crossvm_request.message_id=${id}`), `the request event streamed: ${seen.join(' ')}`);
    assert.ok(seen.some((x) => x.startsWith('crossvm_response.message_id=') && x.split('=')[1]!.split(',').includes(id!)), `the response event streamed: ${seen.join(' ')}`);
    subs.forEach((x) => x.unsubscribe());
    ws.disconnect();
    // A message that times out: nothing drained, a timeout of 2 blocks.
    const p0 = await getParams(n0);
    await setParams(n0, { max_executions_per_block: 0, queue_timeout_blocks: 2 });
    const late = await sendTx(n0, 4, [callMsg(4, 'wasm', recorder, JSON.stringify({ record: { tag: 'late' } }))]);
    assert.equal(late.code, 0, late.log);
    const [lateId] = messageIds(late.events);
    await waitForHeight(out, late.height + 4);
    assert.equal((await getMessage(n2, lateId!))?.status, 'TIMED_OUT');
    await setParams(n0, { max_executions_per_block: p0.max_executions_per_block, queue_timeout_blocks: p0.queue_timeout_blocks });

    // EVM: an ERC-20 through node 0, and the sync precompile calling the JS counter in the same tx.
    const provider = new JsonRpcProvider(net.nodes[0]!.json_rpc, undefined, { staticNetwork: true, pollingInterval: 50, cacheTimeout: -1 });
    const wallet = HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(MNEMONIC), "m/44'/60'/0'/0/3").connect(provider);
    const arts = await compileSolidity({
      'ICrossVM.sol': readFileSync(join(repoRoot, 'x/crossvm/precompile/ICrossVM.sol'), 'utf8'),
      'WasmCaller.sol': readFileSync(join(repoRoot, 'tests/crossvm/contracts/WasmCaller.sol'), 'utf8'),
    });
    const erc20 = erc20Artifact();
    const token = (await (await new ContractFactory(erc20.abi, erc20.bytecode, wallet).deploy('Net', 'NET', 1000n, wallet.address)).waitForDeployment()) as unknown as Contract;
    await (await token.getFunction('transfer')('0x' + '77'.repeat(20), 25n)).wait();
    const caller = (await (await new ContractFactory(arts.WasmCaller!.abi, arts.WasmCaller!.bytecode, wallet).deploy()).waitForDeployment()) as unknown as Contract;
    const rc = await (await caller.getFunction('exec')(counter, toUtf8Bytes('{"increment":{}}'))).wait();
    assert.equal(rc.status, 1);
    provider.destroy();
    const p3 = new JsonRpcProvider(net.nodes[3]!.json_rpc, undefined, { staticNetwork: true });
    const t3 = new Contract(await token.getAddress(), erc20.abi, p3);
    await waitForHeight(out, (await heightOf(net.nodes[0]!)) + 1);
    assert.equal(await t3.getFunction('balanceOf')('0x' + '77'.repeat(20)), 25n);
    p3.destroy();

    // SVM: counter.so deployed and incremented through node 1.
    const svm = await svmClient(net.nodes[1]!.rpc, 5);
    const { programIds } = await svm.deploy(new Uint8Array(readFileSync(join(fixturesDir, 'solana/counter.so'))));
    const face = svmFace(parseAddress(svm.sender));
    const owner = decodeBase58(programIds[0]!);
    const acct = encodeBase58(seedAddress(face, 'counter', owner));
    const create = await svm.exec('11111111111111111111111111111111', createWithSeedData(face, 'counter', 1_000_000n, 4n, owner), [
      { pubkey: encodeBase58(face), isSigner: true, isWritable: true },
      { pubkey: acct, isWritable: true },
      { pubkey: encodeBase58(face), isSigner: true },
    ]);
    assert.equal(create.res.code, 0, create.res.rawLog);
    const inc = await svm.exec(programIds[0]!, '00', [{ pubkey: acct, isWritable: true }]);
    assert.equal(inc.res.code, 0, inc.res.rawLog);
    svm.disconnect();

    const top = await heightOf(net.nodes[0]!);
    await waitForHeight(out, top + 1);
    await agreeUpTo(net, top);
  });

  it('kill -9 one validator: the other three go on; restarted, it catches up and agrees on every app hash', async () => {
    const victim = readNetwork(out).nodes[3]!;
    kill9(victim.cometbft_pid, victim.cometbft_args);
    kill9(victim.app_pid, victim.app_args);
    await untilDead(victim.cometbft_pid, victim.cometbft_args);
    await untilDead(victim.app_pid, victim.app_args);
    const h0 = await heightOf(net.nodes[0]!);
    await waitForHeight(out, h0 + 5, { indexes: [0, 1, 2], timeoutMs: 60_000 });
    await healed(3);
  });

  it('kill -9 only the app of a node: its CometBFT stops; restarted, the handshake replays what the app lacks', async () => {
    const n = readNetwork(out).nodes[1]!;
    const logged = readFileSync(cometLog(n), 'utf8').length;
    kill9(n.app_pid, n.app_args);
    await untilDead(n.app_pid, n.app_args);
    // CometBFT notices at once and SIGTERMs itself; its v0.38 shutdown may then hang (cometbft#6054), which
    // `testnet start` handles by stopping a CometBFT left without its app before it starts both again.
    await untilLogged(cometLog(n), /connection terminated\. Did the application crash\?/, logged);
    const h0 = await heightOf(net.nodes[0]!);
    await waitForHeight(out, h0 + 3, { indexes: [0, 2, 3], timeoutMs: 60_000 });
    await healed(1);
    assert.equal(alive(n.cometbft_pid, n.cometbft_args), false, 'the CometBFT left without its app is gone');
    assert.notEqual(readNetwork(out).nodes[1]!.cometbft_pid, n.cometbft_pid);
  });

  it('two of four stopped: the chain halts; one back: it resumes with nothing lost', async () => {
    await stopNetwork(out, 2);
    await stopNetwork(out, 3);
    const h0 = await heightOf(net.nodes[0]!);
    await sleep(3000);
    const h1 = await heightOf(net.nodes[0]!);
    assert.ok(h1 <= h0 + 1, `no 2/3: at most the block in flight commits (${h0} → ${h1})`);
    await startNetwork(out, 2);
    await waitForHeight(out, h1 + 3, { indexes: [0, 1, 2], timeoutMs: 90_000 });
    await healed(3);
  });

  it('a full node started later from genesis blocksyncs to the tip and agrees on every app hash', async () => {
    const n = await addNode(out);
    assert.equal(n.validator, false);
    const top = await heightOf(net.nodes[0]!);
    await waitForHeight(out, top, { indexes: [n.index], timeoutMs: 120_000 });
    const m = readNetwork(out);
    await agreeUpTo(m, top, [m.nodes[0]!, m.nodes[n.index]!]);
    const st = await cometRpc(n, 'status');
    assert.equal(st.sync_info.earliest_block_height, '1', 'it holds every block');
    assert.equal(st.validator_info.voting_power, '0');
  });

  it('a node joining by state sync restores a verified snapshot, holds no blocks below it, and follows the chain', async () => {
    // The validators take a snapshot every 20 blocks; make sure one exists and the chain is past it.
    await waitForHeight(out, 45, { indexes: [0, 1, 2, 3] });
    const n = await addNode(out, { stateSync: true });
    const top = await heightOf(net.nodes[0]!);
    await waitForHeight(out, top + 2, { indexes: [n.index], timeoutMs: 120_000 });
    const log = readFileSync(appLog(n), 'utf8');
    const restored = /state sync: restored height (\d+), app hash ([0-9A-F]+)/.exec(log);
    assert.ok(restored, `the app restored a snapshot:\n${log.slice(-2000)}`);
    const h = Number(restored[1]);
    assert.ok(h >= 20 && h % 20 === 0);
    // The restored app hash is the chain's: block h+1's header carries it.
    assert.equal(restored[2], (await cometRpc(net.nodes[0]!, 'block', { height: String(h + 1) })).block.header.app_hash);
    const st = await cometRpc(n, 'status');
    assert.ok(Number(st.sync_info.earliest_block_height) > h, `no blocks at or below the snapshot (earliest ${st.sync_info.earliest_block_height})`);
    const m = readNetwork(out);
    for (let k = h + 1; k <= top; k++) {
      const [a, b] = [await cometRpc(m.nodes[0]!, 'block', { height: String(k) }), await cometRpc(n, 'block', { height: String(k) }).catch(() => undefined)];
      if (b) assert.equal(b.block.header.app_hash, a.block.header.app_hash, `height ${k}`);
    }
    // Its state answers queries: a dev account's balance, as node 0 sees it at the same height.
    const q = await StargateClient.connect(n.rpc);
    const q0 = await StargateClient.connect(net.nodes[0]!.rpc);
    const [b1, b0] = [await q.getBalance(dev[8]!.address, 'utrv'), await q0.getBalance(dev[8]!.address, 'utrv')];
    assert.equal(b1.amount, b0.amount);
    q.disconnect();
    q0.disconnect();
  });
});
