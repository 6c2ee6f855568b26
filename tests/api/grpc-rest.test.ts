import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { SigningCosmWasmClient } from '@cosmjs/cosmwasm-stargate';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { GasPrice, SigningStargateClient, makeCosmoshubPath } from '@cosmjs/stargate';
import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import { QueryAccountRequest, QueryAccountResponse } from 'cosmjs-types/cosmos/auth/v1beta1/query';
import { QueryBalanceRequest, QueryBalanceResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { GetLatestBlockRequest, GetLatestBlockResponse, GetNodeInfoRequest, GetNodeInfoResponse } from 'cosmjs-types/cosmos/base/tendermint/v1beta1/query';
import { GetTxRequest, GetTxResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { FileDescriptorProto } from 'cosmjs-types/google/protobuf/descriptor';
import { repoRoot, runCli, startNode, type TestNode } from '../helpers/node.ts';
import { dev, MNEMONIC } from '../helpers/cosmos.ts';
import { devGasPrice } from '../helpers/cosmwasm.ts';

const PROTO = join(repoRoot, 'proto');
// Built from its Go module by scripts/install-grpcurl.sh (.ci/run runs it).
const GRPCURL = join(repoRoot, '.tools/bin/grpcurl');
const HEIGHT = 'x-cosmos-block-height';

/** A unary call over raw bytes: the request encoded and the answer decoded by cosmjs-types, as a client of its own would. */
function rawCall<Req, Res>(client: grpc.Client, path: string, enc: { encode(m: Req): { finish(): Uint8Array } }, dec: { decode(b: Uint8Array): Res }, req: Req, md = new grpc.Metadata()) {
  return new Promise<{ res: Res; height: string | undefined }>((resolve, reject) => {
    let height: string | undefined;
    const call = client.makeUnaryRequest(path, (m: Req) => Buffer.from(enc.encode(m).finish()), (b: Buffer) => dec.decode(b), req, md, (err, res) => (err ? reject(err) : resolve({ res: res!, height })));
    call.on('metadata', (m) => (height = m.get(HEIGHT)[0]?.toString()));
  });
}

/** gRPC server reflection's ListServices and FileContainingSymbol (v1 or v1alpha), as grpcurl asks them. */
async function reflect(address: string, version: 'v1' | 'v1alpha', req: Record<string, unknown>): Promise<Record<string, any>> {
  const file = join(repoRoot, `node_modules/@grpc/reflection/build/proto/grpc/reflection/${version}/reflection.proto`);
  const pkg = grpc.loadPackageDefinition(protoLoader.loadSync(file, { keepCase: true, longs: String, bytes: Array, defaults: true, oneofs: true })) as any;
  const client = new pkg.grpc.reflection[version].ServerReflection(address, grpc.credentials.createInsecure());
  try {
    return await new Promise((resolve, reject) => {
      const stream = client.ServerReflectionInfo();
      stream.on('data', (d: Record<string, any>) => (resolve(d), stream.end()));
      stream.on('error', reject);
      stream.write(req);
    });
  } finally {
    client.close();
  }
}

describe('gRPC (9090) and REST (1317): the SDK services over the module queries, at any kept height', () => {
  let node: TestNode;
  let grpcAddr: string;
  let rest: string;
  let bank: grpc.Client & Record<string, any>;
  let raw: grpc.Client;
  let to = ''; // a fresh account: the send's recipient
  let before_: { height: number; balance: bigint };
  let txhash = '';

  before(async () => {
    node = await startNode({ api: true, extraArgs: ['--pruning', 'keep-recent=50'] });
    grpcAddr = node.ports['grpc.address']!;
    rest = `http://${node.ports['api.address']}`;
    const def = protoLoader.loadSync('cosmos/bank/v1beta1/query.proto', { includeDirs: [join(PROTO, 'third_party')], keepCase: true, longs: String, defaults: true });
    const Bank = (grpc.loadPackageDefinition(def) as any).cosmos.bank.v1beta1.Query;
    bank = new Bank(grpcAddr, grpc.credentials.createInsecure());
    raw = new grpc.Client(grpcAddr, grpc.credentials.createInsecure());
    to = (await DirectSecp256k1HdWallet.generate(12, { prefix: 'trivium' }).then((w) => w.getAccounts()))[0]!.address;
  });
  after(async () => {
    bank?.close();
    raw?.close();
    await node?.stop();
  });

  const getJson = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(rest + path, { headers });
    return { status: res.status, height: res.headers.get('grpc-metadata-x-cosmos-block-height'), body: (await res.json()) as any };
  };

  it('lists every service through server reflection (v1 and v1alpha) and describes their files', async () => {
    for (const version of ['v1', 'v1alpha'] as const) {
      const r = await reflect(grpcAddr, version, { list_services: '' });
      const names = (r.list_services_response.service as Array<{ name: string }>).map((s) => s.name);
      for (const s of ['cosmos.auth.v1beta1.Query', 'cosmos.bank.v1beta1.Query', 'cosmos.tx.v1beta1.Service', 'cosmos.base.tendermint.v1beta1.Service', 'cosmwasm.wasm.v1.Query', 'trivium.crossvm.v1.Query', 'trivium.evm.v1.Query', 'trivium.svm.v1.Query']) {
        assert.ok(names.includes(s), `${version}: ${s} listed (got ${names.join(', ')})`);
      }
    }
    const r = await reflect(grpcAddr, 'v1', { file_containing_symbol: 'cosmos.bank.v1beta1.Query' });
    const files = (r.file_descriptor_response.file_descriptor_proto as number[][]).map((b) => FileDescriptorProto.decode(Buffer.from(b)));
    const svc = files.flatMap((f) => f.service).find((s) => s.name === 'Query');
    assert.ok(svc, 'the file of cosmos.bank.v1beta1.Query holds the service');
    assert.deepEqual(svc!.method.map((m) => m.name).sort(), ['AllBalances', 'Balance', 'Params', 'SpendableBalances', 'SupplyOf', 'TotalSupply']);
    const missing = await reflect(grpcAddr, 'v1', { file_containing_symbol: 'no.such.Service' });
    assert.equal(missing.error_response.error_code, grpc.status.NOT_FOUND);
  });

  it('is driven by grpcurl through reflection alone: list, describe every service, call with a height', async () => {
    assert.ok(existsSync(GRPCURL), `${GRPCURL} missing: run scripts/install-grpcurl.sh`);
    const grpcurl = async (...args: string[]) => (await promisify(execFile)(GRPCURL, ['-plaintext', ...args])).stdout;
    const services = (await grpcurl(grpcAddr, 'list')).trim().split('\n');
    assert.ok(services.includes('cosmos.bank.v1beta1.Query') && services.includes('trivium.crossvm.v1.Query'), services.join(', '));
    for (const s of services) {
      if (s.startsWith('grpc.reflection.')) continue;
      assert.match(await grpcurl(grpcAddr, 'describe', s), new RegExp(`${s.replace(/\./g, '\\.')} is a service`), `grpcurl resolves every type of ${s}`);
    }
    const bal = JSON.parse(await grpcurl('-d', JSON.stringify({ address: dev[0]!.address, denom: 'utrv' }), grpcAddr, 'cosmos.bank.v1beta1.Query/Balance'));
    assert.equal(bal.balance.denom, 'utrv');
    const acc = await grpcurl('-v', '-H', `${HEIGHT}: 1`, '-d', JSON.stringify({ address: dev[0]!.address }), grpcAddr, 'cosmos.auth.v1beta1.Query/Account');
    assert.match(acc, /"@type": "\/cosmos\.auth\.v1beta1\.BaseAccount"/, 'the Any resolves through reflection');
    assert.match(acc, /x-cosmos-block-height: 1\n/);
    const blk = JSON.parse(await grpcurl(grpcAddr, 'cosmos.base.tendermint.v1beta1.Service/GetLatestBlock'));
    assert.equal(blk.sdkBlock.header.chainId, 'trivium-devnet-1');
  });

  it('answers a bank balance to a grpc-js client built from the proto files, and to cosmjs-types codecs', async () => {
    const r = await new Promise<any>((resolve, reject) => bank.Balance({ address: dev[0]!.address, denom: 'utrv' }, (e: Error | null, v: unknown) => (e ? reject(e) : resolve(v))));
    assert.equal(r.balance.denom, 'utrv');
    assert.ok(BigInt(r.balance.amount) > 0n);
    const { res, height } = await rawCall(raw, '/cosmos.bank.v1beta1.Query/Balance', QueryBalanceRequest, QueryBalanceResponse, { address: dev[0]!.address, denom: 'utrv' });
    assert.equal(res.balance?.amount, r.balance.amount);
    assert.ok(Number(height) >= 1, 'the answer names its height in x-cosmos-block-height');

    const acc = await rawCall(raw, '/cosmos.auth.v1beta1.Query/Account', QueryAccountRequest, QueryAccountResponse, { address: dev[0]!.address });
    assert.equal(acc.res.account?.typeUrl, '/cosmos.auth.v1beta1.BaseAccount');
    assert.equal(BaseAccount.decode(acc.res.account!.value).address, dev[0]!.address);
    await assert.rejects(rawCall(raw, '/cosmos.auth.v1beta1.Query/Account', QueryAccountRequest, QueryAccountResponse, { address: to }), (e: grpc.ServiceError) => e.code === grpc.status.NOT_FOUND && /not found/.test(e.details));

    const blk = await rawCall(raw, '/cosmos.base.tendermint.v1beta1.Service/GetLatestBlock', GetLatestBlockRequest, GetLatestBlockResponse, {});
    assert.equal(blk.res.sdkBlock?.header?.chainId, 'trivium-devnet-1');
    assert.match(blk.res.sdkBlock!.header!.proposerAddress, /^triviumvalcons1/);
    assert.equal(blk.res.blockId?.hash.length, 32);
    const info = await rawCall(raw, '/cosmos.base.tendermint.v1beta1.Service/GetNodeInfo', GetNodeInfoRequest, GetNodeInfoResponse, {});
    assert.equal(info.res.defaultNodeInfo?.network, 'trivium-devnet-1');
  });

  it('serves REST balances and accounts in grpc-gateway JSON', async () => {
    const all = await getJson(`/cosmos/bank/v1beta1/balances/${dev[0]!.address}`);
    assert.equal(all.status, 200);
    assert.deepEqual(all.body.balances.map((c: any) => c.denom), ['utrv']);
    assert.equal(all.body.pagination.total, '1');
    assert.ok(Number(all.height) >= 1);
    const one = await getJson(`/cosmos/bank/v1beta1/balances/${dev[0]!.address}/by_denom?denom=utrv`);
    assert.equal(one.body.balance.amount, all.body.balances[0].amount);
    const acc = await getJson(`/cosmos/auth/v1beta1/accounts/${dev[0]!.address}`);
    assert.equal(acc.body.account['@type'], '/cosmos.auth.v1beta1.BaseAccount');
    assert.equal(Object.keys(acc.body.account)[0], '@type', 'an Any shows its type first, as the SDK does');
    assert.equal(acc.body.account.address, dev[0]!.address);
    assert.equal(typeof acc.body.account.account_number, 'string');
    const spendable = await getJson(`/cosmos/bank/v1beta1/spendable_balances/${dev[0]!.address}`);
    assert.deepEqual(spendable.body.balances, all.body.balances, 'no vesting: all of it is spendable');
    assert.equal((await getJson('/cosmos/bank/v1beta1/params')).body.params.default_send_enabled, true);
    const authParams = (await getJson('/cosmos/auth/v1beta1/params')).body.params;
    assert.deepEqual([authParams.max_memo_characters, authParams.tx_sig_limit, authParams.tx_size_cost_per_byte, authParams.sig_verify_cost_secp256k1], ['256', '7', '10', '1000']);
    assert.equal((await getJson('/cosmos/auth/v1beta1/bech32')).body.bech32_prefix, 'trivium');
    const none = await getJson(`/cosmos/auth/v1beta1/accounts/${to}`);
    assert.equal(none.status, 404);
    assert.equal(none.body.code, grpc.status.NOT_FOUND);
  });

  it('broadcasts a CosmJS-signed tx POSTed to /cosmos/tx/v1beta1/txs, then finds it with GET (by hash and by events)', async () => {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: 'trivium', hdPaths: [makeCosmoshubPath(1)] });
    const [signer] = await wallet.getAccounts();
    const client = await SigningStargateClient.connectWithSigner(node.rpcUrl, wallet, { gasPrice: GasPrice.fromString('0.001utrv') });
    const msg = { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: signer!.address, toAddress: to, amount: [{ denom: 'utrv', amount: '12345' }] }) };
    const signed = await client.sign(signer!.address, [msg], { amount: [{ denom: 'utrv', amount: '200' }], gas: '200000' }, 'via REST');
    client.disconnect();
    const sim = await fetch(`${rest}/cosmos/tx/v1beta1/simulate`, { method: 'POST', body: JSON.stringify({ txBytes: Buffer.from(TxRaw.encode(signed).finish()).toString('base64') }) });
    const simulated = (await sim.json()) as any;
    assert.equal(sim.status, 200, JSON.stringify(simulated));
    assert.ok(Number(simulated.gas_info.gas_used) > 0, 'simulate (a camelCase body) estimates gas');
    const status = await node.rpc<{ sync_info: { latest_block_height: string } }>('status');
    before_ = { height: Number(status.sync_info.latest_block_height), balance: 0n };

    const post = await fetch(`${rest}/cosmos/tx/v1beta1/txs`, { method: 'POST', body: JSON.stringify({ tx_bytes: Buffer.from(TxRaw.encode(signed).finish()).toString('base64'), mode: 'BROADCAST_MODE_SYNC' }) });
    const broadcast = (await post.json()) as any;
    assert.equal(post.status, 200);
    assert.equal(broadcast.tx_response.code, 0, broadcast.tx_response.raw_log);
    txhash = broadcast.tx_response.txhash;
    assert.match(txhash, /^[0-9A-F]{64}$/);

    let found: any;
    for (let i = 0; i < 100 && !found; i++) {
      const r = await getJson(`/cosmos/tx/v1beta1/txs/${txhash}`);
      if (r.status === 200) found = r.body;
      else await new Promise((res) => setTimeout(res, 100));
    }
    assert.ok(found, 'the tx is found by hash once in a block');
    assert.equal(found.tx_response.code, 0);
    assert.equal(found.tx_response.txhash, txhash);
    assert.equal(found.tx.body.memo, 'via REST');
    assert.equal(found.tx.body.messages[0]['@type'], '/cosmos.bank.v1beta1.MsgSend');
    assert.equal(found.tx.body.messages[0].to_address, to);

    const byEvent = await getJson(`/cosmos/tx/v1beta1/txs?query=${encodeURIComponent(`transfer.recipient='${to}'`)}`);
    assert.equal(byEvent.status, 200);
    assert.equal(byEvent.body.total, '1');
    assert.equal(byEvent.body.tx_responses[0].txhash, txhash);
    const deprecated = await getJson(`/cosmos/tx/v1beta1/txs?events=${encodeURIComponent(`transfer.recipient='${to}'`)}&events=${encodeURIComponent(`tx.height=${found.tx_response.height}`)}`);
    assert.equal(deprecated.body.tx_responses[0].txhash, txhash);

    const { res } = await rawCall(raw, '/cosmos.tx.v1beta1.Service/GetTx', GetTxRequest, GetTxResponse, { hash: txhash });
    assert.equal(res.txResponse?.height, BigInt(found.tx_response.height));
    const dup = await fetch(`${rest}/cosmos/tx/v1beta1/txs`, { method: 'POST', body: JSON.stringify({ tx_bytes: Buffer.from(TxRaw.encode(signed).finish()).toString('base64'), mode: 'BROADCAST_MODE_BLOCK' }) });
    assert.equal(dup.status, 400, 'BLOCK mode is gone, as in SDK v0.50');
  });

  it('reads the state at a past height: the old balance over REST (header) and gRPC (metadata)', async () => {
    const now = await getJson(`/cosmos/bank/v1beta1/balances/${to}/by_denom?denom=utrv`);
    assert.equal(now.body.balance.amount, '12345');
    const old = await getJson(`/cosmos/bank/v1beta1/balances/${to}/by_denom?denom=utrv`, { [HEIGHT]: String(before_.height) });
    assert.equal(old.status, 200, JSON.stringify(old.body));
    assert.equal(old.body.balance.amount, '0', 'before the send, the recipient had nothing');
    assert.equal(old.height, String(before_.height));
    const md = new grpc.Metadata();
    md.set(HEIGHT, String(before_.height));
    const g = await rawCall(raw, '/cosmos.bank.v1beta1.Query/Balance', QueryBalanceRequest, QueryBalanceResponse, { address: to, denom: 'utrv' }, md);
    assert.equal(g.res.balance?.amount, '0');
    assert.equal(g.height, String(before_.height));
  });

  it('refuses a bad, future or pruned height with the SDK errors, and changes nothing', async () => {
    const bad = await getJson(`/cosmos/bank/v1beta1/balances/${to}`, { [HEIGHT]: 'abc' });
    assert.equal(bad.status, 400);
    const future = await getJson(`/cosmos/bank/v1beta1/balances/${to}`, { [HEIGHT]: '99999999' });
    assert.equal(future.status, 400);
    assert.match(future.body.message, /cannot query with height in the future/);
    // keep-recent=50 (room for the past-height reads of the other cases): mine past it and wait for the background
    // pruning to drop height 2.
    await node.rpc('dev_mine', { blocks: 80 });
    let pruned: Awaited<ReturnType<typeof getJson>> | undefined;
    for (let i = 0; i < 100; i++) {
      pruned = await getJson(`/cosmos/bank/v1beta1/balances/${to}`, { [HEIGHT]: '2' });
      if (pruned.status !== 200) break;
      await new Promise((res) => setTimeout(res, 100));
    }
    assert.equal(pruned!.status, 500, 'the SDK answers codes.Unknown, which grpc-gateway makes a 500');
    assert.equal(pruned!.body.code, grpc.status.UNKNOWN);
    assert.match(pruned!.body.message, /^codespace sdk code 38: not found: failed to load state at height 2; .*pruned.* \(latest height: \d+\)$/);
    const md = new grpc.Metadata();
    md.set(HEIGHT, '2');
    await assert.rejects(rawCall(raw, '/cosmos.bank.v1beta1.Query/Balance', QueryBalanceRequest, QueryBalanceResponse, { address: to, denom: 'utrv' }, md), (e: grpc.ServiceError) => e.code === grpc.status.UNKNOWN && /failed to load state at height 2/.test(e.details));
    const latest = await getJson(`/cosmos/bank/v1beta1/balances/${to}/by_denom?denom=utrv`);
    assert.equal(latest.body.balance.amount, '12345');
  });

  it('answers a CosmWasm smart query over REST as JSON (wasmd\'s shape), at the height before an execute too', async () => {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: 'trivium', hdPaths: [makeCosmoshubPath(4)] });
    const [alice] = await wallet.getAccounts();
    const client = await SigningCosmWasmClient.connectWithSigner(node.rpcUrl, wallet, { gasPrice: devGasPrice(), broadcastPollIntervalMs: 100 });
    try {
      const { codeId } = await client.upload(alice!.address, readFileSync(join(repoRoot, 'tests/wasm/contracts/counter.js')), 'auto');
      const { contractAddress: addr, height: created } = await client.instantiate(alice!.address, codeId, { count: 7 }, 'counter', 'auto');
      await client.execute(alice!.address, addr, { increment: {} }, 'auto');
      const q = Buffer.from(JSON.stringify({ get_count: {} })).toString('base64');
      const now = await getJson(`/cosmwasm/wasm/v1/contract/${addr}/smart/${q}`);
      assert.deepEqual(now.body, { data: { count: 8 } });
      const then = await getJson(`/cosmwasm/wasm/v1/contract/${addr}/smart/${q}`, { [HEIGHT]: String(created) });
      assert.deepEqual(then.body, { data: { count: 7 } });
      const info = await getJson(`/cosmwasm/wasm/v1/contract/${addr}`);
      assert.equal(info.body.contract_info.code_id, String(codeId));
      assert.equal(info.body.contract_info.label, 'counter');
    } finally {
      client.disconnect();
    }
  });

  it('serves the other routes: CometBFT blocks, cross-VM messages, EVM accounts, wasm codes, the OpenAPI document', async () => {
    const b = await getJson('/cosmos/base/tendermint/v1beta1/blocks/1');
    assert.equal(b.body.block.header.height, '1');
    assert.match(b.body.block.header.time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    const tooHigh = await getJson('/cosmos/base/tendermint/v1beta1/blocks/99999999');
    assert.equal(tooHigh.status, 400);
    const vals = await getJson('/cosmos/base/tendermint/v1beta1/validatorsets/latest');
    assert.equal(vals.body.validators[0].pub_key['@type'], '/cosmos.crypto.ed25519.PubKey');
    assert.equal((await getJson('/cosmos/base/tendermint/v1beta1/syncing')).body.syncing, false);
    const msg = await getJson('/trivium/crossvm/v1/messages/1');
    assert.equal(msg.body.found, false);
    const params = await getJson('/trivium/crossvm/v1/params');
    assert.equal(params.body.params.max_message_size, '65536');
    const evm = await getJson(`/trivium/evm/v1/accounts/${dev[0]!.address}`);
    assert.equal(evm.body.balance_utrv, (await getJson(`/cosmos/bank/v1beta1/balances/${dev[0]!.address}/by_denom?denom=utrv`)).body.balance.amount);
    const codes = (await getJson('/cosmwasm/wasm/v1/code')).body.code_infos as Array<{ code_id: string; data_hash: string }>;
    assert.ok(codes.length >= 1 && codes.every((c) => /^\d+$/.test(c.code_id) && Buffer.from(c.data_hash, 'base64').length === 32), JSON.stringify(codes));
    const smart = await getJson(`/cosmwasm/wasm/v1/contract/${to}/smart/${Buffer.from('{}').toString('base64')}`);
    assert.equal(smart.status, 500, 'no contract there: the wasm module error');
    assert.match(smart.body.message, /^codespace wasm code \d+:/);
    assert.equal((await getJson('/no/such/route')).status, 404);
    assert.equal((await fetch(`${rest}/cosmos/bank/v1beta1/balances/${to}`, { method: 'POST' })).status, 405);
    const doc = await getJson('/swagger');
    assert.equal(doc.body.openapi, '3.0.3');
    assert.ok(doc.body.paths['/cosmos/bank/v1beta1/balances/{address}'].get);
    assert.ok(doc.body.paths['/cosmos/tx/v1beta1/txs'].post.requestBody);
    assert.ok(doc.body.components.schemas['cosmos.bank.v1beta1.QueryAllBalancesResponse']);
  });

  it('refuses malformed REST input with INVALID_ARGUMENT (400) and grpc-gateway\'s error body', async () => {
    const post = (path: string, body: string) => fetch(rest + path, { method: 'POST', body }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
    const cases = [
      await post('/cosmos/tx/v1beta1/txs', '{not json'),
      await post('/cosmos/tx/v1beta1/txs', '{}'),
      await getJson('/cosmwasm/wasm/v1/code/abc'),
      await getJson(`/cosmos/bank/v1beta1/balances/${to}?pagination.count_total=maybe`),
      await getJson(`/cosmos/bank/v1beta1/balances/${to}?no_such_field=1`),
      await getJson(`/cosmwasm/wasm/v1/contract/${to}/smart/%21%21`),
    ];
    for (const c of cases) {
      assert.equal(c.status, 400, JSON.stringify(c.body));
      assert.equal(c.body.code, grpc.status.INVALID_ARGUMENT);
      assert.equal(typeof c.body.message, 'string');
      assert.deepEqual(c.body.details, []);
    }
    const paged = await getJson(`/cosmos/bank/v1beta1/balances/${dev[0]!.address}?pagination.limit=1&pagination.countTotal=true`);
    assert.equal(paged.status, 200, 'lowerCamelCase parameter names are accepted too');
  });

  it('are on by default at 127.0.0.1:9090 and :1317 (start --help) and named in the start banner', async () => {
    const help = await runCli(['start', '--help']);
    assert.match(help.stdout, /--grpc\.address <addr>[\s\S]*default: "127\.0\.0\.1:9090"/);
    assert.match(help.stdout, /--api\.address <addr>[\s\S]*default: "127\.0\.0\.1:1317"/);
    assert.match(node.output(), new RegExp(`gRPC +${grpcAddr.replace(/\./g, '\\.')}`));
    assert.match(node.output(), new RegExp(`REST +${rest.replace(/\./g, '\\.')}`));
  });
});
