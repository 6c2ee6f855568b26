// Issue 16 item 6: clear errors. A cross-VM call to nothing is refused at submission with the reason (CheckTx:
// no fee, no escrow, no message id); another chain's bech32 prefix is named as such; no library internals in
// messages (a wrong EVM chain id; the CLI's failed simulation shows the node's own error); key names work where
// an address is asked for. One node for the file.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fromBech32, toBech32 } from '@cosmjs/encoding';
import { HDNodeWallet, JsonRpcProvider, Mnemonic } from 'ethers';
import { parseAddress } from '../../core/types/address.ts';
import { parsePubkey } from '../../x/svm/types/address.ts';
import { attr, callMsg, cliJson, deployJs, sendTx } from '../crossvm/helpers.ts';
import { dev, MNEMONIC, sendMsg } from '../helpers/cosmos.ts';
import { jsonRpc } from '../helpers/json-rpc.ts';
import { bankBalance, fixturesDir, repoRoot, startNode, type TestNode } from '../helpers/node.ts';

describe('errors that say what is wrong', () => {
  let node: TestNode;
  const cli = (args: string[]) => node.cli(args, { node: false });
  before(async () => {
    node = await startNode({ blockTime: '0' });
  });
  after(async () => {
    await node?.stop();
  });

  const cosmosOf = (a: string) => toBech32('cosmos', fromBech32(a, 100).data);
  const nextId = async () => (await cliJson(node, ['q', 'crossvm', 'pending'])).count as string;

  it('names a wrong bech32 prefix, from another chain or swapped by hand, in the CLI and in CheckTx', async () => {
    const valid = cosmosOf(dev[1]!.address); // a real cosmos1… address (its own checksum)
    const swapped = dev[1]!.address.replace(/^trivium/, 'cosmos'); // trivium's checksum under cosmos' prefix
    for (const a of [valid, swapped]) {
      const q = await cli(['q', 'bank', 'balances', a]);
      assert.notEqual(q.code, 0);
      assert.match(q.stderr, /expected prefix trivium, got cosmos/);
      assert.doesNotMatch(q.stderr, /checksum|not found in keyring/i);
      const send = await cli(['tx', 'bank', 'send', 'dev0', a, '5utrv', '--yes']);
      assert.match(send.stderr, /expected prefix trivium, got cosmos/);
    }
    assert.throws(() => parseAddress('osmo1erxf3sa9q2j4vgseu7jq4a258ckmk7cyyxenrd'), /expected prefix trivium, got osmo/);
    // Where an SVM pubkey or an address is taken (an account of a cross-VM call), the same words.
    assert.throws(() => parsePubkey(valid), /not base58, and as an address: expected prefix trivium, got cosmos/);
    // Past the CLI: a signed MsgSend to a cosmos1… address is refused by the node in the same words.
    const r = await sendTx(node, 2, [sendMsg(dev[2]!.address, valid, '1')]);
    assert.notEqual(r.code, 0);
    assert.match(r.log, /expected prefix trivium, got cosmos/);
  });

  it('a cross-VM call to a wasm address with no contract is refused at CheckTx: no fee, no escrow, no message id', async () => {
    const before = await bankBalance(node, dev[3]!.address);
    const idBefore = await nextId();
    const nobody = dev[9]!.address; // an account, not a contract
    // With --gas the CLI does not simulate: the node's CheckTx refuses it.
    const r = await cli(['tx', 'crossvm', 'call', 'wasm', nobody, '{"record":{}}', '--from', 'dev3', '--gas', '300000', '--yes']);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, new RegExp(`the node refused the tx \\(CheckTx code 10, codespace crossvm\\): no contract at ${nobody} \\(wasm target\\)`));
    assert.doesNotMatch(r.stderr, /Broadcasting transaction failed/);
    // Simulated first (the default): the same reason, as a failed simulation.
    const sim = await cli(['tx', 'crossvm', 'call', 'wasm', nobody, '{"record":{}}', '--from', 'dev3', '--yes']);
    assert.match(sim.stderr, /the tx would fail \(simulation, code 10\): no contract at/);
    assert.equal(await bankBalance(node, dev[3]!.address), before, 'nothing taken');
    assert.equal(await nextId(), idBefore);
  });

  it('calldata to an EVM address without code, or a call to an SVM program that is not there, is refused; a plain EVM transfer and real targets are admitted', async () => {
    const eoa = '0x' + '42'.repeat(20);
    const evm = await sendTx(node, 4, [callMsg(4, 'evm', eoa, Buffer.from('371303c0', 'hex'))]);
    assert.equal(evm.height, 0, 'refused at CheckTx, never in a block');
    assert.match(evm.log, new RegExp(`no contract at ${eoa} \\(evm target\\): the address has no code`));
    const svm = await sendTx(node, 4, [callMsg(4, 'svm', 'Bg4LshGznNDGdVS2ZSNyVPfsgiQua5bHsN7meHefFwfd', Buffer.from('00'))]);
    assert.match(svm.log, /no program at Bg4LshGznNDGdVS2ZSNyVPfsgiQua5bHsN7meHefFwfd \(svm target\)/);
    // An empty EVM payload is a plain transfer, which any address takes.
    const transfer = await sendTx(node, 4, [callMsg(4, 'evm', eoa, new Uint8Array(), { funds: [{ denom: 'utrv', amount: '7' }] })]);
    assert.equal(transfer.code, 0, transfer.log);
    // Targets that exist: a JS contract, a deployed SVM program.
    const recorder = await deployJs(node, join(repoRoot, 'tests/crossvm/contracts/recorder.js'));
    const ok = await sendTx(node, 4, [callMsg(4, 'wasm', recorder, '{"record":{"tag":"there"}}')]);
    assert.equal(ok.code, 0, ok.log);
    const dep = await cliJson(node, ['tx', 'svm', 'deploy', join(fixturesDir, 'solana/spl_memo-3.0.0.so'), '--from', 'dev0']);
    const programId = attr(dep.events, 'svm_deploy', 'program_id')!;
    const memo = await sendTx(node, 4, [callMsg(4, 'svm', programId, Buffer.from(Buffer.from('x').toString('hex')))]);
    assert.equal(memo.code, 0, memo.log);
  });

  it('a failed simulation in the CLI shows the node\'s error, not "Query failed"', async () => {
    const r = await cli(['tx', 'bank', 'send', 'dev5', 'dev6', '99999999999999999utrv', '--yes']);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /the tx would fail \(simulation, code 5\): spendable balance \d+utrv is smaller than 99999999999999999utrv: insufficient funds/);
    assert.doesNotMatch(r.stderr, /Query failed/);
  });

  it('a wrong EVM chain id is named with both ids, and no JavaScript source leaks into the error', async () => {
    const url = `http://${node.ports['json-rpc.address']}`;
    const provider = new JsonRpcProvider(url, undefined, { staticNetwork: true });
    const wallet = HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(MNEMONIC), "m/44'/60'/0'/0/6").connect(provider);
    const tx = await wallet.populateTransaction({ to: wallet.address, value: 1n });
    const raw = await wallet.signTransaction({ ...tx, chainId: 1n });
    const leak = /\bfunction\b[^)]*\(|=>|[{}]/; // a function's source, not words
    const sendRaw = await fetch(url, { method: 'POST', body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_sendRawTransaction', params: [raw] }) }).then((r) => r.json() as Promise<{ error: { message: string } }>);
    assert.equal(sendRaw.error.message, 'invalid chain id for signer: have 1 want 262145');
    const send = await fetch(url, { method: 'POST', body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_sendTransaction', params: [{ from: wallet.address, to: wallet.address, value: '0x1', chainId: '0x1' }] }) }).then((r) => r.json() as Promise<{ error: { message: string } }>);
    assert.match(send.error.message, /chainId.*262145/);
    // The CLI's send-raw decodes locally first: the same words.
    const cliRaw = await cli(['tx', 'evm', 'send-raw', raw, '--yes']);
    assert.match(cliRaw.stderr, /invalid chain id for signer/);
    for (const m of [sendRaw.error.message, send.error.message, cliRaw.stderr]) assert.doesNotMatch(m, leak, m);
    assert.equal((await jsonRpc(url, 'eth_chainId', [])).result, '0x40001', 'the node still answers');
  });

  it('key names work where an address is asked for: --admin dev0, bank send … dev7', async () => {
    const st = await cliJson(node, ['tx', 'wasm', 'store', join(repoRoot, 'tests/wasm/contracts/counter.js'), '--from', 'dev0']);
    const codeId = attr(st.events, 'store_code', 'code_id')!;
    const inst = await cliJson(node, ['tx', 'wasm', 'instantiate', codeId, '{"count":1}', '--label', 'c', '--admin', 'dev0', '--from', 'dev0']);
    const contract = attr(inst.events, 'instantiate', '_contract_address')!;
    const info = await cliJson(node, ['q', 'wasm', 'contract', contract]);
    assert.equal(info.contract_info.admin, dev[0]!.address);
    const before = await bankBalance(node, dev[7]!.address);
    await cliJson(node, ['tx', 'bank', 'send', 'dev0', 'dev7', '11utrv']);
    assert.equal(await bankBalance(node, dev[7]!.address), before + 11n);
    const typo = await cli(['tx', 'bank', 'send', 'dev0', 'dev77', '1utrv', '--yes']);
    assert.match(typo.stderr, /"dev77" is neither an address \(trivium1… or 0x…\) nor a key in keyring/);
  });
});
