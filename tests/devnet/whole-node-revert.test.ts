import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import { Connection, Keypair, sendAndConfirmTransaction, SystemProgram, Transaction } from '@solana/web3.js';
import { Contract, ContractFactory, HDNodeWallet, JsonRpcProvider, Mnemonic } from 'ethers';
import { QuerySmartContractStateRequest, QuerySmartContractStateResponse } from 'cosmjs-types/cosmwasm/wasm/v1/query';
import { QueryBalanceRequest, QueryBalanceResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { repoRoot, startNode, type TestNode } from '../helpers/node.ts';
import { dev, sendMsg } from '../helpers/cosmos.ts';
import { abci, callMsg, deployJs, getMessage, messageIds, sendTx, setParams } from '../crossvm/helpers.ts';
import { DEV_MNEMONIC, erc20Artifact } from '../evm/helpers.ts';
import { jsonRpc } from '../helpers/json-rpc.ts';

/** A snapshot, one change in every part of the node, a revert: every one of them gone. */
describe('evm_snapshot / dev_revert take the whole node back', { timeout: 180_000 }, () => {
  let node: TestNode;
  let eth: JsonRpcProvider;
  let conn: Connection;
  let recorder: string;
  let token: Contract;
  const payer = Keypair.generate();
  const payee = Keypair.generate();
  const alice = HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(DEV_MNEMONIC), `m/44'/60'/0'/0/1`).address;

  const bank = async (address: string, denom = 'utrv') => BigInt(QueryBalanceResponse.decode(await abci(node, '/cosmos.bank.v1beta1.Query/Balance', QueryBalanceRequest.encode({ address, denom }).finish())).balance!.amount);
  const count = async () =>
    JSON.parse(Buffer.from(QuerySmartContractStateResponse.decode(await abci(node, '/cosmwasm.wasm.v1.Query/SmartContractState', QuerySmartContractStateRequest.encode({ address: recorder, queryData: Buffer.from('{"count":{}}') }).finish())).data).toString()).n as number;
  const height = async () => Number((await node.rpc('status')).sync_info.latest_block_height);
  const ethRpc = async (method: string, params: unknown[]) => (await jsonRpc(`http://${node.ports['json-rpc.address']}`, method, params)).result;

  before(async () => {
    node = await startNode({ blockTime: '0' });
    eth = new JsonRpcProvider(`http://${node.ports['json-rpc.address']}`, undefined, { pollingInterval: 50, cacheTimeout: -1 });
    conn = new Connection(`http://${node.ports['svm-rpc.address']}`, { commitment: 'confirmed', wsEndpoint: `ws://${node.ports['svm-rpc.address']}` });
    recorder = await deployJs(node, join(repoRoot, 'tests/crossvm/contracts/recorder.js'));
    const owner = HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(DEV_MNEMONIC), `m/44'/60'/0'/0/0`).connect(eth);
    const art = erc20Artifact();
    const deployed = await new ContractFactory(art.abi, art.bytecode, owner).deploy('T', 'T', 10n ** 24n, owner.address);
    await deployed.waitForDeployment();
    token = new Contract(await deployed.getAddress(), art.abi, owner);
    // Queued cross-VM messages stay queued (so one can be seen pending at the revert).
    await setParams(node, { max_executions_per_block: 0 });
    // dev_setBalance on a base58 face: lamports for the Solana payer.
    await node.rpc('dev_setBalance', { address: payer.publicKey.toBase58(), amount: '5000000000' });
    assert.equal(await conn.getBalance(payer.publicKey), 5_000_000_000);
  });
  after(async () => {
    eth?.destroy();
    await node?.stop();
  });

  it('a bank send, an ERC20 transfer, an SVM transfer, a JS-contract write and a queued message: all gone', async () => {
    const h0 = await height();
    const id = await ethRpc('evm_snapshot', []);
    const before = { dev3: await bank(dev[3]!.address), alice: await token.getFunction('balanceOf')(alice), payee: await conn.getBalance(payee.publicKey), n: await count() };

    const send = await sendTx(node, 1, [sendMsg(dev[1]!.address, dev[3]!.address, '12345')]);
    assert.equal(send.code, 0, send.log);
    await (await token.getFunction('transfer')(alice, 999n)).wait();
    await sendAndConfirmTransaction(conn, new Transaction().add(SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: payee.publicKey, lamports: 1_000_000 })), [payer]);
    const write = await sendTx(node, 2, [{ typeUrl: '/cosmwasm.wasm.v1.MsgExecuteContract', value: { sender: dev[2]!.address, contract: recorder, msg: Buffer.from('{"record":{"tag":"w"}}'), funds: [] } }]);
    assert.equal(write.code, 0, write.log);
    const queued = await sendTx(node, 4, [callMsg(4, 'wasm', recorder, '{"record":{"tag":"q"}}')]);
    assert.equal(queued.code, 0, queued.log);
    const [msgId] = messageIds(queued.events);
    assert.ok(msgId);
    assert.notEqual((await getMessage(node, msgId))!.status, 'EXECUTED');

    assert.equal(await bank(dev[3]!.address), before.dev3 + 12345n);
    assert.equal(await token.getFunction('balanceOf')(alice), before.alice + 999n);
    assert.equal(await conn.getBalance(payee.publicKey), before.payee + 1_000_000);
    assert.equal(await count(), before.n + 1);
    assert.ok((await height()) >= h0 + 5);

    const r = await node.rpc('dev_revert', { id });
    assert.equal(r.reverted, true);
    assert.equal(await height(), h0);
    assert.equal(Number(r.height), h0);
    assert.equal(await bank(dev[3]!.address), before.dev3);
    assert.equal(await token.getFunction('balanceOf')(alice), before.alice);
    assert.equal(await conn.getBalance(payee.publicKey), before.payee);
    assert.equal(await count(), before.n);
    assert.equal(await getMessage(node, msgId), undefined, 'the queued message and its record are gone');
    // The block store too: no block above the head, no tx by its hash.
    await assert.rejects(node.rpc('block', { height: String(h0 + 1) }));
    await assert.rejects(node.rpc('tx', { hash: send.hash }));
    assert.equal(await eth.getBlock(h0 + 1), null);

    // The node goes on from there: the same sender's next tx (its sequence restored) lands at h0 + 1.
    const again = await sendTx(node, 1, [sendMsg(dev[1]!.address, dev[3]!.address, '1')]);
    assert.equal(again.code, 0, again.log);
    assert.equal(again.height, h0 + 1);
    assert.equal(await bank(dev[3]!.address), before.dev3 + 1n);
    // A queued message takes the id the reverted one had: the queue's counter went back with it.
    const q2 = await sendTx(node, 4, [callMsg(4, 'wasm', recorder, '{"record":{"tag":"q2"}}')]);
    assert.deepEqual(messageIds(q2.events), [msgId]);
  });

  it('dev_setBalance: bech32 in utrv and another denom, base58 in lamports; bad input changes nothing', async () => {
    const who = dev[7]!.address;
    await node.rpc('dev_setBalance', { address: who, amount: '42' });
    assert.equal(await bank(who), 42n);
    await node.rpc('dev_setBalance', { address: who, amount: '9', denom: 'uatom' });
    assert.equal(await bank(who, 'uatom'), 9n);
    const h = await height();
    for (const p of [{ address: who, amount: 'x' }, { address: 'trivium1bogus', amount: '1' }, { address: payee.publicKey.toBase58(), amount: '1001' }, { address: payee.publicKey.toBase58(), amount: '1000', denom: 'utrv' }, { amount: '1' }]) {
      await assert.rejects(node.rpc('dev_setBalance', p), (e: Error) => /-32602|invalid params/i.test(e.message), JSON.stringify(p));
    }
    assert.equal(await height(), h);
    assert.equal(await bank(who), 42n);
  });
});
