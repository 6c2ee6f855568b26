import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import secp256k1 from 'secp256k1';
import { buildApp } from '../../app/app.ts';
import { NodeDB } from '../../core/store/node-db.ts';
import { account, deployJs } from '../crossvm/helpers.ts';
import { dev } from '../helpers/cosmos.ts';
import { bankBalance, repoRoot, runCli, startNode, type TestNode } from '../helpers/node.ts';

/**
 * The SDK's everyday offline commands against one real node: --generate-only → tx sign (online, and --offline in
 * amino JSON) → tx encode / decode → tx broadcast, in the SDK's JSON tx format; bad input refused clearly; then
 * `triviumd export` of the stopped node, whose genesis a fresh app takes and exports back unchanged.
 */
describe('offline signing (tx sign / broadcast / encode / decode) and export', () => {
  let node: TestNode;
  const dir = mkdtempSync(join(tmpdir(), 'trivium-offline-'));
  const file = (name: string, json: unknown) => {
    const p = join(dir, name);
    writeFileSync(p, typeof json === 'string' ? json : JSON.stringify(json));
    return p;
  };
  const ok = async (args: string[], o?: { node?: boolean }) => {
    const r = await node.cli(args, o);
    assert.equal(r.code, 0, `triviumd ${args.join(' ')}: ${r.stderr}${r.stdout}`);
    return r.stdout;
  };
  const fails = async (args: string[], re: RegExp, o?: { node?: boolean }) => {
    const r = await node.cli(args, o);
    assert.notEqual(r.code, 0, `triviumd ${args.join(' ')} should fail: ${r.stdout}`);
    assert.match(r.stderr, re);
  };

  before(async () => {
    node = await startNode({ blockTime: '100ms', keepHome: true });
  });
  after(async () => {
    await node?.stop();
    rmSync(node?.home ?? dir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  let signed: any;

  it('generate-only → sign → encode/decode → broadcast (SIGN_MODE_DIRECT, account from the node)', async () => {
    const to = dev[1]!.address;
    const unsigned = JSON.parse(await ok(['tx', 'bank', 'send', 'dev0', to, '1000utrv', '--generate-only', '--memo', 'offline']));
    assert.deepEqual(unsigned.body, {
      messages: [{ '@type': '/cosmos.bank.v1beta1.MsgSend', from_address: dev[0]!.address, to_address: to, amount: [{ denom: 'utrv', amount: '1000' }] }],
      memo: 'offline', timeout_height: '0', extension_options: [], non_critical_extension_options: [],
    });
    assert.deepEqual(unsigned.auth_info, { signer_infos: [], fee: { amount: [{ denom: 'utrv', amount: '200' }], gas_limit: '200000', payer: '', granter: '' }, tip: null });
    assert.deepEqual(unsigned.signatures, []);

    const acc = await account(node, dev[0]!.address);
    signed = JSON.parse(await ok(['tx', 'sign', file('unsigned.json', unsigned), '--from', 'dev0']));
    assert.deepEqual(signed.body, unsigned.body);
    assert.deepEqual(signed.auth_info.signer_infos, [
      { public_key: { '@type': '/cosmos.crypto.secp256k1.PubKey', key: Buffer.from(secp256k1.publicKeyCreate(dev[0]!.privkey, true)).toString('base64') }, mode_info: { single: { mode: 'SIGN_MODE_DIRECT' } }, sequence: String(acc.sequence) },
    ]);
    assert.equal(signed.signatures.length, 1);
    assert.equal(Buffer.from(signed.signatures[0], 'base64').length, 64);

    const b64 = (await ok(['tx', 'encode', file('signed.json', signed)], { node: false })).trim();
    assert.deepEqual(JSON.parse(await ok(['tx', 'decode', b64], { node: false })), signed);

    const before = await bankBalance(node, to);
    const res = JSON.parse(await ok(['tx', 'broadcast', join(dir, 'signed.json'), '-o', 'json']));
    assert.equal(res.code, 0, res.raw_log);
    assert.equal(await bankBalance(node, to), before + 1000n);
    // The hash of the bytes `tx encode` printed is the hash the node gave the tx.
    const { createHash } = await import('node:crypto');
    assert.equal(res.txhash, createHash('sha256').update(Buffer.from(b64, 'base64')).digest('hex').toUpperCase());
  });

  it('--offline --account-number --sequence --sign-mode amino-json: signs with no node, then broadcasts', async () => {
    const acc = await account(node, dev[2]!.address);
    const unsigned = JSON.parse(await ok(['tx', 'bank', 'send', 'dev2', dev[3]!.address, '42utrv', '--generate-only', '--gas', '90000', '--fees', '500utrv', '--timeout-height', '100000']));
    assert.equal(unsigned.auth_info.fee.gas_limit, '90000');
    assert.equal(unsigned.body.timeout_height, '100000');
    const args = ['tx', 'sign', file('u2.json', unsigned), '--from', 'dev2', '--offline', '--account-number', String(acc.accountNumber), '--sequence', String(acc.sequence), '--sign-mode', 'amino-json'];
    // No node at all: nothing listens on port 9.
    const s = JSON.parse(await ok([...args, '--node', 'tcp://127.0.0.1:9'], { node: false }));
    assert.equal(s.auth_info.signer_infos[0].mode_info.single.mode, 'SIGN_MODE_LEGACY_AMINO_JSON');
    const before = await bankBalance(node, dev[3]!.address);
    const res = JSON.parse(await ok(['tx', 'broadcast', file('s2.json', s), '-o', 'json']));
    assert.equal(res.code, 0, res.raw_log);
    assert.equal(await bankBalance(node, dev[3]!.address), before + 42n);
  });

  it("a module's own message (MsgCrossVMCall) round-trips through the JSON form, uint64 and bytes included", async () => {
    // A real target: a call to an address without a contract is refused at submission.
    const target = await deployJs(node, join(repoRoot, 'tests/crossvm/contracts/recorder.js'));
    const unsigned = JSON.parse(await ok(['tx', 'crossvm', 'call', 'wasm', target, '{"ping":{}}', '--gas-limit', '123456', '--from', 'dev4', '--generate-only']));
    const m = unsigned.body.messages[0];
    assert.deepEqual(
      { type: m['@type'], sender: m.sender, target_vm: m.target_vm, gas_limit: m.gas_limit, payload: Buffer.from(m.payload, 'base64').toString() },
      { type: '/trivium.crossvm.v1.MsgCrossVMCall', sender: dev[4]!.address, target_vm: 'wasm', gas_limit: '123456', payload: '{"ping":{}}' },
    );
    const s = JSON.parse(await ok(['tx', 'sign', file('u3.json', unsigned), '--from', 'dev4']));
    const b64 = (await ok(['tx', 'encode', file('s3.json', s)], { node: false })).trim();
    assert.deepEqual(JSON.parse(await ok(['tx', 'decode', b64], { node: false })), s);
    const res = JSON.parse(await ok(['tx', 'broadcast', join(dir, 's3.json'), '-o', 'json']));
    assert.equal(res.code, 0, res.raw_log);
    assert.ok(res.events.some((e: any) => e.type === 'crossvm_request'));
  });

  it('a CosmWasm message shows its contract msg as JSON, as wasmd does, and encodes back to the same bytes', async () => {
    const u = JSON.parse(await ok(['tx', 'wasm', 'execute', dev[9]!.address, '{"increment":{"by":2}}', '--from', 'dev4', '--generate-only']));
    assert.deepEqual(u.body.messages[0].msg, { increment: { by: 2 } });
    const b64 = (await ok(['tx', 'encode', file('wasm.json', u)], { node: false })).trim();
    assert.deepEqual(JSON.parse(await ok(['tx', 'decode', b64], { node: false })), u);
    // A message not in JSON.stringify's spelling stays base64, so its bytes survive: the spaces are still there.
    const spaced = JSON.parse(await ok(['tx', 'wasm', 'execute', dev[9]!.address, '{ "increment": {} }', '--from', 'dev4', '--generate-only']));
    assert.equal(Buffer.from(spaced.body.messages[0].msg, 'base64').toString(), '{ "increment": {} }');
  });

  it('bad input: a tampered signed tx is refused and changes nothing; malformed files and flags get clear errors', async () => {
    const tampered = structuredClone(signed);
    tampered.body.messages[0].amount[0].amount = '999999';
    tampered.auth_info.signer_infos[0].sequence = String((await account(node, dev[0]!.address)).sequence);
    const before = await bankBalance(node, dev[1]!.address);
    await fails(['tx', 'broadcast', file('tampered.json', tampered)], /signature verification failed/);
    assert.equal(await bankBalance(node, dev[1]!.address), before);
    await fails(['tx', 'sign', file('notjson.json', '{"body":'), '--from', 'dev0'], /notjson\.json is not JSON/);
    await fails(['tx', 'sign', file('nomsgs.json', { body: { messages: [] }, auth_info: { fee: {} } }), '--from', 'dev0'], /body\.messages must be a non-empty list/);
    await fails(['tx', 'sign', join(dir, 'signed.json'), '--from', 'dev0'], /already signed/);
    await fails(['tx', 'sign', join(dir, 'unsigned.json'), '--from', 'dev0', '--offline'], /--account-number must be a non-negative integer \(required with --offline\)/);
    await fails(['tx', 'decode', 'not base64!'], /expected a base64 tx/, { node: false });
    const unknown = structuredClone(signed);
    unknown.body.messages[0]['@type'] = '/cosmos.nothing.v1.MsgNothing';
    await fails(['tx', 'encode', file('unknown.json', unknown)], /unknown message type \/cosmos\.nothing\.v1\.MsgNothing/, { node: false });
  });

  it('export: the stopped node\'s state as a genesis that a fresh app imports and exports back unchanged', async () => {
    const balance1 = await bankBalance(node, dev[1]!.address);
    await fails(['export'], /is the node still running\? stop it first/, { node: false });
    await node.stop();
    const out = join(dir, 'exported.json');
    const r = await runCli(['export', '--home', node.home, '--output-document', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /exported the state after height \d+/);
    const genesis = JSON.parse(readFileSync(out, 'utf8'));
    const original = JSON.parse(readFileSync(join(node.home, 'config', 'genesis.json'), 'utf8'));
    assert.deepEqual([genesis.chain_id, genesis.genesis_time, genesis.initial_height], [original.chain_id, original.genesis_time, '1']);
    const bal = (g: any, a: string) => g.app_state.bank.balances.find((b: any) => b.address === a)?.coins.find((c: any) => c.denom === 'utrv')?.amount;
    assert.equal(bal(genesis, dev[1]!.address), String(balance1));
    assert.notEqual(bal(genesis, dev[1]!.address), bal(original, dev[1]!.address));
    // An earlier height exports the state then: before the first transfer.
    const early = JSON.parse((await runCli(['export', '--home', node.home, '--height', '1'])).stdout);
    assert.equal(bal(early, dev[1]!.address), bal(original, dev[1]!.address));
    const bad = await runCli(['export', '--home', node.home, '--height', '999999']);
    assert.match(bad.stderr, /--height 999999 is not a committed height/);

    // A fresh app from the exported genesis holds the same state: its own export is the same app_state.
    const db = new NodeDB(join(dir, 'fresh.db'));
    await db.open();
    try {
      const { app } = buildApp(db);
      await app.initChain(genesis);
      const ctx = app.queryContext();
      for (const m of app.modules) if (m.exportGenesis) assert.deepEqual(JSON.parse(JSON.stringify(m.exportGenesis(ctx))), genesis.app_state[m.name], m.name);
      app.close();
    } finally {
      await db.close();
    }
  });
});
