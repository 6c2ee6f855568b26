import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SigningCosmWasmClient } from '@cosmjs/cosmwasm-stargate';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { makeCosmoshubPath } from '@cosmjs/stargate';
import { fromBech32, toUtf8 } from '@cosmjs/encoding';
import { sha256 } from '@cosmjs/crypto';
import { startNode, repoRoot, type TestNode } from '../helpers/node.ts';
import { MNEMONIC } from '../helpers/cosmos.ts';
import { devGasPrice } from '../helpers/cosmwasm.ts';

// @cosmjs/cosmwasm-stargate 0.39 is a shim over @cosmjs/cosmwasm 0.38.1, which carries its own

const contract = (name: string) => readFileSync(join(repoRoot, 'tests/wasm/contracts', name));

describe('SigningCosmWasmClient against a running triviumd (x/wasm)', () => {
  let node: TestNode;
  let client: SigningCosmWasmClient;
  let alice: string;
  let bob: string;

  before(async () => {
    node = await startNode({ blockTime: '100ms' });
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: 'trivium', hdPaths: [makeCosmoshubPath(4), makeCosmoshubPath(5)] });
    [alice, bob] = (await wallet.getAccounts()).map((a) => a.address) as [string, string];
    client = await SigningCosmWasmClient.connectWithSigner(node.rpcUrl, wallet, { gasPrice: devGasPrice(), broadcastPollIntervalMs: 100 });
  });
  after(async () => {
    client?.disconnect();
    await node?.stop();
  });

  it('counter: upload (gzip), instantiate with funds, execute, query smart and raw, migrate', async () => {
    const up = await client.upload(alice, contract('counter.js'), 'auto');
    assert.ok(up.codeId >= 1);
    assert.equal(up.checksum, Buffer.from(sha256(contract('counter.js'))).toString('hex'));
    const details = await client.getCodeDetails(up.codeId);
    assert.equal(details.creator, alice);
    assert.equal(Buffer.from(details.data).toString(), contract('counter.js').toString());

    const inst = await client.instantiate(alice, up.codeId, { count: 7 }, 'counter one', 'auto', { admin: alice, funds: [{ denom: 'utrv', amount: '1000' }] });
    const addr = inst.contractAddress;
    assert.equal(fromBech32(addr, 100).data.length, 20);
    assert.equal((await client.getBalance(addr, 'utrv')).amount, '1000');
    const info = await client.getContract(addr);
    assert.deepEqual([info.codeId, info.creator, info.admin, info.label], [up.codeId, alice, alice, 'counter one']);
    const wasmEvent = inst.events.find((e) => e.type === 'wasm');
    assert.deepEqual(wasmEvent?.attributes.map((a) => [a.key, a.value]), [['_contract_address', addr], ['action', 'instantiate']]);

    const ex = await client.execute(bob, addr, { increment: {} }, 'auto', '', [{ denom: 'utrv', amount: '5' }]);
    assert.ok(ex.gasUsed > 0n);
    assert.equal((await client.getBalance(addr, 'utrv')).amount, '1005');
    assert.deepEqual(await client.queryContractSmart(addr, { get_count: {} }), { count: 8 });
    assert.equal(Buffer.from((await client.queryContractRaw(addr, toUtf8('count')))!).toString(), '8');
    assert.equal(Buffer.from((await client.queryContractRaw(addr, toUtf8('owner')))!).toString(), alice);

    // A revert changes nothing and reports the reason.
    await assert.rejects(client.execute(bob, addr, { fail: { reason: 'nope' } }, 500_000), /reverted: nope/);
    assert.deepEqual(await client.queryContractSmart(addr, { get_count: {} }), { count: 8 });
    await assert.rejects(client.queryContractSmart(addr, { unknown: {} }), /unknown query/);

    const v2 = await client.upload(alice, contract('counter-v2.js'), 'auto');
    await assert.rejects(client.migrate(bob, addr, v2.codeId, { step: 5 }, 'auto'), /only the admin/);
    await client.migrate(alice, addr, v2.codeId, { step: 5 }, 'auto');
    assert.equal((await client.getContract(addr)).codeId, v2.codeId);
    assert.deepEqual(await client.queryContractSmart(addr, { get_count: {} }), { count: 8, version: 2 });
    await client.execute(bob, addr, { increment: {} }, 'auto');
    assert.deepEqual(await client.queryContractSmart(addr, { get_count: {} }), { count: 13, version: 2 });
    const history = await client.getContractCodeHistory(addr);
    assert.deepEqual(history.map((h) => [h.operation, h.codeId]), [['Init', up.codeId], ['Migrate', v2.codeId]]);
    assert.deepEqual(await client.getContracts(v2.codeId), [addr]);
    assert.deepEqual(await client.getContracts(up.codeId), []);

    await client.updateAdmin(alice, addr, bob, 'auto');
    assert.equal((await client.getContract(addr)).admin, bob);
    await client.clearAdmin(bob, addr, 'auto');
    assert.equal((await client.getContract(addr)).admin, undefined);
    const codes = await client.getCodes();
    assert.ok(codes.some((c) => c.id === up.codeId) && codes.some((c) => c.id === v2.codeId));
  });

  it('cw20-like token: instantiate, transfer, allowances, mint events, all accounts; instantiate2 address', async () => {
    const { codeId, checksum } = await client.upload(alice, contract('cw20.js'), 'auto');
    const { contractAddress: token } = await client.instantiate(
      alice,
      codeId,
      { name: 'Trivium Token', symbol: 'TTK', decimals: 6, initial_balances: [{ address: alice, amount: '1000000000000000000000' }], mint: { minter: alice } },
      'ttk',
      'auto',
    );
    const t = await client.execute(alice, token, { transfer: { recipient: bob, amount: '250' } }, 'auto');
    const ev = t.events.find((e) => e.type === 'wasm')!;
    assert.deepEqual(
      ev.attributes.map((a) => [a.key, a.value]),
      [['_contract_address', token], ['action', 'transfer'], ['from', alice], ['to', bob], ['amount', '250']],
    );
    assert.deepEqual(await client.queryContractSmart(token, { balance: { address: bob } }), { balance: '250' });
    assert.deepEqual(await client.queryContractSmart(token, { balance: { address: alice } }), { balance: '999999999999999999750' });
    await assert.rejects(client.execute(bob, token, { transfer: { recipient: alice, amount: '251' } }, 500_000), /insufficient funds/);

    await client.execute(alice, token, { increase_allowance: { spender: bob, amount: '100' } }, 'auto');
    await client.execute(bob, token, { transfer_from: { owner: alice, recipient: bob, amount: '60' } }, 'auto');
    assert.deepEqual(await client.queryContractSmart(token, { allowance: { owner: alice, spender: bob } }), { allowance: '40' });
    const mint = await client.execute(alice, token, { mint: { recipient: bob, amount: '1' } }, 'auto');
    const mintEv = mint.events.find((e) => e.type === 'wasm-mint');
    assert.deepEqual(mintEv?.attributes.map((a) => [a.key, a.value]), [['_contract_address', token], ['recipient', bob], ['amount', '1']]);
    assert.deepEqual(await client.queryContractSmart(token, { token_info: {} }), { name: 'Trivium Token', symbol: 'TTK', decimals: 6, total_supply: '1000000000000000000001' });
    const accounts = (await client.queryContractSmart(token, { all_accounts: {} })) as { accounts: string[] };
    assert.deepEqual(accounts.accounts, [alice, bob].sort());
    const all = await client['forceGetQueryClient']().wasm.getAllContractState(token);
    assert.ok(all.models.some((m) => Buffer.from(m.key).toString() === `balance/${bob}` && Buffer.from(m.value).toString() === '311'));

    // instantiate2: wasmd's predictable address (written out here independently), truncated to 20 bytes.
    // (CosmJS's own instantiate2Address cannot run here: its fromBech32 passes an Infinity limit that
    // this @scure/base rejects.)
    const salt = toUtf8('salty');
    const r = await client.instantiate2(alice, codeId, salt, { name: 'Second', symbol: 'SEC', decimals: 0 }, 'second', 'auto');
    const u64 = (n: number) => Buffer.from(new BigUint64Array([BigInt(n)]).buffer).reverse();
    const lp = (b: Uint8Array) => Buffer.concat([u64(b.length), b]);
    const key = Buffer.concat([Buffer.from('wasm\0'), lp(Buffer.from(checksum, 'hex')), lp(fromBech32(alice, 100).data), lp(salt), lp(new Uint8Array())]);
    const expected = sha256(Buffer.concat([sha256(toUtf8('module')), Buffer.from('wasm\0'), key])).subarray(0, 20);
    assert.deepEqual(fromBech32(r.contractAddress, 100).data, expected);
  });
});
