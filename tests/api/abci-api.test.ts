import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as grpc from '@grpc/grpc-js';
import { QueryBalanceRequest, QueryBalanceResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { moduleClis } from '../../cmd/triviumd/module-clis.ts';
import { AbciConn, type AppProc, startAbciApp } from '../helpers/abci.ts';
import { dev } from '../helpers/cosmos.ts';
import { freePort } from '../helpers/node.ts';

const ts = (ms: number) => ({ seconds: BigInt(Math.floor(ms / 1000)), nanos: 0 });

describe('gRPC and REST behind CometBFT (start --abci with --grpc.address and --api.address)', { timeout: 90_000 }, () => {
  const home = mkdtempSync(join(tmpdir(), 'trivium-abci-api-'));
  let app: AppProc;
  let consensus: AbciConn;
  let grpcAddr = '';
  let rest = '';

  before(async () => {
    const abciPort = await freePort();
    grpcAddr = `127.0.0.1:${await freePort()}`;
    rest = `http://127.0.0.1:${await freePort()}`;
    const args = ['--rpc.laddr', `tcp://127.0.0.1:${await freePort()}`, '--grpc.address', grpcAddr, '--api.address', rest.slice(7)];
    for (const m of moduleClis) {
      for (const f of m.startFlags ?? []) {
        const name = /--([\w.-]+)/.exec(f.flags)?.[1];
        if (name && /address|laddr/.test(name)) args.push(`--${name}`, `127.0.0.1:${await freePort()}`);
      }
    }
    app = await startAbciApp(home, abciPort, args);
    consensus = await AbciConn.open(abciPort);
    // What CometBFT sends a fresh app: InitChain, then one block, committed.
    const genesis = JSON.parse(readFileSync(join(home, 'config', 'genesis.json'), 'utf8'));
    await consensus.one({
      initChain: { time: ts(Date.parse(genesis.genesis_time)), chainId: genesis.chain_id, consensusParams: { block: { maxBytes: 22020096n, maxGas: 100000000n } }, validators: [], appStateBytes: Buffer.from(JSON.stringify(genesis.app_state)), initialHeight: 1n },
    });
    const proposer = Buffer.from(JSON.parse(readFileSync(join(home, 'config', 'priv_validator_key.json'), 'utf8')).address, 'hex');
    const t0 = Date.UTC(2030, 0, 1);
    await consensus.one({ finalizeBlock: { txs: [], decidedLastCommit: { round: 0, votes: [] }, misbehavior: [], hash: new Uint8Array(32).fill(7), height: 1n, time: ts(t0), nextValidatorsHash: new Uint8Array(32), proposerAddress: proposer } });
    await consensus.one({ commit: {} });
  });
  after(async () => {
    consensus?.close();
    await app?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it('serves the committed state over gRPC and REST, the height named', async () => {
    const client = new grpc.Client(grpcAddr, grpc.credentials.createInsecure());
    try {
      const md = new grpc.Metadata();
      md.set('x-cosmos-block-height', '1');
      const res = await new Promise<QueryBalanceResponse>((resolve, reject) =>
        client.makeUnaryRequest('/cosmos.bank.v1beta1.Query/Balance', (m: QueryBalanceRequest) => Buffer.from(QueryBalanceRequest.encode(m).finish()), (b: Buffer) => QueryBalanceResponse.decode(b), { address: dev[0]!.address, denom: 'utrv' }, md, (e, r) => (e ? reject(e) : resolve(r!))),
      );
      assert.equal(res.balance?.amount, '10000000000');
    } finally {
      client.close();
    }
    const r = await fetch(`${rest}/cosmos/bank/v1beta1/balances/${dev[0]!.address}`);
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('grpc-metadata-x-cosmos-block-height'), '1');
    assert.equal(((await r.json()) as any).balances[0].amount, '10000000000');
    const blk = (await (await fetch(`${rest}/cosmos/base/tendermint/v1beta1/blocks/latest`)).json()) as any;
    assert.equal(blk.block.header.height, '1');
    assert.equal(blk.block.header.time, '2030-01-01T00:00:00Z');
    assert.match(app.out(), new RegExp(`grpc\\.address\\s+${grpcAddr.replace(/\./g, '\\.')}`));
  });

  it('runs neither unless asked for: validators sharing a machine share its ports', async () => {
    const other = mkdtempSync(join(tmpdir(), 'trivium-abci-api-off-'));
    const args = ['--rpc.laddr', `tcp://127.0.0.1:${await freePort()}`];
    for (const m of moduleClis) {
      for (const f of m.startFlags ?? []) {
        const name = /--([\w.-]+)/.exec(f.flags)?.[1];
        if (name && /address|laddr/.test(name)) args.push(`--${name}`, `127.0.0.1:${await freePort()}`);
      }
    }
    const off = await startAbciApp(other, await freePort(), args);
    try {
      assert.doesNotMatch(off.out(), /grpc\.address|api\.address/);
    } finally {
      await off.stop();
      rmSync(other, { recursive: true, force: true });
    }
  });
});
