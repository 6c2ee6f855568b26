import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { GasPrice, SigningStargateClient, StargateClient, makeCosmoshubPath } from '@cosmjs/stargate';
import { Comet38Client, WebsocketClient } from '@cosmjs/tendermint-rpc';
import { toBech32 } from '@cosmjs/encoding';
import * as ics23 from '@confio/ics23';
import { QueryBalanceRequest, QueryBalanceResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { startNode, type TestNode } from '../helpers/node.ts';
import { dev, MNEMONIC } from '../helpers/cosmos.ts';

describe('CosmJS against a running triviumd', () => {
  let node: TestNode;
  let sent: { height: number; recipient: string } | undefined;
  before(async () => {
    node = await startNode();
  });
  after(async () => {
    await node?.stop();
  });

  it('serves chain id, height and the funded dev accounts (the same keys CosmJS derives)', async () => {
    const client = await StargateClient.connect(node.rpcUrl);
    assert.equal(await client.getChainId(), 'trivium-devnet-1');
    assert.ok((await client.getHeight()) >= 1);
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(MNEMONIC, {
      prefix: 'trivium',
      hdPaths: Array.from({ length: 10 }, (_, i) => makeCosmoshubPath(i)),
    });
    const accounts = await wallet.getAccounts();
    assert.deepEqual(accounts.map((a) => a.address), dev.map((d) => d.address));
    for (const a of accounts) {
      assert.deepEqual(await client.getBalance(a.address, 'utrv'), { denom: 'utrv', amount: '10000000000' });
    }
    const acc = await client.getAccount(accounts[3]!.address);
    assert.equal(Number(acc?.accountNumber), 3);
    assert.equal(await client.getAccount(toBech32('trivium', new Uint8Array(20).fill(7))), null);
    client.disconnect();
  });

  it('answers `genesis` with the whole genesis file, app_state included (read on demand, not kept in memory)', async () => {
    const r = await fetch(node.rpcUrl, { method: 'POST', body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'genesis', params: {} }) });
    const { result } = (await r.json()) as { result: { genesis: { chain_id: string; consensus_params: { block: { max_gas: string } }; app_state: { bank: { balances: Array<{ address: string }> } } } } };
    assert.equal(result.genesis.chain_id, 'trivium-devnet-1');
    assert.equal(result.genesis.consensus_params.block.max_gas, '1000000000');
    assert.deepEqual(result.genesis.app_state.bank.balances.map((b) => b.address), dev.map((d) => d.address));
  });

  it('sendTokens with gas "auto", getTx, searchTx, and a WebSocket Tx subscription', async () => {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: 'trivium', hdPaths: [makeCosmoshubPath(1)] });
    const [sender] = await wallet.getAccounts();
    const recipient = toBech32('trivium', new Uint8Array(20).fill(9));
    const client = await SigningStargateClient.connectWithSigner(node.rpcUrl, wallet, {
      gasPrice: GasPrice.fromString('0.001utrv'),
      broadcastPollIntervalMs: 100,
    });

    const ws = await Comet38Client.create(new WebsocketClient(node.wsUrl));
    const received = new Promise<{ height: number; hash: string; code: number }>((resolve, reject) => {
      ws.subscribeTx(`tm.event='Tx' AND transfer.recipient='${recipient}'`).subscribe({
        next: (ev) => resolve({ height: ev.height, hash: Buffer.from(ev.hash).toString('hex').toUpperCase(), code: ev.result.code }),
        error: reject,
      });
    });

    const before = BigInt((await client.getBalance(sender!.address, 'utrv')).amount);
    const res = await client.sendTokens(sender!.address, recipient, [{ denom: 'utrv', amount: '1234' }], 'auto', 'hello');
    assert.equal(res.code, 0, res.rawLog);
    assert.ok(res.gasUsed > 0n && res.gasUsed <= res.gasWanted);
    assert.equal((await client.getBalance(recipient, 'utrv')).amount, '1234');
    const after = BigInt((await client.getBalance(sender!.address, 'utrv')).amount);
    const fee = before - after - 1234n;
    assert.ok(fee > 0n && fee === (res.gasWanted + 999n) / 1000n, `fee ${fee} for gas ${res.gasWanted}`);

    const tx = await client.getTx(res.transactionHash);
    assert.equal(tx?.height, res.height);
    assert.equal(tx?.code, 0);
    const found = await client.searchTx(`message.sender='${sender!.address}'`);
    assert.ok(found.some((t) => t.hash === res.transactionHash));
    const byHeight = await client.searchTx(`tx.height=${res.height}`);
    assert.ok(byHeight.some((t) => t.hash === res.transactionHash));

    const ev = await received;
    assert.deepEqual(ev, { height: res.height, hash: res.transactionHash, code: 0 });
    ws.disconnect();
    client.disconnect();
    sent = { height: res.height, recipient };
  });

  it('answers queries at past heights, and raw store reads with ICS-23 proofs that verify against the header app hash', async () => {
    assert.ok(sent, 'runs after the transfer');
    const tm = await Comet38Client.connect(node.rpcUrl);
    const bankQuery = (height: number) =>
      tm.abciQuery({ path: '/cosmos.bank.v1beta1.Query/Balance', data: QueryBalanceRequest.encode({ address: sent!.recipient, denom: 'utrv' }).finish(), height });
    const amountAt = async (height: number) => QueryBalanceResponse.decode((await bankQuery(height)).value).balance?.amount;
    assert.equal(await amountAt(sent!.height - 1), '0');
    assert.equal(await amountAt(sent!.height), '1234');
    const future = await bankQuery(sent!.height + 1000);
    assert.equal(future.code, 18);
    assert.match(future.log ?? '', /not committed yet/);

    // The raw key, proven at the transfer's height against the app hash of the next header.
    const key = `b/${"09".repeat(20)}/utrv`; // the recipient is bytes 0x09 × 20
    for (const [h, expected] of [[sent!.height, '1234'], [sent!.height - 1, undefined]] as const) {
      const r = await tm.abciQuery({ path: '/store/bank/key', data: Buffer.from(key), height: h, prove: true });
      assert.equal(r.code, 0, r.log);
      await waitForHeight(tm, h + 1);
      const appHash = (await tm.block(h + 1)).block.header.appHash;
      const op = r.proof!.ops[0]!;
      assert.equal(op.type, 'ics23:trivium');
      const proof = ics23.ics23.CommitmentProof.decode(op.data);
      const fullKey = Buffer.from(`bank/${key}`);
      if (expected === undefined) {
        assert.equal(r.value.length, 0);
        assert.ok(ics23.verifyNonMembership(proof, ics23.tendermintSpec, appHash, fullKey), 'absence verifies');
      } else {
        assert.equal(Buffer.from(r.value).toString(), expected);
        assert.ok(ics23.verifyMembership(proof, ics23.tendermintSpec, appHash, fullKey, r.value), 'membership verifies');
        assert.equal(ics23.verifyMembership(proof, ics23.tendermintSpec, appHash, fullKey, Buffer.from('1235')), false);
      }
    }
    tm.disconnect();
    // The CLI's --height, as the SDK's.
    const cliAt = async (h: number) => JSON.parse((await node.cli(['q', 'bank', 'balances', sent!.recipient, '--height', String(h), '-o', 'json'])).stdout);
    assert.deepEqual((await cliAt(sent!.height - 1)).balances, []);
    assert.deepEqual((await cliAt(sent!.height)).balances, [{ denom: 'utrv', amount: '1234' }]);
    const bad = await node.cli(['q', 'bank', 'balances', sent!.recipient, '--height', 'latest']);
    assert.notEqual(bad.code, 0);
    assert.match(bad.stderr, /invalid --height "latest"/);
  });
});

async function waitForHeight(tm: Comet38Client, h: number): Promise<void> {
  for (let i = 0; i < 100 && (await tm.status()).syncInfo.latestBlockHeight < h; i++) await new Promise((r) => setTimeout(r, 100));
}
