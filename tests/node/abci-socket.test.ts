import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { toBech32 } from '@cosmjs/encoding';
import { QueryBalanceRequest, QueryBalanceResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { SimulateRequest, SimulateResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import { ResponseProcessProposal_ProposalStatus as ProposalStatus } from 'cosmjs-types/tendermint/abci/types';
import { HDNodeWallet } from 'ethers';
import { moduleClis } from '../../cmd/triviumd/module-clis.ts';
import { dataHash } from '../../core/blockstore/block-header.ts';
import type { StoredBlock } from '../../core/types/node-api.ts';
import { NodeDB } from '../../core/store/node-db.ts';
import { dev, sendMsg, signTx } from '../helpers/cosmos.ts';
import { freePort, repoRoot, runReplay } from '../helpers/node.ts';
import { freePortShift } from '../helpers/testnet.ts';
import { AbciConn, type AppProc, spawnApp, startAbciApp } from '../helpers/abci.ts';

const infoReq = { version: '0.38.17', blockVersion: 11n, p2pVersion: 8n, abciVersion: '2.0.0' };
const ts = (ms: number) => ({ seconds: BigInt(Math.floor(ms / 1000)), nanos: (ms % 1000) * 1e6 + 123 });
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex').toUpperCase();

describe('ABCI socket (triviumd start --abci, spoken to as CometBFT v0.38 would)', { timeout: 90_000 }, () => {
  const home = mkdtempSync(join(tmpdir(), 'trivium-abci-'));
  const replayHome = join(tmpdir(), `trivium-abci-replay-${process.pid}`);
  let abciPort = 0;
  let cometRpcPort = 0;
  const args: string[] = [];
  let app: AppProc;
  let consensus: AbciConn, mempool: AbciConn, query: AbciConn, snapshot: AbciConn;
  let cometRpc: HttpServer;
  const recipient = toBech32('trivium', new Uint8Array(20).fill(0xab));
  const send = signTx([sendMsg(dev[0]!.address, recipient, '12345')], { privkey: dev[0]!.privkey, accountNumber: 0, sequence: 0 });
  const garbage = Uint8Array.from([0xde, 0xad, 0xbe, 0xef, 1, 2, 3]);
  const garbageProto = Uint8Array.from([0x0a, 0x05, 1, 2]); // claims to be a TxRaw, is not
  let genesisAppHash: Uint8Array = new Uint8Array();
  let block1AppHash: Uint8Array = new Uint8Array();
  let block2AppHash: Uint8Array = new Uint8Array();
  let validatorAddress: Uint8Array = new Uint8Array();
  const t0 = Date.UTC(2030, 0, 1);
  const serviceArgs: Record<string, string> = {};

  const openAll = async () => {
    [consensus, mempool, query, snapshot] = await Promise.all([0, 1, 2, 3].map(() => AbciConn.open(abciPort)));
  };
  const closeAll = () => [consensus, mempool, query, snapshot].forEach((c) => c?.close());

  before(async () => {
    abciPort = await freePort();
    cometRpcPort = await freePort();
    for (const m of moduleClis) {
      for (const f of m.startFlags ?? []) {
        const name = /--([\w.-]+)/.exec(f.flags)?.[1];
        if (name && /address|laddr/.test(name)) serviceArgs[name] = `127.0.0.1:${await freePort()}`;
      }
    }
    for (const [k, v] of Object.entries(serviceArgs)) args.push(`--${k}`, v);
    args.push('--rpc.laddr', `tcp://127.0.0.1:${cometRpcPort}`);
    // Stands in for CometBFT's RPC: broadcast_tx_sync → CheckTx on the mempool connection (what CometBFT does).
    cometRpc = createHttpServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', async () => {
        const { id, params } = JSON.parse(body);
        const r = await mempool.one({ checkTx: { tx: Buffer.from(params.tx, 'base64'), type: 0 } });
        res.end(JSON.stringify({ jsonrpc: '2.0', id, result: { code: r.checkTx!.code, log: r.checkTx!.log, codespace: r.checkTx!.codespace, hash: '' } }));
      });
    });
    await new Promise<void>((r) => cometRpc.listen(cometRpcPort, '127.0.0.1', () => r()));
    app = await startAbciApp(home, abciPort, args);
    await openAll();
    validatorAddress = Buffer.from(JSON.parse(readFileSync(join(home, 'config', 'priv_validator_key.json'), 'utf8')).address, 'hex');
  });

  after(async () => {
    closeAll();
    await app?.stop();
    await new Promise((r) => cometRpc?.close(r));
    rmSync(home, { recursive: true, force: true });
    rmSync(replayHome, { recursive: true, force: true });
  });

  it('answers Echo and Flush on all four connections, Info on a fresh home, and does not serve the CometBFT RPC itself', async () => {
    for (const c of [consensus, mempool, query, snapshot]) {
      const r = await c.one({ echo: { message: 'hello' } });
      assert.equal(r.echo!.message, 'hello');
    }
    const info = await query.one({ info: { version: '0.38.17', blockVersion: 11n, p2pVersion: 8n, abciVersion: '2.0.0' } });
    assert.equal(info.info!.data, 'trivium');
    assert.equal(info.info!.lastBlockHeight, 0n);
    assert.equal(info.info!.lastBlockAppHash.length, 0, 'nothing committed: CometBFT will send InitChain');
    const snaps = await snapshot.one({ listSnapshots: {} });
    assert.deepEqual(snaps.listSnapshots!.snapshots, []);
    // --rpc.laddr names CometBFT's RPC (our stand-in here); the app itself serves no JSON-RPC on 26657's role.
    assert.match(app.out(), new RegExp(`CometBFT RPC\\s+tcp://127.0.0.1:${cometRpcPort}`));
    assert.doesNotMatch(app.out(), /^block 1 /m, 'no embedded producer');
  });

  it('InitChain with the devnet genesis returns the genesis app hash', async () => {
    const genesis = JSON.parse(readFileSync(join(home, 'config', 'genesis.json'), 'utf8'));
    const r = await consensus.one({
      initChain: {
        time: ts(Date.parse(genesis.genesis_time)),
        chainId: genesis.chain_id,
        consensusParams: { block: { maxBytes: 22020096n, maxGas: 100000000n } },
        validators: [],
        appStateBytes: Buffer.from(JSON.stringify(genesis.app_state, null, 2)),
        initialHeight: 1n,
      },
    });
    genesisAppHash = r.initChain!.appHash;
    assert.equal(genesisAppHash.length, 32);
    assert.deepEqual(r.initChain!.validators, [], 'the genesis validators stand');
    const info = await query.one({ info: infoReq });
    assert.equal(info.info!.lastBlockHeight, 0n);
    assert.deepEqual(info.info!.lastBlockAppHash, genesisAppHash);
  });

  it('CheckTx admits a signed MsgSend and rejects garbage with a code', async () => {
    const ok = await mempool.one({ checkTx: { tx: send, type: 0 } });
    assert.equal(ok.checkTx!.code, 0, ok.checkTx!.log);
    assert.equal(ok.checkTx!.gasWanted, 200000n);
    for (const bad of [garbage, garbageProto]) {
      const r = await mempool.one({ checkTx: { tx: bad, type: 0 } });
      assert.notEqual(r.checkTx!.code, 0);
      assert.match(r.checkTx!.log, /decode|unrecognised|tx parse/i);
    }
  });

  it('PrepareProposal keeps order within max_tx_bytes and drops garbage; ProcessProposal accepts txs and rejects garbage', async () => {
    const other = signTx([sendMsg(dev[1]!.address, recipient, '1')], { privkey: dev[1]!.privkey, accountNumber: 1, sequence: 0 });
    const base = { localLastCommit: { round: 0, votes: [] }, misbehavior: [], height: 1n, time: ts(t0), nextValidatorsHash: new Uint8Array(32), proposerAddress: validatorAddress };
    const all = await consensus.one({ prepareProposal: { ...base, maxTxBytes: 1_000_000n, txs: [send, garbage, other] } });
    assert.deepEqual(all.prepareProposal!.txs.map(hex), [send, other].map(hex));
    // One tx's protobuf field size (tag + length + bytes) fits; the second does not.
    const tight = await consensus.one({ prepareProposal: { ...base, maxTxBytes: BigInt(send.length + 3), txs: [send, other] } });
    assert.deepEqual(tight.prepareProposal!.txs.map(hex), [hex(send)]);

    const pp = { proposedLastCommit: { round: 0, votes: [] }, misbehavior: [], hash: new Uint8Array(32).fill(1), height: 1n, time: ts(t0), nextValidatorsHash: new Uint8Array(32), proposerAddress: validatorAddress };
    const accept = await consensus.one({ processProposal: { ...pp, txs: [send] } });
    assert.equal(accept.processProposal!.status, ProposalStatus.ACCEPT);
    const reject = await consensus.one({ processProposal: { ...pp, txs: [send, garbage] } });
    assert.equal(reject.processProposal!.status, ProposalStatus.REJECT);
  });

  it('FinalizeBlock at height 1 returns tx results and the app hash; Commit persists it; Query sees the transfer', async () => {
    const hash = new Uint8Array(32).fill(0x11);
    const r = await consensus.one({
      finalizeBlock: { txs: [send], decidedLastCommit: { round: 0, votes: [] }, misbehavior: [], hash, height: 1n, time: ts(t0), nextValidatorsHash: new Uint8Array(32), proposerAddress: validatorAddress },
    });
    const fb = r.finalizeBlock!;
    assert.equal(fb.txResults.length, 1);
    const tx = fb.txResults[0]!;
    assert.equal(tx.code, 0, tx.log);
    assert.equal(tx.gasWanted, 200000n);
    assert.ok(tx.gasUsed > 0n && tx.gasUsed <= tx.gasWanted);
    assert.ok(tx.data.length > 0, 'TxMsgData');
    const transfer = tx.events.find((e) => e.type === 'transfer' && e.attributes.some((a) => a.key === 'recipient' && a.value === recipient));
    assert.ok(transfer, `transfer event in ${JSON.stringify(tx.events.map((e) => e.type))}`);
    assert.equal(fb.appHash.length, 32);
    assert.notDeepEqual(fb.appHash, genesisAppHash);
    block1AppHash = fb.appHash;

    const c = await consensus.one({ commit: {} });
    assert.equal(c.commit!.retainHeight, 0n);

    const info = await query.one({ info: infoReq });
    assert.equal(info.info!.lastBlockHeight, 1n);
    assert.deepEqual(info.info!.lastBlockAppHash, block1AppHash);

    const q = await query.one({ query: { path: '/cosmos.bank.v1beta1.Query/Balance', data: QueryBalanceRequest.encode({ address: recipient, denom: 'utrv' }).finish(), height: 0n, prove: false } });
    assert.equal(q.query!.code, 0, q.query!.log);
    assert.equal(QueryBalanceResponse.decode(q.query!.value).balance!.amount, '12345');
    const unknown = await query.one({ query: { path: '/nope.Query/Nothing', data: new Uint8Array(), height: 0n, prove: false } });
    assert.notEqual(unknown.query!.code, 0);

    // Simulate through the query connection (what gas: "auto" uses).
    const next = signTx([sendMsg(dev[0]!.address, recipient, '1')], { privkey: dev[0]!.privkey, accountNumber: 0, sequence: 1 });
    const sim = await query.one({ query: { path: '/cosmos.tx.v1beta1.Service/Simulate', data: SimulateRequest.encode({ txBytes: next }).finish(), height: 0n, prove: false } });
    assert.equal(sim.query!.code, 0, sim.query!.log);
    assert.ok(SimulateResponse.decode(sim.query!.value).gasInfo!.gasUsed > 0n);

    // The replayed sequence is now refused by CheckTx (RECHECK after the commit, as CometBFT sends it).
    const re = await mempool.one({ checkTx: { tx: send, type: 1 } });
    assert.notEqual(re.checkTx!.code, 0);
    assert.match(re.checkTx!.log, /sequence/);
  });

  it('an out-of-order FinalizeBlock is an exception, and changes nothing', async () => {
    const [r] = await consensus.send({
      finalizeBlock: { txs: [], decidedLastCommit: { round: 0, votes: [] }, misbehavior: [], hash: new Uint8Array(32), height: 5n, time: ts(t0 + 5000), nextValidatorsHash: new Uint8Array(32), proposerAddress: validatorAddress },
    });
    assert.match(r!.exception!.error, /height 5/);
    const info = await query.one({ info: infoReq });
    assert.equal(info.info!.lastBlockHeight, 1n);
  });

  it('module services run: eth_sendRawTransaction goes to CometBFT (CheckTx on the mempool connection), and the block executes it', async () => {
    const ethUrl = `http://${serviceArgs['json-rpc.address']}`;
    const eth = async (method: string, params: unknown[] = []) => {
      const res = await fetch(ethUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
      const body = (await res.json()) as { result?: any; error?: { message: string } };
      if (body.error) throw new Error(body.error.message);
      return body.result;
    };
    assert.equal(await eth('eth_blockNumber'), '0x1');
    const chainId = BigInt(await eth('eth_chainId'));
    const wallet = HDNodeWallet.fromPhrase('test test test test test test test test test test test junk', undefined, "m/44'/60'/0'/0/0");
    const raw = await wallet.signTransaction({ chainId, nonce: 0, to: '0x000000000000000000000000000000000000beef', value: 1000n, gasLimit: 21000n, maxFeePerGas: 10n ** 9n, maxPriorityFeePerGas: 0n, type: 2 });
    const ethHash = await eth('eth_sendRawTransaction', [raw]);
    assert.match(ethHash, /^0x[0-9a-f]{64}$/);

    const rawBytes = Buffer.from(raw.slice(2), 'hex');
    const r = await consensus.one({
      finalizeBlock: { txs: [rawBytes], decidedLastCommit: { round: 0, votes: [] }, misbehavior: [], hash: new Uint8Array(32).fill(0x22), height: 2n, time: ts(t0 + 1000), nextValidatorsHash: new Uint8Array(32), proposerAddress: validatorAddress },
    });
    assert.equal(r.finalizeBlock!.txResults[0]!.code, 0, r.finalizeBlock!.txResults[0]!.log);
    block2AppHash = r.finalizeBlock!.appHash;
    await consensus.one({ commit: {} });
    assert.equal(await eth('eth_blockNumber'), '0x2');
    const receipt = await eth('eth_getTransactionReceipt', [ethHash]);
    assert.equal(receipt.status, '0x1');
    assert.equal(await eth('eth_getBalance', ['0x000000000000000000000000000000000000beef', 'latest']), '0x3e8');
  });

  it('a restarted app answers Info with its last height and app hash, and continues from there', async () => {
    closeAll();
    assert.equal(await app.stop(), 0);
    app = await startAbciApp(home, abciPort, args);
    await openAll();
    const info = await query.one({ info: infoReq });
    assert.equal(info.info!.lastBlockHeight, 2n);
    assert.deepEqual(info.info!.lastBlockAppHash, block2AppHash);
    // The stored block keeps CometBFT's header fields: a block at height 3 links to block 2's hash.
    const r = await consensus.one({
      finalizeBlock: { txs: [], decidedLastCommit: { round: 0, votes: [] }, misbehavior: [], hash: new Uint8Array(32).fill(0x33), height: 3n, time: ts(t0 + 2000), nextValidatorsHash: new Uint8Array(32), proposerAddress: validatorAddress },
    });
    assert.equal(r.finalizeBlock!.txResults.length, 0);
    await consensus.one({ commit: {} });
    const again = await query.one({ info: infoReq });
    assert.equal(again.info!.lastBlockHeight, 3n);
  });

  it('the embedded path (triviumd replay: the producer\'s finalize + commit) reaches the same app hash at every height', async () => {
    closeAll();
    assert.equal(await app.stop(), 0);
    const report = await runReplay(home, replayHome);
    assert.equal(report.height, 3);
    assert.deepEqual(report.mismatches, []);
    // The blocks the app stored carry the hashes CometBFT sent and the app hashes the app returned.
    const db = new NodeDB(join(home, 'data', 'trivium.db'));
    await db.open();
    try {
      const b1 = db.getJSON<StoredBlock>('b/1')!;
      assert.equal(b1.hash, '11'.repeat(32));
      assert.equal(b1.dataHash, dataHash([send]));
      assert.equal(b1.appHash, hex(genesisAppHash));
      assert.equal(b1.resultAppHash, hex(block1AppHash));
      assert.equal(b1.proposer, hex(validatorAddress));
      assert.equal(b1.time, new Date(t0).toISOString().slice(0, 19) + '.000000123Z');
      const b3 = db.getJSON<StoredBlock>('b/3')!;
      assert.equal(b3.lastBlockHash, '22'.repeat(32));
      assert.equal(b3.appHash, hex(block2AppHash));
      assert.equal(report.appHash, b3.resultAppHash);
    } finally {
      await db.close();
    }
  });
});

describe('testnet/init-testnet.ts: validator homes for a CometBFT network', { timeout: 90_000 }, () => {
  it('writes N CometBFT + triviumd homes whose printed commands start apps that agree on every app hash', async () => {
    const out = mkdtempSync(join(tmpdir(), 'trivium-testnet-'));
    const apps: AppProc[] = [];
    const conns: AbciConn[] = [];
    try {
      // Every port of the three nodes (CometBFT's defaults + shift, +10 per node) is free.
      const shift = await freePortShift(3);
      const gen = await new Promise<{ code: number | null; stdout: string; stderr: string }>((res) => {
        const p = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'testnet', 'init-testnet.ts'), '-n', '3', '--out', join(out, 'net'), '--port-shift', String(shift), '--json'], { cwd: repoRoot });
        let stdout = '';
        let stderr = '';
        p.stdout.on('data', (d) => (stdout += d));
        p.stderr.on('data', (d) => (stderr += d));
        p.on('exit', (code) => res({ code, stdout, stderr }));
      });
      assert.equal(gen.code, 0, gen.stderr);
      const net = JSON.parse(gen.stdout) as { chainId: string; nodes: Array<{ home: string; cometHome: string; nodeId: string; validatorAddress: string; ports: { p2p: number; rpc: number; abci: number }; triviumd: string[]; cometbft: string[] }> };
      assert.equal(net.nodes.length, 3);
      const read = (p: string) => JSON.parse(readFileSync(p, 'utf8'));
      const cometGenesis = read(join(net.nodes[0]!.cometHome, 'config', 'genesis.json'));
      assert.equal(cometGenesis.chain_id, net.chainId);
      assert.deepEqual(cometGenesis.validators.map((v: { address: string }) => v.address), net.nodes.map((n) => n.validatorAddress));
      const allPorts = net.nodes.flatMap((n) => [n.ports.p2p, n.ports.rpc, n.ports.abci]);
      assert.equal(new Set(allPorts).size, allPorts.length, 'ports differ per node');
      for (const [i, n] of net.nodes.entries()) {
        const key = read(join(n.cometHome, 'config', 'priv_validator_key.json'));
        assert.equal(key.address, n.validatorAddress);
        assert.equal(cometGenesis.validators[i].pub_key.value, key.pub_key.value);
        assert.deepEqual(read(join(n.cometHome, 'config', 'genesis.json')), cometGenesis, 'one genesis for all');
        const ours = read(join(n.home, 'config', 'genesis.json'));
        assert.equal(ours.chain_id, net.chainId);
        assert.deepEqual(ours.app_state, cometGenesis.app_state);
        assert.deepEqual(read(join(n.cometHome, 'data', 'priv_validator_state.json')), { height: '0', round: 0, step: 0 });
        const nodeKey = read(join(n.cometHome, 'config', 'node_key.json'));
        const pub = Buffer.from(nodeKey.priv_key.value, 'base64').subarray(32);
        assert.equal(createHash('sha256').update(pub).digest().subarray(0, 20).toString('hex'), n.nodeId, 'node id = sha256(pubkey)[:20]');
        const toml = readFileSync(join(n.cometHome, 'config', 'config.toml'), 'utf8');
        assert.match(toml, new RegExp(`proxy_app = "tcp://127.0.0.1:${n.ports.abci}"`));
        for (const peer of net.nodes.filter((p) => p !== n)) assert.ok(toml.includes(`${peer.nodeId}@127.0.0.1:${peer.ports.p2p}`));
        assert.deepEqual(n.cometbft.slice(0, 2), ['cometbft', 'start']);
        assert.equal(n.cometbft[n.cometbft.indexOf('--proxy_app') + 1], `tcp://127.0.0.1:${n.ports.abci}`);
        assert.equal(n.triviumd[n.triviumd.indexOf('--abci') + 1], `tcp://127.0.0.1:${n.ports.abci}`);
      }

      // Start two validators' apps with the printed commands and drive both as their CometBFTs would.
      for (const n of net.nodes.slice(0, 2)) {
        assert.deepEqual(n.triviumd.slice(0, 2), ['npx', 'triviumd']);
        apps.push(await spawnApp(n.triviumd.slice(2)));
        conns.push(await AbciConn.open(n.ports.abci));
      }
      const appStateBytes = Buffer.from(JSON.stringify(cometGenesis.app_state));
      const proposer = Buffer.from(net.nodes[0]!.validatorAddress, 'hex');
      const tx = signTx([sendMsg(dev[2]!.address, dev[3]!.address, '777')], { privkey: dev[2]!.privkey, accountNumber: 2, sequence: 0, chainId: net.chainId });
      const hashes = await Promise.all(
        conns.map(async (c) => {
          const init = await c.one({ initChain: { time: ts(Date.parse(cometGenesis.genesis_time)), chainId: net.chainId, consensusParams: { block: { maxBytes: 22020096n, maxGas: 100000000n } }, validators: [], appStateBytes, initialHeight: 1n } });
          const check = await c.one({ checkTx: { tx, type: 0 } });
          assert.equal(check.checkTx!.code, 0, check.checkTx!.log);
          const fb = await c.one({ finalizeBlock: { txs: [tx], decidedLastCommit: { round: 0, votes: [] }, misbehavior: [], hash: new Uint8Array(32).fill(9), height: 1n, time: ts(Date.UTC(2031, 0, 1)), nextValidatorsHash: new Uint8Array(32), proposerAddress: proposer } });
          assert.equal(fb.finalizeBlock!.txResults[0]!.code, 0, fb.finalizeBlock!.txResults[0]!.log);
          await c.one({ commit: {} });
          return [hex(init.initChain!.appHash), hex(fb.finalizeBlock!.appHash)];
        }),
      );
      assert.deepEqual(hashes[0], hashes[1], 'two validators, same genesis and block: same app hashes');
    } finally {
      conns.forEach((c) => c.close());
      for (const a of apps) await a.stop();
      rmSync(out, { recursive: true, force: true });
    }
  });
});
