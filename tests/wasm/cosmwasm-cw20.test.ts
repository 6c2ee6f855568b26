import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SigningCosmWasmClient } from '@cosmjs/cosmwasm-stargate';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { makeCosmoshubPath } from '@cosmjs/stargate';
import { sha256 } from '@cosmjs/crypto';
import { toHex } from '@cosmjs/encoding';
import { fixturesDir, repoRoot, startNode, type TestNode } from '../helpers/node.ts';
import { MNEMONIC } from '../helpers/cosmos.ts';
import { devGasPrice } from '../helpers/cosmwasm.ts';

// Real CosmWasm contracts (cw-plus's cw20-base 1.0.1, wasmd's hackatom…) on the Wasm runtime, through
// CosmJS's SigningCosmWasmClient unmodified, against one running node.

const fixture = (name: string) => readFileSync(join(fixturesDir, 'cosmwasm', name));
const jsContract = (name: string) => readFileSync(join(repoRoot, 'tests/wasm/contracts', name));

describe('cw20-base on the Wasm runtime through SigningCosmWasmClient', () => {
  let node: TestNode;
  let client: SigningCosmWasmClient;
  let alice: string;
  let bob: string;
  let carol: string;
  let codeId: number;
  let token: string;

  before(async () => {
    node = await startNode({ blockTime: '100ms' });
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: 'trivium', hdPaths: [makeCosmoshubPath(4), makeCosmoshubPath(5), makeCosmoshubPath(6)] });
    [alice, bob, carol] = (await wallet.getAccounts()).map((a) => a.address) as [string, string, string];
    client = await SigningCosmWasmClient.connectWithSigner(node.rpcUrl, wallet, { gasPrice: devGasPrice(), broadcastPollIntervalMs: 100 });
    // carol needs gas money
    await client.sendTokens(alice, carol, [{ denom: 'utrv', amount: '5000000' }], 'auto');
  });
  after(async () => {
    client?.disconnect();
    await node?.stop();
  });

  it('stores the binary (CosmJS gzips it): checksum of the Wasm, runtime wasm, capabilities recorded', async () => {
    const wasm = fixture('cw20_base-1.0.1.wasm');
    const up = await client.upload(alice, wasm, 'auto');
    codeId = up.codeId;
    assert.equal(up.checksum, toHex(sha256(wasm)));
    assert.equal(up.checksum, '9c295a93d5033cb7402d59cdedef7254a69f9ca50eed10180c53bbb31c005e92');
    const details = await client.getCodeDetails(codeId);
    assert.equal(details.creator, alice);
    assert.equal(Buffer.from(details.data).equals(wasm), true);
    const store = up.events.find((e) => e.type === 'store_code');
    assert.equal(store?.attributes.find((a) => a.key === 'code_checksum')?.value, up.checksum);
  });

  it('instantiates, transfers, queries balance / token_info / all_accounts, smart and raw', async () => {
    const inst = await client.instantiate(
      alice,
      codeId,
      { name: 'Trivium Token', symbol: 'TRT', decimals: 6, initial_balances: [{ address: alice, amount: '1000000' }], mint: { minter: alice, cap: null }, marketing: null },
      'cw20',
      'auto',
      { admin: alice },
    );
    token = inst.contractAddress;
    assert.deepEqual(await client.queryContractSmart(token, { token_info: {} }), { name: 'Trivium Token', symbol: 'TRT', decimals: 6, total_supply: '1000000' });

    const tx = await client.execute(alice, token, { transfer: { recipient: bob, amount: '250' } }, 'auto');
    const wasm = tx.events.find((e) => e.type === 'wasm');
    assert.deepEqual(
      wasm?.attributes.map((a) => [a.key, a.value]),
      [
        ['_contract_address', token],
        ['action', 'transfer'],
        ['from', alice],
        ['to', bob],
        ['amount', '250'],
      ],
    );
    assert.deepEqual(await client.queryContractSmart(token, { balance: { address: bob } }), { balance: '250' });
    assert.deepEqual(await client.queryContractSmart(token, { balance: { address: alice } }), { balance: '999750' });
    const all = await client.queryContractSmart(token, { all_accounts: {} });
    assert.deepEqual([...all.accounts].sort(), [alice, bob].sort());
    // cw-storage-plus: Map "balance" → key = len("balance") as u16 BE ‖ "balance" ‖ address
    const rawKey = Buffer.concat([Buffer.from([0, 7]), Buffer.from('balance'), Buffer.from(bob)]);
    assert.equal(Buffer.from((await client.queryContractRaw(token, rawKey))!).toString(), '"250"');
    const state = await client.queryContractRaw(token, Buffer.from('token_info'));
    assert.equal(JSON.parse(Buffer.from(state!).toString()).total_supply, '1000000');
  });

  it('a contract error changes nothing and reports the contract reason with wasmd codes', async () => {
    await assert.rejects(client.execute(bob, token, { transfer: { recipient: alice, amount: '251' } }, 400_000), /Overflow|Cannot Sub|insufficient/i);
    assert.deepEqual(await client.queryContractSmart(token, { balance: { address: bob } }), { balance: '250' });
    await assert.rejects(client.queryContractSmart(token, { no_such_query: {} }), /unknown variant|query wasm contract failed/);
  });

  it('allowances: increase, transfer_from, allowance query, over-spending refused', async () => {
    await client.execute(alice, token, { increase_allowance: { spender: carol, amount: '100', expires: null } }, 'auto');
    assert.deepEqual(await client.queryContractSmart(token, { allowance: { owner: alice, spender: carol } }), { allowance: '100', expires: { never: {} } });
    await client.execute(carol, token, { transfer_from: { owner: alice, recipient: carol, amount: '60' } }, 'auto');
    assert.deepEqual(await client.queryContractSmart(token, { balance: { address: carol } }), { balance: '60' });
    assert.deepEqual(await client.queryContractSmart(token, { allowance: { owner: alice, spender: carol } }), { allowance: '40', expires: { never: {} } });
    await assert.rejects(client.execute(carol, token, { transfer_from: { owner: alice, recipient: carol, amount: '41' } }, 400_000), /Overflow|Cannot Sub|allowance/i);
  });

  it('send to a contract: the JS receiver gets the Cw20ReceiveMsg through a WasmMsg::Execute', async () => {
    const up = await client.upload(alice, jsContract('cw20-receiver.js'), 'auto');
    const recv = await client.instantiate(alice, up.codeId, {}, 'receiver', 'auto');
    const msg = Buffer.from(JSON.stringify({ note: 'hello' })).toString('base64');
    const tx = await client.execute(alice, token, { send: { contract: recv.contractAddress, amount: '70', msg } }, 'auto');
    assert.ok(tx.events.some((e) => e.type === 'wasm' && e.attributes.some((a) => a.key === '_contract_address' && a.value === recv.contractAddress)));
    assert.deepEqual(await client.queryContractSmart(token, { balance: { address: recv.contractAddress } }), { balance: '70' });
    assert.deepEqual(await client.queryContractSmart(recv.contractAddress, { last: {} }), { token, sender: alice, amount: '70', msg });
  });

  it('minting by the minter only; the same bytes again get a new code id with the same checksum', async () => {
    await client.execute(alice, token, { mint: { recipient: bob, amount: '5' } }, 'auto');
    await assert.rejects(client.execute(bob, token, { mint: { recipient: bob, amount: '5' } }, 400_000), /Unauthorized/);
    assert.deepEqual(await client.queryContractSmart(token, { balance: { address: bob } }), { balance: '255' });
    const again = await client.upload(alice, fixture('cw20_base-1.0.1.wasm'), 'auto');
    assert.ok(again.codeId > codeId);
    assert.equal(again.checksum, '9c295a93d5033cb7402d59cdedef7254a69f9ca50eed10180c53bbb31c005e92');
  });
});
