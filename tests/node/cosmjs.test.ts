import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { GasPrice, SigningStargateClient, StargateClient, makeCosmoshubPath } from '@cosmjs/stargate';
import { Comet38Client, WebsocketClient } from '@cosmjs/tendermint-rpc';
import { toBech32 } from '@cosmjs/encoding';
import { startNode, type TestNode } from '../helpers/node.ts';
import { dev, MNEMONIC } from '../helpers/cosmos.ts';

describe('CosmJS against a running triviumd', () => {
  let node: TestNode;
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
    assert.equal(result.genesis.consensus_params.block.max_gas, '100000000');
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
  });
});
